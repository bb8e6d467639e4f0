// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineframe.h"
#include "timelineitem.h"
#include "timelinelayout.h"
#include "timelinescale.h"

#include <QLocale>
#include <QTest>

namespace {

const QDate day0(2021, 1, 1);

Decision decision(const QString &id, const QString &country, const QString &type, int dayOffset, qint64 eurMinor = -1)
{
    Decision d;
    d.id = id;
    d.country = country;
    d.decisionType = type;
    d.decisionDate = day0.addDays(dayOffset);
    d.authority = QStringLiteral("Authority of %1 (A%1)").arg(country);
    if (eurMinor >= 0) {
        d.amount = Money { eurMinor, QStringLiteral("EUR") };
        d.amountEur = d.amount;
    }
    return d;
}

TimelineItem item(const Decision &d)
{
    return *TimelineItem::fromDecision(d, DateBasis::Adopted);
}

// One pixel per day from day0, 1000 days wide.
TimelineScale pixelPerDay()
{
    TimelineScale scale;
    scale.setPixelRange(0, 1000);
    scale.setLimits(TimelineScale::dayOf(day0), TimelineScale::dayOf(day0) + 1000);
    scale.fitAll();
    return scale;
}

TimelineFrameOptions options(int lanes, bool labels = false)
{
    TimelineFrameOptions o;
    o.plot = QRectF(0, 0, 1000, lanes * 40.0);
    o.laneHeight = 40;
    o.clusterDistance = 16;
    o.baseRadius = 5;
    o.minimumMoneyRadius = 4;
    o.maximumMoneyRadius = 16;
    o.clusterRadius = 8;
    o.labelHeight = 12;
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    if (labels)
        o.textWidth = [](const QString &text) { return 6.0 * text.size(); };
    return o;
}

QList<TimelineItem> itemsAt(const QList<int> &offsets, const QString &country = QStringLiteral("FR"))
{
    QList<TimelineItem> items;
    for (int i = 0; i < offsets.size(); ++i)
        items << item(decision(
            QStringLiteral("d%1").arg(i), country, QStringLiteral("fine"), offsets.at(i), qint64(i + 1) * 100000000));
    return items;
}

} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromDecision_skipsUndatedAndFollowsDateBasis();
    void shortAuthority_findsAcronym_data();
    void shortAuthority_findsAcronym();
    void standing_readsStatusAndChanges_data();
    void standing_readsStatusAndChanges();
    void spans_comeOnlyFromDocumentedPatterns_data();
    void spans_comeOnlyFromDocumentedPatterns();
    void compactAmount_isShortAndExact_data();
    void compactAmount_isShortAndExact();
    void lanes_onePerCountryWithDecisionsInTimeOrder();
    void laneOrder_followsChoice_data();
    void laneOrder_followsChoice();
    void relations_areResolvedBothWays();
    void bars_penaltyWindowEndsAtLiquidatingDecision();
    void bars_overlappingSpansStackInRows();
    void navigation_movesInTimeAcrossLanes();
    void sameDay_decisionsShareTheDay();
    void relatedSpan_coversRelatedDecisionsWithRoom();
    void frame_clustersMarkersCloserThanDistance_data();
    void frame_clustersMarkersCloserThanDistance();
    void frame_selectedDecisionIsNeverClustered();
    void frame_markerAreaIsProportionalToAmount();
    void frame_onlyVisibleDecisionsAreLaidOut();
    void frame_hitTestFindsMarkerUnderPoint_data();
    void frame_hitTestFindsMarkerUnderPoint();
    void frame_labelsNeverOverlapAndHideWhatCannotFit();
    void frame_labelsPreferSelectedAndLargerAmounts();
    void frame_barsFollowTheirDecisionIntoClusters();
    void frame_arrowsJoinRelatedDecisions();
    void frame_touchingBarsOfOneKindAreDrawnAsOne();
    void frame_crowdedLaneHidesBarsOfDecisionsOutOfView();
};

void TestTimelineLayout::fromDecision_skipsUndatedAndFollowsDateBasis()
{
    Decision d = decision(QStringLiteral("nl"), QStringLiteral("NL"), QStringLiteral("fine"), 0);
    d.decisionDate = QDate(2024, 5, 16);
    d.announceDate = QDate(2024, 9, 3);
    QCOMPARE(TimelineItem::fromDecision(d, DateBasis::Adopted)->day, QDate(2024, 5, 16).toJulianDay());
    QCOMPARE(TimelineItem::fromDecision(d, DateBasis::Announced)->day, QDate(2024, 9, 3).toJulianDay());
    d.decisionDate = QDate();
    d.announceDate = QDate();
    QVERIFY(!TimelineItem::fromDecision(d, DateBasis::Adopted));
    QCOMPARE(
        TimelineItem::fromDecisions(
            { d, decision(QStringLiteral("x"), QStringLiteral("FR"), QStringLiteral("order"), 3) }, DateBasis::Adopted)
            .size(),
        1);
}

