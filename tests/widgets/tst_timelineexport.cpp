// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "fixtures.h"
#include "timelineitems.h"
#include "imageexporter.h"
#include "theme.h"
#include "timelinelegend.h"
#include "timelinerenderer.h"
#include "viewstate.h"

#include <QFile>
#include <QSet>
#include <cmath>
#include <memory>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct PixelStats
{
    int distinctColours = 0;
    double foregroundShare = 0; // pixels that differ from the background
};

PixelStats pixelStats(const QImage &image, const QColor &background)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colours;
    qint64 foreground = 0;
    const QRgb bg = background.rgb();
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            colours.insert(line[x]);
            if (line[x] != bg)
                ++foreground;
        }
    }
    return { int(colours.size()), double(foreground) / (qint64(rgb.width()) * rgb.height()) };
}

} // namespace

class TestTimelineExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void toImage_hasRequestedSizeAndIsNotBlank_data();
    void toImage_hasRequestedSizeAndIsNotBlank();
    void toImage_showsOneLanePerCountry();
    void toImage_emptyDataStillDrawsAxisAndMessage();
    void exportToFile_writesNonEmptyFiles_data();
    void exportToFile_writesNonEmptyFiles();
    void renderTitle_namesTheTimeline();
    void exportCopy_withSelectionHoverAndFocus_equalsOneWithout_data();
    void exportCopy_withSelectionHoverAndFocus_equalsOneWithout();
    void exportPurpose_neverDrawsTheInteraction();
    void exportCopy_keepsTheVisibleRangeAndLaneOrder();
    void exportClusters_onlyWhereMarkersOverlap();
    void filteredExport_lanesTakeTheHeight_data();
    void filteredExport_lanesTakeTheHeight();
    void exportLegend_listsOnlyWhatIsShown();
    void showDates_reachesBeyondTheDecisions();

private:
    BundledData m_data;
    ViewState m_state;
    DecisionModel m_model;
    DecisionFilterProxy m_proxy { &m_state };
    TimelineRenderer m_renderer;
};

void TestTimelineExport::initTestCase()
{
    m_data = Fixtures::bundled();
    m_proxy.setSourceModel(&m_model);
    m_model.setDecisions(m_data.decisions);
    m_renderer.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_renderer.setToday(QDate(2026, 3, 1));
    m_renderer.setItems(TimelineItems::fromModel(&m_proxy, m_state.dateBasis()));
    QCOMPARE(m_renderer.layout().itemCount(), int(m_data.decisions.size()));
}

void TestTimelineExport::toImage_hasRequestedSizeAndIsNotBlank_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("theme");
    for (const QSize &size : { QSize(1920, 1080), QSize(1280, 720) }) {
        for (const QString &theme : Theme::names())
            QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(theme)) << size << theme;
    }
}

void TestTimelineExport::toImage_hasRequestedSizeAndIsNotBlank()
{
    QFETCH(QSize, size);
    QFETCH(QString, theme);
    const Theme t = Theme::named(theme);
    const QImage image = ImageExporter::toImage(m_renderer, size, t);
    QCOMPARE(image.size(), size);
    const PixelStats stats = pixelStats(image, t.background);
    // Markers in eight colours, flags, antialiased text: a drawn timeline has hundreds of colours.
    QVERIFY2(stats.distinctColours > 200, qPrintable(QString::number(stats.distinctColours)));
    QVERIFY2(stats.foregroundShare > 0.05, qPrintable(QString::number(stats.foregroundShare)));
    QVERIFY2(stats.foregroundShare < 0.9, qPrintable(QString::number(stats.foregroundShare)));

    const QString snapshots = qEnvironmentVariable("CASELINE_TIMELINE_SNAPSHOTS");
    if (!snapshots.isEmpty())
        image.save(
            QStringLiteral("%1/timeline-%2x%3-%4.png").arg(snapshots).arg(size.width()).arg(size.height()).arg(theme));
}

