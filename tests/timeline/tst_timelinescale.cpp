// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinescale.h"

#include <QLocale>
#include <QTest>

namespace {

double day(int y, int m, int d)
{
    return TimelineScale::dayOf(QDate(y, m, d));
}

// 2020-01-01 to 2026-01-01 drawn into 1000 pixels from x = 100.
TimelineScale sixYears()
{
    TimelineScale scale;
    scale.setPixelRange(100, 1000);
    scale.setLimits(day(2020, 1, 1), day(2026, 1, 1));
    scale.fitAll();
    return scale;
}

} // namespace

class TestTimelineScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xForDay_mapsRangeOntoPixels_data();
    void xForDay_mapsRangeOntoPixels();
    void dayForX_invertsXForDay();
    void zoom_keepsDayUnderAnchor_data();
    void zoom_keepsDayUnderAnchor();
    void zoom_stopsAtOneDay();
    void zoom_stopsAtWholeRange();
    void pan_staysInsideLimits_data();
    void pan_staysInsideLimits();
    void setRange_clampsAndShiftsInside();
    void visibleDates_coverPartlyVisibleDays();
    void ensureVisible_centresOnlyWhenNeeded_data();
    void ensureVisible_centresOnlyWhenNeeded();
    void tickUnit_followsZoom_data();
    void tickUnit_followsZoom();
    void ticks_areInsideRangeOrderedAndSpaced_data();
    void ticks_areInsideRangeOrderedAndSpaced();
    void ticks_labelsAreLocalized_data();
    void ticks_labelsAreLocalized();
    void ticks_monthsNameTheYearInJanuary();
    void centredLabelTicks_whenLabelsFit_areTheTicks();
    void centredLabelTicks_labelAtTheEdge_isLeftOutAndTheNextNamesTheYear();
    void centredLabelTicks_wideLabels_moveToACoarserUnit();
};

void TestTimelineScale::xForDay_mapsRangeOntoPixels_data()
{
    QTest::addColumn<double>("day");
    QTest::addColumn<double>("x");
    const double from = day(2020, 1, 1);
    const double span = day(2026, 1, 1) - from;
    QTest::addRow("first day at the left edge") << from << 100.0;
    QTest::addRow("end of the range at the right edge") << from + span << 1100.0;
    QTest::addRow("middle of the range in the middle") << from + span / 2 << 600.0;
    QTest::addRow("before the range to the left") << from - span / 10 << 0.0;
}

void TestTimelineScale::xForDay_mapsRangeOntoPixels()
{
    QFETCH(double, day);
    QFETCH(double, x);
    QVERIFY2(qAbs(sixYears().xForDay(day) - x) < 1e-6, qPrintable(QString::number(sixYears().xForDay(day))));
}

void TestTimelineScale::dayForX_invertsXForDay()
{
    const TimelineScale scale = sixYears();
    for (double x : { 100.0, 250.5, 777.0, 1100.0 })
        QVERIFY(qAbs(scale.xForDay(scale.dayForX(x)) - x) < 1e-9);
}

void TestTimelineScale::zoom_keepsDayUnderAnchor_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("anchorX");
    QTest::addRow("zoom in at the middle") << 2.0 << 600.0;
    QTest::addRow("zoom in near the left") << 4.0 << 150.0;
    QTest::addRow("zoom in near the right") << 1.5 << 1050.0;
    QTest::addRow("zoom in a lot") << 1000.0 << 333.0;
}

void TestTimelineScale::zoom_keepsDayUnderAnchor()
{
    QFETCH(double, factor);
    QFETCH(double, anchorX);
    TimelineScale scale = sixYears();
    const double before = scale.dayForX(anchorX);
    const double span = scale.span();
    scale.zoom(factor, anchorX);
    QVERIFY(qAbs(scale.dayForX(anchorX) - before) < 1e-6);
    QVERIFY(qAbs(scale.span() - span / factor) < 1e-6);
}

void TestTimelineScale::zoom_stopsAtOneDay()
{
    TimelineScale scale = sixYears();
    for (int i = 0; i < 100; ++i)
        scale.zoom(2.0, 600);
    QCOMPARE(scale.span(), TimelineScale::minimumSpanDays);
    QVERIFY(scale.visibleFromDate().daysTo(scale.visibleToDate()) <= 1);
}

void TestTimelineScale::zoom_stopsAtWholeRange()
{
    TimelineScale scale = sixYears();
    scale.zoom(3.0, 200);
    QVERIFY(!scale.isFitAll());
    for (int i = 0; i < 20; ++i)
        scale.zoom(0.5, 900);
    QVERIFY(scale.isFitAll());
    QCOMPARE(scale.fromDay(), day(2020, 1, 1));
    QCOMPARE(scale.toDay(), day(2026, 1, 1));
}

