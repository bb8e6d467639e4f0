// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Mouse moves without a button go through the window system, as real ones do.
#define QTEST_QPA_MOUSE_HANDLING

// The cumulative chart at scale and within a range: a bounded number of series and one mark per day whatever the
// number of decisions; a range shows only its steps, from the level earlier ones left; the totals at the range's
// end are printed; collected is drawn and named at zero; the database-size overlay is asked for, not assumed.
#include "chartbuilder.h"
#include "chartpoints.h"
#include "cumulativechartrenderer.h"
#include "cumulativechartview.h"
#include "fixtures.h"
#include "manydecisions.h"
#include "theme.h"
#include "timelinescale.h"
#include "windowmodels.h"

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <memory>

using ChartPoints::x;
using ChartPoints::ys;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedKingdom);

// A chart of `renderer` laid out at `size`, as an export lays it out; the scene owns it.
QChart *laidOut(QGraphicsScene &scene, const CumulativeChartRenderer &renderer, const QSize &size = QSize(1920, 1080))
{
    const Theme light = Theme::named(QStringLiteral("light"));
    QChart *chart = renderer.createChart(light, ChartBuilder::exportFont(size, light), size.width());
    scene.addItem(chart);
    for (int round = 0; round < 3; ++round) {
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        chart->layout()->activate();
    }
    return chart;
}

QList<QPointF> pointsOf(const QChart *chart, const QString &name)
{
    const QXYSeries *series = ChartBuilder::findLine(chart, name);
    return series ? series->points() : QList<QPointF>();
}

QList<QDate> datesOf(const QList<QPointF> &points)
{
    QList<QDate> dates;
    for (const QPointF &point : points)
        dates << ChartBuilder::dateAt(point.x());
    return dates;
}

// The texts of the labels shown on the chart.
QStringList shownLabels(const QChart *chart)
{
    QStringList texts;
    const QList<QGraphicsItem *> items = chart->childItems();
    for (const QGraphicsItem *item : items) {
        if (!item->isVisible())
            continue;
        const QList<QGraphicsItem *> children = item->childItems();
        for (const QGraphicsItem *child : children) {
            if (const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(child))
                texts << text->text();
        }
    }
    return texts;
}

QStringList legendNames(const QChart *chart)
{
    QStringList names;
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    for (const QLegendMarker *marker : markers) {
        if (marker->isVisible())
            names << marker->label();
    }
    return names;
}

} // namespace

class TestCumulativeChartRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seriesAreBounded_whateverTheNumberOfDecisions_data();
    void seriesAreBounded_whateverTheNumberOfDecisions();
    void marksOfADay_listEveryDecision_andAClickSelectsTheLargest();
    void manyMarks_drawnAsImages_keepTooltipsAndClicks();
    void range_drawsOnlyItsSteps_fromTheLevelBefore_data();
    void range_drawsOnlyItsSteps_fromTheLevelBefore();
    void headline_givesTheTotalsAtTheRangesEnd_data();
    void headline_givesTheTotalsAtTheRangesEnd();
    void collected_isDrawnAndNamed_evenAtZero();
    void amountsNotImposed_areNamedByKind();
    void dbSizeOverlay_isOffUnlessAsked_andTitledOnItsAxis();
    void hundredThousandDecisions_buildQuickly();

private:
    const BundledData &bundled() const { return Fixtures::bundled(); }
};

void TestCumulativeChartRange::seriesAreBounded_whateverTheNumberOfDecisions_data()
{
    QTest::addColumn<int>("count");
    QTest::addRow("none") << 0;
    QTest::addRow("50") << 50;
    QTest::addRow("5,000") << 5000;
}