void TestTimelineLayout::shortAuthority_findsAcronym_data()
{
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("expected");
    QTest::addRow("acronym in parentheses")
        << QStringLiteral("Commission nationale de l'informatique et des libertés (CNIL) – restricted committee")
        << QStringLiteral("CNIL");
    QTest::addRow("acronym after the original name")
        << QStringLiteral("Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)")
        << QStringLiteral("IMY");
    QTest::addRow("quoted short name") << QStringLiteral("Garante per la protezione dei dati personali "
                                                         "(Italian Data Protection Authority, 'Garante')")
                                       << QStringLiteral("Garante");
    QTest::addRow("no acronym: the name before the first comma") << QStringLiteral(
        "Vermont Superior Court, Chittenden Unit, Civil Division (case brought by the Vermont "
        "Attorney General, T.J. Donovan)") << QStringLiteral("Vermont Superior Court");
    QTest::addRow("no acronym: the name before the dash")
        << QStringLiteral("First-tier Tribunal (General Regulatory Chamber) – Information Rights")
        << QStringLiteral("First-tier Tribunal");
    QTest::addRow("long name is shortened")
        << QStringLiteral("U.S. District Court for the Northern District of Illinois – Judge Sharon Johnson Coleman")
        << QStringLiteral("U.S. District Court for the") + QChar(0x2026);
    QTest::addRow("lower-case name") << QStringLiteral("noyb – European Center for Digital Rights (complainant)")
                                     << QStringLiteral("noyb");
}

void TestTimelineLayout::shortAuthority_findsAcronym()
{
    QFETCH(QString, authority);
    QFETCH(QString, expected);
    QCOMPARE(TimelineItem::shortAuthority(authority), expected);
}

void TestTimelineLayout::standing_readsStatusAndChanges_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("lastChangeStanding");
    QTest::addColumn<bool>("hasChanges");
    QTest::addColumn<int>("expected");
    const int standing = int(TimelineItem::Standing::Standing);
    const int setAside = int(TimelineItem::Standing::SetAside);
    const int contested = int(TimelineItem::Standing::Contested);
    QTest::addRow("final") << QStringLiteral("final_unpaid") << true << false << standing;
    QTest::addRow("annulled on appeal") << QStringLiteral("annulled_on_appeal") << true << false << setAside;
    QTest::addRow("overturned") << QStringLiteral("overturned_on_appeal") << true << false << setAside;
    QTest::addRow("reversed") << QStringLiteral("reversed_on_further_appeal") << true << false << setAside;
    QTest::addRow("appealed") << QStringLiteral("partly_appealed") << true << false << contested;
    QTest::addRow("contested, standing again")
        << QStringLiteral("contested_remitted_to_FTT") << true << true << contested;
    QTest::addRow("latest change set it aside") << QStringLiteral("final") << false << true << setAside;
    QTest::addRow("appeal merely possible") << QStringLiteral("dismissed_appeal_possible") << true << false << standing;
}

void TestTimelineLayout::standing_readsStatusAndChanges()
{
    QFETCH(QString, status);
    QFETCH(bool, lastChangeStanding);
    QFETCH(bool, hasChanges);
    QFETCH(int, expected);
    Decision d = decision(QStringLiteral("x"), QStringLiteral("GB"), QStringLiteral("fine"), 0);
    d.status = status;
    if (hasChanges) {
        d.statusChanges << StatusChange { QDate(2023, 10, 17), QStringLiteral("set_aside"), !lastChangeStanding, {},
            {} };
        d.statusChanges << StatusChange { QDate(2025, 10, 6), QStringLiteral("remitted"), lastChangeStanding, {}, {} };
    }
    QCOMPARE(int(TimelineItem::standingOf(d)), expected);
}

void TestTimelineLayout::spans_comeOnlyFromDocumentedPatterns_data()
{
    QTest::addColumn<QStringList>("orders");
    QTest::addColumn<QString>("penaltyStarts");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const int deadline = int(TimelineSpan::Kind::ComplianceDeadline);
    const int ban = int(TimelineSpan::Kind::Ban);
    const int penalty = int(TimelineSpan::Kind::PenaltyWindow);
    const QDate adopted(2021, 11, 26);
    QTest::addRow("within two months (CNIL formal notice)")
        << QStringList { QStringLiteral("Within 2 months: stop collecting data") } << QString() << deadline << adopted
        << QDate(2022, 1, 26);
    QTest::addRow("by a date") << QStringList { QStringLiteral("All measures by 15 Sep 2022") } << QString() << deadline
                               << adopted << QDate(2022, 9, 15);
    QTest::addRow("for five years (settlement ban)")
        << QStringList { QStringLiteral("No sales to any entity in Illinois for five years") } << QString() << ban
        << adopted << QDate(2026, 11, 26);
    QTest::addRow("penalty after a two-month period")
        << QStringList() << QStringLiteral("after a 2-month compliance period") << penalty << QDate(2022, 1, 26)
        << QDate();
    QTest::addRow("a period reported by one source is no pattern")
        << QStringList { QStringLiteral("Destroy images (a 90-day period is reported by one secondary source only)") }
        << QString() << -1 << QDate() << QDate();
    QTest::addRow("no period at all") << QStringList { QStringLiteral("Pay EUR 20 million") } << QString() << -1
                                      << QDate() << QDate();
}

