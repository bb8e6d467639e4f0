// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionfilter.h"
#include "textfolding.h"

#include <QHash>
#include <QTest>

Q_DECLARE_METATYPE(DecisionFilter)
Q_DECLARE_METATYPE(DateBasis)

namespace {

Decision makeDecision(const QString &id, const QString &country, const QString &authority, const QString &type,
    const QDate &adopted, const QDate &announced)
{
    Decision d;
    d.id = id;
    d.country = country;
    d.authority = authority;
    d.decisionType = type;
    d.decisionDate = adopted;
    d.announceDate = announced;
    d.target = QStringLiteral("Clearview AI Inc.");
    return d;
}

// Small records shaped like the bundled ones, each with the trait a row of the table needs.
const QHash<QString, Decision> &fixtures()
{
    static const QHash<QString, Decision> all = [] {
        QHash<QString, Decision> f;
        // Signed in May, announced in September: the two date bases disagree by months.
        Decision nl = makeDecision(QStringLiteral("nl-ap-2024-fine"), QStringLiteral("NL"),
            QStringLiteral("Autoriteit Persoonsgegevens (AP)"), QStringLiteral("fine"), QDate(2024, 5, 16),
            QDate(2024, 9, 3));
        nl.amount = Money { 3050000000, QStringLiteral("EUR") };
        nl.facts = { QStringLiteral("More than 30 billion photos") };
        // French texts beside the English ones, each with words the English texts do not have.
        nl.factsFr = { QStringLiteral("Plus de 30 milliards de photos") };
        nl.orders = { QStringLiteral("Stop the violations") };
        nl.ordersFr = { QStringLiteral("Cesser les violations") };
        nl.outcomeFr = QStringLiteral("Amende définitive et impayée");
        nl.summaryFr = QStringLiteral("Résumé néerlandais");
        f.insert(QStringLiteral("nl"), nl);

        Decision gr = makeDecision(QStringLiteral("gr-hdpa-2022-fine"), QStringLiteral("GR"),
            QStringLiteral("Hellenic Data Protection Authority (HDPA)"), QStringLiteral("fine"), QDate(2022, 7, 13),
            QDate(2022, 7, 15));
        f.insert(QStringLiteral("gr"), gr);

        Decision fr = makeDecision(QStringLiteral("fr-cnil-2022-fine"), QStringLiteral("FR"),
            QStringLiteral("Commission nationale de l'informatique et des libertés (CNIL)"), QStringLiteral("fine"),
            QDate(2022, 10, 17), QDate(2022, 10, 20));
        fr.sources = { { {}, QStringLiteral("astreinte"), QStringLiteral("Reconnaissance faciale par IA"),
            QStringLiteral("French law firm news item"), QStringLiteral("fr") } };
        fr.reference = QStringLiteral("SAN-2022-019");
        f.insert(QStringLiteral("fr"), fr);

        Decision us = makeDecision(QStringLiteral("us-il-2022-aclu-settlement"), QStringLiteral("US"),
            QStringLiteral("Circuit Court of Cook County, Illinois"), QStringLiteral("settlement"), QDate(2022, 5, 11),
            QDate(2022, 5, 9));
        f.insert(QStringLiteral("us"), us);

        // Only an announcement date is known.
        Decision se = makeDecision(QStringLiteral("se-kr-2022-police-appeal"), QStringLiteral("SE"),
            QStringLiteral("Kammarrätten i Stockholm"), QStringLiteral("appeal_ruling"), QDate(), QDate(2022, 11, 24));
        se.target = QStringLiteral("Swedish Police Authority (Polismyndigheten)");
        f.insert(QStringLiteral("se"), se);

        // Only an adoption date is known.
        Decision au = makeDecision(QStringLiteral("au-oaic-2021-afp"), QStringLiteral("AU"),
            QStringLiteral("Office of the Australian Information Commissioner"), QStringLiteral("order"),
            QDate(2021, 11, 26), QDate());
        au.target = QStringLiteral("Australian Federal Police (AFP)");
        f.insert(QStringLiteral("au"), au);

        Decision undated = makeDecision(QStringLiteral("undated"), QStringLiteral("DE"), QStringLiteral("HmbBfDI"),
            QStringLiteral("order"), QDate(), QDate());
        f.insert(QStringLiteral("undated"), undated);
        return f;
    }();
    return all;
}

DecisionFilter withDates(const QDate &from, const QDate &to)
{
    DecisionFilter f;
    f.from = from;
    f.to = to;
    return f;
}

DecisionFilter withSearch(const QString &search)
{
    DecisionFilter f;
    f.search = search;
    return f;
}

DecisionFilter withTarget(const QString &target)
{
    DecisionFilter f;
    f.target = target;
    return f;
}

} // namespace

class TestDecisionFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void matcher_asksForTheSearchKeyLast();
    void isEmpty_onlyForNoCriteria();
    void fold_data();
    void fold();
};

void TestDecisionFilter::matches_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<DecisionFilter>("filter");
    QTest::addColumn<DateBasis>("basis");
    QTest::addColumn<bool>("expected");

    const DateBasis adopted = DateBasis::Adopted;
    const DateBasis announced = DateBasis::Announced;
    const QString nl = QStringLiteral("nl");

    QTest::newRow("empty filter matches everything") << nl << DecisionFilter() << adopted << true;
    QTest::newRow("empty filter matches an undated record")
        << QStringLiteral("undated") << DecisionFilter() << adopted << true;

    DecisionFilter countries;
    countries.countries = { QStringLiteral("FR"), QStringLiteral("NL") };
    QTest::newRow("country in the list") << nl << countries << adopted << true;
    QTest::newRow("country not in the list") << QStringLiteral("gr") << countries << adopted << false;

    DecisionFilter types;
    types.types = { QStringLiteral("settlement"), QStringLiteral("order") };
    QTest::newRow("type in the list") << QStringLiteral("us") << types << adopted << true;
    QTest::newRow("type not in the list") << nl << types << adopted << false;

    DecisionFilter both = countries;
    both.types = { QStringLiteral("fine") };
    QTest::newRow("country and type both match") << QStringLiteral("fr") << both << adopted << true;
    both.types = { QStringLiteral("order") };
    QTest::newRow("country matches, type does not") << QStringLiteral("fr") << both << adopted << false;

    QTest::newRow("from on the adopted day is inclusive") << nl << withDates(QDate(2024, 5, 16), {}) << adopted << true;
    QTest::newRow("from a day after adoption") << nl << withDates(QDate(2024, 5, 17), {}) << adopted << false;
    QTest::newRow("from a day after adoption, announced basis")
        << nl << withDates(QDate(2024, 5, 17), {}) << announced << true;
    QTest::newRow("to on the announced day is inclusive")
        << nl << withDates({}, QDate(2024, 9, 3)) << announced << true;
    QTest::newRow("to a day before the announcement") << nl << withDates({}, QDate(2024, 9, 2)) << announced << false;
    QTest::newRow("to a day before the announcement, adopted basis")
        << nl << withDates({}, QDate(2024, 9, 2)) << adopted << true;
    QTest::newRow("range on the very day")
        << nl << withDates(QDate(2024, 5, 16), QDate(2024, 5, 16)) << adopted << true;
    QTest::newRow("range between adoption and announcement, adopted")
        << nl << withDates(QDate(2024, 6, 1), QDate(2024, 8, 31)) << adopted << false;
    QTest::newRow("range between adoption and announcement, announced")
        << nl << withDates(QDate(2024, 6, 1), QDate(2024, 8, 31)) << announced << false;
    QTest::newRow("adopted basis falls back to the announcement")
        << QStringLiteral("se") << withDates(QDate(2022, 11, 24), QDate(2022, 11, 24)) << adopted << true;
    QTest::newRow("announced basis falls back to adoption")
        << QStringLiteral("au") << withDates(QDate(2021, 11, 26), QDate(2021, 11, 26)) << announced << true;
    QTest::newRow("an undated record fails a from bound")
        << QStringLiteral("undated") << withDates(QDate(2000, 1, 1), {}) << adopted << false;
    QTest::newRow("an undated record fails a to bound")
        << QStringLiteral("undated") << withDates({}, QDate(2100, 1, 1)) << adopted << false;

    QTest::newRow("target substring") << QStringLiteral("se") << withTarget(QStringLiteral("police")) << adopted
                                      << true;
    QTest::newRow("target not matching") << nl << withTarget(QStringLiteral("police")) << adopted << false;
    QTest::newRow("target ignores case") << nl << withTarget(QStringLiteral("CLEARVIEW")) << adopted << true;
    QTest::newRow("target words all required")
        << QStringLiteral("au") << withTarget(QStringLiteral("federal police")) << adopted << true;
    QTest::newRow("target words all required, one missing")
        << QStringLiteral("se") << withTarget(QStringLiteral("federal police")) << adopted << false;
    QTest::newRow("target is not searched in the authority")
        << nl << withTarget(QStringLiteral("autoriteit")) << adopted << false;
    QTest::newRow("blank target is no criterion") << nl << withTarget(QStringLiteral("   ")) << adopted << true;

    QTest::newRow("search: French name without accent")
        << QStringLiteral("gr") << withSearch(QStringLiteral("grece")) << adopted << true;
    QTest::newRow("search: French name with accent")
        << QStringLiteral("gr") << withSearch(QStringLiteral("Grèce")) << adopted << true;
    QTest::newRow("search: upper case") << QStringLiteral("gr") << withSearch(QStringLiteral("GRECE")) << adopted
                                        << true;
    QTest::newRow("search: English name")
        << QStringLiteral("gr") << withSearch(QStringLiteral("greece")) << adopted << true;
    QTest::newRow("search: other country") << nl << withSearch(QStringLiteral("grece")) << adopted << false;
    QTest::newRow("search: authority acronym lower case")
        << QStringLiteral("fr") << withSearch(QStringLiteral("cnil")) << adopted << true;
    QTest::newRow("search: accented authority unaccented")
        << QStringLiteral("fr") << withSearch(QStringLiteral("libertes")) << adopted << true;
    QTest::newRow("search: French name in capitals with accent")
        << QStringLiteral("us") << withSearch(QStringLiteral("ÉTATS-UNIS")) << adopted << true;
    QTest::newRow("search: French name, words split")
        << QStringLiteral("us") << withSearch(QStringLiteral("etats unis")) << adopted << true;
    QTest::newRow("search: all words must match")
        << QStringLiteral("fr") << withSearch(QStringLiteral("cnil 2022")) << adopted << true;
    QTest::newRow("search: one word missing")
        << QStringLiteral("fr") << withSearch(QStringLiteral("cnil 2019")) << adopted << false;
    QTest::newRow("search: extra spaces between words")
        << QStringLiteral("fr") << withSearch(QStringLiteral("  cnil    fine ")) << adopted << true;
    QTest::newRow("search: decision type label")
        << QStringLiteral("us") << withSearch(QStringLiteral("settlement")) << adopted << true;
    QTest::newRow("search: reference") << QStringLiteral("fr") << withSearch(QStringLiteral("san-2022-019")) << adopted
                                       << true;
    QTest::newRow("search: source publisher")
        << QStringLiteral("fr") << withSearch(QStringLiteral("law firm")) << adopted << true;
    QTest::newRow("search: facts") << nl << withSearch(QStringLiteral("30 billion")) << adopted << true;
    QTest::newRow("search: announcement date") << nl << withSearch(QStringLiteral("2024-09-03")) << adopted << true;
    QTest::newRow("search: id") << nl << withSearch(QStringLiteral("nl-ap-2024")) << adopted << true;
    QTest::newRow("search: a word only in a French fact")
        << nl << withSearch(QStringLiteral("milliards")) << adopted << true;
    QTest::newRow("search: a French order") << nl << withSearch(QStringLiteral("cesser")) << adopted << true;
    QTest::newRow("search: the French outcome, accents left out")
        << nl << withSearch(QStringLiteral("definitive impayee")) << adopted << true;
    QTest::newRow("search: the French summary in capitals")
        << nl << withSearch(QStringLiteral("NÉERLANDAIS")) << adopted << true;
    QTest::newRow("search: words of both languages")
        << nl << withSearch(QStringLiteral("billion milliards")) << adopted << true;
    QTest::newRow("search: a French word the decision lacks")
        << QStringLiteral("gr") << withSearch(QStringLiteral("milliards")) << adopted << false;
    QTest::newRow("search: nothing like it") << nl << withSearch(QStringLiteral("ordonnance")) << adopted << false;
}

