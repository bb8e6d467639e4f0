// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "decisionvalidator.h"

#include <QTest>

#include <functional>

namespace {

using Mode = DecisionValidator::Mode;
using Change = std::function<void(Decision &)>;

// Ids the database holds in these tests.
const QSet<QString> ExistingIds
    = { QStringLiteral("fr-cnil-2022-fine"), QStringLiteral("nl-ap-2024-fine"), QStringLiteral("Legacy_Import.7") };

// A complete, valid new decision: every test row breaks one rule of it.
Decision validDecision()
{
    Decision d;
    d.id = QStringLiteral("zz-dpa-2025-fine");
    d.country = QStringLiteral("FR");
    d.authority = QStringLiteral("Commission nationale de l'informatique et des libertés");
    d.authorityType = QStringLiteral("data protection authority");
    d.target = QStringLiteral("Clearview AI Inc.");
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = QDate(2025, 3, 4);
    d.announceDate = QDate(2025, 3, 6);
    d.amount = Money { 2000000000, QStringLiteral("EUR") };
    d.amountEur = Money { 2000000000, QStringLiteral("EUR") };
    d.includeInCumulativeFines = true;
    d.relatedTo = QStringList { QStringLiteral("fr-cnil-2022-fine") };
    d.sources = { Source { QStringLiteral("https://www.cnil.fr/fr/example"), QStringLiteral("the fine"), {}, {}, {} } };
    d.facts = QStringList { QStringLiteral("A fact.") };
    d.summary = QStringLiteral("A <b>summary</b> that is only text.");
    return d;
}

Decision changed(const Change &change)
{
    Decision d = validDecision();
    change(d);
    return d;
}

QStringList fieldsOf(const QList<FieldProblem> &problems)
{
    QStringList fields;
    for (const FieldProblem &p : problems)
        fields.append(p.field);
    return fields;
}

QString describe(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines.append(p.field + QLatin1String(": ") + p.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestDecisionValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_acceptsAValidDecision_data();
    void validate_acceptsAValidDecision();
    void validate_acceptsEveryBundledDecisionWhenEditing();
    void validate_refusesEachBrokenRule_data();
    void validate_refusesEachBrokenRule();
    void validate_givesOneProblemPerFieldInFormOrder();
    void parseAmount_readsTypedAmountsExactly_data();
    void parseAmount_readsTypedAmountsExactly();
    void formField_mapsImportFieldsToFormFields_data();
    void formField_mapsImportFieldsToFormFields();
};

void TestDecisionValidator::validate_acceptsAValidDecision_data()
{
    QTest::addColumn<Decision>("decision");
    QTest::addColumn<int>("mode");

    QTest::newRow("new decision") << validDecision() << int(Mode::Add);
    QTest::newRow("announcement date only") << changed([](Decision &d) { d.decisionDate = QDate(); }) << int(Mode::Add);
    QTest::newRow("adoption date only") << changed([](Decision &d) { d.announceDate = QDate(); }) << int(Mode::Add);
    QTest::newRow("no money at all") << changed([](Decision &d) {
        d.amount.reset();
        d.amountEur.reset();
    }) << int(Mode::Add);
    QTest::newRow("amount with cents") << changed([](Decision &d) {
        d.amount = Money { 755280050, QStringLiteral("GBP") };
    }) << int(Mode::Add);
    QTest::newRow("amount of zero") << changed([](Decision &d) {
        d.amount = Money { 0, QStringLiteral("EUR") };
    }) << int(Mode::Add);
    QTest::newRow("http source") << changed([](Decision &d) {
        d.sources[0].url = QStringLiteral("http://example.org/a");
    }) << int(Mode::Add);
    QTest::newRow("source without an address (press)") << changed([](Decision &d) {
        d.sources = { Source {
            {}, QStringLiteral("print"), QStringLiteral("A title"), QStringLiteral("A paper"), QStringLiteral("fr") } };
    }) << int(Mode::Add);
    QTest::newRow("markup and control characters are text")
        << changed([](Decision &d) { d.summary = QStringLiteral("<script>alert(1)</script>\u0007\u202e"); })
        << int(Mode::Add);
    QTest::newRow("editing an existing id")
        << changed([](Decision &d) { d.id = QStringLiteral("nl-ap-2024-fine"); }) << int(Mode::Edit);
    QTest::newRow("editing an imported id that is not a slug")
        << changed([](Decision &d) { d.id = QStringLiteral("Legacy_Import.7"); }) << int(Mode::Edit);
    QTest::newRow("related to a decision in the database")
        << changed([](Decision &d) { d.relatedTo.append(QStringLiteral("nl-ap-2024-fine")); }) << int(Mode::Add);
}

void TestDecisionValidator::validate_acceptsAValidDecision()
{
    QFETCH(Decision, decision);
    QFETCH(int, mode);
    const QList<FieldProblem> problems = DecisionValidator::validate(decision, Mode(mode), ExistingIds);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestDecisionValidator::validate_acceptsEveryBundledDecisionWhenEditing()
{
    QString error;
    const BundledData bundled = BundledData::load(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> ids;
    for (const Decision &d : bundled.decisions)
        ids.insert(d.id);
    for (const Decision &d : bundled.decisions) {
        const QList<FieldProblem> problems = DecisionValidator::validate(d, Mode::Edit, ids);
        QVERIFY2(problems.isEmpty(), qPrintable(d.id + QLatin1String(": ") + describe(problems)));
    }
}

void TestDecisionValidator::validate_refusesEachBrokenRule_data()
{
    QTest::addColumn<Decision>("decision");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const int add = int(Mode::Add);
    // Required fields.
    QTest::newRow("id missing") << changed([](Decision &d) { d.id.clear(); }) << add << QStringLiteral("id")
                                << QStringLiteral("an id is required");
    QTest::newRow("country missing") << changed([](Decision &d) { d.country.clear(); }) << add
                                     << QStringLiteral("country") << QStringLiteral("choose the country");
    QTest::newRow("authority blank") << changed([](Decision &d) { d.authority = QStringLiteral("   "); }) << add
                                     << QStringLiteral("authority") << QStringLiteral("name the authority");
    QTest::newRow("decision type missing") << changed([](Decision &d) { d.decisionType.clear(); }) << add
                                           << QStringLiteral("decision_type") << QStringLiteral("choose the type");
    QTest::newRow("neither date") << changed([](Decision &d) {
        d.decisionDate = QDate();
        d.announceDate = QDate();
    }) << add << QStringLiteral("decision_date")
                                  << QStringLiteral("the date it was adopted, the date it was announced");
    // Ids.
    QTest::newRow("id with capitals") << changed([](Decision &d) { d.id = QStringLiteral("FR-cnil-2025"); }) << add
                                      << QStringLiteral("id") << QStringLiteral("lowercase letters a-z");
    QTest::newRow("id with a space") << changed([](Decision &d) { d.id = QStringLiteral("fr cnil"); }) << add
                                     << QStringLiteral("id") << QStringLiteral("lowercase letters a-z");
    QTest::newRow("id with an accent") << changed([](Decision &d) { d.id = QStringLiteral("fr-décision"); }) << add
                                       << QStringLiteral("id") << QStringLiteral("lowercase letters a-z");
    QTest::newRow("id starting with a dash") << changed([](Decision &d) { d.id = QStringLiteral("-fr"); }) << add
                                             << QStringLiteral("id") << QStringLiteral("lowercase letters a-z");
    QTest::newRow("id longer than 100") << changed([](Decision &d) { d.id = QString(101, QLatin1Char('a')); }) << add
                                        << QStringLiteral("id") << QStringLiteral("at most 100");
    QTest::newRow("id already taken when adding")
        << changed([](Decision &d) { d.id = QStringLiteral("nl-ap-2024-fine"); }) << add << QStringLiteral("id")
        << QStringLiteral("a decision with the id 'nl-ap-2024-fine' already exists");
    QTest::newRow("id unknown when editing") << validDecision() << int(Mode::Edit) << QStringLiteral("id")
                                             << QStringLiteral("no decision with the id 'zz-dpa-2025-fine'");
    // Codes.
    QTest::newRow("unknown country") << changed([](Decision &d) { d.country = QStringLiteral("XX"); }) << add
                                     << QStringLiteral("country") << QStringLiteral("unknown country code 'XX'");
    QTest::newRow("lower-case country") << changed([](Decision &d) { d.country = QStringLiteral("fr"); }) << add
                                        << QStringLiteral("country") << QStringLiteral("codes are upper case: 'FR'");
    QTest::newRow("unknown decision type")
        << changed([](Decision &d) { d.decisionType = QStringLiteral("warning"); }) << add
        << QStringLiteral("decision_type") << QStringLiteral("unknown decision type 'warning'");
    // Dates.
    QTest::newRow("adoption before 1900")
        << changed([](Decision &d) { d.decisionDate = QDate(1850, 1, 1); }) << add << QStringLiteral("decision_date")
        << QStringLiteral("1850-01-01 is not a plausible date");
    QTest::newRow("announcement after 2100")
        << changed([](Decision &d) { d.announceDate = QDate(2150, 1, 1); }) << add << QStringLiteral("announce_date")
        << QStringLiteral("2150-01-01 is not a plausible date");
    // Money.
    QTest::newRow("negative amount") << changed([](Decision &d) {
        d.amount = Money { -100, QStringLiteral("EUR") };
    }) << add << QStringLiteral("amount")
                                     << QStringLiteral("must not be negative");
    QTest::newRow("amount without currency") << changed([](Decision &d) {
        d.amount = Money { 100, QString() };
    }) << add << QStringLiteral("currency") << QStringLiteral("an amount needs a currency");
    QTest::newRow("unknown currency") << changed([](Decision &d) {
        d.amount = Money { 100, QStringLiteral("XYZ") };
    }) << add << QStringLiteral("currency")
                                      << QStringLiteral("unknown currency 'XYZ'");
    QTest::newRow("amount too precise to keep") << changed([](Decision &d) {
        d.amount = Money { 123456789012345678, QStringLiteral("EUR") };
    }) << add << QStringLiteral("amount") << QStringLiteral("too many significant digits");
    QTest::newRow("negative euro equivalent") << changed([](Decision &d) {
        d.amountEur = Money { -1, QStringLiteral("EUR") };
    }) << add << QStringLiteral("amount_eur") << QStringLiteral("must not be negative");
    QTest::newRow("euro equivalent in another currency") << changed([](Decision &d) {
        d.amountEur = Money { 100, QStringLiteral("GBP") };
    }) << add << QStringLiteral("amount_eur") << QStringLiteral("must be in EUR");
    // Links.
    QTest::newRow("ftp source") << changed(
        [](Decision &d) { d.sources[0].url = QStringLiteral("ftp://example.org/a"); })
                                << add << QStringLiteral("sources") << QStringLiteral("not an http or https link");
    QTest::newRow("script source") << changed(
        [](Decision &d) { d.sources[0].url = QStringLiteral("javascript:alert(1)"); })
                                   << add << QStringLiteral("sources") << QStringLiteral("not an http or https link");
    QTest::newRow("source that is not a link")
        << changed([](Decision &d) { d.sources[0].url = QStringLiteral("Le Monde, page 3"); }) << add
        << QStringLiteral("sources") << QStringLiteral("not an http or https link");
    // Relations.
    QTest::newRow("related to an unknown id")
        << changed([](Decision &d) { d.relatedTo.append(QStringLiteral("xx-nowhere")); }) << add
        << QStringLiteral("related_to") << QStringLiteral("unknown decision id(s) 'xx-nowhere'");
    QTest::newRow("related to itself") << changed([](Decision &d) { d.relatedTo = QStringList { d.id }; }) << add
                                       << QStringLiteral("related_to") << QStringLiteral("cannot be related to itself");
    QTest::newRow("status change by an unknown id") << changed([](Decision &d) {
        d.statusChanges = { StatusChange {
            QDate(2025, 5, 1), QStringLiteral("annulled"), false, QStringLiteral("xx-nowhere"), {} } };
    }) << add << QStringLiteral("status_changes") << QStringLiteral("unknown decision id 'xx-nowhere'");
    // Text.
    QTest::newRow("NUL character in a text")
        << changed([](Decision &d) { d.summary = QStringLiteral("before") + QChar(0) + QStringLiteral("after"); })
        << add << QStringLiteral("summary") << QStringLiteral("contains a NUL character");
    QTest::newRow("unpaired surrogate in a fact")
        << changed([](Decision &d) { d.facts = QStringList { QString(QChar(0xd800)) }; }) << add
        << QStringLiteral("facts") << QStringLiteral("unpaired UTF-16 surrogate");
    // French texts: a form that changes the English facts of a translated decision is told the French no longer fit.
    QTest::newRow("a fact more than its French texts") << changed([](Decision &d) {
        d.facts = QStringList { QStringLiteral("one"), QStringLiteral("two") };
        d.factsFr = QStringList { QStringLiteral("un") };
    }) << add << QStringLiteral("facts_fr") << QStringLiteral("1 French text(s), but facts has 2");
    QTest::newRow("French orders of a decision without orders") << changed([](Decision &d) {
        d.orders.clear();
        d.ordersFr = QStringList { QStringLiteral("cesser") };
    }) << add << QStringLiteral("orders_fr") << QStringLiteral("1 French text(s), but orders has 0");
}

void TestDecisionValidator::validate_refusesEachBrokenRule()
{
    QFETCH(Decision, decision);
    QFETCH(int, mode);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const QList<FieldProblem> problems = DecisionValidator::validate(decision, Mode(mode), ExistingIds);
    QCOMPARE(fieldsOf(problems), QStringList { field });
    QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
}

void TestDecisionValidator::validate_givesOneProblemPerFieldInFormOrder()
{
    Decision d = validDecision();
    d.summary = QStringLiteral("a") + QChar(0);
    d.sources[0].url = QStringLiteral("ftp://x");
    d.sources.append(Source { QStringLiteral("file:///etc/passwd"), {}, {}, {}, {} });
    d.amount = Money { -5, QStringLiteral("EUR") };
    d.country = QStringLiteral("XX");
    d.id = QStringLiteral("Not A Slug");
    d.decisionDate = QDate();
    d.announceDate = QDate();

    const QList<FieldProblem> problems = DecisionValidator::validate(d, Mode::Add, ExistingIds);
    QCOMPARE(fieldsOf(problems),
        (QStringList { QStringLiteral("id"), QStringLiteral("country"), QStringLiteral("decision_date"),
            QStringLiteral("amount"), QStringLiteral("sources"), QStringLiteral("summary") }));
    // The form's own wording wins over the file check's for the same field.
    QVERIFY(problems.at(2).message.contains(QLatin1String("the date it was adopted")));
}

void TestDecisionValidator::parseAmount_readsTypedAmountsExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("problemField");
    QTest::addColumn<QString>("problem");

    QTest::newRow("whole pounds") << QStringLiteral("7552800") << QStringLiteral("GBP") << qint64(755280000)
                                  << QString() << QString();
    QTest::newRow("cents, surrounding spaces")
        << QStringLiteral(" 12.5 ") << QStringLiteral("EUR") << qint64(1250) << QString() << QString();
    QTest::newRow("yen have no decimals")
        << QStringLiteral("1000") << QStringLiteral("JPY") << qint64(1000) << QString() << QString();
    QTest::newRow("largest that fits") << QStringLiteral("92233720368547758") << QStringLiteral("EUR")
                                       << qint64(9223372036854775800) << QString() << QString();
    QTest::newRow("empty is no amount") << QString() << QString() << qint64(-1) << QString() << QString();
    QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("EUR") << qint64(-1) << QStringLiteral("amount")
                              << QStringLiteral("must not be negative");
    QTest::newRow("too many decimals") << QStringLiteral("12.345") << QStringLiteral("EUR") << qint64(-1)
                                       << QStringLiteral("amount") << QStringLiteral("more decimals than EUR");
    QTest::newRow("thousands separators") << QStringLiteral("7,552,800") << QStringLiteral("GBP") << qint64(-1)
                                          << QStringLiteral("amount") << QStringLiteral("not a plain number");
    QTest::newRow("exponent") << QStringLiteral("1e6") << QStringLiteral("EUR") << qint64(-1)
                              << QStringLiteral("amount") << QStringLiteral("not a plain number");
    QTest::newRow("does not fit in 64 bits")
        << QStringLiteral("92233720368547759") << QStringLiteral("EUR") << qint64(-1) << QStringLiteral("amount")
        << QStringLiteral("does not fit exactly in 64-bit minor units");
    QTest::newRow("no currency") << QStringLiteral("100") << QString() << qint64(-1) << QStringLiteral("currency")
                                 << QStringLiteral("an amount needs a currency");
    QTest::newRow("unknown currency") << QStringLiteral("100") << QStringLiteral("XYZ") << qint64(-1)
                                      << QStringLiteral("currency") << QStringLiteral("unknown currency 'XYZ'");
}

void TestDecisionValidator::parseAmount_readsTypedAmountsExactly()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, problemField);
    QFETCH(QString, problem);

    QList<FieldProblem> problems;
    const std::optional<Money> money
        = DecisionValidator::parseAmount(text, currency, QStringLiteral("amount"), &problems);
    if (minor >= 0) {
        QVERIFY(money.has_value());
        QCOMPARE(money->minor, minor);
        QCOMPARE(money->currency, currency);
    } else {
        QVERIFY(!money.has_value());
    }
    if (problemField.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    } else {
        QCOMPARE(fieldsOf(problems), QStringList { problemField });
        QVERIFY2(problems.first().message.contains(problem), qPrintable(problems.first().message));
    }
}

void TestDecisionValidator::formField_mapsImportFieldsToFormFields_data()
{
    QTest::addColumn<QString>("importField");
    QTest::addColumn<QString>("formField");

    QTest::newRow("plain field") << QStringLiteral("country") << QStringLiteral("country");
    QTest::newRow("indexed list item") << QStringLiteral("related_to[2]") << QStringLiteral("related_to");
    QTest::newRow("indexed object field") << QStringLiteral("sources[0].url") << QStringLiteral("sources");
    QTest::newRow("nested object field") << QStringLiteral("legal_basis.law") << QStringLiteral("legal_basis");
    QTest::newRow("whole file") << QStringLiteral("file") << QStringLiteral("decision");
    QTest::newRow("empty") << QString() << QStringLiteral("decision");
}

void TestDecisionValidator::formField_mapsImportFieldsToFormFields()
{
    QFETCH(QString, importField);
    QFETCH(QString, formField);
    QCOMPARE(DecisionValidator::formField(importField), formField);
}

QTEST_GUILESS_MAIN(TestDecisionValidator)
#include "tst_decisionvalidator.moc"