void TestTimelineScale::pan_staysInsideLimits_data()
{
    QTest::addColumn<double>("dx");
    QTest::addColumn<double>("expectedFrom");
    const double from = day(2020, 1, 1);
    const double span = day(2026, 1, 1) - from; // zoomed to a quarter of it below: 2020-01-01 + 3/8 span
    QTest::addRow("small pan to earlier dates") << 100.0 << from + 3 * span / 8 - span / 40;
    QTest::addRow("huge pan to earlier dates stops at the first day") << 1e6 << from;
    QTest::addRow("huge pan to later dates stops at the last day") << -1e6 << from + 3 * span / 4;
}

void TestTimelineScale::pan_staysInsideLimits()
{
    QFETCH(double, dx);
    QFETCH(double, expectedFrom);
    TimelineScale scale = sixYears();
    scale.zoom(4.0, 600);
    const double span = scale.span();
    scale.pan(dx);
    QVERIFY2(qAbs(scale.fromDay() - expectedFrom) < 1e-6, qPrintable(QString::number(scale.fromDay() - expectedFrom)));
    QCOMPARE(scale.span(), span);
}

void TestTimelineScale::setRange_clampsAndShiftsInside()
{
    TimelineScale scale = sixYears();
    scale.setRange(day(2019, 1, 1), day(2019, 6, 1));
    QCOMPARE(scale.fromDay(), day(2020, 1, 1));
    QCOMPARE(scale.span(), day(2019, 6, 1) - day(2019, 1, 1));
    scale.setRange(day(2022, 5, 5), day(2022, 5, 5));
    QCOMPARE(scale.span(), 1.0);
    scale.setRange(day(2030, 1, 1), day(2010, 1, 1));
    QVERIFY(scale.isFitAll());
}

void TestTimelineScale::visibleDates_coverPartlyVisibleDays()
{
    TimelineScale scale = sixYears();
    scale.setRange(day(2022, 3, 1) + 0.5, day(2022, 4, 1));
    QCOMPARE(scale.visibleFromDate(), QDate(2022, 3, 1));
    QCOMPARE(scale.visibleToDate(), QDate(2022, 3, 31));
    scale.setRange(day(2022, 3, 1), day(2022, 4, 1) + 0.25);
    QCOMPARE(scale.visibleToDate(), QDate(2022, 4, 1));
}

void TestTimelineScale::ensureVisible_centresOnlyWhenNeeded_data()
{
    QTest::addColumn<double>("dayOffset"); // from 2022-01-01; the range shows 2022-01-01 to 2022-04-11
    QTest::addColumn<bool>("moves");
    QTest::addRow("well inside") << 50.0 << false;
    QTest::addRow("inside but at the edge") << 1.0 << true;
    QTest::addRow("before the range") << -200.0 << true;
    QTest::addRow("after the range") << 400.0 << true;
}

void TestTimelineScale::ensureVisible_centresOnlyWhenNeeded()
{
    QFETCH(double, dayOffset);
    QFETCH(bool, moves);
    TimelineScale scale = sixYears();
    scale.setRange(day(2022, 1, 1), day(2022, 1, 1) + 100);
    const double target = day(2022, 1, 1) + dayOffset;
    QCOMPARE(scale.ensureVisible(target, 0.05), moves);
    QCOMPARE(scale.span(), 100.0);
    QVERIFY(target > scale.fromDay() && target < scale.toDay());
    if (moves)
        QCOMPARE(scale.fromDay() + 50, target);
}

void TestTimelineScale::tickUnit_followsZoom_data()
{
    QTest::addColumn<double>("spanDays");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("step");
    // 1000 pixels, ticks at least 70 pixels apart.
    QTest::addRow("fifteen years: every second year") << 5478.0 << int(TimelineScale::TickUnit::Year) << 2;
    QTest::addRow("six years: years") << 2192.0 << int(TimelineScale::TickUnit::Year) << 1;
    QTest::addRow("two years: quarters") << 700.0 << int(TimelineScale::TickUnit::Quarter) << 1;
    QTest::addRow("seven months: months") << 200.0 << int(TimelineScale::TickUnit::Month) << 1;
    QTest::addRow("two months: weeks") << 60.0 << int(TimelineScale::TickUnit::Week) << 1;
    QTest::addRow("ten days: days") << 10.0 << int(TimelineScale::TickUnit::Day) << 1;
    QTest::addRow("one day: days") << 1.0 << int(TimelineScale::TickUnit::Day) << 1;
}

