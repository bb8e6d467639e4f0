// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "fixtures.h"
#include "cumulativeseries.h"
#include "cumulativeseriestestdata.h"

#include <QTest>

#include <algorithm>

using namespace CumulativeSeriesTestData;

class TestCumulativeSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void steps_followTheRecordedChanges_data();
    void steps_followTheRecordedChanges();
    void totalsAt_givesTheTotalsOfThatDay_data();
    void totalsAt_givesTheTotalsOfThatDay();
    void asOf_leavesOutLaterSteps();
    void currency_usesTheEuroAmountAndKeepsTheOriginal();
    void potential_listsMoneyThatIsNotAdded();
    void groups_sumPerCountryAndAuthority();
    void stackedByCountry_givesCumulativeValuesPerCountry();
    void decisionCounts_growOverTime();
    void emptyInput_givesZeroEverywhere();
    void overflow_isReportedNotWrapped();
    void shortAuthority_findsTheAcronym_data();
    void shortAuthority_findsTheAcronym();
    void bundled_totalsMatchTheResearchedFigures_data();
    void bundled_totalsMatchTheResearchedFigures();
    void bundled_ukFineLeavesAndReturns();
    void bundled_announcedBasisMovesTheDutchStep();
    void bundled_withoutTheUk_givesTheUncontestedTotal();

private:
    QList<Decision> m_bundled;
};

void TestCumulativeSeries::initTestCase()
{
    m_bundled = Fixtures::bundled().decisions;
    QCOMPARE(m_bundled.size(), 43);
}

void TestCumulativeSeries::steps_followTheRecordedChanges_data()
{
    QTest::addColumn<QList<Decision>>("decisions");
    QTest::addColumn<DateBasis>("basis");
    QTest::addColumn<QStringList>("expected");

    const QDate jan(2022, 1, 10);
    const QDate mar(2022, 3, 1);
    QTest::addRow("one fine is one step")
        << QList<Decision>{fine(QStringLiteral("a"), QStringLiteral("FR"), jan, 20)} << DateBasis::Adopted
        << QStringList{QStringLiteral("2022-01-10 imposed a 20/20/0")};

    QTest::addRow("fines add up in date order, not input order")
        << QList<Decision>{fine(QStringLiteral("late"), QStringLiteral("IT"), mar, 5),
               fine(QStringLiteral("early"), QStringLiteral("FR"), jan, 20)}
        << DateBasis::Adopted
        << QStringList{QStringLiteral("2022-01-10 imposed early 20/20/0"), QStringLiteral("2022-03-01 imposed late 25/25/0")};

    QTest::addRow("same day orders by id")
        << QList<Decision>{fine(QStringLiteral("b"), QStringLiteral("FR"), jan, 1),
               fine(QStringLiteral("a"), QStringLiteral("IT"), jan, 2)}
        << DateBasis::Adopted
        << QStringList{QStringLiteral("2022-01-10 imposed a 2/2/0"), QStringLiteral("2022-01-10 imposed b 3/3/0")};

    Decision excluded = fine(QStringLiteral("police"), QStringLiteral("SE"), jan, 250000);
    excluded.includeInCumulativeFines = false;
    QTest::addRow("a fine not marked for the total adds nothing")
        << QList<Decision>{excluded} << DateBasis::Adopted << QStringList();

    QTest::addRow("annulled then reinstated, on the rulings' adopted dates")
        << annulledAndRestored() << DateBasis::Adopted
        << QStringList{QStringLiteral("2022-05-18 imposed uk 10/10/0"),
               QStringLiteral("2023-10-17 set-aside uk 10/0/0"), QStringLiteral("2025-10-06 reinstated uk 10/10/0")};

    QTest::addRow("annulled then reinstated, on the rulings' announced dates")
        << annulledAndRestored() << DateBasis::Announced
        << QStringList{QStringLiteral("2022-05-23 imposed uk 10/10/0"),
               QStringLiteral("2023-10-18 set-aside uk 10/0/0"), QStringLiteral("2025-10-08 reinstated uk 10/10/0")};

    QTest::addRow("a ruling filtered out: the change's own date")
        << QList<Decision>{annulledAndRestored().constFirst()} << DateBasis::Announced
        << QStringList{QStringLiteral("2022-05-23 imposed uk 10/10/0"),
               QStringLiteral("2023-10-17 set-aside uk 10/0/0"), QStringLiteral("2025-10-06 reinstated uk 10/10/0")};

    Decision upheld = fine(QStringLiteral("upheld"), QStringLiteral("SE"), jan, 7);
    upheld.statusChanges = {change(QDate(2022, 6, 1), true, QString(), QStringLiteral("upheld"))};
    QTest::addRow("a change that keeps the money standing is no step")
        << QList<Decision>{upheld} << DateBasis::Adopted << QStringList{QStringLiteral("2022-01-10 imposed upheld 7/7/0")};

    Decision early = fine(QStringLiteral("early"), QStringLiteral("NL"), mar, 3);
    early.statusChanges = {change(jan, false, QString())};
    QTest::addRow("a change dated before the fine takes effect with it")
        << QList<Decision>{early} << DateBasis::Adopted
        << QStringList{QStringLiteral("2022-03-01 imposed early 3/3/0"), QStringLiteral("2022-03-01 set-aside early 3/0/0")};

    Decision paid = fine(QStringLiteral("paid"), QStringLiteral("GR"), jan, 4);
    paid.statusChanges = {change(QDate(2023, 2, 1), true, QString(), QStringLiteral("paid")),
        change(QDate(2023, 3, 1), true, QString(), QStringLiteral("collected"))};
    QTest::addRow("a recorded payment is collected once")
        << QList<Decision>{paid, fine(QStringLiteral("unpaid"), QStringLiteral("IT"), mar, 6)} << DateBasis::Adopted
        << QStringList{QStringLiteral("2022-01-10 imposed paid 4/4/0"), QStringLiteral("2022-03-01 imposed unpaid 10/10/0"),
               QStringLiteral("2023-02-01 collected paid 10/10/4")};

    Decision undated = fine(QStringLiteral("undated"), QStringLiteral("FR"), QDate(), 9);
    undated.announceDate = QDate();
    QTest::addRow("an undated fine cannot be placed")
        << QList<Decision>{undated} << DateBasis::Adopted << QStringList();
}

