// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "fixtures.h"
#include "decisionfilter.h"
#include "cumulativeseries.h"
#include "decisionstats.h"

#include <QTest>
#include <limits>

Q_DECLARE_METATYPE(DateBasis)

namespace {

Decision decision(const QString &id, const QString &country, const QString &type, const QDate &adopted,
    std::optional<qint64> eurMinor, bool included)
{
    Decision d;
    d.id = id;
    d.country = country;
    d.decisionType = type;
    d.decisionDate = adopted;
    d.announceDate = adopted.isValid() ? adopted.addDays(10) : QDate();
    if (eurMinor)
        d.amountEur = Money { *eurMinor, QStringLiteral("EUR") };
    d.includeInCumulativeFines = included;
    return d;
}

QStringList everyCountryBut(const QList<Decision> &decisions, const QString &excluded)
{
    QStringList codes;
    for (const Decision &d : decisions) {
        if (d.country != excluded && !codes.contains(d.country))
            codes.append(d.country);
    }
    return codes;
}

} // namespace

class TestDecisionStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void compute_bundledTotals_data();
    void compute_bundledTotals();
    void compute_countsBundledDecisionsByType();
    void compute_givesFiguresPerCountry();
    void compute_standingFollowsTheUkAppeals_data();
    void compute_standingFollowsTheUkAppeals();
    void compute_countsOnlyIncludedMoneyDatedUpToAsOf_data();
    void compute_countsOnlyIncludedMoneyDatedUpToAsOf();
    void compute_emptyList_givesZeros();
    void compute_overflow_isReportedNotWrapped();
    void counter_appendGivesTheCountsOfOnePass();

private:
    QList<Decision> m_bundled;
};

void TestDecisionStats::initTestCase()
{
    m_bundled = Fixtures::bundled().decisions;
    QCOMPARE(m_bundled.size(), 43);
}

void TestDecisionStats::compute_bundledTotals_data()
{
    QTest::addColumn<QStringList>("countries"); // filter before computing; empty = all
    QTest::addColumn<DateBasis>("basis");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("decisions");
    QTest::addColumn<qint64>("imposedEurMinor");

    const DateBasis adopted = DateBasis::Adopted;
    const DateBasis announced = DateBasis::Announced;
    QTest::addRow("all decisions: EUR 104,620,279") << QStringList() << adopted << QDate() << 43 << 10462027900LL;
    QTest::addRow("all but the contested UK fine: EUR 95,700,000")
        << everyCountryBut(m_bundled, QStringLiteral("GB")) << adopted << QDate() << 39 << 9570000000LL;
    QTest::addRow("France: fine and penalty payment")
        << QStringList { QStringLiteral("FR") } << adopted << QDate() << 3 << 2520000000LL;
    QTest::addRow("Sweden: fines on the police are not counted")
        << QStringList { QStringLiteral("SE") } << adopted << QDate() << 3 << 0LL;
    QTest::addRow("as of 2022-12-31: Italy, UK, Greece, France")
        << QStringList() << adopted << QDate(2022, 12, 31) << 43 << 6892027900LL;
    QTest::addRow("as of 2022-02-28 adopted: Italy signed 2022-02-10")
        << QStringList() << adopted << QDate(2022, 2, 28) << 43 << 2000000000LL;
    QTest::addRow("as of 2022-02-28 announced: Italy announced 2022-03-09")
        << QStringList() << announced << QDate(2022, 2, 28) << 43 << 0LL;
    QTest::addRow("as of 2024-06-30 adopted: Dutch fine signed 2024-05-16")
        << QStringList() << adopted << QDate(2024, 6, 30) << 43 << 10462027900LL;
    QTest::addRow("as of 2024-06-30 announced: Dutch fine announced 2024-09-03")
        << QStringList() << announced << QDate(2024, 6, 30) << 43 << 7412027900LL;
}

