// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "fixtures.h"
#include "cumulativeseries.h"

#include <QTest>

#include <algorithm>

namespace {

const QString clearview = QStringLiteral("Clearview AI Inc.");

Money eur(qint64 euros)
{
    return Money{euros * 100, QStringLiteral("EUR")};
}

Decision fine(const QString &id, const QString &country, const QDate &adopted, qint64 euros,
    const QDate &announced = QDate())
{
    Decision d;
    d.id = id;
    d.country = country;
    d.authority = QStringLiteral("Authority of %1 (A%1)").arg(country);
    d.target = clearview;
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = adopted;
    d.announceDate = announced.isValid() ? announced : adopted;
    d.amount = eur(euros);
    d.amountEur = d.amount;
    d.includeInCumulativeFines = true;
    return d;
}

Decision ruling(const QString &id, const QString &country, const QDate &adopted, const QDate &announced)
{
    Decision d;
    d.id = id;
    d.country = country;
    d.authority = QStringLiteral("Tribunal of %1").arg(country);
    d.target = clearview;
    d.decisionType = QStringLiteral("court_ruling");
    d.decisionDate = adopted;
    d.announceDate = announced;
    return d;
}

StatusChange change(const QDate &date, bool standing, const QString &by, const QString &status = QString())
{
    StatusChange c;
    c.date = date;
    c.standing = standing;
    c.byDecisionId = by;
    c.status = status.isEmpty() ? (standing ? QStringLiteral("reinstated") : QStringLiteral("set_aside")) : status;
    return c;
}

QString kindName(CumulativeSeries::StepKind kind)
{
    switch (kind) {
    case CumulativeSeries::StepKind::Imposed:
        return QStringLiteral("imposed");
    case CumulativeSeries::StepKind::SetAside:
        return QStringLiteral("set-aside");
    case CumulativeSeries::StepKind::Reinstated:
        return QStringLiteral("reinstated");
    case CumulativeSeries::StepKind::Collected:
        return QStringLiteral("collected");
    }
    return QString();
}

// "2022-05-18 imposed uk 10/10/0": date, kind, decision and the totals in whole euros after the step.
QStringList describe(const CumulativeSeries &series)
{
    QStringList lines;
    for (const CumulativeSeries::Step &step : series.steps()) {
        lines << QStringLiteral("%1 %2 %3 %4/%5/%6")
                     .arg(step.date.toString(Qt::ISODate), kindName(step.kind), step.decisionId)
                     .arg(step.after.imposedMinor / 100)
                     .arg(step.after.standingMinor / 100)
                     .arg(step.after.collectedMinor / 100);
    }
    return lines;
}

// The UK case in miniature: a fine set aside by a tribunal, then restored on appeal.
QList<Decision> annulledAndRestored()
{
    Decision uk = fine(QStringLiteral("uk"), QStringLiteral("GB"), QDate(2022, 5, 18), 10, QDate(2022, 5, 23));
    uk.statusChanges = {change(QDate(2023, 10, 17), false, QStringLiteral("ftt")),
        change(QDate(2025, 10, 6), true, QStringLiteral("ut"))};
    return {uk, ruling(QStringLiteral("ftt"), QStringLiteral("GB"), QDate(2023, 10, 17), QDate(2023, 10, 18)),
        ruling(QStringLiteral("ut"), QStringLiteral("GB"), QDate(2025, 10, 6), QDate(2025, 10, 8))};
}

qint64 cents(qint64 euros)
{
    return euros * 100;
}

QString moneyText(const std::optional<Money> &money)
{
    return money ? money->toDecimalString() + QLatin1Char(' ') + money->currency : QStringLiteral("none");
}

// Everything a series holds, a line per entry in its order, for comparing two series whole.
QStringList everything(const CumulativeSeries &series)
{
    QStringList lines;
    for (const CumulativeSeries::Step &step : series.steps()) {
        lines << QStringLiteral("step %1 %2 %3 by %4 %5/%6/%7 moved %8 of %9 (%10, %11, %12) note %13")
                     .arg(step.date.toString(Qt::ISODate), kindName(step.kind), step.decisionId, step.causeId)
                     .arg(step.after.imposedMinor)
                     .arg(step.after.standingMinor)
                     .arg(step.after.collectedMinor)
                     .arg(step.amountMinor)
                     .arg(moneyText(step.original), step.country, step.authority, step.decisionType, step.note);
    }
    for (const CumulativeSeries::GroupFigures &group : series.byCountry())
        lines << QStringLiteral("country %1: %2 decisions, %3/%4/%5")
                     .arg(group.key)
                     .arg(group.decisions)
                     .arg(group.totals.imposedMinor)
                     .arg(group.totals.standingMinor)
                     .arg(group.totals.collectedMinor);
    for (const CumulativeSeries::GroupFigures &group : series.byAuthority())
        lines << QStringLiteral("authority %1 of %2: %3 decisions, %4/%5/%6")
                     .arg(group.key, group.country)
                     .arg(group.decisions)
                     .arg(group.totals.imposedMinor)
                     .arg(group.totals.standingMinor)
                     .arg(group.totals.collectedMinor);
    for (const CumulativeSeries::CountPoint &point : series.decisionCounts())
        lines << QStringLiteral("count %1 %2 %3").arg(point.date.toString(Qt::ISODate), point.decisionId).arg(point.decisions);
    for (const CumulativeSeries::Potential &potential : series.potential())
        lines << QStringLiteral("potential %1 %2 %3 %4 eur %5")
                     .arg(int(potential.kind))
                     .arg(potential.decisionId, potential.date.toString(Qt::ISODate), moneyText(potential.amount),
                         moneyText(potential.amountEur));
    for (const QString &id : series.undatedIds())
        lines << QStringLiteral("undated ") + id;
    lines << QStringLiteral("overflowed %1").arg(series.overflowed());
    return lines;
}

} // namespace

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
    void builder_givesWhatComputeGives_inAnyOrder_data();
    void builder_givesWhatComputeGives_inAnyOrder();
    void builder_leavesOutThePartsNotAskedFor();
    void append_givesTheSeriesOfOnePass_data();
    void append_givesTheSeriesOfOnePass();
    void computeOverRows_isComputeOverTheList_data();
    void computeOverRows_isComputeOverTheList();

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

