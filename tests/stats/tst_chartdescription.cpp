// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdescription.h"
#include "cumulativeseries.h"
#include "displayformat.h"
#include "fixtures.h"
#include "uilanguage.h"

#include <QLocale>
#include <QTest>

Q_DECLARE_METATYPE(DateBasis)

namespace {

const QLocale English(QLocale::English, QLocale::UnitedKingdom);
const QLocale French(QLocale::French, QLocale::France);

QList<Decision> ofCountries(const QStringList &countries)
{
    QList<Decision> out;
    for (const Decision &decision : Fixtures::bundled().decisions) {
        if (countries.contains(decision.country))
            out.append(decision);
    }
    return out;
}

} // namespace

// The words of the money charts, from the bundled data: exact totals, the dates the chart covers, the changes after
// appeals, the ranking by country, and a table that is the series row for row.
class TestChartDescription : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cumulative_givesTheExactTotals_data();
    void cumulative_givesTheExactTotals();
    void cumulative_saysTheDatesTheChartCovers_data();
    void cumulative_saysTheDatesTheChartCovers();
    void cumulative_namesTheLargestAmountsAndEachChange();
    void cumulative_rangeStartsFromEarlierSteps();
    void cumulative_rangeWithoutAStepOfItsOwn();
    void cumulative_tableIsTheSeries_data();
    void cumulative_tableIsTheSeries();
    void cumulative_withoutMoney_saysSoAndWhatIsNotCounted();
    void french_numbersAreOneWordForAScreenReader();
    void french_givesTheExactTotalsInFrench();
    void countries_ranksTheMoneyImposed();
    void countries_saysWhereLessStands();
};

void TestChartDescription::cumulative_givesTheExactTotals_data()
{
    QTest::addColumn<DateBasis>("basis");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("sentences");
    const QStringList whole = {QStringLiteral("In all, €104,620,279 was imposed."),
        QStringLiteral("€104,620,279 still stands after appeals."), QStringLiteral("€0 is recorded as collected.")};
    QTest::addRow("all, adopted") << DateBasis::Adopted << QDate() << whole;
    QTest::addRow("all, announced") << DateBasis::Announced << QDate() << whole;
    // The UK fine was set aside in October 2023 and stood again in October 2025.
    QTest::addRow("to the end of 2023, adopted") << DateBasis::Adopted << QDate(2023, 12, 31)
        << QStringList{QStringLiteral("By 31 December 2023, €74,120,279 had been imposed in all."),
               QStringLiteral("By 31 December 2023, €65,200,000 still stood after appeals."),
               QStringLiteral("By 31 December 2023, €0 had been recorded as collected.")};
    // Announced, the Dutch fine comes in September 2024.
    QTest::addRow("to mid-2024, announced") << DateBasis::Announced << QDate(2024, 6, 30)
        << QStringList{QStringLiteral("By 30 June 2024, €74,120,279 had been imposed in all."),
               QStringLiteral("By 30 June 2024, €65,200,000 still stood after appeals."),
               QStringLiteral("By 30 June 2024, €0 had been recorded as collected.")};
    QTest::addRow("to mid-2022, adopted: Italy and the UK") << DateBasis::Adopted << QDate(2022, 6, 30)
        << QStringList{QStringLiteral("By 30 June 2022, €28,920,279 had been imposed in all."),
               QStringLiteral("By 30 June 2022, €28,920,279 still stood after appeals."),
               QStringLiteral("By 30 June 2022, €0 had been recorded as collected.")};
}

void TestChartDescription::cumulative_givesTheExactTotals()
{
    QFETCH(DateBasis, basis);
    QFETCH(QDate, to);
    QFETCH(QStringList, sentences);
    const CumulativeSeries series = CumulativeSeries::compute(Fixtures::bundled().decisions, basis);
    const ViewDescription description = ChartDescription::cumulative(series, English, QDate(), to);
    for (const QString &sentence : sentences)
        QVERIFY2(description.sentences.contains(sentence), qPrintable(description.summary()));
}

void TestChartDescription::cumulative_saysTheDatesTheChartCovers_data()
{
    QTest::addColumn<DateBasis>("basis");
    QTest::addColumn<QString>("sentence");
    QTest::addRow("adopted: Italy's fine to the UK's reinstatement") << DateBasis::Adopted
        << QStringLiteral("The chart shows the running totals of the money imposed on Clearview AI, in euros, from 10 "
                          "February 2022 to 6 October 2025.");
    QTest::addRow("announced") << DateBasis::Announced
        << QStringLiteral("The chart shows the running totals of the money imposed on Clearview AI, in euros, from 9 "
                          "March 2022 to 8 October 2025.");
}