void TestDecisionStats::compute_bundledTotals()
{
    QFETCH(QStringList, countries);
    QFETCH(DateBasis, basis);
    QFETCH(QDate, asOf);
    QFETCH(int, decisions);
    QFETCH(qint64, imposedEurMinor);

    DecisionFilter filter;
    filter.countries = countries;
    QList<Decision> selected;
    for (const Decision &d : std::as_const(m_bundled)) {
        if (filter.matches(d, basis))
            selected.append(d);
    }
    const DecisionStats stats = DecisionStats::compute(selected, basis, asOf);
    QCOMPARE(stats.decisions, decisions);
    QCOMPARE(stats.imposedEur, (Money { imposedEurMinor, QStringLiteral("EUR") }));
    QVERIFY(!stats.overflowed);
    qint64 byCountrySum = 0;
    for (const DecisionStats::CountryFigures &figures : stats.byCountry)
        byCountrySum += figures.imposedEur.minor;
    QCOMPARE(byCountrySum, imposedEurMinor);
}

void TestDecisionStats::compute_countsBundledDecisionsByType()
{
    const DecisionStats stats = DecisionStats::compute(m_bundled, DateBasis::Adopted);
    const QMap<QString, int> expected = { { QStringLiteral("order"), 9 }, { QStringLiteral("court_ruling"), 13 },
        { QStringLiteral("fine"), 6 }, { QStringLiteral("finding"), 2 }, { QStringLiteral("settlement"), 2 },
        { QStringLiteral("appeal_ruling"), 6 }, { QStringLiteral("reprimand"), 1 },
        { QStringLiteral("formal_notice"), 1 }, { QStringLiteral("provisional_notice"), 1 },
        { QStringLiteral("penalty_payment"), 1 }, { QStringLiteral("criminal_complaint"), 1 } };
    QCOMPARE(stats.byType, expected);
}

void TestDecisionStats::compute_standingFollowsTheUkAppeals_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<qint64>("imposed");
    QTest::addColumn<qint64>("standing");
    QTest::newRow("before the tribunal") << QDate(2023, 10, 16) << qint64(7412027900) << qint64(7412027900);
    QTest::newRow("set aside by the FTT") << QDate(2024, 1, 1) << qint64(7412027900) << qint64(6520000000);
    QTest::newRow("reinstated by the UT") << QDate(2025, 10, 6) << qint64(10462027900) << qint64(10462027900);
}

void TestDecisionStats::compute_standingFollowsTheUkAppeals()
{
    QFETCH(QDate, asOf);
    QFETCH(qint64, imposed);
    QFETCH(qint64, standing);
    const DecisionStats stats = DecisionStats::compute(m_bundled, DateBasis::Adopted, asOf);
    QCOMPARE(stats.imposedEur.minor, imposed);
    QCOMPARE(stats.standingEur.minor, standing);
    QCOMPARE(stats.collectedEur.minor, qint64(0));
}

void TestDecisionStats::compute_givesFiguresPerCountry()
{
    const DecisionStats stats = DecisionStats::compute(m_bundled, DateBasis::Adopted);
    QCOMPARE(stats.byCountry.size(), 14);
    // Today every imposed amount also stands: the UK fine was restored by the Upper Tribunal on 2025-10-06.
    const auto figures = [](int decisions, qint64 minor) {
        return DecisionStats::CountryFigures { decisions, Money { minor, QStringLiteral("EUR") },
            Money { minor, QStringLiteral("EUR") } };
    };
    QCOMPARE(stats.byCountry.value(QStringLiteral("GB")), figures(4, 892027900));
    QCOMPARE(stats.byCountry.value(QStringLiteral("FR")), figures(3, 2520000000));
    QCOMPARE(stats.byCountry.value(QStringLiteral("NL")), figures(1, 3050000000));
    QCOMPARE(stats.byCountry.value(QStringLiteral("CA")), figures(10, 0));
    QCOMPARE(stats.byCountry.value(QStringLiteral("US")), figures(10, 0));
    QCOMPARE(stats.byCountry.value(QStringLiteral("ES")), figures(1, 0));
    QVERIFY(!stats.byCountry.contains(QStringLiteral("PT")));
}