void TestTimelineLayout::spans_comeOnlyFromDocumentedPatterns()
{
    QFETCH(QStringList, orders);
    QFETCH(QString, penaltyStarts);
    QFETCH(int, kind);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    Decision d = decision(QStringLiteral("x"), QStringLiteral("FR"), QStringLiteral("formal_notice"), 0);
    d.decisionDate = QDate(2021, 11, 26);
    d.orders = orders;
    if (!penaltyStarts.isEmpty()) {
        d.periodicPenalty.starts = penaltyStarts;
        d.periodicPenalty.liquidatedIn = QStringLiteral("later");
    }
    const QList<TimelineSpan> spans = TimelineItem::spansOf(d);
    if (kind < 0) {
        QVERIFY(spans.isEmpty());
        return;
    }
    QCOMPARE(spans.size(), 1);
    QCOMPARE(int(spans.first().kind), kind);
    QCOMPARE(spans.first().fromDay, from.toJulianDay());
    if (to.isValid())
        QCOMPARE(spans.first().toDay, to.toJulianDay());
    else
        QCOMPARE(spans.first().untilId, QStringLiteral("later"));
}

void TestTimelineLayout::compactAmount_isShortAndExact_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::addRow("twenty million") << qint64(2000000000) << QStringLiteral("EUR") << QStringLiteral("EUR 20m");
    QTest::addRow("three significant digits")
        << qint64(755280000) << QStringLiteral("GBP") << QStringLiteral("GBP 7.55m");
    QTest::addRow("thirty and a half million")
        << qint64(3050000000) << QStringLiteral("EUR") << QStringLiteral("EUR 30.5m");
    QTest::addRow("thousands") << qint64(24801600) << QStringLiteral("EUR") << QStringLiteral("EUR 248k");
    QTest::addRow("small amount") << qint64(950000) << QStringLiteral("EUR") << QStringLiteral("EUR 9,500");
    QTest::addRow("currency without minor unit")
        << qint64(5000000) << QStringLiteral("JPY") << QStringLiteral("JPY 5m");
    QTest::addRow("billions") << qint64(123000000000) << QStringLiteral("EUR") << QStringLiteral("EUR 1.23bn");
}

void TestTimelineLayout::compactAmount_isShortAndExact()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(TimelineItem::compactAmount(minor, currency, QLocale(QLocale::English, QLocale::UnitedKingdom)), expected);
}

void TestTimelineLayout::lanes_onePerCountryWithDecisionsInTimeOrder()
{
    const TimelineLayout layout(
        { item(decision(QStringLiteral("fr2"), QStringLiteral("FR"), QStringLiteral("fine"), 300)),
            item(decision(QStringLiteral("gb1"), QStringLiteral("GB"), QStringLiteral("fine"), 100)),
            item(decision(QStringLiteral("fr1"), QStringLiteral("FR"), QStringLiteral("formal_notice"), 50)) });
    QCOMPARE(layout.laneCount(), 2);
    QCOMPARE(layout.lane(0).country, QStringLiteral("FR"));
    QCOMPARE(layout.lane(0).entries.size(), 2);
    QCOMPARE(layout.item(layout.lane(0).entries.at(0).item).id, QStringLiteral("fr1"));
    QCOMPARE(layout.item(layout.lane(0).entries.at(1).item).id, QStringLiteral("fr2"));
    QCOMPARE(layout.laneOfItem(layout.indexOfId(QStringLiteral("gb1"))), 1);
    QCOMPARE(layout.firstDay(), TimelineScale::dayOf(day0.addDays(50)));
    QCOMPARE(layout.lastDay(), TimelineScale::dayOf(day0.addDays(301)));
    QCOMPARE(layout.typesPresent(), QStringList({ QStringLiteral("formal_notice"), QStringLiteral("fine") }));
}

void TestTimelineLayout::laneOrder_followsChoice_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("lanes");
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const QLocale fr(QLocale::French, QLocale::France);
    QTest::addRow("first decision") << int(TimelineLayout::LaneOrder::FirstDecision) << en
                                    << QStringList { QStringLiteral("GB"), QStringLiteral("FR"), QStringLiteral("DE") };
    QTest::addRow("total fines, set-aside fines not counted")
        << int(TimelineLayout::LaneOrder::TotalFines) << en
        << QStringList { QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("GB") };
    QTest::addRow("alphabetical in English")
        << int(TimelineLayout::LaneOrder::Alphabetical) << en
        << QStringList { QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("GB") };
    QTest::addRow("alphabetical in French")
        << int(TimelineLayout::LaneOrder::Alphabetical) << fr
        << QStringList { QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("GB") };
}

void TestTimelineLayout::laneOrder_followsChoice()
{
    QFETCH(int, order);
    QFETCH(QLocale, locale);
    QFETCH(QStringList, lanes);
    Decision gb = decision(QStringLiteral("gb"), QStringLiteral("GB"), QStringLiteral("fine"), 10, 9000000000);
    gb.status = QStringLiteral("set_aside");
    const QList<TimelineItem> items { item(gb),
        item(decision(QStringLiteral("fr"), QStringLiteral("FR"), QStringLiteral("fine"), 20, 2000000000)),
        item(decision(QStringLiteral("de"), QStringLiteral("DE"), QStringLiteral("fine"), 30, 100000000)) };
    const TimelineLayout layout(items, TimelineLayout::LaneOrder(order), locale);
    QStringList actual;
    for (const TimelineLayout::Lane &lane : layout.lanes())
        actual << lane.country;
    QCOMPARE(actual, lanes);
    for (int i = 0; i < layout.itemCount(); ++i)
        QCOMPARE(layout.lane(layout.laneOfItem(i)).country, layout.item(i).country);
}