void TestChartDescription::cumulative_saysTheDatesTheChartCovers()
{
    QFETCH(DateBasis, basis);
    QFETCH(QString, sentence);
    const CumulativeSeries series = CumulativeSeries::compute(Fixtures::bundled().decisions, basis);
    QCOMPARE(ChartDescription::cumulative(series, English).sentences.value(0), sentence);
}

void TestChartDescription::cumulative_namesTheLargestAmountsAndEachChange()
{
    const CumulativeSeries series = CumulativeSeries::compute(Fixtures::bundled().decisions, DateBasis::Adopted);
    const QStringList sentences = ChartDescription::cumulative(series, English).sentences;
    // Three fines of EUR 20m tie for second place: all are named, none is left out at random.
    QVERIFY2(sentences.contains(QStringLiteral(
                 "The largest amounts imposed were €30,500,000 by AP (Netherlands) on 16 May 2024, €20,000,000 by Garante "
                 "(Italy) on 10 February 2022, €20,000,000 by HDPA (Greece) on 13 July 2022 and €20,000,000 by CNIL "
                 "(France) on 17 October 2022.")),
        qPrintable(sentences.join(QLatin1Char('\n'))));
    const qsizetype setAside = sentences.indexOf(QStringLiteral("On 17 October 2023, the ICO fine of €8,920,279 was set aside."));
    const qsizetype reinstated = sentences.indexOf(QStringLiteral("On 6 October 2025, the ICO fine of €8,920,279 was reinstated."));
    QVERIFY2(setAside >= 0 && reinstated > setAside, qPrintable(sentences.join(QLatin1Char('\n'))));
    QVERIFY(!sentences.contains(QStringLiteral("No amount was set aside.")));
}

void TestChartDescription::cumulative_rangeStartsFromEarlierSteps()
{
    const CumulativeSeries series = CumulativeSeries::compute(Fixtures::bundled().decisions, DateBasis::Adopted);
    const ViewDescription description = ChartDescription::cumulative(series, English, QDate(2023, 1, 1), QDate(2023, 12, 31));
    QCOMPARE(description.sentences.value(0),
        QStringLiteral("The chart shows the running totals of the money imposed on Clearview AI, in euros, from 1 "
                       "January 2023 to 31 December 2023."));
    QCOMPARE(description.sentences.value(1),
        QStringLiteral("Before 1 January 2023, €68,920,279 had been imposed, of which €68,920,279 still stood."));
    QVERIFY(description.sentences.contains(QStringLiteral("The one amount imposed was €5,200,000 by CNIL (France) on 13 April 2023.")));
    // Only the steps of 2023: the CNIL penalty payment and the UK fine set aside.
    QCOMPARE(description.tables.size(), 1);
    QCOMPARE(description.tables.constFirst().rows,
        (QList<QStringList>{{QStringLiteral("13 April 2023"), QStringLiteral("imposed"), QStringLiteral("CNIL"),
                                QStringLiteral("France"), QStringLiteral("€5,200,000"), QStringLiteral("€74,120,279"),
                                QStringLiteral("€74,120,279"), QStringLiteral("€0")},
            {QStringLiteral("17 October 2023"), QStringLiteral("set aside"), QStringLiteral("ICO"),
                QStringLiteral("United Kingdom"), QStringLiteral("€8,920,279 (£7,552,800)"), QStringLiteral("€74,120,279"),
                QStringLiteral("€65,200,000"), QStringLiteral("€0")}}));
}

void TestChartDescription::cumulative_rangeWithoutAStepOfItsOwn()
{
    // Between the Dutch fine (May 2024) and the UK fine standing again (October 2025) the lines stay flat.
    const CumulativeSeries series = CumulativeSeries::compute(Fixtures::bundled().decisions, DateBasis::Adopted);
    const ViewDescription description = ChartDescription::cumulative(series, English, QDate(2024, 6, 1), QDate(2025, 6, 30));
    QCOMPARE(description.sentences.mid(0, 5),
        (QStringList{QStringLiteral("The chart shows the running totals of the money imposed on Clearview AI, in euros, "
                                    "from 1 June 2024 to 30 June 2025."),
            QStringLiteral("Before 1 June 2024, €104,620,279 had been imposed, of which €95,700,000 still stood."),
            QStringLiteral("By 30 June 2025, €104,620,279 had been imposed in all."),
            QStringLiteral("By 30 June 2025, €95,700,000 still stood after appeals."),
            QStringLiteral("By 30 June 2025, €0 had been recorded as collected.")}));
    QVERIFY(description.tables.isEmpty());
}

