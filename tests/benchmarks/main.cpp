// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "timelineitems.h"
#include "syntheticdecisions.h"
#include "theme.h"
#include "timelinerenderer.h"
#include "viewstate.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

namespace {

const QSize frameSize(1920, 1080);

struct Options
{
    QString filter;
    int runs = 15;
    // CPU time of this thread instead of wall time: on a busy machine, wall time also counts the time spent
    // waiting for a core.
    bool cpuClock = false;
    // Where to write PNGs of the frames measured, to look at what the level of detail shows; empty for none.
    QString snapshotDirectory;
};

double nowMs(bool cpuClock)
{
    timespec ts {};
    clock_gettime(cpuClock ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

bool wanted(const Options &options, const QString &name)
{
    return options.filter.isEmpty() || name.contains(options.filter);
}

QString number(double value)
{
    return QString::number(value, 'f', value < 0.1 ? 4 : 2);
}

void printLine(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Runs `body` `runs` times after `setup` (not timed) and prints the median, minimum and maximum in milliseconds.
void measure(const Options &options, const QString &name, int n, const std::function<void()> &setup,
    const std::function<void()> &body)
{
    if (!wanted(options, name))
        return;
    QList<double> times;
    // One untimed run warms caches (fonts, glyphs, flags) the way a second frame on screen finds them warm.
    setup();
    body();
    for (int run = 0; run < options.runs; ++run) {
        setup();
        const double start = nowMs(options.cpuClock);
        body();
        times << nowMs(options.cpuClock) - start;
    }
    std::sort(times.begin(), times.end());
    const double median = times.size() % 2 ? times.at(times.size() / 2)
                                           : (times.at(times.size() / 2 - 1) + times.at(times.size() / 2)) / 2;
    printLine(
        QStringLiteral("{\"name\": \"%1\", \"n\": %2, \"median_ms\": %3, \"min_ms\": %4, \"max_ms\": %5, \"runs\": %6}")
            .arg(name)
            .arg(n)
            .arg(number(median), number(times.first()), number(times.last()))
            .arg(options.runs));
}

double peakResidentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    QTextStream in(&status);
    for (QString line = in.readLine(); !line.isNull(); line = in.readLine()) {
        if (line.startsWith(QLatin1String("VmHWM:")))
            return line.section(QLatin1Char(':'), 1).trimmed().section(QLatin1Char(' '), 0, 0).toDouble() / 1024.0;
    }
    return -1;
}

void paintFrame(const TimelineRenderer &renderer, QImage *image, const Theme &theme)
{
    image->fill(theme.background);
    QPainter painter(image);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(image->size())), theme);
}

void runSize(const Options &options, int n)
{
    const QList<Decision> decisions = SyntheticDecisions::generate(n);
    ViewState state;
    DecisionModel model;
    DecisionFilterProxy proxy(&state);
    proxy.setSourceModel(&model);
    model.setDecisions(decisions);
    const Theme theme = Theme::named(QStringLiteral("light"));

    TimelineRenderer renderer;
    renderer.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    renderer.setToday(QDate(2025, 6, 1));

    // Model rows to a ready-to-paint timeline: read the rows through the proxy, build lanes, relations and bars.
    measure(
        options, QStringLiteral("timeline.build"), n, [] {},
        [&] { renderer.setItems(TimelineItems::fromModel(&proxy, state.dateBasis())); });
    if (renderer.layout().itemCount() != n)
        renderer.setItems(TimelineItems::fromModel(&proxy, state.dateBasis()));

    // A filter change as the window sees it: the proxy refilters and sorts by date, then the timeline reads the
    // rows it kept (each decision's item built once, TimelineItemCache) and lays them out.
    proxy.sort(DecisionModel::DateColumn, Qt::AscendingOrder);
    TimelineItemCache itemCache;
    renderer.setItems(itemCache.fromModel(&proxy, state.dateBasis()));
    int filterStep = 0;
    measure(
        options, QStringLiteral("model.filter_change"), n, [] {},
        [&] {
            DecisionFilter filter;
            if (++filterStep % 2)
                filter.types = QStringList { QStringLiteral("fine"), QStringLiteral("court_ruling") };
            state.setFilter(filter);
            renderer.setItems(itemCache.fromModel(&proxy, state.dateBasis()));
        });
    state.setFilter(DecisionFilter());
    measure(
        options, QStringLiteral("model.sort_amount"), n, [&] { proxy.sort(DecisionModel::DateColumn); },
        [&] {
            proxy.sort(DecisionModel::AmountEurColumn, Qt::DescendingOrder);
            (void)proxy.rowCount();
        });
    proxy.sort(DecisionModel::DateColumn, Qt::AscendingOrder);
    // The first search folds the texts of every decision; the model keeps the keys for the next ones.
    measure(
        options, QStringLiteral("model.search_first"), n,
        [&] {
            state.setFilter(DecisionFilter());
            model.setDecisions(decisions);
        },
        [&] {
            DecisionFilter filter;
            filter.search = QStringLiteral("clearview 2021");
            state.setFilter(filter);
            // The proxy maps its rows when asked, as the views ask at once.
            (void)proxy.rowCount();
        });
    measure(
        options, QStringLiteral("model.search_again"), n, [&] { state.setFilter(DecisionFilter()); },
        [&] {
            DecisionFilter filter;
            filter.search = QStringLiteral("clearview 2022");
            state.setFilter(filter);
            (void)proxy.rowCount();
        });
    state.setFilter(DecisionFilter());
    renderer.setItems(TimelineItems::fromModel(&proxy, state.dateBasis()));

    QImage image(frameSize, QImage::Format_ARGB32_Premultiplied);
    measure(
        options, QStringLiteral("timeline.render_fit"), n, [&] { renderer.fitAll(); },
        [&] { paintFrame(renderer, &image, theme); });

    // One wheel notch around the middle of the plot, then the frame that shows it.
    const TimelineRenderer::Geometry g = renderer.geometry(QRectF(QPointF(0, 0), QSizeF(frameSize)), theme);
    measure(
        options, QStringLiteral("timeline.zoom_step"), n, [&] { renderer.fitAll(); },
        [&] {
            TimelineScale scale = renderer.scaleFor(g);
            scale.zoom(1.2, g.plot.center().x());
            renderer.setVisibleDays(scale.fromDay(), scale.toDay());
            paintFrame(renderer, &image, theme);
        });

    // Dragging a quarter of the way into a year-wide view: the frame after a pan step.
    measure(
        options, QStringLiteral("timeline.pan_step"), n,
        [&] { renderer.setVisibleRange(QDate(2020, 1, 1), QDate(2020, 12, 31)); },
        [&] {
            TimelineScale scale = renderer.scaleFor(g);
            scale.pan(-g.plot.width() / 40);
            renderer.setVisibleDays(scale.fromDay(), scale.toDay());
            paintFrame(renderer, &image, theme);
        });

    if (!options.snapshotDirectory.isEmpty()) {
        renderer.fitAll();
        paintFrame(renderer, &image, theme);
        image.save(QStringLiteral("%1/bench-%2-fit.png").arg(options.snapshotDirectory).arg(n));
        renderer.setVisibleRange(QDate(2020, 1, 1), QDate(2020, 12, 31));
        paintFrame(renderer, &image, theme);
        image.save(QStringLiteral("%1/bench-%2-2020.png").arg(options.snapshotDirectory).arg(n));
        renderer.setVisibleRange(QDate(2020, 3, 1), QDate(2020, 3, 31));
        paintFrame(renderer, &image, theme);
        image.save(QStringLiteral("%1/bench-%2-march-2020.png").arg(options.snapshotDirectory).arg(n));
    }

    // The decision under the mouse in the fitted frame (the view keeps its last frame for this).
    renderer.fitAll();
    const TimelineFrame frame = renderer.frame(g, theme);
    QRandomGenerator random(7);
    QPointF point;
    int found = 0;
    measure(
        options, QStringLiteral("timeline.hit_test"), n,
        [&] {
            point = QPointF(g.plot.left() + random.generateDouble() * g.plot.width(),
                g.plot.top() + random.generateDouble() * g.plot.height());
        },
        [&] { found += frame.markerAt(point, 3) >= 0 ? 1 : 0; });
    Q_UNUSED(found)
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("caseline timeline benchmarks: one JSON object per line"));
    parser.addHelpOption();
    const QCommandLineOption filterOption(QStringLiteral("filter"),
        QStringLiteral("Run only the benchmarks whose name contains TEXT."), QStringLiteral("TEXT"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs per benchmark (15)."),
        QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
        QStringLiteral("Comma-separated decision counts (1000,10000,100000)."), QStringLiteral("LIST"),
        QStringLiteral("1000,10000,100000"));
    const QCommandLineOption clockOption(QStringLiteral("clock"),
        QStringLiteral("wall (default) or cpu: this thread's CPU time, for a machine busy with other work."),
        QStringLiteral("CLOCK"), QStringLiteral("wall"));
    const QCommandLineOption snapshotOption(QStringLiteral("snapshot"),
        QStringLiteral("Also write PNGs of the whole range, a year and a month into DIR."), QStringLiteral("DIR"));
    parser.addOptions({ filterOption, runsOption, sizesOption, clockOption, snapshotOption });
    parser.process(app);

    Options options;
    options.filter = parser.value(filterOption);
    options.runs = qMax(1, parser.value(runsOption).toInt());
    if (parser.value(clockOption) != QLatin1String("wall") && parser.value(clockOption) != QLatin1String("cpu")) {
        std::fprintf(stderr, "caseline_bench: --clock must be wall or cpu\n");
        return 2;
    }
    options.cpuClock = parser.value(clockOption) == QLatin1String("cpu");
    options.snapshotDirectory = parser.value(snapshotOption);
    int largest = 0;
    for (const QString &size : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = size.toInt();
        if (n <= 0) {
            std::fprintf(stderr, "caseline_bench: invalid size %s\n", qPrintable(size));
            return 2;
        }
        runSize(options, n);
        largest = qMax(largest, n);
    }
    if (wanted(options, QStringLiteral("memory.peak_rss_mb")))
        printLine(QStringLiteral("{\"name\": \"memory.peak_rss_mb\", \"n\": %1, \"value\": %2}")
                      .arg(largest)
                      .arg(number(peakResidentMegabytes())));
    return 0;
}