void TestTimelineLayout::relations_areResolvedBothWays()
{
    Decision notice = decision(QStringLiteral("notice"), QStringLiteral("FR"), QStringLiteral("formal_notice"), 0);
    Decision fine = decision(QStringLiteral("fine"), QStringLiteral("FR"), QStringLiteral("fine"), 300, 2000000000);
    fine.relatedTo = { QStringLiteral("notice"), QStringLiteral("filtered-out") };
    Decision penalty
        = decision(QStringLiteral("penalty"), QStringLiteral("FR"), QStringLiteral("penalty_payment"), 500);
    penalty.relatedTo = { QStringLiteral("fine") };
    const TimelineLayout layout({ item(penalty), item(fine), item(notice) });
    const int n = layout.indexOfId(QStringLiteral("notice"));
    const int f = layout.indexOfId(QStringLiteral("fine"));
    const int p = layout.indexOfId(QStringLiteral("penalty"));
    QCOMPARE(layout.relatedOf(f).size(), 1);
    QCOMPARE(*layout.relatedOf(f).begin(), n);
    QCOMPARE(layout.followersOf(n).size(), 1);
    QCOMPARE(*layout.followersOf(n).begin(), f);
    QCOMPARE(*layout.followersOf(f).begin(), p);
    QCOMPARE(layout.followersOf(p).size(), 0);
}

void TestTimelineLayout::bars_penaltyWindowEndsAtLiquidatingDecision()
{
    Decision fine = decision(QStringLiteral("fine"), QStringLiteral("FR"), QStringLiteral("fine"), 0, 2000000000);
    fine.orders = { QStringLiteral("Comply within 2 months, under a penalty of EUR 100,000 per day") };
    fine.periodicPenalty.starts = QStringLiteral("after a 2-month compliance period");
    fine.periodicPenalty.liquidatedIn = QStringLiteral("penalty");
    const Decision penalty
        = decision(QStringLiteral("penalty"), QStringLiteral("FR"), QStringLiteral("penalty_payment"), 178);

    const TimelineLayout both({ item(fine), item(penalty) });
    const QVector<TimelineLayout::Bar> &bars = both.barsOfLane(0).bars;
    QCOMPARE(bars.size(), 2);
    QCOMPARE(int(bars.at(0).kind), int(TimelineSpan::Kind::ComplianceDeadline));
    QCOMPARE(bars.at(0).toDay, TimelineScale::dayOf(day0.addMonths(2)) + 0.5);
    QCOMPARE(int(bars.at(1).kind), int(TimelineSpan::Kind::PenaltyWindow));
    QCOMPARE(bars.at(1).fromDay, TimelineScale::dayOf(day0.addMonths(2)) + 0.5);
    QCOMPARE(bars.at(1).toDay, TimelineScale::dayOf(day0.addDays(178)) + 0.5);
    QVERIFY(both.hasSpanKind(TimelineSpan::Kind::PenaltyWindow));

    // Without the liquidating decision the window has no known end: no bar rather than a guessed one.
    const TimelineLayout fineOnly({ item(fine) });
    QCOMPARE(fineOnly.barsOfLane(0).bars.size(), 1);
    QVERIFY(!fineOnly.hasSpanKind(TimelineSpan::Kind::PenaltyWindow));
}

void TestTimelineLayout::bars_overlappingSpansStackInRows()
{
    QList<TimelineItem> items;
    for (int i = 0; i < 4; ++i) {
        Decision d = decision(QStringLiteral("o%1").arg(i), QStringLiteral("CA"), QStringLiteral("order"), i * 10);
        d.orders = { QStringLiteral("Delete the data within 3 months") };
        items << item(d);
    }
    const TimelineLayout layout(items);
    const TimelineLayout::LaneBars &lane = layout.barsOfLane(0);
    QCOMPARE(lane.bars.size(), 4);
    QCOMPARE(lane.rows, TimelineLayout::maximumBarRows);
    QCOMPARE(lane.bars.at(0).row, 0);
    QCOMPARE(lane.bars.at(1).row, 1);
    QCOMPARE(lane.bars.at(2).row, 2);
    QVERIFY(lane.longest >= 89);
}