void TestChartDescription::cumulative_tableIsTheSeries_data()
{
    QTest::addColumn<DateBasis>("basis");
    QTest::addColumn<QLocale>("locale");
    QTest::addRow("adopted, English") << DateBasis::Adopted << English;
    QTest::addRow("announced, French") << DateBasis::Announced << French;
}

void TestChartDescription::cumulative_tableIsTheSeries()
{
    QFETCH(DateBasis, basis);
    QFETCH(QLocale, locale);
    const CumulativeSeries series = CumulativeSeries::compute(Fixtures::bundled().decisions, basis);
    const ViewDescription description = ChartDescription::cumulative(series, locale);
    QCOMPARE(description.tables.size(), 1);
    const ViewDescription::Table &table = description.tables.constFirst();
    QCOMPARE(table.rows.size(), series.steps().size());
    QCOMPARE(table.rows.size(), 8); // six amounts imposed, the UK fine set aside and reinstated
    const auto euros = [&locale](qint64 minor) {
        return DisplayFormat::money(minor, QStringLiteral("EUR"), locale, DisplayFormat::Reader::ScreenReader);
    };
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const CumulativeSeries::Step &step = series.steps().at(i);
        const QStringList &row = table.rows.at(i);
        QCOMPARE(row.size(), table.header.size());
        QCOMPARE(row.at(0), DisplayFormat::longDate(step.date, locale));
        QCOMPARE(row.at(1), ChartDescription::changeName(step.kind));
        QVERIFY(row.at(4).startsWith(euros(step.amountMinor)));
        QCOMPARE(row.at(5), euros(step.after.imposedMinor));
        QCOMPARE(row.at(6), euros(step.after.standingMinor));
        QCOMPARE(row.at(7), euros(step.after.collectedMinor));
    }
    // The last row is where the chart ends: every fine imposed, and standing again.
    QCOMPARE(table.rows.constLast().at(5), euros(10462027900));
    QCOMPARE(table.rows.constLast().at(6), euros(10462027900));
}

void TestChartDescription::cumulative_withoutMoney_saysSoAndWhatIsNotCounted()
{
    // Sweden fined its police, not Clearview AI: the chart marks the amount apart and counts nothing.
    const CumulativeSeries series = CumulativeSeries::compute(ofCountries({QStringLiteral("SE")}), DateBasis::Adopted);
    const ViewDescription description = ChartDescription::cumulative(series, English);
    QCOMPARE(description.sentences.value(0), QStringLiteral("No money imposed on Clearview AI is counted in what is shown."));
    QVERIFY2(description.summary().contains(QStringLiteral("Shown apart and not counted: SEK\u00a02,500,000 imposed by IMY on ")),
        qPrintable(description.summary()));
    QVERIFY(description.tables.isEmpty());
}

void TestChartDescription::french_numbersAreOneWordForAScreenReader()
{
    const CumulativeSeries series = CumulativeSeries::compute(Fixtures::bundled().decisions, DateBasis::Adopted);
    for (const ViewDescription &description :
        {ChartDescription::cumulative(series, French), ChartDescription::countries(series, French)}) {
        const QString text = description.plainText();
        // Groups and the space before the symbol are no-break spaces: never the narrow or thin ones, at which a
        // screen reader splits "104 620 279" into three numbers.
        QVERIFY2(text.contains(QStringLiteral("104\u00a0620\u00a0279\u00a0€")), qPrintable(text));
        QVERIFY(!text.contains(QChar(0x202f)));
        QVERIFY(!text.contains(QChar(0x2009)));
    }
    const QString cumulative = ChartDescription::cumulative(series, French).summary();
    QVERIFY2(cumulative.contains(QStringLiteral("30\u00a0500\u00a0000\u00a0€")), qPrintable(cumulative));
    QVERIFY(cumulative.contains(QStringLiteral("17 octobre 2023")));
    QVERIFY(cumulative.contains(QStringLiteral("8\u00a0920\u00a0279\u00a0€")));
}