void TestTimelineExport::toImage_showsOneLanePerCountry()
{
    QSet<QString> countries;
    for (const Decision &d : std::as_const(m_data.decisions))
        countries.insert(d.country);
    QCOMPARE(m_renderer.layout().laneCount(), int(countries.size()));
    const TimelineRenderer::Geometry g
        = m_renderer.geometry(QRectF(0, 0, 1280, 720), Theme::named(QStringLiteral("light")));
    // Every lane fits inside the image, above the legend.
    QVERIFY(g.plot.bottom() <= g.legend.top());
    QVERIFY(g.legend.bottom() <= 720);
    QVERIFY(g.laneHeight >= g.fontPixels);
}

void TestTimelineExport::toImage_emptyDataStillDrawsAxisAndMessage()
{
    TimelineRenderer empty;
    const Theme t = Theme::named(QStringLiteral("light"));
    const QImage image = ImageExporter::toImage(empty, QSize(1280, 720), t);
    QCOMPARE(image.size(), QSize(1280, 720));
    const PixelStats stats = pixelStats(image, t.background);
    QVERIFY(stats.distinctColours > 10);
    QVERIFY(stats.foregroundShare > 0.001);
}

void TestTimelineExport::exportToFile_writesNonEmptyFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("magic");
    QTest::addRow("PNG") << QStringLiteral("timeline.png") << QByteArray("\x89PNG");
    QTest::addRow("SVG") << QStringLiteral("timeline.svg") << QByteArray("<?xml");
    QTest::addRow("PDF") << QStringLiteral("timeline.pdf") << QByteArray("%PDF");
}

void TestTimelineExport::exportToFile_writesNonEmptyFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    const OutputFile::Result written
        = ImageExporter::exportToFile(m_renderer, path, QSize(1920, 1080), Theme::named(QStringLiteral("light")));
    QVERIFY2(written.ok(), qPrintable(written.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(content.size() > 10000, qPrintable(QString::number(content.size())));
    QVERIFY(content.startsWith(magic));
    if (fileName.endsWith(QLatin1String(".svg"))) {
        // Vector output: the lane names are text, the title is in the metadata.
        QVERIFY(content.contains("France"));
        QVERIFY(content.contains("caseline timeline"));
    }
    if (fileName.endsWith(QLatin1String(".png"))) {
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1920, 1080));
    }
    const QString snapshots = qEnvironmentVariable("CASELINE_TIMELINE_SNAPSHOTS");
    if (!snapshots.isEmpty()) {
        QFile::remove(snapshots + QLatin1Char('/') + fileName);
        QVERIFY(QFile::copy(path, snapshots + QLatin1Char('/') + fileName));
    }
}

void TestTimelineExport::renderTitle_namesTheTimeline()
{
    TimelineRenderer renderer;
    QCOMPARE(renderer.renderTitle(), QStringLiteral("caseline timeline"));
    renderer.setTitle(QStringLiteral("Clearview AI: enforcement"));
    QCOMPARE(renderer.renderTitle(), QStringLiteral("Clearview AI: enforcement"));
}

namespace {

QList<Decision> ofCountries(const QList<Decision> &decisions, const QStringList &countries)
{
    QList<Decision> result;
    for (const Decision &d : decisions) {
        if (countries.contains(d.country))
            result.append(d);
    }
    return result;
}

// A decision of the timeline that the screen draws inside a cluster at `size`: the case where an export used to
// take the selection out of its cluster and ring it.
int itemInACluster(const TimelineRenderer &renderer, const QSize &size, const Theme &theme)
{
    const TimelineRenderer::Geometry g = renderer.geometry(QRectF(QPointF(0, 0), QSizeF(size)), theme);
    const TimelineFrame frame = renderer.frame(g, theme);
    for (int item = 0; item < renderer.layout().itemCount(); ++item) {
        const int marker = frame.markerOfItem(item);
        if (marker >= 0 && frame.markers().at(marker).isCluster())
            return item;
    }
    return -1;
}

} // namespace

void TestTimelineExport::exportCopy_withSelectionHoverAndFocus_equalsOneWithout_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("theme");
    QTest::newRow("1280x720 light") << QSize(1280, 720) << QStringLiteral("light");
    QTest::newRow("1920x1080 dark") << QSize(1920, 1080) << QStringLiteral("dark");
    QTest::newRow("800x450 projector") << QSize(800, 450) << QStringLiteral("projector");
}

