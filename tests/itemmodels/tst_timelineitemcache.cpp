// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's items as the window builds them (TimelineItemCache: made once per change of the decisions, their
// relations linked through the model's index of ids) give the same timeline as items linked by their ids.
#include "bundleddata.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "syntheticdecisions.h"
#include "timelineitems.h"
#include "timelinetableitems.h"
#include "timelinelayout.h"
#include "viewstate.h"

#include <QTest>

Q_DECLARE_METATYPE(DateBasis)

namespace {

// What a layout links, by decision id: each item's related and follower ids and its bars (kind and days).
QStringList linksOf(const TimelineLayout &layout)
{
    QStringList out;
    for (int i = 0; i < layout.itemCount(); ++i) {
        const TimelineItem &item = layout.item(i);
        const int row = layout.rowOfItem(i);
        QStringList related;
        for (const int other : layout.relatedOf(i))
            related << layout.item(other).id;
        QStringList followers;
        for (const int other : layout.followersOf(i))
            followers << layout.item(other).id;
        followers.sort();
        out << QStringLiteral("%1 row %2 -> [%3] <- [%4]")
                   .arg(item.id)
                   .arg(row)
                   .arg(related.join(QLatin1Char(',')), followers.join(QLatin1Char(',')));
    }
    for (int lane = 0; lane < layout.laneCount(); ++lane) {
        for (const TimelineLayout::Bar &bar : layout.barsOfLane(lane).bars) {
            out << QStringLiteral("bar %1 kind %2 %3..%4")
                       .arg(layout.item(bar.item).id)
                       .arg(int(bar.kind))
                       .arg(bar.fromDay)
                       .arg(bar.toDay);
        }
    }
    return out;
}

// The same items linked by id, as any other source's items are.
TimelineLayout linkedById(QList<TimelineItem> items)
{
    for (TimelineItem &item : items)
        item.relationsResolved = false;
    return TimelineLayout(items);
}

} // namespace

class TestTimelineItemCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_bundled = BundledData::load(&error).decisions;
        QVERIFY2(!m_bundled.isEmpty(), qPrintable(error));
    }

    void sameLinksAsById_data()
    {
        QTest::addColumn<QStringList>("countries");
        QTest::addColumn<QStringList>("types");
        QTest::newRow("every decision") << QStringList() << QStringList();
        QTest::newRow("France") << QStringList { QStringLiteral("FR") } << QStringList();
        QTest::newRow("Netherlands and Italy") << QStringList { QStringLiteral("NL"), QStringLiteral("IT") }
                                               << QStringList();
        QTest::newRow("fines and penalty payments")
            << QStringList() << QStringList { QStringLiteral("fine"), QStringLiteral("penalty_payment") };
        QTest::newRow("United Kingdom") << QStringList { QStringLiteral("GB") } << QStringList();
    }
    void sameLinksAsById()
    {
        QFETCH(QStringList, countries);
        QFETCH(QStringList, types);
        ViewState state;
        DecisionModel model;
        DecisionFilterProxy proxy(&state);
        proxy.setSourceModel(&model);
        model.setDecisions(m_bundled);
        TimelineItemCache cache;
        // Built once for every decision, then reused for the filter: the second call is what a filter change does.
        const QList<TimelineItem> all = cache.fromModel(&proxy, DateBasis::Adopted);
        QCOMPARE(all.size(), TimelineItems::fromModel(&proxy, DateBasis::Adopted).size());
        DecisionFilter filter;
        filter.countries = countries;
        filter.types = types;
        state.setFilter(filter);

        const QList<TimelineItem> cached = cache.fromModel(&proxy, DateBasis::Adopted);
        QVERIFY(!cached.isEmpty());
        for (const TimelineItem &item : cached) {
            QVERIFY(item.relationsResolved);
            QCOMPARE(item.sourceRow, model.rowOf(item.id));
            // Resolved into rows, the ids are no longer kept.
            QVERIFY(item.relatedTo().isEmpty());
            const QStringList named = model.decisionAt(item.sourceRow).relatedTo;
            QCOMPARE(item.relatedRows().size(), named.size());
            for (int k = 0; k < named.size(); ++k)
                QCOMPARE(item.relatedRows().at(k), model.rowOf(named.at(k)));
        }
        const QStringList expected = linksOf(linkedById(TimelineItems::fromModel(&proxy, DateBasis::Adopted)));
        QCOMPARE(linksOf(TimelineLayout(cached)), expected);
        // What the timeline view lays out: a selection of the kept items, none copied.
        const TimelineItemSelection selection = cache.select(&proxy, DateBasis::Adopted);
        QCOMPARE(selection.indexes.size(), cached.size());
        TimelineLayout selected;
        selected.setItems(selection);
        QCOMPARE(linksOf(selected), expected);
        TimelineLayout copied;
        copied.setItems(selected.selection());
        QCOMPARE(linksOf(copied), expected);
        if (countries.isEmpty() && types.isEmpty()) {
            // The bundled record links decisions: the comparison would prove little without links.
            const qsizetype items = expected.filter(QStringLiteral(" -> [")).size();
            const qsizetype following = items - expected.filter(QStringLiteral(" -> []")).size();
            QVERIFY2(following >= 10, qPrintable(QString::number(following)));
            QVERIFY(!expected.filter(QStringLiteral("bar ")).isEmpty());
        }
    }

    // Enough decisions that the items are built on two threads: the same timeline as built by id on one.
    void manyDecisionsOnTwoThreads()
    {
        ViewState state;
        DecisionModel model;
        DecisionFilterProxy proxy(&state);
        proxy.setSourceModel(&model);
        model.setDecisions(SyntheticDecisions::generate(30000));
        TimelineItemCache cache;
        TimelineLayout layout;
        layout.setItems(cache.select(&proxy, DateBasis::Adopted));
        QCOMPARE(layout.itemCount(), proxy.rowCount());
        const QStringList expected = linksOf(linkedById(TimelineItems::fromModel(&proxy, DateBasis::Adopted)));
        QCOMPARE(linksOf(layout), expected);
        QVERIFY(expected.filter(QStringLiteral("bar ")).size() > 100);
        QCOMPARE(TimelineLayout(cache.fromModel(&proxy, DateBasis::Adopted)).itemCount(), layout.itemCount());
    }

    void editedRelationsAreLinkedAgain()
    {
        ViewState state;
        DecisionModel model;
        DecisionFilterProxy proxy(&state);
        proxy.setSourceModel(&model);
        model.setDecisions(m_bundled);
        TimelineItemCache cache;
        const int row = model.rowOf(QStringLiteral("gb-ico-2022-fine"));
        QVERIFY(row >= 0);
        Decision edited = model.decisionAt(row);
        const QString named = QStringLiteral("fr-cnil-2022-fine");
        QVERIFY(!edited.relatedTo.contains(named));
        cache.fromModel(&proxy, DateBasis::Adopted);
        edited.relatedTo.append(named);
        model.replaceDecision(row, edited);

        TimelineLayout layout;
        layout.setItems(cache.select(&proxy, DateBasis::Adopted));
        const int ico = layout.indexOfId(edited.id);
        QVERIFY(ico >= 0);
        QStringList related;
        for (const int other : layout.relatedOf(ico))
            related << layout.item(other).id;
        QVERIFY2(related.contains(named), qPrintable(related.join(QLatin1Char(','))));
        QCOMPARE(linksOf(layout), linksOf(linkedById(TimelineItems::fromModel(&proxy, DateBasis::Adopted))));
    }

    // `caseline export timeline` builds its items from the compact rows (TimelineTableItems::fromTable), on two
    // threads with many rows: the same timeline as the decisions' items linked by id.
    void fromTableIsTheTimelineOfTheDecisions_data()
    {
        QTest::addColumn<QList<Decision>>("decisions");
        QTest::addColumn<DateBasis>("basis");
        QTest::newRow("bundled, adopted") << m_bundled << DateBasis::Adopted;
        QTest::newRow("bundled, announced") << m_bundled << DateBasis::Announced;
        // As the window reads them: most rows compact (their items made from the fields in place), those with a
        // periodic penalty whole.
        QList<Decision> compact = m_bundled;
        for (Decision &decision : compact)
            decision.omitLongTexts();
        QTest::newRow("bundled without long texts, adopted") << compact << DateBasis::Adopted;
        QTest::newRow("bundled without long texts, announced") << compact << DateBasis::Announced;
        QTest::newRow("30,000, on two threads") << SyntheticDecisions::generate(30000) << DateBasis::Adopted;
    }
    void fromTableIsTheTimelineOfTheDecisions()
    {
        QFETCH(QList<Decision>, decisions);
        QFETCH(DateBasis, basis);
        DecisionTable table;
        for (const Decision &decision : std::as_const(decisions))
            table.append(decision);
        const QList<TimelineItem> items = TimelineTableItems::fromTable(table, basis);
        const QList<TimelineItem> byId = TimelineItem::fromDecisions(decisions, basis);
        QCOMPARE(items.size(), byId.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const TimelineItem &item = items.at(i);
            const TimelineItem &expected = byId.at(i);
            QVERIFY(item.relationsResolved);
            QCOMPARE(item.sourceRow, item.row);
            QCOMPARE(item.id, expected.id);
            QCOMPARE(item.row, expected.row);
            QCOMPARE(item.country.toString(), expected.country.toString());
            QCOMPARE(item.type.toString(), expected.type.toString());
            QCOMPARE(item.day, expected.day);
            QCOMPARE(item.authority.toString(), expected.authority.toString());
            QCOMPARE(item.authorityShort.toString(), expected.authorityShort.toString());
            QCOMPARE(item.amount(), expected.amount());
            QCOMPARE(item.amountEurMinor, expected.amountEurMinor);
            QCOMPARE(item.amountIsMaximum, expected.amountIsMaximum);
            QCOMPARE(item.monetary, expected.monetary);
            QCOMPARE(item.standing, expected.standing);
            QCOMPARE(item.spans(), expected.spans());
        }
        const QStringList expected = linksOf(linkedById(byId));
        QCOMPARE(linksOf(TimelineLayout(items)), expected);
        QVERIFY(!expected.filter(QStringLiteral("bar ")).isEmpty());
    }

    void indexOfIdFindsEveryItem()
    {
        const TimelineLayout layout(TimelineItem::fromDecisions(m_bundled, DateBasis::Adopted));
        for (int i = 0; i < layout.itemCount(); ++i) {
            QCOMPARE(layout.indexOfId(layout.item(i).id), i);
            QCOMPARE(layout.indexOfId(layout.item(i).id), i); // remembered
        }
        QCOMPARE(layout.indexOfId(QStringLiteral("no-such-decision")), -1);
        QCOMPARE(layout.indexOfId(QString()), -1);
    }

private:
    QList<Decision> m_bundled;
};

QTEST_GUILESS_MAIN(TestTimelineItemCache)
#include "tst_timelineitemcache.moc"