void TestCumulativeSeries::steps_followTheRecordedChanges()
{
    QFETCH(QList<Decision>, decisions);
    QFETCH(DateBasis, basis);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(CumulativeSeries::compute(decisions, basis)), expected);
}

void TestCumulativeSeries::totalsAt_givesTheTotalsOfThatDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("imposed");
    QTest::addColumn<qint64>("standing");

    QTest::addRow("before anything") << QDate(2020, 1, 1) << qint64(0) << qint64(0);
    QTest::addRow("the day of the fine counts it") << QDate(2022, 5, 18) << cents(10) << cents(10);
    QTest::addRow("the day before the tribunal") << QDate(2023, 10, 16) << cents(10) << cents(10);
    QTest::addRow("the day of the tribunal") << QDate(2023, 10, 17) << cents(10) << qint64(0);
    QTest::addRow("between the rulings") << QDate(2024, 1, 1) << cents(10) << qint64(0);
    QTest::addRow("the day of the appeal") << QDate(2025, 10, 6) << cents(10) << cents(10);
    QTest::addRow("a null date gives the final totals") << QDate() << cents(10) << cents(10);
}

void TestCumulativeSeries::totalsAt_givesTheTotalsOfThatDay()
{
    QFETCH(QDate, date);
    QFETCH(qint64, imposed);
    QFETCH(qint64, standing);
    const CumulativeSeries series = CumulativeSeries::compute(annulledAndRestored(), DateBasis::Adopted);
    QCOMPARE(series.totalsAt(date).imposedMinor, imposed);
    QCOMPARE(series.totalsAt(date).standingMinor, standing);
    QCOMPARE(series.totalsAt(date).collectedMinor, qint64(0));
}

void TestCumulativeSeries::asOf_leavesOutLaterSteps()
{
    const CumulativeSeries series = CumulativeSeries::compute(annulledAndRestored(), DateBasis::Adopted, QDate(2024, 1, 1));
    QCOMPARE(series.asOf(), QDate(2024, 1, 1));
    QCOMPARE(describe(series),
        (QStringList{QStringLiteral("2022-05-18 imposed uk 10/10/0"), QStringLiteral("2023-10-17 set-aside uk 10/0/0")}));
    QCOMPARE(series.totals().standingMinor, qint64(0));
    // The Upper Tribunal ruling of 2025 is not yet a decision at that date.
    QCOMPARE(series.byCountry().value(QStringLiteral("GB")).decisions, 2);
    QCOMPARE(series.decisionCounts().size(), 2);
}