void TestTimelineLayout::navigation_movesInTimeAcrossLanes()
{
    // Lanes: FR (first at day 0), GB (day 10). Time order: fr0, gb10, fr20, gb20 (same day: lane order), fr40.
    const TimelineLayout layout(
        { item(decision(QStringLiteral("fr0"), QStringLiteral("FR"), QStringLiteral("order"), 0)),
            item(decision(QStringLiteral("fr20"), QStringLiteral("FR"), QStringLiteral("order"), 20)),
            item(decision(QStringLiteral("gb20"), QStringLiteral("GB"), QStringLiteral("order"), 20)),
            item(decision(QStringLiteral("gb10"), QStringLiteral("GB"), QStringLiteral("order"), 10)),
            item(decision(QStringLiteral("fr40"), QStringLiteral("FR"), QStringLiteral("order"), 40)) });
    const auto id = [&](int index) { return index < 0 ? QStringLiteral("none") : layout.item(index).id; };
    const auto at = [&](const char *name) { return layout.indexOfId(QLatin1String(name)); };
    QCOMPARE(id(layout.firstInTime()), QStringLiteral("fr0"));
    QCOMPARE(id(layout.lastInTime()), QStringLiteral("fr40"));
    QCOMPARE(id(layout.nextInTime(at("fr0"))), QStringLiteral("gb10"));
    QCOMPARE(id(layout.nextInTime(at("gb10"))), QStringLiteral("fr20"));
    QCOMPARE(id(layout.nextInTime(at("fr20"))), QStringLiteral("gb20"));
    QCOMPARE(id(layout.previousInTime(at("fr40"))), QStringLiteral("gb20"));
    QCOMPARE(id(layout.nextInTime(at("fr40"))), QStringLiteral("fr40"));
    QCOMPARE(id(layout.previousInTime(at("fr0"))), QStringLiteral("fr0"));
    QCOMPARE(id(layout.nextInTime(-1)), QStringLiteral("fr0"));
    QCOMPARE(id(layout.inAdjacentLane(at("fr40"), 1)), QStringLiteral("gb20"));
    QCOMPARE(id(layout.inAdjacentLane(at("gb10"), -1)), QStringLiteral("fr0"));
    QCOMPARE(id(layout.inAdjacentLane(at("gb10"), 1)), QStringLiteral("none"));
}

void TestTimelineLayout::frame_clustersMarkersCloserThanDistance_data()
{
    QTest::addColumn<QList<int>>("offsets");
    QTest::addColumn<QList<int>>("counts");
    // Amounts are 1, 2, 3, ... million euro in day order, so a cluster's sum names its members.
    QTest::addColumn<QList<qint64>>("sumsMillions");
    QTest::addRow("far apart: no cluster")
        << QList<int> { 100, 200, 300 } << QList<int> { 1, 1, 1 } << QList<qint64> { 1, 2, 3 };
    QTest::addRow("two close, one far") << QList<int> { 100, 110, 300 } << QList<int> { 2, 1 }
                                        << QList<qint64> { 3, 3 };
    QTest::addRow("exactly the distance apart: separate")
        << QList<int> { 100, 116 } << QList<int> { 1, 1 } << QList<qint64> { 1, 2 };
    QTest::addRow("a group ends at the distance from its first marker")
        << QList<int> { 100, 104, 108, 130, 134 } << QList<int> { 3, 2 } << QList<qint64> { 6, 9 };
    QTest::addRow("clusters that would overlap merge")
        << QList<int> { 100, 105, 110, 115, 120, 125 } << QList<int> { 6 } << QList<qint64> { 21 };
    QTest::addRow("same day") << QList<int> { 500, 500, 500 } << QList<int> { 3 } << QList<qint64> { 6 };
}

void TestTimelineLayout::frame_clustersMarkersCloserThanDistance()
{
    QFETCH(QList<int>, offsets);
    QFETCH(QList<int>, counts);
    QFETCH(QList<qint64>, sumsMillions);
    const TimelineLayout layout(itemsAt(offsets));
    const TimelineFrame frame = TimelineFrame::compute(layout, pixelPerDay(), options(1));
    QList<int> actualCounts;
    QList<qint64> actualSums;
    for (const TimelineFrame::Marker &m : frame.markers()) {
        actualCounts << m.count;
        actualSums << m.fineSumEurMinor / 100000000;
        QCOMPARE(m.isCluster(), m.count > 1);
    }
    QCOMPARE(actualCounts, counts);
    QCOMPARE(actualSums, sumsMillions);
    for (int i = 0; i < layout.itemCount(); ++i)
        QVERIFY(frame.markerOfItem(i) >= 0);
}

void TestTimelineLayout::frame_selectedDecisionIsNeverClustered()
{
    const TimelineLayout layout(itemsAt({ 100, 104, 108 }));
    TimelineFrameOptions o = options(1);
    o.selectedItem = layout.indexOfId(QStringLiteral("d1"));
    const TimelineFrame frame = TimelineFrame::compute(layout, pixelPerDay(), o);
    QCOMPARE(frame.markers().size(), 2);
    const int selectedMarker = frame.markerOfItem(o.selectedItem);
    QVERIFY(!frame.markers().at(selectedMarker).isCluster());
    const int clusterMarker = frame.markerOfItem(layout.indexOfId(QStringLiteral("d0")));
    QCOMPARE(frame.markers().at(clusterMarker).count, 2);
    QCOMPARE(frame.markerOfItem(layout.indexOfId(QStringLiteral("d2"))), clusterMarker);
    // Markers stay ordered by x within the lane, which the hit test relies on.
    QVERIFY(frame.markers().at(0).centre.x() <= frame.markers().at(1).centre.x());
    QCOMPARE(frame.markerAt(frame.markers().at(selectedMarker).centre), selectedMarker);
}