void TestTimelineScale::tickUnit_followsZoom()
{
    QFETCH(double, spanDays);
    QFETCH(int, unit);
    QFETCH(int, step);
    TimelineScale scale;
    scale.setPixelRange(0, 1000);
    scale.setLimits(day(2010, 1, 1), day(2030, 1, 1));
    scale.setRange(day(2018, 1, 1), day(2018, 1, 1) + spanDays);
    int actualStep = 0;
    QCOMPARE(int(scale.tickUnit(70, &actualStep)), unit);
    QCOMPARE(actualStep, step);
}

void TestTimelineScale::ticks_areInsideRangeOrderedAndSpaced_data()
{
    QTest::addColumn<double>("spanDays");
    QTest::addRow("years") << 2192.0;
    QTest::addRow("quarters") << 700.0;
    QTest::addRow("months") << 200.0;
    QTest::addRow("weeks") << 60.0;
    QTest::addRow("days") << 10.0;
}

void TestTimelineScale::ticks_areInsideRangeOrderedAndSpaced()
{
    QFETCH(double, spanDays);
    TimelineScale scale;
    scale.setPixelRange(0, 1000);
    scale.setLimits(day(2010, 1, 1), day(2030, 1, 1));
    scale.setRange(day(2018, 2, 13) + 0.3, day(2018, 2, 13) + 0.3 + spanDays);
    const QList<TimelineTick> ticks = scale.ticks(QLocale(QLocale::English, QLocale::UnitedKingdom), 70);
    QVERIFY(ticks.size() >= 2);
    for (int i = 0; i < ticks.size(); ++i) {
        const TimelineTick &tick = ticks.at(i);
        QVERIFY(tick.day >= scale.fromDay() && tick.day <= scale.toDay());
        QVERIFY(!tick.label.isEmpty());
        // Ticks fall on whole days.
        QCOMPARE(tick.day, std::floor(tick.day));
        if (i > 0) {
            const double spacing = scale.xForDay(tick.day) - scale.xForDay(ticks.at(i - 1).day);
            // Months and years vary in length: allow the short ones 10% less than the approximate spacing.
            QVERIFY2(spacing >= 70 * 0.9, qPrintable(QStringLiteral("%1 px between ticks").arg(spacing)));
        }
    }
}

void TestTimelineScale::ticks_labelsAreLocalized_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("spanDays");
    QTest::addColumn<QString>("firstLabel");
    QTest::addColumn<QString>("secondLabel");
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale fr(QLocale::French, QLocale::France);
    // The range starts on 2018-02-13; months and quarters start at the next boundary.
    QTest::addRow("English months") << en << 200.0 << QStringLiteral("Mar 2018") << QStringLiteral("Apr");
    QTest::addRow("French months") << fr << 200.0 << QStringLiteral("mars 2018") << QStringLiteral("avr.");
    QTest::addRow("English quarters") << en << 700.0 << QStringLiteral("Q2 2018") << QStringLiteral("Q3 2018");
    QTest::addRow("British days: day first") << en << 10.0 << QStringLiteral("14 Feb 2018") << QStringLiteral("15 Feb");
    QTest::addRow("American days: month first")
        << us << 10.0 << QStringLiteral("Feb 14, 2018") << QStringLiteral("Feb 15");
    QTest::addRow("French weeks start on Monday")
        << fr << 60.0 << QStringLiteral("19 févr. 2018") << QStringLiteral("26 févr.");
    QTest::addRow("years") << en << 2192.0 << QStringLiteral("2019") << QStringLiteral("2020");
}

void TestTimelineScale::ticks_labelsAreLocalized()
{
    QFETCH(QLocale, locale);
    QFETCH(double, spanDays);
    QFETCH(QString, firstLabel);
    QFETCH(QString, secondLabel);
    TimelineScale scale;
    scale.setPixelRange(0, 1000);
    scale.setLimits(day(2010, 1, 1), day(2030, 1, 1));
    scale.setRange(day(2018, 2, 13) + 0.3, day(2018, 2, 13) + 0.3 + spanDays);
    const QList<TimelineTick> ticks = scale.ticks(locale, 70);
    QVERIFY(ticks.size() >= 2);
    QCOMPARE(ticks.at(0).label, firstLabel);
    QCOMPARE(ticks.at(1).label, secondLabel);
}