void TestTimelineExport::exportCopy_withSelectionHoverAndFocus_equalsOneWithout()
{
    QFETCH(QSize, size);
    QFETCH(QString, theme);
    const Theme t = Theme::named(theme);
    TimelineRenderer screen;
    screen.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    screen.setToday(QDate(2026, 3, 1));
    screen.setItems(TimelineItems::fromModel(&m_proxy, m_state.dateBasis()));
    const QImage untouched = ImageExporter::toImage(*screen.exportCopy(), size, t);

    // What a user leaves on screen before exporting: a decision selected inside a cluster, another hovered, the
    // keyboard focus on the timeline.
    const int selected = itemInACluster(screen, QSize(1000, 420), t);
    QVERIFY(selected >= 0);
    screen.setSelectedItem(selected);
    screen.setHoveredItem(selected == 0 ? 1 : 0);
    screen.setFocused(true);
    // On screen the selection shows (else this test would prove nothing)...
    QVERIFY(ImageExporter::toImage(screen, size, t) != ImageExporter::toImage(*screen.exportCopy(), size, t));
    // ...and the export is the data alone, pixel for pixel.
    QCOMPARE(ImageExporter::toImage(*screen.exportCopy(), size, t), untouched);
}

void TestTimelineExport::exportPurpose_neverDrawsTheInteraction()
{
    const Theme t = Theme::named(QStringLiteral("light"));
    TimelineRenderer exported;
    exported.setPurpose(TimelineRenderer::Purpose::Export);
    exported.setToday(QDate(2026, 3, 1));
    exported.setItems(TimelineItems::fromModel(&m_proxy, m_state.dateBasis()));
    const QImage plain = ImageExporter::toImage(exported, QSize(1280, 720), t);
    exported.setSelectedItem(3);
    exported.setHoveredItem(4);
    exported.setFocused(true);
    QCOMPARE(ImageExporter::toImage(exported, QSize(1280, 720), t), plain);
}

void TestTimelineExport::exportCopy_keepsTheVisibleRangeAndLaneOrder()
{
    TimelineRenderer screen;
    screen.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    screen.setItems(TimelineItems::fromModel(&m_proxy, m_state.dateBasis()));
    screen.setLaneOrder(TimelineLayout::LaneOrder::Alphabetical);
    screen.setVisibleRange(QDate(2021, 1, 1), QDate(2022, 12, 31));
    screen.setFontPixelSize(13);
    const std::unique_ptr<TimelineRenderer> copy = screen.exportCopy();
    QCOMPARE(copy->purpose(), TimelineRenderer::Purpose::Export);
    QCOMPARE(copy->scale().fromDay(), screen.scale().fromDay());
    QCOMPARE(copy->scale().toDay(), screen.scale().toDay());
    QCOMPARE(copy->laneOrder(), TimelineLayout::LaneOrder::Alphabetical);
    QCOMPARE(copy->layout().laneCount(), screen.layout().laneCount());
    for (int lane = 0; lane < screen.layout().laneCount(); ++lane)
        QCOMPARE(copy->layout().lane(lane).country, screen.layout().lane(lane).country);
    // The type is sized to the export, not to the window.
    const Theme t = Theme::named(QStringLiteral("light"));
    QCOMPARE(copy->geometry(QRectF(0, 0, 1920, 1080), t).fontPixels, qBound(11.0, 1920 / 110.0, 28.0));
}