void TestCumulativeChartRange::seriesAreBounded_whateverTheNumberOfDecisions()
{
    QFETCH(int, count);
    CumulativeChartRenderer renderer(ManyDecisions::make(count), DateBasis::Adopted);
    renderer.setToday(QDate(2026, 1, 1));
    QGraphicsScene scene;
    const QChart *chart = laidOut(scene, renderer);

    // Three lines, the marks of steps and of each kind not imposed (six kinds at most), and the selection ring.
    QVERIFY2(chart->series().size() <= 3 + 2 + 6 + 1, qPrintable(QString::number(chart->series().size())));

    // One mark a day on each line, however many decisions that day has.
    QSet<QDate> imposedDays;
    QSet<std::pair<QDate, int>> changeDays;
    for (const CumulativeSeries::Step &step : renderer.series().steps()) {
        if (step.kind == CumulativeSeries::StepKind::Imposed)
            imposedDays.insert(step.date);
        else
            changeDays.insert({step.date, step.kind == CumulativeSeries::StepKind::Collected ? 1 : 0});
    }
    QCOMPARE(pointsOf(chart, QStringLiteral("imposedMarks")).size(), imposedDays.size());
    QCOMPARE(pointsOf(chart, QStringLiteral("changeMarks")).size(), changeDays.size());
    // A line has at most two points a day, and one more at each end.
    QVERIFY(pointsOf(chart, QStringLiteral("imposed")).size() <= 2 * imposedDays.size() + 2);
    if (count >= 50) {
        QVERIFY(renderer.series().steps().size() > imposedDays.size());
        const QList<QPointF> provisional = pointsOf(chart, QStringLiteral("potential-provisional"));
        QVERIFY(!provisional.isEmpty());
        const QList<QDate> days = datesOf(provisional);
        QCOMPARE(QSet<QDate>(days.cbegin(), days.cend()).size(), provisional.size());
    }
}

