// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Mouse moves without a button go through the window system, as real ones do; otherwise QTest only moves the
// cursor, which the offscreen platform turns into no hover at all.
#define QTEST_QPA_MOUSE_HANDLING

#include "fixtures.h"
#include "chartbuilder.h"
#include "chartpoints.h"
#include "countrychartrenderer.h"
#include "countrychartview.h"
#include "cumulativechartrenderer.h"
#include "cumulativechartview.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "imageexporter.h"
#include "theme.h"
#include "viewstate.h"
#include "windowmodels.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using ChartPoints::x;
using ChartPoints::ys;

namespace {

// The dates at which a step line rises or falls.
QList<QDate> stepDates(const QList<QPointF> &points)
{
    QList<QDate> dates;
    for (int i = 1; i < points.size(); ++i) {
        if (points.at(i).x() == points.at(i - 1).x() && points.at(i).y() != points.at(i - 1).y())
            dates << ChartBuilder::dateAt(points.at(i).x());
    }
    return dates;
}

// Not blank: many colours, and some pixels in the colour of the imposed line or bars.
bool looksDrawn(const QImage &image, const QColor &expected)
{
    QSet<QRgb> colours;
    int matching = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int xx = 0; xx < image.width(); xx += 3) {
            const QRgb pixel = image.pixel(xx, y);
            colours.insert(pixel);
            if (qAbs(qRed(pixel) - expected.red()) < 8 && qAbs(qGreen(pixel) - expected.green()) < 8
                && qAbs(qBlue(pixel) - expected.blue()) < 8)
                ++matching;
        }
    }
    return colours.size() > 50 && matching > 100;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cumulative_seriesFromTheModel_haveTheStepPoints();
    void cumulative_followsTheFilter();
    void cumulative_followsTheDateBasis();
    void cumulative_hoverNamesTheDecision();
    void cumulative_clickOnAStep_selectsTheDecision();
    void cumulative_clickOnTheAreaBelowAStep_selectsThatStep();
    void cumulative_selectionElsewhere_ringsTheStep();
    void cumulative_followsTheTimelineRangeOnlyWhileLinked();
    void cumulative_dragZoom_movesTheTimelineRange();
    void cumulative_dbSizeOverlay_isOptional();
    void cumulative_toolTipsNameDecisionsAndClaimants();
    void cumulative_noteStatesTheCurrencyRuleAndMissingPayments();
    void country_stackedView_hasOneBandPerCountry();
    void country_bars_areSortedAndSwitchToAuthorities();
    void export_isFullSizeAndNotBlank_data();
    void export_isFullSizeAndNotBlank();
    void export_ofTheView_followsItsFilter();
    void hiddenChart_isBuiltOnlyWhenShown();

private:
    BundledData m_data;
};

void TestCharts::initTestCase()
{
    m_data = Fixtures::bundled();
    QCOMPARE(m_data.decisions.size(), 43);
    QCOMPARE(m_data.dbSizeClaims.size(), 23);
}

void TestCharts::cumulative_seriesFromTheModel_haveTheStepPoints()
{
    WindowModels window(m_data.decisions);
    CumulativeChartView view;
    view.setViewState(&window.state);
    view.setModel(&window.proxy);
    view.refresh(); // built now, not when first shown

    const QList<QPointF> imposed = view.linePoints(QStringLiteral("imposed"));
    QCOMPARE(stepDates(imposed),
        (QList<QDate>{QDate(2022, 2, 10), QDate(2022, 5, 18), QDate(2022, 7, 13), QDate(2022, 10, 17), QDate(2023, 4, 13),
            QDate(2024, 5, 16)}));
    QCOMPARE(ys(imposed),
        (QList<qint64>{0, 0, 20000000, 20000000, 28920279, 28920279, 48920279, 48920279, 68920279, 68920279, 74120279,
            74120279, 104620279, 104620279}));
    // The line runs on to today.
    QVERIFY(imposed.constLast().x() >= x(QDate::currentDate()));

    const QList<QPointF> standing = view.linePoints(QStringLiteral("standing"));
    QCOMPARE(stepDates(standing).mid(5),
        (QList<QDate>{QDate(2023, 10, 17), QDate(2024, 5, 16), QDate(2025, 10, 6)}));
    QCOMPARE(ys(standing).mid(10),
        (QList<qint64>{74120279, 74120279, 65200000, 65200000, 95700000, 95700000, 104620279, 104620279}));

    const QList<QPointF> collected = view.linePoints(QStringLiteral("collected"));
    QCOMPARE(ys(collected), (QList<qint64>{0, 0}));
}