void TestTimelineExport::exportClusters_onlyWhereMarkersOverlap()
{
    // Two lanes of two orders each (no money: every marker has the base radius). In France the two are so close
    // that their markers overlap; in Italy they are a little more than a marker apart: the screen groups them to
    // leave room for the pointer, an export must not. Ten more lanes of one decision each keep the export's type
    // at the screen's size (a few lanes would be drawn larger).
    const Theme t = Theme::named(QStringLiteral("light"));
    const QRectF target(0, 0, 1920, 1080);
    const QDate start(2021, 1, 1);
    const QDate end(2029, 3, 1);
    const auto decisionsWithGaps = [&](int close, int apart) {
        const QString order = QStringLiteral("order");
        QList<Decision> decisions {
            Fixtures::decision(QStringLiteral("fr-1"), QStringLiteral("FR"), QStringLiteral("CNIL"), order, start.addDays(1000)),
            Fixtures::decision(QStringLiteral("fr-2"), QStringLiteral("FR"), QStringLiteral("CNIL"), order, start.addDays(1000 + close)),
            Fixtures::decision(QStringLiteral("it-1"), QStringLiteral("IT"), QStringLiteral("Garante"), order, start.addDays(2000)),
            Fixtures::decision(QStringLiteral("it-2"), QStringLiteral("IT"), QStringLiteral("Garante"), order, start.addDays(2000 + apart)),
        };
        const QStringList others = { QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("NL"),
            QStringLiteral("ES"), QStringLiteral("SE"), QStringLiteral("FI"), QStringLiteral("GR"), QStringLiteral("PL"),
            QStringLiteral("PT") };
        for (const QString &country : others)
            decisions.append(Fixtures::decision(country.toLower(), country, QStringLiteral("DPA"), order, start.addDays(2600)));
        return decisions;
    };
    const auto make = [&](TimelineRenderer::Purpose purpose, const QList<Decision> &decisions) {
        auto r = std::make_unique<TimelineRenderer>();
        r->setPurpose(purpose);
        r->setToday(end);
        r->setItems(TimelineItem::fromDecisions(decisions, DateBasis::Adopted));
        // The same days across the width whatever the decisions: the gaps below are in pixels.
        r->showDates(start, end);
        return r;
    };

    // Measure the scale and the markers' radius with the decisions far apart.
    const auto probe = make(TimelineRenderer::Purpose::Export, decisionsWithGaps(400, 400));
    const TimelineRenderer::Geometry g = probe->geometry(target, t);
    const double ppd = probe->scaleFor(g).pixelsPerDay();
    const TimelineFrame apartFrame = probe->frame(g, t);
    QCOMPARE(apartFrame.markers().size(), 14);
    const double r = apartFrame.markers().constFirst().radius;
    const int close = qMax(1, int(1.2 * r / ppd));
    const int apart = int(std::ceil(2.6 * r / ppd));
    QVERIFY2(close * ppd < 2 * r && apart * ppd > 2 * r, qPrintable(QStringLiteral("ppd %1, r %2").arg(ppd).arg(r)));

    const auto markersPerLane = [&](const TimelineRenderer &renderer) {
        const TimelineRenderer::Geometry geometry = renderer.geometry(target, t);
        const TimelineFrame frame = renderer.frame(geometry, t);
        QList<int> counts(renderer.layout().laneCount(), 0);
        for (const TimelineFrame::Marker &m : frame.markers())
            ++counts[m.lane];
        return counts;
    };
    const auto exported = make(TimelineRenderer::Purpose::Export, decisionsWithGaps(close, apart));
    QCOMPARE(exported->layout().lane(0).country, QStringLiteral("FR"));
    QCOMPARE(exported->layout().lane(1).country, QStringLiteral("IT"));
    QCOMPARE(markersPerLane(*exported).mid(0, 2), QList<int>({ 1, 2 }));
    const auto screen = make(TimelineRenderer::Purpose::Screen, decisionsWithGaps(close, apart));
    QCOMPARE(markersPerLane(*screen).mid(0, 2), QList<int>({ 1, 1 }));
}

void TestTimelineExport::filteredExport_lanesTakeTheHeight_data()
{
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("share"); // of the height, at least
    QTest::newRow("FR, IT on a Full HD slide")
        << QStringList { QStringLiteral("FR"), QStringLiteral("IT") } << QSize(1920, 1080) << 0.5;
    QTest::newRow("FR, IT, GB on a 720p slide")
        << QStringList { QStringLiteral("FR"), QStringLiteral("IT"), QStringLiteral("GB") } << QSize(1280, 720) << 0.6;
    // One lane is one line of markers: it stops at the largest lane, centred.
    QTest::newRow("FR alone, 4:3") << QStringList { QStringLiteral("FR") } << QSize(1600, 1200) << 0.25;
}