void TestTimelineScale::ticks_monthsNameTheYearInJanuary()
{
    TimelineScale scale;
    scale.setPixelRange(0, 1000);
    scale.setLimits(day(2010, 1, 1), day(2030, 1, 1));
    scale.setRange(day(2021, 10, 1), day(2022, 4, 15));
    const QList<TimelineTick> ticks = scale.ticks(QLocale(QLocale::English, QLocale::UnitedKingdom), 70);
    QStringList labels;
    for (const TimelineTick &tick : ticks)
        labels << tick.label;
    QCOMPARE(labels,
        QStringList({ QStringLiteral("Oct 2021"), QStringLiteral("Nov"), QStringLiteral("Dec"),
            QStringLiteral("Jan 2022"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr") }));
    QVERIFY(ticks.at(3).major);
    QVERIFY(!ticks.at(2).major);
}

QTEST_GUILESS_MAIN(TestTimelineScale)
#include "tst_timelinescale.moc"

void TestTimelineScale::centredLabelTicks_whenLabelsFit_areTheTicks()
{
    // From mid-December, so that the first tick (1 January) is far enough from the edge for its label.
    const TimelineScale scale(day(2021, 12, 20), day(2022, 12, 20), 100, 1000);
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const QList<TimelineTick> plain = scale.ticks(locale, 70);
    const QList<TimelineTick> centred = scale.centredLabelTicks(
        locale, 70, [](const QString &label) { return 5.0 * label.size(); }, 8);
    QCOMPARE(plain.constFirst().label, QStringLiteral("Jan 2022"));
    QCOMPARE(centred.size(), plain.size());
    for (int i = 0; i < plain.size(); ++i) {
        QCOMPARE(centred.at(i).day, plain.at(i).day);
        QCOMPARE(centred.at(i).label, plain.at(i).label);
    }
}

void TestTimelineScale::centredLabelTicks_labelAtTheEdge_isLeftOutAndTheNextNamesTheYear()
{
    // 1 January is the left edge: a label centred there would stick out of the axis.
    const TimelineScale scale(day(2022, 1, 1), day(2022, 12, 31), 100, 1000);
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const auto width = [](const QString &label) { return 5.0 * label.size(); };
    const QList<TimelineTick> plain = scale.ticks(locale, 70);
    const QList<TimelineTick> centred = scale.centredLabelTicks(locale, 70, width, 8);
    QCOMPARE(centred.size(), plain.size());
    QCOMPARE(centred.at(0).day, plain.at(0).day);
    QCOMPARE(centred.at(0).label, QString());
    QCOMPARE(plain.at(1).label, QStringLiteral("Feb"));
    QCOMPARE(centred.at(1).label, QStringLiteral("Feb 2022"));
    QCOMPARE(centred.at(2).label, QStringLiteral("Mar"));
    for (const TimelineTick &tick : centred) {
        if (tick.label.isEmpty())
            continue;
        QVERIFY(scale.xForDay(tick.day) - width(tick.label) / 2 >= 100);
        QVERIFY(scale.xForDay(tick.day) + width(tick.label) / 2 <= 1100);
    }
}

void TestTimelineScale::centredLabelTicks_wideLabels_moveToACoarserUnit()
{
    // A year in 1000 pixels: months are about 83 pixels apart, too close for labels 20 pixels a character.
    const TimelineScale scale(day(2021, 12, 1), day(2022, 12, 1), 100, 1000);
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const auto width = [](const QString &label) { return 20.0 * label.size(); };
    const double gap = 10;
    const QList<TimelineTick> plain = scale.ticks(locale, 70);
    QCOMPARE(plain.at(1).label, QStringLiteral("Jan 2022"));
    QCOMPARE(plain.at(2).label, QStringLiteral("Feb"));

    const QList<TimelineTick> centred = scale.centredLabelTicks(locale, 70, width, gap);
    QStringList labels;
    const TimelineTick *previous = nullptr;
    for (const TimelineTick &tick : centred) {
        if (tick.label.isEmpty())
            continue;
        labels << tick.label;
        if (previous) {
            const double distance = scale.xForDay(tick.day) - scale.xForDay(previous->day);
            const double needed = (width(previous->label) + width(tick.label)) / 2 + gap;
            QVERIFY2(distance >= needed,
                qPrintable(QStringLiteral("%1 and %2: %3 px apart, %4 needed")
                               .arg(previous->label, tick.label)
                               .arg(distance)
                               .arg(needed)));
        }
        previous = &tick;
    }
    QCOMPARE(labels,
        (QStringList { QStringLiteral("Q1 2022"), QStringLiteral("Q2 2022"), QStringLiteral("Q3 2022"),
            QStringLiteral("Q4 2022") }));
}