void TestCharts::cumulative_followsTheFilter()
{
    WindowModels window(m_data.decisions);
    CumulativeChartView view;
    view.setViewState(&window.state);
    view.setModel(&window.proxy);
    view.refresh(); // built now, not when first shown
    view.show(); // a hidden chart is not built (ChartViewBase::applyPending)

    DecisionFilter withoutUk;
    withoutUk.countries = QStringList{QStringLiteral("FR"), QStringLiteral("GR"), QStringLiteral("IT"), QStringLiteral("NL")};
    window.state.setFilter(withoutUk);
    QTRY_COMPARE(ys(view.linePoints(QStringLiteral("imposed"))).constLast(), qint64(95700000));
    QCOMPARE(view.renderer().series().totals().standingMinor, qint64(9570000000));
    QCOMPARE(view.decisions().size(), window.proxy.rowCount());
}

void TestCharts::cumulative_followsTheDateBasis()
{
    WindowModels window(m_data.decisions);
    CumulativeChartView view;
    view.setViewState(&window.state);
    view.setModel(&window.proxy);
    view.refresh(); // built now, not when first shown
    view.show(); // a hidden chart is not built (ChartViewBase::applyPending)
    QVERIFY(stepDates(view.linePoints(QStringLiteral("imposed"))).contains(QDate(2024, 5, 16)));

    window.state.setDateBasis(DateBasis::Announced);
    QTRY_VERIFY(stepDates(view.linePoints(QStringLiteral("imposed"))).contains(QDate(2024, 9, 3)));
    QVERIFY(!stepDates(view.linePoints(QStringLiteral("imposed"))).contains(QDate(2024, 5, 16)));
}

