// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline frame: clustering, marker sizes, hit tests, labels, bars and arrows as drawn for one view.
#include "timelineframe.h"
#include "timelineitem.h"
#include "timelinelayout.h"
#include "timelinescale.h"
#include "timelinetestdata.h"

#include <QLocale>
#include <QTest>

namespace {

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

class TestTimelineFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameDay_decisionsShareTheDay();
    void frame_clustersMarkersCloserThanDistance_data();
    void frame_clustersMarkersCloserThanDistance();
    void frame_selectedDecisionIsNeverClustered();
    void frame_markerAreaIsProportionalToAmount();
    void frame_onlyVisibleDecisionsAreLaidOut();
    void frame_hitTestFindsMarkerUnderPoint_data();
    void frame_hitTestFindsMarkerUnderPoint();
    void frame_labelsNeverOverlapAndHideWhatCannotFit();
    void frame_labelsPreferSelectedAndLargerAmounts();
    void frame_labelFallsBackToTheAmount();
    void frame_barsFollowTheirDecisionIntoClusters();
    void frame_arrowsJoinRelatedDecisions();
    void frame_touchingBarsOfOneKindAreDrawnAsOne();
    void frame_crowdedLaneHidesBarsOfDecisionsOutOfView();
};

void TestTimelineFrame::sameDay_decisionsShareTheDay()
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

void TestTimelineFrame::frame_clustersMarkersCloserThanDistance_data()
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

void TestTimelineFrame::frame_clustersMarkersCloserThanDistance()
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

void TestTimelineFrame::frame_selectedDecisionIsNeverClustered()
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

void TestTimelineFrame::frame_markerAreaIsProportionalToAmount()
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

void TestTimelineFrame::frame_onlyVisibleDecisionsAreLaidOut()
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

void TestTimelineFrame::frame_hitTestFindsMarkerUnderPoint_data()
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

void TestTimelineFrame::frame_hitTestFindsMarkerUnderPoint()
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

void TestTimelineFrame::frame_labelsNeverOverlapAndHideWhatCannotFit()
{
    // Twenty decisions 20 days apart: every label ("AFR · €1m", 54 px) is wider than the gap between markers.
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

void TestTimelineFrame::frame_labelsPreferSelectedAndLargerAmounts()
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
    QCOMPARE(bySelection.labels().first().text, QStringLiteral("AFR · €1m"));
}

void TestTimelineFrame::frame_labelFallsBackToTheAmount()
{
    // Two fines 73 days (pixels) apart, the first 42 pixels from the plot's edge; labels too tall to go above or
    // below. The larger fine takes the room on its right; "AFR · €1m" (54 px) then fits on neither side of the
    // smaller one, but its amount alone (18 px) fits between the two: a fine is not left without its amount.
    const TimelineLayout layout(itemsAt({ 42, 115 }));
    TimelineScale scale;
    scale.setPixelRange(0, 600);
    scale.setLimits(TimelineScale::dayOf(day0), TimelineScale::dayOf(day0) + 600);
    scale.fitAll();
    TimelineFrameOptions o = options(1, true);
    o.plot = QRectF(0, 0, 600, 40);
    o.labelHeight = 20;
    const TimelineFrame frame = TimelineFrame::compute(layout, scale, o);
    QStringList texts;
    for (const TimelineFrame::Label &label : frame.labels())
        texts << layout.item(frame.markers().at(label.marker).item).id + QLatin1Char('=') + label.text;
    texts.sort();
    QCOMPARE(texts, (QStringList { QStringLiteral("d0=€1m"), QStringLiteral("d1=AFR · €2m") }));
}

void TestTimelineFrame::frame_barsFollowTheirDecisionIntoClusters()
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

void TestTimelineFrame::frame_arrowsJoinRelatedDecisions()
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

void TestTimelineFrame::frame_touchingBarsOfOneKindAreDrawnAsOne()
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

void TestTimelineFrame::frame_crowdedLaneHidesBarsOfDecisionsOutOfView()
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

QTEST_GUILESS_MAIN(TestTimelineFrame)
#include "tst_timelineframe.moc"
