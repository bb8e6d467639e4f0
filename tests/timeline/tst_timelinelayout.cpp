// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Items, lanes, relations, bars and keyboard navigation of the timeline; where markers, clusters and labels are
// drawn is tested in tst_timelineframe.
#include "timelineitem.h"
#include "timelinelayout.h"
#include "timelinescale.h"
#include "timelinetestdata.h"

#include <QLocale>
#include <QTest>

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
    void lanes_onePerCountryWithDecisionsInTimeOrder();
    void laneOrder_followsChoice_data();
    void laneOrder_followsChoice();
    void relations_areResolvedBothWays();
    void bars_penaltyWindowEndsAtLiquidatingDecision();
    void bars_overlappingSpansStackInRows();
    void navigation_movesInTimeAcrossLanes_data();
    void navigation_movesInTimeAcrossLanes();
    void relatedSpan_coversRelatedDecisionsWithRoom();
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

void TestTimelineLayout::navigation_movesInTimeAcrossLanes_data()
{
    QTest::addColumn<QStringList>("given");
    // Out of date order: the items are sorted whole.
    QTest::newRow("out of order") << QStringList { QStringLiteral("fr0"), QStringLiteral("fr20"), QStringLiteral("gb20"),
        QStringLiteral("gb10"), QStringLiteral("fr40") };
    // In date order, as a model gives them: only each day's items are ordered, here the two of day 20 by lane.
    QTest::newRow("in date order") << QStringList { QStringLiteral("fr0"), QStringLiteral("gb10"), QStringLiteral("gb20"),
        QStringLiteral("fr20"), QStringLiteral("fr40") };
}

void TestTimelineLayout::navigation_movesInTimeAcrossLanes()
{
    QFETCH(QStringList, given);
    // Lanes: FR (first at day 0), GB (day 10). Time order: fr0, gb10, fr20, gb20 (same day: lane order), fr40.
    QList<TimelineItem> items;
    for (const QString &name : std::as_const(given)) {
        const QString country = name.left(2).toUpper();
        items.append(item(decision(name, country, QStringLiteral("order"), name.mid(2).toInt())));
    }
    const TimelineLayout layout(items);
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

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