void TestTimelineExport::filteredExport_lanesTakeTheHeight()
{
    QFETCH(QStringList, countries);
    QFETCH(QSize, size);
    QFETCH(double, share);
    const Theme t = Theme::named(QStringLiteral("light"));
    const QRectF target(QPointF(0, 0), QSizeF(size));
    const QList<TimelineItem> items
        = TimelineItem::fromDecisions(ofCountries(m_data.decisions, countries), DateBasis::Adopted);
    TimelineRenderer exported;
    exported.setPurpose(TimelineRenderer::Purpose::Export);
    exported.setItems(items);
    QCOMPARE(exported.layout().laneCount(), int(countries.size()));
    TimelineRenderer screen;
    screen.setItems(items);
    const TimelineRenderer::Geometry g = exported.geometry(target, t);
    const TimelineRenderer::Geometry s = screen.geometry(target, t);

    // The screen leaves most of the canvas under a strip of lanes; an export draws larger and uses the height.
    const double drawn = g.legend.bottom() - g.axis.top();
    QVERIFY2(s.legend.bottom() - s.axis.top() < 0.45 * size.height(),
        qPrintable(QStringLiteral("screen %1 of %2").arg(s.legend.bottom() - s.axis.top()).arg(size.height())));
    QVERIFY2(drawn > share * size.height(), qPrintable(QStringLiteral("drawn %1 of %2").arg(drawn).arg(size.height())));
    QVERIFY(g.laneHeight > 1.3 * s.laneHeight);
    QVERIFY(g.fontPixels > s.fontPixels);
    // Up to a sensible lane height (duration bars stay near their markers), the rest shared above and below.
    QVERIFY(g.laneHeight <= g.fontPixels * 8 + 0.01);
    QVERIFY(g.axis.top() >= target.top());
    QVERIFY(g.legend.bottom() <= target.bottom());
    QVERIFY2(qAbs((g.axis.top() - target.top()) - (target.bottom() - g.legend.bottom())) < g.fontPixels * 1.5,
        qPrintable(QStringLiteral("top %1, bottom %2").arg(g.axis.top()).arg(target.bottom() - g.legend.bottom())));
}

void TestTimelineExport::exportLegend_listsOnlyWhatIsShown()
{
    const Theme t = Theme::named(QStringLiteral("light"));
    TimelineRenderer exported;
    exported.setPurpose(TimelineRenderer::Purpose::Export);
    exported.setItems(TimelineItems::fromModel(&m_proxy, m_state.dateBasis()));
    const QList<TimelineLegend::Entry> possible = TimelineLegend::entriesFor(exported.layout(), TimelineLegend::Reader::Page);
    // Zoomed onto the first decision alone: its type, nothing else of the data.
    const TimelineItem &first = exported.layout().item(exported.layout().firstInTime());
    const QDate day = QDate::fromJulianDay(first.day);
    exported.setVisibleRange(day, day);
    const TimelineRenderer::Geometry g = exported.geometry(QRectF(0, 0, 1920, 1080), t);
    const QList<TimelineLegend::Entry> shown
        = TimelineLegend::entriesFor(exported.layout(), exported.frame(g, t), TimelineLegend::Reader::Page);
    QVERIFY(shown.size() < possible.size());
    bool hasFirstType = false;
    for (const TimelineLegend::Entry &entry : shown) {
        QVERIFY(entry.kind != TimelineLegend::Entry::Kind::Cluster);
        if (entry.kind == TimelineLegend::Entry::Kind::Type) {
            QCOMPARE(entry.type, first.type);
            hasFirstType = true;
        }
    }
    QVERIFY(hasFirstType);
}

void TestTimelineExport::showDates_reachesBeyondTheDecisions()
{
    TimelineRenderer exported;
    exported.setPurpose(TimelineRenderer::Purpose::Export);
    exported.setItems(TimelineItem::fromDecisions(ofCountries(m_data.decisions, { QStringLiteral("FR") }), DateBasis::Adopted));
    exported.showDates(QDate(2018, 1, 1), QDate(2026, 12, 31));
    QCOMPARE(exported.scale().fromDay(), TimelineScale::dayOf(QDate(2018, 1, 1)));
    QCOMPARE(exported.scale().toDay(), TimelineScale::dayOf(QDate(2026, 12, 31)) + 1);
}

QTEST_MAIN(TestTimelineExport)
#include "tst_timelineexport.moc"