void TestCumulativeSeries::currency_usesTheEuroAmountAndKeepsTheOriginal()
{
    Decision pounds = fine(QStringLiteral("gbp"), QStringLiteral("GB"), QDate(2022, 5, 18), 0);
    pounds.amount = Money{755280000, QStringLiteral("GBP")};
    pounds.amountEur = Money{892027900, QStringLiteral("EUR")};
    const CumulativeSeries series = CumulativeSeries::compute({pounds}, DateBasis::Adopted);
    QCOMPARE(series.steps().size(), 1);
    const CumulativeSeries::Step &step = series.steps().constFirst();
    QCOMPARE(step.amountMinor, qint64(892027900));
    QVERIFY(step.original.has_value());
    QCOMPARE(*step.original, (Money{755280000, QStringLiteral("GBP")}));
    QCOMPARE(series.totals().imposedMinor, qint64(892027900));

    // Without a stored rate there is no euro amount to add: nothing is guessed.
    pounds.amountEur.reset();
    QVERIFY(CumulativeSeries::compute({pounds}, DateBasis::Adopted).steps().isEmpty());
}

void TestCumulativeSeries::potential_listsMoneyThatIsNotAdded()
{
    const CumulativeSeries series = CumulativeSeries::compute(m_bundled, DateBasis::Adopted);
    QStringList listed;
    for (const CumulativeSeries::Potential &p : series.potential())
        listed << QStringLiteral("%1 %2 %3").arg(p.decisionId).arg(static_cast<int>(p.kind)).arg(p.amount.toDecimalString());
    QCOMPARE(listed,
        (QStringList{QStringLiteral("se-imy-2021-police-fine 3 2500000"), QStringLiteral("gb-ico-2021-provisional 0 17000000"),
            QStringLiteral("nl-ap-2024-fine 4 5100000"), QStringLiteral("us-ndil-2025-mdl-settlement 2 51750000")}));
    const auto provisional = std::find_if(series.potential().cbegin(), series.potential().cend(),
        [](const CumulativeSeries::Potential &p) { return p.kind == CumulativeSeries::PotentialKind::Provisional; });
    QCOMPARE(provisional->amount.currency, QStringLiteral("GBP"));
    QCOMPARE(provisional->amountEur, std::optional<Money>(eur(20098601)));
    // The settlement has no stored rate: it is listed without a euro amount rather than converted at a guess.
    QVERIFY(!series.potential().constLast().amountEur.has_value());
    // None of it is in the total.
    QCOMPARE(series.totals().imposedMinor, cents(104620279));
}

void TestCumulativeSeries::groups_sumPerCountryAndAuthority()
{
    const CumulativeSeries series = CumulativeSeries::compute(m_bundled, DateBasis::Adopted, QDate(2024, 1, 1));
    const auto france = series.byCountry().value(QStringLiteral("FR"));
    QCOMPARE(france.totals.imposedMinor, cents(25200000));
    QCOMPARE(france.decisions, 3);
    const auto uk = series.byCountry().value(QStringLiteral("GB"));
    QCOMPARE(uk.totals.imposedMinor, cents(8920279));
    QCOMPARE(uk.totals.standingMinor, qint64(0));
    QVERIFY(!series.byCountry().contains(QStringLiteral("NL")));

    QStringList authorities;
    for (const auto &group : series.byAuthority()) {
        if (group.totals.imposedMinor > 0)
            authorities << QStringLiteral("%1 %2 %3").arg(group.key, group.country).arg(group.totals.imposedMinor / 100);
    }
    QCOMPARE(authorities,
        (QStringList{QStringLiteral("CNIL FR 25200000"), QStringLiteral("Garante IT 20000000"),
            QStringLiteral("HDPA GR 20000000"), QStringLiteral("ICO GB 8920279")}));
}

void TestCumulativeSeries::stackedByCountry_givesCumulativeValuesPerCountry()
{
    const QList<Decision> decisions = annulledAndRestored()
        << fine(QStringLiteral("fr2"), QStringLiteral("FR"), QDate(2023, 1, 1), 5)
        << fine(QStringLiteral("fr1"), QStringLiteral("FR"), QDate(2022, 1, 1), 20);
    const CumulativeSeries series = CumulativeSeries::compute(decisions, DateBasis::Adopted);

    const CumulativeSeries::Stack imposed = series.stackedByCountry(CumulativeSeries::Metric::Imposed);
    QCOMPARE(imposed.keys, (QStringList{QStringLiteral("FR"), QStringLiteral("GB")}));
    QCOMPARE(imposed.dates, (QList<QDate>{QDate(2022, 1, 1), QDate(2022, 5, 18), QDate(2023, 1, 1)}));
    QCOMPARE(imposed.values.at(0), (QList<qint64>{cents(20), cents(20), cents(25)}));
    QCOMPARE(imposed.values.at(1), (QList<qint64>{0, cents(10), cents(10)}));

    const CumulativeSeries::Stack standing = series.stackedByCountry(CumulativeSeries::Metric::Standing);
    QCOMPARE(standing.dates.size(), 5);
    QCOMPARE(standing.values.at(1), (QList<qint64>{0, cents(10), cents(10), 0, cents(10)}));

    // The bundled money appears in Italy first, the Netherlands last.
    QCOMPARE(CumulativeSeries::compute(m_bundled, DateBasis::Adopted).stackedByCountry(CumulativeSeries::Metric::Imposed).keys,
        (QStringList{QStringLiteral("IT"), QStringLiteral("GB"), QStringLiteral("GR"), QStringLiteral("FR"),
            QStringLiteral("NL")}));
}