void TestDecisionFilter::matches()
{
    QFETCH(QString, fixture);
    QFETCH(DecisionFilter, filter);
    QFETCH(DateBasis, basis);
    QFETCH(bool, expected);

    QVERIFY(fixtures().contains(fixture));
    const Decision &d = fixtures().value(fixture);
    QCOMPARE(filter.matches(d, basis), expected);
    // Models pass a key computed once per row; it must give the same answer.
    QCOMPARE(filter.matches(d, basis, DecisionFilter::searchKeyFor(d)), expected);
    // The prepared matcher the proxy uses must agree, and ask for the search key only when a search is set.
    const DecisionMatcher matcher(filter, basis);
    int keysAsked = 0;
    QCOMPARE(matcher.matches(d,
                 [&] {
                     ++keysAsked;
                     return DecisionFilter::searchKeyFor(d);
                 }),
        expected);
    QVERIFY(keysAsked <= 1);
    if (filter.search.trimmed().isEmpty())
        QCOMPARE(keysAsked, 0);
}

void TestDecisionFilter::matcher_asksForTheSearchKeyLast()
{
    const Decision &d = fixtures().value(QStringLiteral("gr"));
    DecisionFilter filter = withSearch(QStringLiteral("grece"));
    int keysAsked = 0;
    const auto key = [&] {
        ++keysAsked;
        return DecisionFilter::searchKeyFor(d);
    };
    QVERIFY(DecisionMatcher(filter, DateBasis::Adopted).matches(d, key));
    QCOMPARE(keysAsked, 1);
    // A country that rules the decision out settles it before any text is folded.
    filter.countries = QStringList{QStringLiteral("FR")};
    QVERIFY(!DecisionMatcher(filter, DateBasis::Adopted).matches(d, key));
    QCOMPARE(keysAsked, 1);
    QVERIFY(DecisionMatcher().isEmpty());
    QVERIFY(DecisionMatcher().matches(d, key));
    QCOMPARE(keysAsked, 1);
}