void TestTimelineLayout::frame_markerAreaIsProportionalToAmount()
{
    const QList<TimelineItem> items {
        item(decision(QStringLiteral("big"), QStringLiteral("FR"), QStringLiteral("fine"), 100, 4000000000)),
        item(decision(QStringLiteral("quarter"), QStringLiteral("FR"), QStringLiteral("fine"), 300, 1000000000)),
        item(decision(QStringLiteral("tiny"), QStringLiteral("FR"), QStringLiteral("fine"), 500, 100)),
        item(decision(QStringLiteral("notice"), QStringLiteral("FR"), QStringLiteral("formal_notice"), 700))
    };
    const TimelineLayout layout(items);
    const TimelineFrameOptions o = options(1);
    const TimelineFrame frame = TimelineFrame::compute(layout, pixelPerDay(), o);
    const auto radius = [&](const char *id) {
        return frame.markers().at(frame.markerOfItem(layout.indexOfId(QLatin1String(id)))).radius;
    };
    QCOMPARE(radius("big"), o.maximumMoneyRadius);
    // A quarter of the money, a quarter of the area: half the radius.
    QCOMPARE(radius("quarter"), o.maximumMoneyRadius / 2);
    QCOMPARE(radius("tiny"), o.minimumMoneyRadius);
    QCOMPARE(radius("notice"), o.baseRadius);
}

void TestTimelineLayout::frame_onlyVisibleDecisionsAreLaidOut()
{
    const TimelineLayout layout(itemsAt({ 10, 400, 990 }));
    TimelineScale scale = pixelPerDay();
    scale.setRange(scale.limitFrom() + 300, scale.limitFrom() + 500);
    const TimelineFrame frame = TimelineFrame::compute(layout, scale, options(1));
    QCOMPARE(frame.markers().size(), 1);
    QCOMPARE(frame.markers().first().item, layout.indexOfId(QStringLiteral("d1")));
    QCOMPARE(frame.markerOfItem(layout.indexOfId(QStringLiteral("d0"))), -1);
    // 200 days in 1000 pixels: day 400.5 is 100.5 days in.
    QCOMPARE(frame.markers().first().centre.x(), 502.5);
}

void TestTimelineLayout::frame_hitTestFindsMarkerUnderPoint_data()
{
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<QString>("expected");
    // FR lane 0 (y 0..40, markers at y 18): fines at x 100.5 and 300.5 (radius up to 16), a cluster at 600.
    // GB lane 1 (markers at y 58): an order at x 200.5 (radius 5).
    QTest::addRow("centre of a fine") << QPointF(100.5, 18) << QStringLiteral("fr-a");
    QTest::addRow("inside the fine's radius") << QPointF(108, 22) << QStringLiteral("fr-a");
    QTest::addRow("between markers") << QPointF(200.5, 18) << QString();
    QTest::addRow("other lane, same x") << QPointF(200.5, 58) << QStringLiteral("gb-a");
    QTest::addRow("just beyond the order's edge plus tolerance") << QPointF(200.5 + 8, 58) << QString();
    QTest::addRow("a cluster") << QPointF(602, 18) << QStringLiteral("cluster");
    QTest::addRow("below the lanes") << QPointF(100.5, 95) << QString();
}

void TestTimelineLayout::frame_hitTestFindsMarkerUnderPoint()
{
    QFETCH(QPointF, point);
    QFETCH(QString, expected);
    const QList<TimelineItem> items {
        item(decision(QStringLiteral("fr-a"), QStringLiteral("FR"), QStringLiteral("fine"), 100, 2000000000)),
        item(decision(QStringLiteral("fr-b"), QStringLiteral("FR"), QStringLiteral("fine"), 300, 2000000000)),
        item(decision(QStringLiteral("fr-c"), QStringLiteral("FR"), QStringLiteral("order"), 595)),
        item(decision(QStringLiteral("fr-d"), QStringLiteral("FR"), QStringLiteral("order"), 604)),
        item(decision(QStringLiteral("gb-a"), QStringLiteral("GB"), QStringLiteral("order"), 200))
    };
    const TimelineLayout layout(items);
    const TimelineFrame frame = TimelineFrame::compute(layout, pixelPerDay(), options(2));
    const int marker = frame.markerAt(point);
    QString actual;
    if (marker >= 0)
        actual = frame.markers().at(marker).isCluster() ? QStringLiteral("cluster")
                                                        : layout.item(frame.markers().at(marker).item).id;
    QCOMPARE(actual, expected);
}

