// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"
#include "fixtures.h"
#include "timelinedescription.h"

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
        if (countries.isEmpty() || countries.contains(decision.country))
            out.append(decision);
    }
    return out;
}

QString sentenceStarting(const QStringList &sentences, const QString &start)
{
    for (const QString &sentence : sentences) {
        if (sentence.startsWith(start))
            return sentence;
    }
    return QString();
}

} // namespace

// The timeline in words, from the bundled data: its dates, the decisions by type and country, what later rulings
// set aside, what is contested and what the record calls unpaid; then one row per decision, in the timeline's order.
class TestTimelineDescription : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void span_givesTheFirstAndLastDate_data();
    void span_givesTheFirstAndLastDate();
    void counts_byTypeAndCountry();
    void standing_readsStatusesAndStatusChanges();
    void table_isEveryDecisionInTheTimelinesOrder_data();
    void table_isEveryDecisionInTheTimelinesOrder();
    void french_formatsDatesAndAmountsForTheEar();
    void nothingShown_saysSo();
    void longTable_isLeftOutBeyondTheLimit();
};

void TestTimelineDescription::longTable_isLeftOutBeyondTheLimit()
{
    // The text beside an exported figure: the sentences always, the table only up to the limit.
    const QList<Decision> decisions = ofCountries({});
    const int count = int(decisions.size());
    QVERIFY(count > 2);
    const ViewDescription within = TimelineDescription::describe(decisions, DateBasis::Adopted, English, count);
    QCOMPARE(within.tables.size(), 1);
    QCOMPARE(within.tables.constFirst().rows.size(), count);
    const ViewDescription beyond = TimelineDescription::describe(decisions, DateBasis::Adopted, English, count - 1);
    QVERIFY(beyond.tables.isEmpty());
    QVERIFY2(beyond.sentences.constLast().contains(QStringLiteral("caseline describe timeline")),
        qPrintable(beyond.sentences.constLast()));
    // The sentences before it are the same.
    QCOMPARE(beyond.sentences.mid(0, beyond.sentences.size() - 1), within.sentences);
}

void TestTimelineDescription::span_givesTheFirstAndLastDate_data()
{
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<DateBasis>("basis");
    QTest::addColumn<QStringList>("sentences");
    const QString adopted = QStringLiteral("Dates are those of adoption.");
    const QString announced = QStringLiteral("Dates are those of the announcements.");
    QTest::addRow("all, adopted") << QStringList() << DateBasis::Adopted
        << QStringList{QStringLiteral("They run from 24 January 2020 to 18 February 2026."), adopted};
    QTest::addRow("all, announced") << QStringList() << DateBasis::Announced
        << QStringList{QStringLiteral("They run from 24 January 2020 to 18 February 2026."), announced};
    QTest::addRow("France, adopted") << QStringList{QStringLiteral("FR")} << DateBasis::Adopted
        << QStringList{QStringLiteral("They run from 26 November 2021 to 13 April 2023."), adopted};
    QTest::addRow("France, announced") << QStringList{QStringLiteral("FR")} << DateBasis::Announced
        << QStringList{QStringLiteral("They run from 16 December 2021 to 10 May 2023."), announced};
    QTest::addRow("Italy: one decision") << QStringList{QStringLiteral("IT")} << DateBasis::Adopted
        << QStringList{QStringLiteral("It is dated 10 February 2022."), adopted};
}

void TestTimelineDescription::span_givesTheFirstAndLastDate()
{
    QFETCH(QStringList, countries);
    QFETCH(DateBasis, basis);
    QFETCH(QStringList, sentences);
    const ViewDescription description = TimelineDescription::describe(ofCountries(countries), basis, English);
    // The count comes first, then the dates and what they are.
    QCOMPARE(description.sentences.mid(1, 2), sentences);
}

void TestTimelineDescription::counts_byTypeAndCountry()
{
    const QStringList s = TimelineDescription::describe(ofCountries({}), DateBasis::Adopted, English).sentences;
    QVERIFY2(s.value(0).startsWith(QStringLiteral("The timeline shows 43 decision")), qPrintable(s.value(0)));
    // Most first; ties in alphabetical order.
    const QString types = sentenceStarting(s, QStringLiteral("By type: "));
    QVERIFY2(types.startsWith(QStringLiteral("By type: 13 court ruling")), qPrintable(types));
    QVERIFY(types.indexOf(QStringLiteral("9 order")) < types.indexOf(QStringLiteral("6 appeal ruling")));
    QVERIFY(types.indexOf(QStringLiteral("6 appeal ruling")) < types.indexOf(QStringLiteral("6 fine")));
    QCOMPARE(sentenceStarting(s, QStringLiteral("By country: ")),
        QStringLiteral("By country: 10 in Canada, 10 in United States, 4 in United Kingdom, 3 in Australia, 3 in Austria, "
                       "3 in France, 3 in Sweden, 1 in Belgium, 1 in Finland, 1 in Germany, 1 in Greece, 1 in Italy, 1 in "
                       "Netherlands and 1 in Spain."));
    // A number of decisions of one type reads as that many, whatever the plural forms of the language.
    QVERIFY(TimelineDescription::typeCount(QStringLiteral("fine"), 1234, English).startsWith(QStringLiteral("1,234 fine")));
}