void TestCumulativeSeries::builder_givesWhatComputeGives_inAnyOrder_data()
{
    QTest::addColumn<QList<Decision>>("decisions");
    QTest::addColumn<DateBasis>("basis");
    QTest::addColumn<QDate>("asOf");
    QList<Decision> reversed = m_bundled;
    std::reverse(reversed.begin(), reversed.end());
    // The rulings before the fine they set aside and restore: their dates are looked up once all are in.
    QList<Decision> rulingsFirst = annulledAndRestored();
    std::rotate(rulingsFirst.begin(), rulingsFirst.begin() + 1, rulingsFirst.end());
    QTest::addRow("bundled") << m_bundled << DateBasis::Adopted << QDate();
    QTest::addRow("bundled, reversed, announced") << reversed << DateBasis::Announced << QDate();
    QTest::addRow("bundled, as of 2024") << m_bundled << DateBasis::Adopted << QDate(2024, 1, 1);
    QTest::addRow("rulings added first") << rulingsFirst << DateBasis::Adopted << QDate();
}

// A streamed series (`caseline stats` reads the database in its own order) equals the series of the list in any
// order: compute() sorts what it computes.
void TestCumulativeSeries::builder_givesWhatComputeGives_inAnyOrder()
{
    QFETCH(QList<Decision>, decisions);
    QFETCH(DateBasis, basis);
    QFETCH(QDate, asOf);
    QList<Decision> sorted = decisions;
    std::sort(sorted.begin(), sorted.end(), [](const Decision &a, const Decision &b) { return a.id < b.id; });
    const CumulativeSeries expected = CumulativeSeries::compute(sorted, basis, asOf);
    CumulativeSeries::Builder builder(basis, asOf);
    for (const Decision &decision : std::as_const(decisions))
        builder.add(decision);
    const CumulativeSeries streamed = builder.finish();
    QVERIFY(!expected.steps().isEmpty());
    QCOMPARE(describe(streamed), describe(expected));
    for (qsizetype i = 0; i < expected.steps().size(); ++i)
        QCOMPARE(streamed.steps().at(i).causeId, expected.steps().at(i).causeId);
    QCOMPARE(streamed.totals(), expected.totals());
    QCOMPARE(streamed.byCountry().keys(), expected.byCountry().keys());
    for (const QString &country : expected.byCountry().keys()) {
        QCOMPARE(streamed.byCountry().value(country).totals, expected.byCountry().value(country).totals);
        QCOMPARE(streamed.byCountry().value(country).decisions, expected.byCountry().value(country).decisions);
    }
    QCOMPARE(streamed.byAuthority().size(), expected.byAuthority().size());
    for (qsizetype i = 0; i < expected.byAuthority().size(); ++i) {
        QCOMPARE(streamed.byAuthority().at(i).key, expected.byAuthority().at(i).key);
        QCOMPARE(streamed.byAuthority().at(i).totals, expected.byAuthority().at(i).totals);
    }
    QCOMPARE(streamed.potential().size(), expected.potential().size());
    for (qsizetype i = 0; i < expected.potential().size(); ++i)
        QCOMPARE(streamed.potential().at(i).decisionId, expected.potential().at(i).decisionId);
    QCOMPARE(streamed.decisionCounts().size(), expected.decisionCounts().size());
    QCOMPARE(streamed.undatedIds().size(), expected.undatedIds().size());
}