void TestCumulativeChartRange::marksOfADay_listEveryDecision_andAClickSelectsTheLargest()
{
    // Three fines on one day: one mark at the day's total, whose tooltip names all three.
    QList<Decision> decisions;
    for (const auto &[id, euros] : {std::pair<const char *, qint64>{"small", 1000}, {"large", 3000000}, {"middle", 50000}}) {
        Decision d = Fixtures::decision(QLatin1String(id), QStringLiteral("FR"),
            QStringLiteral("Commission nationale de l'informatique et des libertés (CNIL)"), QStringLiteral("fine"),
            QDate(2022, 3, 1));
        d.amount = ManyDecisions::eur(euros * 100);
        d.amountEur = d.amount;
        d.includeInCumulativeFines = true;
        decisions << d;
    }
    CumulativeChartRenderer renderer(decisions, DateBasis::Adopted);
    renderer.setLocale(english);
    QCOMPARE(renderer.marks().imposed().size(), 1);
    const CumulativeChartMarks::Mark &mark = renderer.marks().imposed().constFirst();
    QCOMPARE(mark.valueMinor, qint64(305100000));
    QCOMPARE(renderer.series().steps().at(mark.largest).decisionId, QStringLiteral("large"));
    const QString tip = renderer.markToolTip(mark, false);
    QVERIFY2(tip.contains(QStringLiteral("3 decisions imposed money on 1 Mar 2022")), qPrintable(tip));
    // The largest first, each with its exact amount.
    QVERIFY(tip.indexOf(QStringLiteral("€3,000,000")) < tip.indexOf(QStringLiteral("€50,000")));
    QVERIFY(tip.contains(QStringLiteral("€1,000")));
    QVERIFY(tip.contains(QStringLiteral("Imposed in all: €3,051,000")));

    // On screen, a click on the mark selects the largest of the day.
    WindowModels window(decisions);
    CumulativeChartView view;
    view.setViewState(&window.state);
    view.setModel(&window.proxy);
    view.refresh(); // built now, not when first shown
    view.setSelectionModel(&window.selection);
    view.resize(1100, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();
    QSignalSpy clicked(&view, &CumulativeChartView::decisionClicked);
    const QPoint position = view.markPosition(QStringLiteral("small"));
    QVERIFY(!position.isNull());
    QCOMPARE(position, view.markPosition(QStringLiteral("middle")));
    QTest::mouseMove(view.chartViewport(), position);
    QTest::mouseClick(view.chartViewport(), Qt::LeftButton, Qt::NoModifier, position);
    QTRY_COMPARE(clicked.size(), 1);
    QCOMPARE(clicked.constFirst().constFirst().toString(), QStringLiteral("large"));
}

void TestCumulativeChartRange::manyMarks_drawnAsImages_keepTooltipsAndClicks()
{
    // 5,000 decisions on up to 2,000 days: more marks than are drawn as shapes, and days with several.
    const QList<Decision> decisions = ManyDecisions::make(5000, 2000);
    WindowModels window(decisions);
    CumulativeChartView view;
    view.setViewState(&window.state);
    view.setModel(&window.proxy);
    view.refresh(); // built now, not when first shown
    view.setSelectionModel(&window.selection);
    view.resize(1100, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();
    const auto *marks = qobject_cast<const QXYSeries *>(
        ChartBuilder::findLine(view.findChild<QChartView *>()->chart(), QStringLiteral("imposedMarks")));
    QVERIFY(marks);
    QVERIFY(marks->count() > 300);
    QVERIFY(!marks->lightMarker().isNull());

    // A day with several fines and no amount not imposed: its one mark's tooltip lists the day's decisions, and a
    // click selects the largest.
    const CumulativeChartRenderer &renderer = view.renderer();
    QSet<QDate> potentialDays;
    for (const CumulativeSeries::Potential &p : renderer.series().potential())
        potentialDays.insert(p.date);
    const auto &imposed = renderer.marks().imposed();
    const auto mark = std::find_if(imposed.cbegin(), imposed.cend(), [&potentialDays](const CumulativeChartMarks::Mark &m) {
        return m.items.size() > 1 && !potentialDays.contains(m.date);
    });
    QVERIFY(mark != imposed.cend());
    const QString largest = renderer.series().steps().at(mark->largest).decisionId;
    const QString other = renderer.series().steps().at(mark->items.constFirst() == mark->largest ? mark->items.at(1)
                                                                                                 : mark->items.constFirst()).decisionId;
    const QPoint position = view.markPosition(other);
    QVERIFY(!position.isNull());
    QTest::mouseMove(view.chartViewport(), position);
    QTRY_VERIFY2(view.hoverText().contains(QStringLiteral("decisions imposed money on")), qPrintable(view.hoverText()));
    QSignalSpy clicked(&view, &CumulativeChartView::decisionClicked);
    QTest::mouseClick(view.chartViewport(), Qt::LeftButton, Qt::NoModifier, position);
    QTRY_VERIFY(!clicked.isEmpty());
    QCOMPARE(clicked.constFirst().constFirst().toString(), largest);
}

void TestCumulativeChartRange::range_drawsOnlyItsSteps_fromTheLevelBefore_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QList<QDate>>("imposedMarks");
    QTest::addColumn<QList<QDate>>("changeMarks");
    QTest::addColumn<QList<qint64>>("imposed"); // the imposed line, in cents of a million
    QTest::addColumn<QList<qint64>>("standing");

    QTest::addRow("2022: four fines, from nothing")
        << QDate(2022, 1, 1) << QDate(2022, 12, 31)
        << QList<QDate>{QDate(2022, 2, 10), QDate(2022, 5, 18), QDate(2022, 7, 13), QDate(2022, 10, 17)}
        << QList<QDate>{}
        << QList<qint64>{0, 0, 20000000, 20000000, 28920279, 28920279, 48920279, 48920279, 68920279, 68920279}
        << QList<qint64>{0, 0, 20000000, 20000000, 28920279, 28920279, 48920279, 48920279, 68920279, 68920279};
    // 2022's fines are the level the lines start at; the UK fine's reinstatement in 2025 is not drawn.
    QTest::addRow("2023: a penalty and a set-aside, from 2022's total")
        << QDate(2023, 1, 1) << QDate(2023, 12, 31) << QList<QDate>{QDate(2023, 4, 13)}
        << QList<QDate>{QDate(2023, 10, 17)} << QList<qint64>{68920279, 68920279, 74120279, 74120279}
        << QList<qint64>{68920279, 68920279, 74120279, 74120279, 65200000, 65200000};
    QTest::addRow("2025: the reinstatement only")
        << QDate(2025, 1, 1) << QDate(2025, 12, 31) << QList<QDate>{} << QList<QDate>{QDate(2025, 10, 6)}
        << QList<qint64>{104620279, 104620279} << QList<qint64>{95700000, 95700000, 104620279, 104620279};
}

void TestCumulativeChartRange::range_drawsOnlyItsSteps_fromTheLevelBefore()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QList<QDate>, imposedMarks);
    QFETCH(QList<QDate>, changeMarks);
    QFETCH(QList<qint64>, imposed);
    QFETCH(QList<qint64>, standing);
    // Every decision, as `caseline export cumulative --from --to` gives them: the range is the chart's, not a filter.
    CumulativeChartRenderer renderer(bundled().decisions, DateBasis::Adopted);
    renderer.setToday(QDate(2026, 6, 1));
    renderer.setRange(from, to);
    QGraphicsScene scene;
    const QChart *chart = laidOut(scene, renderer);

    const QValueAxis *time = ChartBuilder::timeAxis(chart);
    QCOMPARE(time->min(), TimelineScale::dayOf(from));
    QCOMPARE(time->max(), TimelineScale::dayOf(to) + 1);
    QCOMPARE(datesOf(pointsOf(chart, QStringLiteral("imposedMarks"))), imposedMarks);
    QCOMPARE(datesOf(pointsOf(chart, QStringLiteral("changeMarks"))), changeMarks);
    const QList<QPointF> imposedLine = pointsOf(chart, QStringLiteral("imposed"));
    QCOMPARE(ys(imposedLine), imposed);
    QCOMPARE(ys(pointsOf(chart, QStringLiteral("standing"))), standing);
    // From the range's first day to its last.
    QCOMPARE(imposedLine.constFirst().x(), x(from));
    QCOMPARE(imposedLine.constLast().x(), x(to));
    // The money axis is the range's: its top is above the range's highest value, and not far above.
    const auto *money = qobject_cast<const QValueAxis *>(chart->axes(Qt::Vertical).constFirst());
    const qreal highest = qreal(std::max(imposed.constLast(), standing.constLast())) / 1000000;
    QVERIFY(money->max() > highest);
    QVERIFY2(money->max() < highest * 1.6 + 1, qPrintable(QString::number(money->max())));
}