void TestTimelineDescription::standing_readsStatusesAndStatusChanges()
{
    const QStringList s = TimelineDescription::describe(ofCountries({}), DateBasis::Adopted, English).sentences;
    // Set aside: the IMY fine (annulled after being upheld), two rulings reversed and the FTT's ruling overturned.
    const QString setAside = sentenceStarting(s, QStringLiteral("4 decision"));
    QVERIFY2(setAside.endsWith(QStringLiteral(": IMY fine of 10 February 2021, Administrative Court in Stockholm court "
                                              "ruling of 1 October 2021, First-tier Tribunal court ruling of 17 October 2023 "
                                              "and Federal Court of Canada court ruling of 30 November 2023.")),
        qPrintable(setAside));
    // Contested: the UK fine stands again but is back before the tribunal.
    const QString contested = sentenceStarting(s, QStringLiteral("4 decision(s) contested"));
    QVERIFY2(contested.contains(QStringLiteral("ICO fine of 18 May 2022")), qPrintable(s.join(QLatin1Char('\n'))));
    QVERIFY(contested.contains(QStringLiteral("CAI order of 14 December 2021")));
    const QString unpaid = sentenceStarting(s, QStringLiteral("5 decision"));
    QVERIFY2(unpaid.endsWith(QStringLiteral(": Garante fine of 10 February 2022, HDPA fine of 13 July 2022, CNIL fine of 17 "
                                            "October 2022, CNIL penalty payment of 13 April 2023 and AP fine of 16 May 2024.")),
        qPrintable(unpaid));
    QVERIFY(!unpaid.contains(QStringLiteral("ICO")));
}

void TestTimelineDescription::table_isEveryDecisionInTheTimelinesOrder_data()
{
    QTest::addColumn<DateBasis>("basis");
    QTest::addRow("adopted") << DateBasis::Adopted;
    QTest::addRow("announced") << DateBasis::Announced;
}

void TestTimelineDescription::table_isEveryDecisionInTheTimelinesOrder()
{
    QFETCH(DateBasis, basis);
    const QList<Decision> decisions = ofCountries({});
    const ViewDescription description = TimelineDescription::describe(decisions, basis, English);
    QCOMPARE(description.tables.size(), 1);
    const ViewDescription::Table &table = description.tables.constFirst();
    QCOMPARE(table.rows.size(), decisions.size());
    QDate previous;
    for (const QStringList &row : table.rows) {
        const QDate date = English.toDate(row.at(0), QStringLiteral("d MMMM yyyy"));
        QVERIFY2(date.isValid(), qPrintable(row.at(0)));
        QVERIFY(!previous.isValid() || previous <= date);
        previous = date;
    }
    // The UK fine: adopted on 18 May 2022, announced on the 23rd.
    const QString day = basis == DateBasis::Adopted ? QStringLiteral("18 May 2022") : QStringLiteral("23 May 2022");
    QVERIFY(table.rows.contains(QStringList{day, QStringLiteral("United Kingdom"), QStringLiteral("ICO"),
        QStringLiteral("Fine"), QStringLiteral("£7,552,800 (€8,920,279)"), QStringLiteral("contested remitted to FTT")}));
}

void TestTimelineDescription::french_formatsDatesAndAmountsForTheEar()
{
    const ViewDescription description = TimelineDescription::describe(ofCountries({}), DateBasis::Announced, French);
    const QString text = description.plainText();
    QVERIFY2(text.contains(QStringLiteral("24 janvier 2020")), qPrintable(description.summary()));
    // The first of the month, as French writes it: the Stockholm court's ruling, announced on 1 October 2021.
    QVERIFY(text.contains(QStringLiteral("1er octobre 2021")));
    QVERIFY(text.contains(QStringLiteral("7\u00a0552\u00a0800\u00a0£GB (8\u00a0920\u00a0279\u00a0€)")));
    QVERIFY(!text.contains(QChar(0x202f)));
    QVERIFY(!text.contains(QChar(0x2009)));
}

void TestTimelineDescription::nothingShown_saysSo()
{
    const ViewDescription description = TimelineDescription::describe(QList<Decision>(), DateBasis::Adopted, English);
    QCOMPARE(description.sentences, QStringList{QStringLiteral("No decision matches the filters.")});
    QVERIFY(description.tables.isEmpty());
}

QTEST_GUILESS_MAIN(TestTimelineDescription)
#include "tst_timelinedescription.moc"