void TestCumulativeSeries::builder_leavesOutThePartsNotAskedFor()
{
    CumulativeSeries::Builder builder(DateBasis::Adopted, QDate(), {});
    for (const Decision &decision : std::as_const(m_bundled))
        builder.add(decision);
    const CumulativeSeries figures = builder.finish();
    const CumulativeSeries all = CumulativeSeries::compute(m_bundled, DateBasis::Adopted);
    // What `caseline stats` prints is all there...
    QCOMPARE(describe(figures), describe(all));
    QCOMPARE(figures.byCountry().keys(), all.byCountry().keys());
    QCOMPARE(figures.byCountry().value(QStringLiteral("GB")).totals, all.byCountry().value(QStringLiteral("GB")).totals);
    // ... and the rest is not computed.
    QVERIFY(!all.potential().isEmpty());
    QVERIFY(figures.potential().isEmpty());
    QVERIFY(figures.decisionCounts().isEmpty());
    QVERIFY(figures.byAuthority().isEmpty());
}

void TestCumulativeSeries::append_givesTheSeriesOfOnePass_data()
{
    QTest::addColumn<QList<Decision>>("decisions");
    QTest::addColumn<DateBasis>("basis");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("parts");
    // Every kind of entry: steps set aside and restored by rulings, amounts not imposed, an undated fine, decisions
    // after the as-of day. The rulings come before the fine in one list, so that a change may name a ruling of the
    // other part.
    Decision undated = fine(QStringLiteral("undated"), QStringLiteral("DE"), QDate(), 3);
    undated.announceDate = QDate();
    QList<Decision> rulingsFirst = annulledAndRestored();
    std::rotate(rulingsFirst.begin(), rulingsFirst.begin() + 1, rulingsFirst.end());
    Decision alsoUndated = undated;
    alsoUndated.id = QStringLiteral("also undated"); // listed after `undated` in one pass, though it sorts before
    const QList<Decision> all = QList<Decision> { undated } + m_bundled + annulledAndRestored() + QList<Decision> { alsoUndated };
    QTest::addRow("bundled and more, adopted, all parts") << all << DateBasis::Adopted << QDate() << 0;
    QTest::addRow("bundled and more, announced, as of 2024") << all << DateBasis::Announced << QDate(2024, 12, 31) << 0;
    QTest::addRow("rulings before the fine") << rulingsFirst << DateBasis::Adopted << QDate() << 0;
    QTest::addRow("three parts") << all << DateBasis::Adopted << QDate() << 3;
}

// A read in parts (`caseline stats` at a million decisions) adds each part to a builder of its own and appends them
// in order: every split gives exactly the series of one builder given every decision, whatever parts it computes.
void TestCumulativeSeries::append_givesTheSeriesOfOnePass()
{
    QFETCH(QList<Decision>, decisions);
    QFETCH(DateBasis, basis);
    QFETCH(QDate, asOf);
    QFETCH(int, parts);
    for (const CumulativeSeries::Parts computed : { CumulativeSeries::Parts(CumulativeSeries::AllParts),
             CumulativeSeries::Parts() }) {
        CumulativeSeries::Builder whole(basis, asOf, computed);
        for (const Decision &decision : std::as_const(decisions))
            whole.add(decision);
        const QStringList expected = everything(whole.finish());
        // Steps set aside and restored: the comparisons below are of real series.
        QVERIFY(expected.filter(QStringLiteral(" set-aside ")).size() >= 1);
        // Two parts split at every place, or `parts` parts of equal size.
        const qsizetype splits = parts == 0 ? decisions.size() + 1 : 1;
        for (qsizetype split = 0; split < splits; ++split) {
            QList<qsizetype> ends;
            if (parts == 0)
                ends = { split, decisions.size() };
            for (int part = 1; part <= parts; ++part)
                ends << decisions.size() * part / parts;
            CumulativeSeries::Builder first(basis, asOf, computed);
            qsizetype from = 0;
            for (const qsizetype end : std::as_const(ends)) {
                CumulativeSeries::Builder builder(basis, asOf, computed);
                for (; from < end; ++from)
                    builder.add(decisions.at(from));
                first.append(std::move(builder));
            }
            QCOMPARE(everything(first.finish()), expected);
        }
    }
}

void TestCumulativeSeries::computeOverRows_isComputeOverTheList_data()
{
    append_givesTheSeriesOfOnePass_data();
}

// `caseline export cumulative` and `describe` sum the compact rows they read, a decision built at a time: the same
// series as of the list, for the decisions whole and as the views read them (no long texts: most rows compact).
void TestCumulativeSeries::computeOverRows_isComputeOverTheList()
{
    QFETCH(QList<Decision>, decisions);
    QFETCH(DateBasis, basis);
    QFETCH(QDate, asOf);
    for (const bool omitted : { false, true }) {
        QList<Decision> read = decisions;
        DecisionTable rows;
        for (Decision &decision : read) {
            if (omitted)
                decision.omitLongTexts();
            rows.append(decision);
        }
        const QStringList expected = everything(CumulativeSeries::compute(read, basis, asOf));
        QVERIFY(expected.filter(QStringLiteral(" set-aside ")).size() >= 1);
        QCOMPARE(everything(CumulativeSeries::compute(rows, basis, asOf)), expected);
    }
}

QTEST_GUILESS_MAIN(TestCumulativeSeries)
#include "tst_cumulativeseries.moc"