void TestTimelineLayout::frame_labelsNeverOverlapAndHideWhatCannotFit()
{
    // Twenty decisions 20 days apart: every label ("AFR · EUR 1m", 72 px) is wider than the gap between markers.
    QList<int> offsets;
    for (int i = 0; i < 20; ++i)
        offsets << 100 + i * 20;
    const TimelineLayout layout(itemsAt(offsets));
    const TimelineFrame frame = TimelineFrame::compute(layout, pixelPerDay(), options(1, true));
    QVERIFY(!frame.labels().isEmpty());
    QVERIFY(frame.labels().size() < offsets.size());
    const QRectF lane = frame.laneRect(0);
    for (int a = 0; a < frame.labels().size(); ++a) {
        const QRectF ra = frame.labels().at(a).rect;
        QVERIFY(lane.contains(ra));
        for (int b = a + 1; b < frame.labels().size(); ++b)
            QVERIFY2(!ra.intersects(frame.labels().at(b).rect), "labels overlap");
        for (int m = 0; m < frame.markers().size(); ++m) {
            if (m == frame.labels().at(a).marker)
                continue;
            const TimelineFrame::Marker &marker = frame.markers().at(m);
            const QRectF box(marker.centre.x() - marker.radius, marker.centre.y() - marker.radius, 2 * marker.radius,
                2 * marker.radius);
            QVERIFY2(!ra.intersects(box), "a label covers another marker");
        }
    }
}

void TestTimelineLayout::frame_labelsPreferSelectedAndLargerAmounts()
{
    // 600 pixels for 600 days; labels 300 pixels wide and too tall to go above or below a marker. The first
    // decision's label fits only to its right, the second's only to its left, and the two would overlap.
    const TimelineLayout layout(itemsAt({ 100, 500 }));
    TimelineScale scale;
    scale.setPixelRange(0, 600);
    scale.setLimits(TimelineScale::dayOf(day0), TimelineScale::dayOf(day0) + 600);
    scale.fitAll();
    TimelineFrameOptions o = options(1, true);
    o.plot = QRectF(0, 0, 600, 40);
    o.labelHeight = 30;
    o.textWidth = [](const QString &) { return 298.0; };
    const auto labelled = [&](const TimelineFrame &frame) {
        QStringList ids;
        for (const TimelineFrame::Label &label : frame.labels())
            ids << layout.item(frame.markers().at(label.marker).item).id;
        return ids;
    };
    const TimelineFrame byAmount = TimelineFrame::compute(layout, scale, o);
    QCOMPARE(labelled(byAmount), QStringList { QStringLiteral("d1") }); // the larger amount
    o.selectedItem = layout.indexOfId(QStringLiteral("d0"));
    const TimelineFrame bySelection = TimelineFrame::compute(layout, scale, o);
    QCOMPARE(labelled(bySelection), QStringList { QStringLiteral("d0") });
    QCOMPARE(bySelection.labels().first().text, QStringLiteral("AFR · EUR 1m"));
}

void TestTimelineLayout::frame_barsFollowTheirDecisionIntoClusters()
{
    Decision notice = decision(QStringLiteral("notice"), QStringLiteral("FR"), QStringLiteral("formal_notice"), 100);
    notice.orders = { QStringLiteral("Within 2 months: stop collecting") };
    const Decision neighbour
        = decision(QStringLiteral("neighbour"), QStringLiteral("FR"), QStringLiteral("order"), 105);
    const TimelineLayout alone({ item(notice) });
    const TimelineFrame single = TimelineFrame::compute(alone, pixelPerDay(), options(1));
    QCOMPARE(single.bars().size(), 1);
    QCOMPARE(single.bars().first().rect.left(), 100.5);
    QCOMPARE(single.bars().first().rect.right(), 100.5 + day0.addDays(100).daysTo(day0.addDays(100).addMonths(2)));
    QVERIFY(single.laneRect(0).contains(single.bars().first().rect));

    const TimelineLayout crowded({ item(notice), item(neighbour) });
    QVERIFY(TimelineFrame::compute(crowded, pixelPerDay(), options(1)).bars().isEmpty());
    TimelineFrameOptions o = options(1);
    o.selectedItem = crowded.indexOfId(QStringLiteral("notice"));
    QCOMPARE(TimelineFrame::compute(crowded, pixelPerDay(), o).bars().size(), 1);
}

void TestTimelineLayout::frame_arrowsJoinRelatedDecisions()
{
    Decision notice = decision(QStringLiteral("notice"), QStringLiteral("FR"), QStringLiteral("formal_notice"), 100);
    Decision fine = decision(QStringLiteral("fine"), QStringLiteral("FR"), QStringLiteral("fine"), 400, 2000000000);
    fine.relatedTo = { QStringLiteral("notice") };
    Decision appeal = decision(QStringLiteral("appeal"), QStringLiteral("GB"), QStringLiteral("court_ruling"), 900);
    appeal.relatedTo = { QStringLiteral("fine") };
    const TimelineLayout layout({ item(notice), item(fine), item(appeal) });
    TimelineScale scale = pixelPerDay();
    TimelineFrame frame = TimelineFrame::compute(layout, scale, options(2));
    QCOMPARE(frame.arrows().size(), 2);
    for (const TimelineFrame::Arrow &arrow : frame.arrows())
        QVERIFY(arrow.from.x() < arrow.to.x());
    // Zoomed to the fine alone, both arrows still lead off screen to the decisions it joins.
    scale.setRange(scale.limitFrom() + 350, scale.limitFrom() + 450);
    frame = TimelineFrame::compute(layout, scale, options(2));
    QCOMPARE(frame.markers().size(), 1);
    QCOMPARE(frame.arrows().size(), 2);
}