void TestCumulativeSeries::decisionCounts_growOverTime()
{
    const CumulativeSeries series = CumulativeSeries::compute(m_bundled, DateBasis::Adopted);
    QCOMPARE(series.decisionCounts().size(), 43);
    QCOMPARE(series.decisionCounts().constFirst().decisionId, QStringLiteral("us-nj-ag-2020-police-moratorium"));
    QCOMPARE(series.decisionCounts().constLast().decisions, 43);
    const auto it = std::find_if(series.decisionCounts().cbegin(), series.decisionCounts().cend(),
        [](const CumulativeSeries::CountPoint &p) { return p.decisionId == QLatin1String("it-garante-2022-fine"); });
    QCOMPARE(it->decisions, 18);
}

void TestCumulativeSeries::emptyInput_givesZeroEverywhere()
{
    const CumulativeSeries series = CumulativeSeries::compute(QList<Decision>(), DateBasis::Announced);
    QVERIFY(series.steps().isEmpty());
    QCOMPARE(series.totals(), CumulativeSeries::Totals());
    QCOMPARE(series.totalsAt(QDate(2024, 1, 1)), CumulativeSeries::Totals());
    QVERIFY(series.byCountry().isEmpty());
    QVERIFY(series.byAuthority().isEmpty());
    QVERIFY(series.potential().isEmpty());
    QVERIFY(series.decisionCounts().isEmpty());
    QVERIFY(series.stackedByCountry(CumulativeSeries::Metric::Imposed).keys.isEmpty());
    QVERIFY(!series.overflowed());
}

void TestCumulativeSeries::overflow_isReportedNotWrapped()
{
    Decision huge = fine(QStringLiteral("a"), QStringLiteral("FR"), QDate(2022, 1, 1), 0);
    huge.amountEur = Money{std::numeric_limits<qint64>::max() - 10, QStringLiteral("EUR")};
    Decision more = fine(QStringLiteral("b"), QStringLiteral("FR"), QDate(2022, 2, 1), 1);
    QVERIFY(!CumulativeSeries::compute({huge}, DateBasis::Adopted).overflowed());
    QVERIFY(CumulativeSeries::compute({huge, more}, DateBasis::Adopted).overflowed());
}

void TestCumulativeSeries::shortAuthority_findsTheAcronym_data()
{
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("expected");
    QTest::addRow("acronym in parentheses before a dash")
        << QStringLiteral("Commission nationale de l'informatique et des libertés (CNIL) – restricted committee (formation restreinte)")
        << QStringLiteral("CNIL");
    QTest::addRow("last name inside the parentheses")
        << QStringLiteral("Dutch Data Protection Authority (Autoriteit Persoonsgegevens, AP) – chair Aleid Wolfsen")
        << QStringLiteral("AP");
    QTest::addRow("quoted nickname")
        << QStringLiteral("Garante per la protezione dei dati personali (Italian Data Protection Authority, 'Garante')")
        << QStringLiteral("Garante");
    QTest::addRow("no parentheses: the name before the dash")
        << QStringLiteral("Court of King's Bench of Alberta – Justice Feasby") << QStringLiteral("Court of King's Bench of Alberta");
    QTest::addRow("no parentheses: the name before the comma")
        << QStringLiteral("Vermont Superior Court, Chittenden Unit") << QStringLiteral("Vermont Superior Court");
    QTest::addRow("a person named in parentheses is not an acronym")
        << QStringLiteral("Vermont Superior Court, Chittenden Unit, Civil Division (case brought by the Vermont "
                          "Attorney General, T.J. Donovan)")
        << QStringLiteral("Vermont Superior Court");
    QTest::addRow("empty") << QString() << QString();
}

void TestCumulativeSeries::shortAuthority_findsTheAcronym()
{
    QFETCH(QString, authority);
    QFETCH(QString, expected);
    QCOMPARE(CumulativeSeries::shortAuthority(authority), expected);
}