void TestCharts::cumulative_hoverNamesTheDecision()
{
    WindowModels window(m_data.decisions);
    CumulativeChartView view;
    view.setViewState(&window.state);
    view.setModel(&window.proxy);
    view.refresh(); // built now, not when first shown
    view.resize(1100, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();

    const QPoint mark = view.markPosition(QStringLiteral("gb-ico-2022-fine"));
    QVERIFY(!mark.isNull());
    QTest::mouseMove(view.chartViewport(), mark);
    QTRY_VERIFY(view.hoverText().contains(QStringLiteral("gb-ico-2022-fine")));
    QVERIFY(view.hoverText().contains(QStringLiteral("Information Commissioner's Office (ICO)")));
    QVERIFY(view.hoverText().contains(QStringLiteral("£")));

    const QPoint setAside = view.markPosition(QStringLiteral("gb-ico-2022-fine"), CumulativeSeries::StepKind::SetAside);
    QVERIFY(!setAside.isNull());
    QTest::mouseMove(view.chartViewport(), setAside);
    QTRY_VERIFY(view.hoverText().contains(QStringLiteral("set aside")));
    QVERIFY(view.hoverText().contains(QStringLiteral("First-tier Tribunal")));

    // Away from any mark the tooltip goes.
    QTest::mouseMove(view.chartViewport(), QPoint(5, 5));
    QTRY_VERIFY(view.hoverText().isEmpty());
}

void TestCharts::cumulative_clickOnAStep_selectsTheDecision()
{
    WindowModels window(m_data.decisions);
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
    const QPoint mark = view.markPosition(QStringLiteral("nl-ap-2024-fine"));
    QVERIFY(!mark.isNull());
    QTest::mouseMove(view.chartViewport(), mark);
    QTest::mouseClick(view.chartViewport(), Qt::LeftButton, Qt::NoModifier, mark);
    QTRY_COMPARE(clicked.size(), 1);
    QCOMPARE(clicked.constFirst().constFirst().toString(), QStringLiteral("nl-ap-2024-fine"));
    QCOMPARE(window.currentId(), QStringLiteral("nl-ap-2024-fine"));
    QVERIFY(window.selection.isRowSelected(window.indexOf(QStringLiteral("nl-ap-2024-fine")).row()));
    // The chart rings what it selected.
    // Its step and its capped penalty payment, drawn apart as not imposed.
    QTRY_COMPARE(ys(view.linePoints(QStringLiteral("selection"))), (QList<qint64>{104620279, 109720279}));
}

void TestCharts::cumulative_clickOnTheAreaBelowAStep_selectsThatStep()
{
    WindowModels window(m_data.decisions);
    CumulativeChartView view;
    view.setViewState(&window.state);
    view.setModel(&window.proxy);
    view.refresh(); // built now, not when first shown
    view.setSelectionModel(&window.selection);
    view.resize(1100, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();

    // Just right of the Greek step, well below its mark: inside the imposed area.
    const QPoint mark = view.markPosition(QStringLiteral("gr-hdpa-2022-fine"));
    QVERIFY(!mark.isNull());
    QTest::mouseClick(view.chartViewport(), Qt::LeftButton, Qt::NoModifier, mark + QPoint(6, 120));
    QTRY_COMPARE(window.currentId(), QStringLiteral("gr-hdpa-2022-fine"));
}

void TestCharts::cumulative_selectionElsewhere_ringsTheStep()
{
    WindowModels window(m_data.decisions);
    CumulativeChartView view;
    view.setViewState(&window.state);
    view.setModel(&window.proxy);
    view.refresh(); // built now, not when first shown
    view.show(); // a hidden chart is not built (ChartViewBase::applyPending)
    view.setSelectionModel(&window.selection);
    QVERIFY(view.linePoints(QStringLiteral("selection")).isEmpty());

    window.selection.setCurrentIndex(window.indexOf(QStringLiteral("gb-ico-2022-fine")),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(view.selectedDecisionId(), QStringLiteral("gb-ico-2022-fine"));
    // Imposed, set aside and reinstated: each of its three steps is ringed.
    QTRY_COMPARE(ys(view.linePoints(QStringLiteral("selection"))), (QList<qint64>{28920279, 65200000, 104620279}));

    window.selection.clear();
    QTRY_VERIFY(view.linePoints(QStringLiteral("selection")).isEmpty());
}

void TestCharts::cumulative_followsTheTimelineRangeOnlyWhileLinked()
{
    WindowModels window(m_data.decisions);
    CumulativeChartView view;
    view.setViewState(&window.state);
    view.setModel(&window.proxy);
    view.refresh(); // built now, not when first shown
    QVERIFY(view.isLinkedToTimeline());
    QCOMPARE(view.renderer().rangeFrom(), QDate(2019, 10, 1));

    window.state.setVisibleRange(QDate(2022, 1, 1), QDate(2023, 1, 1));
    QTRY_COMPARE(view.renderer().rangeFrom(), QDate(2022, 1, 1));
    QCOMPARE(view.renderer().rangeTo(), QDate(2023, 1, 1));

    QSignalSpy linked(&view, &ChartViewBase::linkedToTimelineChanged);
    view.setLinkedToTimeline(false);
    QCOMPARE(linked.size(), 1);
    window.state.setVisibleRange(QDate(2024, 1, 1), QDate(2025, 1, 1));
    view.refresh();
    QCOMPARE(view.renderer().rangeFrom(), QDate(2022, 1, 1));

    view.setLinkedToTimeline(true);
    view.refresh();
    QCOMPARE(view.renderer().rangeFrom(), QDate(2024, 1, 1));
}

void TestCharts::cumulative_dragZoom_movesTheTimelineRange()
{
    WindowModels window(m_data.decisions);
    CumulativeChartView view;
    view.setViewState(&window.state);
    view.setModel(&window.proxy);
    view.refresh(); // built now, not when first shown
    view.resize(1100, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();

    // Drag from Italy's step to the Dutch one: the timeline's range becomes that stretch.
    const QPoint from = view.markPosition(QStringLiteral("it-garante-2022-fine"));
    const QPoint to = view.markPosition(QStringLiteral("nl-ap-2024-fine"));
    QSignalSpy ranges(&window.state, &ViewState::visibleRangeChanged);
    QTest::mousePress(view.chartViewport(), Qt::LeftButton, Qt::NoModifier, from + QPoint(0, 40));
    QTest::mouseMove(view.chartViewport(), (from + to) / 2 + QPoint(0, 40));
    QTest::mouseMove(view.chartViewport(), to + QPoint(0, 40));
    QTest::mouseRelease(view.chartViewport(), Qt::LeftButton, Qt::NoModifier, to + QPoint(0, 40));
    QTRY_VERIFY(!ranges.isEmpty());
    QVERIFY(qAbs(window.state.visibleFrom().daysTo(QDate(2022, 2, 10))) <= 10);
    QVERIFY(qAbs(window.state.visibleTo().daysTo(QDate(2024, 5, 16))) <= 10);
    QTRY_COMPARE(view.renderer().rangeFrom(), window.state.visibleFrom());

    // "Fit" gives the whole range back to both.
    window.state.setVisibleRange(QDate(), QDate());
    QTRY_COMPARE(view.renderer().rangeFrom(), QDate(2019, 10, 1));
}

void TestCharts::cumulative_dbSizeOverlay_isOptional()
{
    WindowModels window(m_data.decisions);
    CumulativeChartView view;
    view.setModel(&window.proxy);
    view.refresh(); // built now, not when first shown
    QVERIFY(view.linePoints(QStringLiteral("claims")).isEmpty());

    view.setDbSizeClaims(m_data.dbSizeClaims);
    view.refresh();
    const QList<QPointF> claims = view.linePoints(QStringLiteral("claims"));
    QCOMPARE(claims.size(), 23);
    QCOMPARE(claims.constFirst().y(), 3.0);
    // The CBP contract's 60 billion (Feb 2026), then a press article repeating the older 30 billion.
    QCOMPARE(claims.at(claims.size() - 2).y(), 60.0);
    QCOMPARE(claims.constLast().y(), 30.0);

    view.setDbSizeOverlayVisible(false);
    view.refresh();
    QVERIFY(view.linePoints(QStringLiteral("claims")).isEmpty());
}

void TestCharts::cumulative_toolTipsNameDecisionsAndClaimants()
{
    CumulativeChartRenderer renderer(m_data.decisions, DateBasis::Adopted, m_data.dbSizeClaims);
    renderer.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QList<CumulativeSeries::Step> &steps = renderer.series().steps();
    const auto stepOf = [&steps](const QString &id, CumulativeSeries::StepKind kind) {
        for (int i = 0; i < steps.size(); ++i) {
            if (steps.at(i).decisionId == id && steps.at(i).kind == kind)
                return i;
        }
        return -1;
    };
    const QString italy = renderer.stepToolTip(stepOf(QStringLiteral("it-garante-2022-fine"), CumulativeSeries::StepKind::Imposed));
    QVERIFY2(italy.contains(QStringLiteral("Garante per la protezione dei dati personali")), qPrintable(italy));
    QVERIFY(italy.contains(QStringLiteral("10 Feb 2022")));
    QVERIFY(italy.contains(QStringLiteral("€20,000,000")));
    QVERIFY(!italy.contains(QLatin1Char('<')));

    const QString reinstated = renderer.stepToolTip(stepOf(QStringLiteral("gb-ico-2022-fine"), CumulativeSeries::StepKind::Reinstated));
    QVERIFY2(reinstated.contains(QStringLiteral("Upper Tribunal")), qPrintable(reinstated));
    QVERIFY(reinstated.contains(QStringLiteral("£7,552,800")));

    const QString first = renderer.claimToolTip(0);
    QVERIFY2(first.contains(QStringLiteral("Kashmir Hill")), qPrintable(first));
    QVERIFY(first.contains(QStringLiteral("3,000,000,000")));

    const auto provisional = std::find_if(renderer.series().potential().cbegin(), renderer.series().potential().cend(),
        [](const CumulativeSeries::Potential &p) { return p.decisionId == QLatin1String("gb-ico-2021-provisional"); });
    const QString notAdded = renderer.potentialToolTip(int(provisional - renderer.series().potential().cbegin()));
    QVERIFY2(notAdded.contains(QStringLiteral("Provisional")), qPrintable(notAdded));
    QVERIFY(notAdded.contains(QStringLiteral("£17,000,000")));
}

void TestCharts::cumulative_noteStatesTheCurrencyRuleAndMissingPayments()
{
    const CumulativeChartRenderer renderer(m_data.decisions, DateBasis::Adopted);
    QVERIFY2(renderer.note().contains(QStringLiteral("GBP converted at the ECB reference rate of the decision date")),
        qPrintable(renderer.note()));
    QVERIFY(renderer.note().contains(QStringLiteral("No payment is known: collected stays at 0")));

    Decision paid = m_data.decisions.at(17);
    QCOMPARE(paid.id, QStringLiteral("it-garante-2022-fine"));
    paid.statusChanges = {StatusChange{QDate(2023, 1, 1), QStringLiteral("paid"), true, QString(), QString()}};
    const CumulativeChartRenderer withPayment({paid}, DateBasis::Adopted);
    QVERIFY(!withPayment.note().contains(QStringLiteral("No payment is known")));
}

void TestCharts::country_stackedView_hasOneBandPerCountry()
{
    WindowModels window(m_data.decisions);
    CountryChartView view;
    view.setViewState(&window.state);
    view.setModel(&window.proxy);
    view.refresh(); // built now, not when first shown
    view.show(); // a hidden chart is not built (ChartViewBase::applyPending)
    QCOMPARE(view.mode(), CountryChartRenderer::Mode::OverTime);
    QCOMPARE(view.seriesNames(),
        (QStringList{QStringLiteral("IT"), QStringLiteral("GB"), QStringLiteral("GR"), QStringLiteral("FR"), QStringLiteral("NL")}));

    DecisionFilter france;
    france.countries = QStringList{QStringLiteral("FR")};
    window.state.setFilter(france);
    QTRY_COMPARE(view.seriesNames(), QStringList{QStringLiteral("FR")});
}

void TestCharts::country_bars_areSortedAndSwitchToAuthorities()
{
    WindowModels window(m_data.decisions);
    CountryChartView view;
    view.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    view.setViewState(&window.state);
    view.setModel(&window.proxy);
    view.refresh(); // built now, not when first shown
    view.setMode(CountryChartRenderer::Mode::Totals);
    view.refresh();
    QCOMPARE(view.seriesNames(), QStringList{QStringLiteral("bars")});

    const auto labels = [&view]() {
        QStringList list;
        for (const CountryChartRenderer::Bar &bar : view.renderer().bars())
            list << bar.label;
        return list;
    };
    QCOMPARE(labels(),
        (QStringList{QStringLiteral("Netherlands"), QStringLiteral("France"), QStringLiteral("Greece"),
            QStringLiteral("Italy"), QStringLiteral("United Kingdom")}));
    QCOMPARE(view.renderer().bars().constFirst().imposedMinor, qint64(3050000000));

    view.setGrouping(CountryChartRenderer::Grouping::Authority);
    QCOMPARE(labels(),
        (QStringList{QStringLiteral("AP (Netherlands)"), QStringLiteral("CNIL (France)"), QStringLiteral("Garante (Italy)"),
            QStringLiteral("HDPA (Greece)"), QStringLiteral("ICO (United Kingdom)")}));
    view.setLogScale(true);
    QVERIFY(view.renderer().logScale());
    view.refresh();
    QCOMPARE(view.seriesNames(), QStringList{QStringLiteral("bars")});
}

void TestCharts::export_isFullSizeAndNotBlank_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QSize>("size");
    for (const QString &theme : Theme::names()) {
        for (const QString &chart : {QStringLiteral("cumulative"), QStringLiteral("stacked"), QStringLiteral("bars")}) {
            QTest::addRow("%s %s 1920x1080", qPrintable(chart), qPrintable(theme)) << chart << theme << QSize(1920, 1080);
        }
    }
    QTest::addRow("cumulative light 1280x720") << QStringLiteral("cumulative") << QStringLiteral("light") << QSize(1280, 720);
}

void TestCharts::export_isFullSizeAndNotBlank()
{
    QFETCH(QString, chart);
    QFETCH(QString, theme);
    QFETCH(QSize, size);
    const Theme colours = Theme::named(theme);
    QImage image;
    if (chart == QLatin1String("cumulative")) {
        const CumulativeChartRenderer renderer(m_data.decisions, DateBasis::Adopted, m_data.dbSizeClaims);
        image = ImageExporter::toImage(renderer, size, colours);
    } else {
        CountryChartRenderer renderer(m_data.decisions, DateBasis::Adopted);
        renderer.setMode(chart == QLatin1String("bars") ? CountryChartRenderer::Mode::Totals
                                                        : CountryChartRenderer::Mode::OverTime);
        image = ImageExporter::toImage(renderer, size, colours);
    }
    QCOMPARE(image.size(), size);
    // The imposed line and bars are in the accent colour; the stacked bands in the palette's first colour.
    QVERIFY(looksDrawn(image, chart == QLatin1String("stacked") ? colours.categorical.at(0) : colours.accent));
}

void TestCharts::hiddenChart_isBuiltOnlyWhenShown()
{
    // A chart on a tab nobody looks at costs nothing (a second at 100,000 decisions): built when shown.
    WindowModels window(m_data.decisions);
    CumulativeChartView view;
    view.setViewState(&window.state);
    view.setModel(&window.proxy);
    QTest::qWait(50);
    QVERIFY(view.linePoints(QStringLiteral("imposed")).isEmpty());
    // Its data still follows the model, for an export of the hidden tab.
    DecisionFilter france;
    france.countries = QStringList{QStringLiteral("FR")};
    window.state.setFilter(france);
    QCOMPARE(view.renderer().series().totals().imposedMinor, qint64(2520000000));
    view.show();
    QTRY_VERIFY(!view.linePoints(QStringLiteral("imposed")).isEmpty());
}

void TestCharts::export_ofTheView_followsItsFilter()
{
    WindowModels window(m_data.decisions);
    CumulativeChartView view;
    view.setViewState(&window.state);
    view.setModel(&window.proxy);
    view.refresh(); // built now, not when first shown
    const Theme dark = Theme::named(QStringLiteral("dark"));
    const QSize size(1920, 1080);
    const QImage everything = ImageExporter::toImage(view, size, dark);

    DecisionFilter france;
    france.countries = QStringList{QStringLiteral("FR")};
    window.state.setFilter(france);
    QTRY_COMPARE(view.renderer().series().totals().imposedMinor, qint64(2520000000));
    const QImage exported = ImageExporter::toImage(view, size, dark);
    QCOMPARE(exported.size(), size);
    QVERIFY(looksDrawn(exported, dark.accent));

    // The export is the chart of France's decisions alone: drawn from them directly, it is the same image, and it
    // is not the chart of every decision.
    QList<Decision> french;
    for (const Decision &decision : std::as_const(m_data.decisions)) {
        if (decision.country == QLatin1String("FR"))
            french << decision;
    }
    CumulativeChartRenderer franceOnly(french, DateBasis::Adopted);
    franceOnly.setLocale(view.locale());
    QCOMPARE(franceOnly.series().totals().imposedMinor, qint64(2520000000));
    QVERIFY(exported == ImageExporter::toImage(franceOnly, size, dark));
    QVERIFY(exported != everything);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