void TestTimelineLayout::sameDay_decisionsShareTheDay()
{
    const TimelineLayout layout(itemsAt({ 10, 10, 10, 20 }));
    const QVector<TimelineLayout::Entry> &entries = layout.lane(0).entries;
    const double day = TimelineScale::dayOf(day0.addDays(10));
    QCOMPARE(entries.at(0).day, day + 0.25);
    QCOMPARE(entries.at(1).day, day + 0.5);
    QCOMPARE(entries.at(2).day, day + 0.75);
    QCOMPARE(entries.at(3).day, TimelineScale::dayOf(day0.addDays(20)) + 0.5);
    // A day across the whole width: the three stand apart.
    TimelineScale scale = pixelPerDay();
    scale.setRange(day, day + 1);
    QCOMPARE(TimelineFrame::compute(layout, scale, options(1)).markers().size(), 3);
}

void TestTimelineLayout::relatedSpan_coversRelatedDecisionsWithRoom()
{
    Decision notice = decision(QStringLiteral("notice"), QStringLiteral("FR"), QStringLiteral("formal_notice"), 100);
    Decision fine = decision(QStringLiteral("fine"), QStringLiteral("FR"), QStringLiteral("fine"), 300);
    fine.relatedTo = { QStringLiteral("notice") };
    Decision penalty
        = decision(QStringLiteral("penalty"), QStringLiteral("FR"), QStringLiteral("penalty_payment"), 500);
    penalty.relatedTo = { QStringLiteral("fine") };
    const Decision alone = decision(QStringLiteral("alone"), QStringLiteral("GB"), QStringLiteral("order"), 700);
    const TimelineLayout layout({ item(notice), item(fine), item(penalty), item(alone) });
    double from = 0;
    double to = 0;
    QVERIFY(layout.relatedSpan(layout.indexOfId(QStringLiteral("fine")), &from, &to));
    const double first = TimelineScale::dayOf(day0.addDays(100));
    const double last = TimelineScale::dayOf(day0.addDays(501));
    QVERIFY(from < first && from > first - 100);
    QVERIFY(to > last && to < last + 100);
    QVERIFY(layout.relatedSpan(layout.indexOfId(QStringLiteral("alone")), &from, &to));
    QCOMPARE(to - from, 61.0);
    QVERIFY(!layout.relatedSpan(-1, &from, &to));
}

void TestTimelineLayout::frame_touchingBarsOfOneKindAreDrawnAsOne()
{
    // Two orders 40 days apart, each with a 30-day compliance period: ten days between the periods.
    QList<TimelineItem> items;
    for (const int offset : { 100, 140 }) {
        Decision d = decision(QStringLiteral("o%1").arg(offset), QStringLiteral("CA"), QStringLiteral("order"), offset);
        d.orders = { QStringLiteral("Comply within 30 days") };
        items << item(d);
    }
    const TimelineLayout layout(items);
    QCOMPARE(layout.barsOfLane(0).bars.size(), 2);
    QCOMPARE(layout.barsOfLane(0).rows, 1);
    // Ten pixels apart at a pixel a day: two bars.
    QCOMPARE(TimelineFrame::compute(layout, pixelPerDay(), options(1)).bars().size(), 2);
    // A pixel apart at a tenth of a pixel a day: one bar from the first start to the second end.
    TimelineScale far;
    far.setPixelRange(0, 100);
    far.setLimits(TimelineScale::dayOf(day0), TimelineScale::dayOf(day0) + 1000);
    far.fitAll();
    TimelineFrameOptions o = options(1);
    o.plot = QRectF(0, 0, 100, 40);
    o.clusterDistance = 1; // keep the two orders apart, so their bars are drawn at all
    const TimelineFrame frame = TimelineFrame::compute(layout, far, o);
    QCOMPARE(frame.bars().size(), 1);
    QVERIFY(qAbs(frame.bars().first().rect.left() - 10.05) < 1e-6);
    QVERIFY(qAbs(frame.bars().first().rect.right() - 17.05) < 1e-6);
}

void TestTimelineLayout::frame_crowdedLaneHidesBarsOfDecisionsOutOfView()
{
    Decision ban = decision(QStringLiteral("ban"), QStringLiteral("US"), QStringLiteral("settlement"), 10);
    ban.orders = { QStringLiteral("No sales for two years") };
    QList<TimelineItem> sparse { item(ban) };
    QList<TimelineItem> crowded = sparse;
    for (int i = 0; i < 4; ++i)
        crowded << item(decision(QStringLiteral("c%1").arg(i), QStringLiteral("US"), QStringLiteral("order"), 500 + i));
    TimelineScale scale = pixelPerDay();
    scale.setRange(scale.limitFrom() + 400, scale.limitFrom() + 700);
    // Out of view, the ban still shows where the lane is quiet, and gives way where it is crowded.
    QCOMPARE(TimelineFrame::compute(TimelineLayout(sparse), scale, options(1)).bars().size(), 1);
    QCOMPARE(TimelineFrame::compute(TimelineLayout(crowded), scale, options(1)).bars().size(), 0);
}

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