void TestCumulativeSeries::bundled_totalsMatchTheResearchedFigures_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("imposed");
    QTest::addColumn<qint64>("standing");

    QTest::addRow("before Italy's fine") << QDate(2022, 2, 9) << qint64(0) << qint64(0);
    QTest::addRow("Italy's fine") << QDate(2022, 2, 10) << cents(20000000) << cents(20000000);
    QTest::addRow("1 January 2024, UK fine set aside") << QDate(2024, 1, 1) << cents(74120279) << cents(65200000);
    QTest::addRow("before the Upper Tribunal") << QDate(2025, 10, 5) << cents(104620279) << cents(95700000);
    QTest::addRow("today, UK fine restored") << QDate::currentDate() << cents(104620279) << cents(104620279);
}

void TestCumulativeSeries::bundled_totalsMatchTheResearchedFigures()
{
    QFETCH(QDate, date);
    QFETCH(qint64, imposed);
    QFETCH(qint64, standing);
    const CumulativeSeries series = CumulativeSeries::compute(m_bundled, DateBasis::Adopted);
    QCOMPARE(series.totalsAt(date).imposedMinor, imposed);
    QCOMPARE(series.totalsAt(date).standingMinor, standing);
    QCOMPARE(series.totalsAt(date).collectedMinor, qint64(0));
    // Computing "as of" the day gives the same totals as reading the full series on that day.
    QCOMPARE(CumulativeSeries::compute(m_bundled, DateBasis::Adopted, date).totals(), series.totalsAt(date));
    QVERIFY(!series.overflowed());
    QVERIFY(series.undatedIds().isEmpty());
}

void TestCumulativeSeries::bundled_ukFineLeavesAndReturns()
{
    const CumulativeSeries series = CumulativeSeries::compute(m_bundled, DateBasis::Adopted);
    QStringList uk;
    for (const CumulativeSeries::Step &step : series.steps()) {
        if (step.decisionId == QLatin1String("gb-ico-2022-fine"))
            uk << QStringLiteral("%1 %2 %3").arg(step.date.toString(Qt::ISODate), kindName(step.kind), step.causeId);
    }
    QCOMPARE(uk,
        (QStringList{QStringLiteral("2022-05-18 imposed "), QStringLiteral("2023-10-17 set-aside gb-ftt-2023-appeal"),
            QStringLiteral("2025-10-06 reinstated gb-ut-2025-appeal")}));
    QCOMPARE(series.steps().size(), 8);
}

void TestCumulativeSeries::bundled_announcedBasisMovesTheDutchStep()
{
    const auto dutchStep = [this](DateBasis basis) {
        const CumulativeSeries series = CumulativeSeries::compute(m_bundled, basis);
        const auto it = std::find_if(series.steps().cbegin(), series.steps().cend(),
            [](const CumulativeSeries::Step &s) { return s.decisionId == QLatin1String("nl-ap-2024-fine"); });
        return it == series.steps().cend() ? QDate() : it->date;
    };
    QCOMPARE(dutchStep(DateBasis::Adopted), QDate(2024, 5, 16));
    QCOMPARE(dutchStep(DateBasis::Announced), QDate(2024, 9, 3));

    const CumulativeSeries announced = CumulativeSeries::compute(m_bundled, DateBasis::Announced);
    QCOMPARE(announced.totalsAt(QDate(2024, 6, 1)).imposedMinor, cents(74120279));
    QCOMPARE(announced.totalsAt(QDate(2024, 9, 3)).imposedMinor, cents(104620279));
    // Italy's fine was announced on 9 March 2022.
    QCOMPARE(announced.totalsAt(QDate(2022, 3, 8)).imposedMinor, qint64(0));
}

void TestCumulativeSeries::bundled_withoutTheUk_givesTheUncontestedTotal()
{
    QList<Decision> withoutUk;
    std::copy_if(m_bundled.cbegin(), m_bundled.cend(), std::back_inserter(withoutUk),
        [](const Decision &d) { return d.country != QLatin1String("GB"); });
    const CumulativeSeries series = CumulativeSeries::compute(withoutUk, DateBasis::Adopted);
    QCOMPARE(series.totals().imposedMinor, cents(95700000));
    QCOMPARE(series.totals().standingMinor, cents(95700000));
    QCOMPARE(series.totalsAt(QDate(2024, 1, 1)).standingMinor, cents(65200000));
}

QTEST_GUILESS_MAIN(TestCumulativeSeries)
#include "tst_cumulativeseries.moc"