void TestDecisionStats::compute_countsOnlyIncludedMoneyDatedUpToAsOf_data()
{
    QTest::addColumn<QList<Decision>>("decisions");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<qint64>("imposedEurMinor");

    const QDate day(2023, 6, 1);
    const QString fr = QStringLiteral("FR");
    const QString fine = QStringLiteral("fine");
    QTest::addRow("an included fine counts")
        << QList<Decision> { decision(QStringLiteral("a"), fr, fine, day, 150000, true) } << QDate() << 150000LL;
    QTest::addRow("a provisional figure does not count") << QList<Decision> {
        decision(QStringLiteral("a"), fr, QStringLiteral("provisional_notice"), day, 150000, false)
    } << QDate() << 0LL;
    QTest::addRow("included without a euro amount adds nothing")
        << QList<Decision> { decision(QStringLiteral("a"), fr, fine, day, std::nullopt, true) } << QDate() << 0LL;
    QTest::addRow("cents are added exactly") << QList<Decision> { decision(QStringLiteral("a"), fr, fine, day, 1, true),
        decision(QStringLiteral("b"), fr, fine, day, 2, true) }
                                             << QDate() << 3LL;
    QTest::addRow("a fine on the as-of day counts")
        << QList<Decision> { decision(QStringLiteral("a"), fr, fine, day, 500, true) } << day << 500LL;
    QTest::addRow("a fine the day after as-of does not")
        << QList<Decision> { decision(QStringLiteral("a"), fr, fine, day.addDays(1), 500, true) } << day << 0LL;
    QTest::addRow("an undated fine does not count once as-of is set")
        << QList<Decision> { decision(QStringLiteral("a"), fr, fine, QDate(), 500, true) } << day << 0LL;
}

void TestDecisionStats::compute_countsOnlyIncludedMoneyDatedUpToAsOf()
{
    QFETCH(QList<Decision>, decisions);
    QFETCH(QDate, asOf);
    QFETCH(qint64, imposedEurMinor);

    const DecisionStats stats = DecisionStats::compute(decisions, DateBasis::Adopted, asOf);
    QCOMPARE(stats.imposedEur.minor, imposedEurMinor);
    QCOMPARE(stats.imposedEur.currency, QStringLiteral("EUR"));
    QCOMPARE(stats.decisions, int(decisions.size()));
    QCOMPARE(stats.byCountry.value(QStringLiteral("FR")).imposedEur.minor, imposedEurMinor);
}

void TestDecisionStats::compute_emptyList_givesZeros()
{
    const DecisionStats stats = DecisionStats::compute({}, DateBasis::Adopted);
    QCOMPARE(stats.decisions, 0);
    QVERIFY(stats.byType.isEmpty());
    QVERIFY(stats.byCountry.isEmpty());
    QCOMPARE(stats.imposedEur, (Money { 0, QStringLiteral("EUR") }));
    QVERIFY(!stats.overflowed);
}

void TestDecisionStats::compute_overflow_isReportedNotWrapped()
{
    const qint64 huge = std::numeric_limits<qint64>::max() - 10;
    const QList<Decision> decisions = { decision(QStringLiteral("a"), QStringLiteral("FR"), QStringLiteral("fine"),
                                            QDate(2023, 1, 1), huge, true),
        decision(QStringLiteral("b"), QStringLiteral("IT"), QStringLiteral("fine"), QDate(2023, 1, 2), 100, true) };
    QVERIFY(DecisionStats::compute(decisions, DateBasis::Adopted).overflowed);
    QVERIFY(!DecisionStats::compute(decisions.mid(0, 1), DateBasis::Adopted).overflowed);
}

// `caseline stats` counts each part of a read in parts apart and appends the counters: every split gives the
// counts of one counter given every decision.
void TestDecisionStats::counter_appendGivesTheCountsOfOnePass()
{
    const CumulativeSeries series = CumulativeSeries::compute(m_bundled, DateBasis::Adopted);
    DecisionStats::Counter whole;
    for (const Decision &d : std::as_const(m_bundled))
        whole.add(d);
    const DecisionStats expected = whole.finish(series);
    QVERIFY(expected.byType.size() > 2);
    QVERIFY(expected.byCountry.size() > 2);
    for (qsizetype split = 0; split <= m_bundled.size(); ++split) {
        DecisionStats::Counter first;
        DecisionStats::Counter second;
        for (qsizetype i = 0; i < m_bundled.size(); ++i)
            (i < split ? first : second).add(m_bundled.at(i));
        first.append(second);
        const DecisionStats appended = first.finish(series);
        QCOMPARE(appended.decisions, expected.decisions);
        QCOMPARE(appended.byType, expected.byType);
        QCOMPARE(appended.byCountry, expected.byCountry);
    }
}

QTEST_GUILESS_MAIN(TestDecisionStats)
#include "tst_decisionstats.moc"