void TestCumulativeChartRange::headline_givesTheTotalsAtTheRangesEnd_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("headline");
    QTest::addRow("2022") << QDate(2022, 1, 1) << QDate(2022, 12, 31)
                          << QStringLiteral("€68.92m imposed \u00b7 €68.92m standing \u00b7 €0 collected");
    QTest::addRow("2023") << QDate(2023, 1, 1) << QDate(2023, 12, 31)
                          << QStringLiteral("€74.12m imposed \u00b7 €65.2m standing \u00b7 €0 collected");
    QTest::addRow("to the UK fine's day") << QDate(2022, 1, 1) << QDate(2022, 5, 18)
                                          << QStringLiteral("€28.92m imposed \u00b7 €28.92m standing \u00b7 €0 collected");
    QTest::addRow("before any fine") << QDate(2019, 1, 1) << QDate(2021, 12, 31)
                                     << QStringLiteral("€0 imposed \u00b7 €0 standing \u00b7 €0 collected");
    QTest::addRow("fitted: everything") << QDate() << QDate()
                                        << QStringLiteral("€104.62m imposed \u00b7 €104.62m standing \u00b7 €0 collected");
}

void TestCumulativeChartRange::headline_givesTheTotalsAtTheRangesEnd()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, headline);
    CumulativeChartRenderer renderer(bundled().decisions, DateBasis::Adopted);
    renderer.setLocale(english);
    renderer.setToday(QDate(2026, 6, 1));
    renderer.setRange(from, to);
    QCOMPARE(renderer.headline(), headline);
    QGraphicsScene scene;
    const QChart *chart = laidOut(scene, renderer);
    // Printed under the title.
    QVERIFY2(chart->title().contains(headline.toHtmlEscaped()), qPrintable(chart->title()));
}

void TestCumulativeChartRange::collected_isDrawnAndNamed_evenAtZero()
{
    CumulativeChartRenderer renderer(bundled().decisions, DateBasis::Adopted);
    renderer.setLocale(english);
    QCOMPARE(renderer.series().totals().collectedMinor, qint64(0));
    QGraphicsScene scene;
    const QChart *chart = laidOut(scene, renderer);
    QCOMPARE(ys(pointsOf(chart, QStringLiteral("collected"))), (QList<qint64>{0, 0}));
    // Above the plot's bottom edge, so that the whole line shows, and named where it ends.
    const auto *money = qobject_cast<const QValueAxis *>(chart->axes(Qt::Vertical).constFirst());
    QVERIFY(money->min() < 0);
    QVERIFY2(shownLabels(chart).contains(QStringLiteral("Collected: no payment known")),
        qPrintable(shownLabels(chart).join(u'|')));
    QVERIFY(legendNames(chart).contains(QStringLiteral("Collected: no payment known")));

    // With a payment known, it is named for what it shows.
    Decision paid = Fixtures::bundledDecision(QStringLiteral("it-garante-2022-fine"));
    paid.statusChanges = {StatusChange{QDate(2023, 1, 1), QStringLiteral("paid"), true, QString(), QString()}};
    const CumulativeChartRenderer withPayment({paid}, DateBasis::Adopted);
    const QChart *paidChart = laidOut(scene, withPayment);
    QCOMPARE(ys(pointsOf(paidChart, QStringLiteral("collected"))).constLast(), qint64(20000000));
    QVERIFY(legendNames(paidChart).contains(QStringLiteral("Collected (payments known)")));
}