void TestChartDescription::french_givesTheExactTotalsInFrench()
{
    // `caseline describe cumulative --lang fr`: the French words from the translation file, the French figures.
    QVERIFY(UiLanguage::instance()->apply(QStringLiteral("fr")));
    const CumulativeSeries series = CumulativeSeries::compute(Fixtures::bundled().decisions, DateBasis::Adopted);
    const QStringList s = ChartDescription::cumulative(series, French).sentences;
    QVERIFY(UiLanguage::instance()->apply(QStringLiteral("en")));
    const QString total = QStringLiteral("104\u00a0620\u00a0279\u00a0€");
    QVERIFY2(s.contains(QStringLiteral("Le total infligé s'élève à ") + total + u'.'), qPrintable(s.join(u'|')));
    QVERIFY(s.contains(QStringLiteral("Le total en vigueur après recours s'élève à ") + total + u'.'));
    QVERIFY(s.contains(QStringLiteral("Les sommes enregistrées comme recouvrées s'élèvent à 0\u00a0€.")));
    QCOMPARE(s.value(0), QStringLiteral("Le graphique montre les totaux cumulés des montants infligés à Clearview AI, en "
                                        "euros, du 10 février 2022 au 6 octobre 2025."));
}

void TestChartDescription::countries_ranksTheMoneyImposed()
{
    const CumulativeSeries series = CumulativeSeries::compute(Fixtures::bundled().decisions, DateBasis::Adopted);
    const ViewDescription description = ChartDescription::countries(series, English);
    const QStringList &s = description.sentences;
    QVERIFY2(s.contains(QStringLiteral("From most to least: Netherlands (€30,500,000), France (€25,200,000), Greece "
                                       "(€20,000,000), Italy (€20,000,000) and United Kingdom (€8,920,279).")),
        qPrintable(s.join(QLatin1Char('\n'))));
    QVERIFY(s.contains(QStringLiteral("In all, €104,620,279 was imposed.")));
    QVERIFY(s.value(0).startsWith(QStringLiteral("Money was imposed in 5 ")));
    QVERIFY(s.constLast().endsWith(
        QStringLiteral(": Canada, United States, Australia, Austria, Sweden, Belgium, Finland, Germany and Spain.")));

    QCOMPARE(description.tables.size(), 1);
    const ViewDescription::Table &table = description.tables.constFirst();
    QCOMPARE(table.rows.size(), series.byCountry().size());
    QCOMPARE(table.rows.constFirst(),
        (QStringList{QStringLiteral("1"), QStringLiteral("Netherlands"), QStringLiteral("1"), QStringLiteral("€30,500,000"),
            QStringLiteral("€30,500,000")}));
    QCOMPARE(table.rows.at(4),
        (QStringList{QStringLiteral("5"), QStringLiteral("United Kingdom"), QStringLiteral("4"), QStringLiteral("€8,920,279"),
            QStringLiteral("€8,920,279")}));
    // Countries without money share no rank.
    QCOMPARE(table.rows.at(5),
        (QStringList{QString(), QStringLiteral("Canada"), QStringLiteral("10"), QStringLiteral("€0"), QStringLiteral("€0")}));
}

void TestChartDescription::countries_saysWhereLessStands()
{
    // The UK fine as it stood between the two rulings: set aside, not yet standing again.
    Decision fine = Fixtures::bundledDecision(QStringLiteral("gb-ico-2022-fine"));
    QVERIFY(fine.statusChanges.size() >= 2);
    fine.statusChanges.removeLast();
    const CumulativeSeries series = CumulativeSeries::compute({fine, Fixtures::bundledDecision(QStringLiteral("it-garante-2022-fine"))},
        DateBasis::Adopted);
    const QStringList sentences = ChartDescription::countries(series, English).sentences;
    QVERIFY2(sentences.contains(QStringLiteral("After appeals, less stands in United Kingdom (€0 of €8,920,279).")),
        qPrintable(sentences.join(QLatin1Char('\n'))));
    QVERIFY(sentences.contains(QStringLiteral("€20,000,000 still stands after appeals.")));
}

QTEST_GUILESS_MAIN(TestChartDescription)
#include "tst_chartdescription.moc"