void TestDecisionFilter::isEmpty_onlyForNoCriteria()
{
    QVERIFY(DecisionFilter().isEmpty());
    QVERIFY(withSearch(QStringLiteral("  ")).isEmpty());
    QVERIFY(withTarget(QStringLiteral("\t")).isEmpty());
    QVERIFY(!withSearch(QStringLiteral("cnil")).isEmpty());
    QVERIFY(!withTarget(QStringLiteral("police")).isEmpty());
    QVERIFY(!withDates(QDate(2022, 1, 1), {}).isEmpty());
    QVERIFY(!withDates({}, QDate(2022, 1, 1)).isEmpty());
    DecisionFilter countries;
    countries.countries = { QStringLiteral("FR") };
    QVERIFY(!countries.isEmpty());
    DecisionFilter types;
    types.types = { QStringLiteral("fine") };
    QVERIFY(!types.isEmpty());
}

void TestDecisionFilter::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("grave accent") << QStringLiteral("Grèce") << QStringLiteral("grece");
    QTest::newRow("capital with acute accent") << QStringLiteral("ÉTATS-UNIS") << QStringLiteral("etats-unis");
    QTest::newRow("acronym") << QStringLiteral("CNIL") << QStringLiteral("cnil");
    QTest::newRow("diaeresis and acute") << QStringLiteral("naïve café") << QStringLiteral("naive cafe");
    QTest::newRow("ring and diaeresis") << QStringLiteral("Ångström") << QStringLiteral("angstrom");
    QTest::newRow("cedilla") << QStringLiteral("Français") << QStringLiteral("francais");
    QTest::newRow("oe ligature") << QStringLiteral("cœur") << QStringLiteral("coeur");
    QTest::newRow("capital OE ligature") << QStringLiteral("ŒUVRE") << QStringLiteral("oeuvre");
    QTest::newRow("ae ligature") << QStringLiteral("ex æquo") << QStringLiteral("ex aequo");
    QTest::newRow("capital AE ligature") << QStringLiteral("Æsir") << QStringLiteral("aesir");
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("capital sharp s") << QStringLiteral("STRAẞE") << QStringLiteral("strasse");
    QTest::newRow("fi ligature (compatibility)") << QStringLiteral("ﬁnal") << QStringLiteral("final");
    QTest::newRow("plain ASCII unchanged") << QStringLiteral("san-2022-019") << QStringLiteral("san-2022-019");
    QTest::newRow("empty") << QString() << QString();
    // ASCII takes a shorter path: every character must fold as the general path folds it.
    QString ascii;
    QString asciiFolded;
    for (char16_t u = 0; u < 0x80; ++u) {
        ascii += QChar(u);
        asciiFolded += QChar(u).toCaseFolded();
    }
    QTest::newRow("every ASCII character") << ascii << asciiFolded;
    QTest::newRow("ASCII, then one accent") << QStringLiteral("Fine of EUR 20M - CNIL déc.") << QStringLiteral("fine of eur 20m - cnil dec.");
}

void TestDecisionFilter::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);

    QCOMPARE(TextFolding::fold(text), folded);
}

QTEST_GUILESS_MAIN(TestDecisionFilter)
#include "tst_decisionfilter.moc"