void TestCumulativeChartRange::amountsNotImposed_areNamedByKind()
{
    CumulativeChartRenderer renderer(bundled().decisions, DateBasis::Adopted);
    renderer.setLocale(english);
    QGraphicsScene scene;
    const QChart *chart = laidOut(scene, renderer);
    const QStringList legend = legendNames(chart);
    for (const CumulativeSeries::PotentialKind kind : {CumulativeSeries::PotentialKind::Provisional,
             CumulativeSeries::PotentialKind::PenaltyCap})
        QVERIFY2(legend.contains(CumulativeChartRenderer::potentialKindName(kind)), qPrintable(legend.join(u'|')));
    QVERIFY(legend.contains(QStringLiteral("Provisional (not imposed)")));
    // The ICO's provisional GBP 17m is named on the chart as what it is.
    const QStringList labels = shownLabels(chart);
    QVERIFY2(std::any_of(labels.cbegin(), labels.cend(),
                 [](const QString &label) { return label.startsWith(QLatin1String("ICO")) && label.endsWith(QLatin1String("(provisional)")); }),
        qPrintable(labels.join(u'|')));

    // A range without any of them leaves them out of the legend.
    renderer.setRange(QDate(2023, 1, 1), QDate(2023, 12, 31));
    QGraphicsScene scene2023;
    const QStringList legend2023 = legendNames(laidOut(scene2023, renderer));
    QVERIFY2(!legend2023.contains(QStringLiteral("Provisional (not imposed)")), qPrintable(legend2023.join(u'|')));
}

void TestCumulativeChartRange::dbSizeOverlay_isOffUnlessAsked_andTitledOnItsAxis()
{
    CumulativeChartRenderer renderer(bundled().decisions, DateBasis::Adopted, bundled().dbSizeClaims);
    QVERIFY(!renderer.dbSizeClaimsVisible());
    QGraphicsScene scene;
    const QChart *off = laidOut(scene, renderer);
    QCOMPARE(off->axes(Qt::Vertical).size(), 1);
    QVERIFY(pointsOf(off, QStringLiteral("claims")).isEmpty());

    renderer.setDbSizeClaimsVisible(true);
    const QChart *on = laidOut(scene, renderer);
    QCOMPARE(on->axes(Qt::Vertical).size(), 2);
    const QAbstractAxis *images = on->axes(Qt::Vertical).constLast();
    QCOMPARE(images->objectName(), QStringLiteral("images"));
    QVERIFY2(images->titleText().contains(QStringLiteral("Database size claimed")), qPrintable(images->titleText()));
    QCOMPARE(pointsOf(on, QStringLiteral("claims")).size(), 23);

    // On screen it is one click away, and on.
    CumulativeChartView view;
    QVERIFY(view.isDbSizeOverlayVisible());
}

void TestCumulativeChartRange::hundredThousandDecisions_buildQuickly()
{
    const QList<Decision> decisions = ManyDecisions::make(100000, 5000);
    CumulativeChartRenderer renderer(decisions, DateBasis::Adopted);
    const Theme light = Theme::named(QStringLiteral("light"));
    const QSize size(1280, 720);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QChart> chart(renderer.createChart(light, ChartBuilder::exportFont(size, light), size.width()));
    const qint64 built = timer.elapsed();
    qInfo("createChart for %lld decisions: %lld ms, %lld series, %lld imposed marks", qint64(decisions.size()),
        built, qint64(chart->series().size()), qint64(pointsOf(chart.get(), QStringLiteral("imposedMarks")).size()));
    // Laid out and painted as an export does it.
    timer.restart();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(QPointF(0, 0), size), light);
    painter.end();
    qInfo("created, laid out and painted again: %lld ms", timer.elapsed());
    QVERIFY(chart->series().size() <= 12);
    // The marks are the days, not the decisions.
    QVERIFY(pointsOf(chart.get(), QStringLiteral("imposedMarks")).size() <= 4000);
    // Far under this on any machine (it was half a minute); a bound that only a quadratic cost would cross.
    QVERIFY2(built < 3000, qPrintable(QString::number(built)));
}

QTEST_MAIN(TestCumulativeChartRange)
#include "tst_cumulativechartrange.moc"
