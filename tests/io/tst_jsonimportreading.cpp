// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionjson.h"
#include "importreader.h"
#include "importvalidator.h"
#include "syntheticdecisions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// An import reads each element of a JSON file through JsonTape where it can, and through QJsonDocument, as it always
// did, where the tape refuses it. Whatever the file, the reading must be the one QJsonDocument alone gives: the same
// decisions (every text to its nullness), the same problems (message, field, line, in the same order, the same
// count beyond those listed) and the same format. Each row is a whole file read both ways.
class TestJsonImportReading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_givesWhatQJsonDocumentGives_data();
    void read_givesWhatQJsonDocumentGives();
};

namespace {

const QSet<QString> StoredIds = { QStringLiteral("fr-cnil-2022-fine") };

ImportBatch readFile(const QByteArray &bytes, ImportValidator::JsonReading reading)
{
    return ImportValidator::validate(QStringLiteral("decisions.json"), bytes, StoredIds, reading);
}

void addText(QStringList *out, const QString &name, const QString &text)
{
    out->append(name + (text.isNull() ? QStringLiteral(" (null)") : QLatin1String(": ") + text));
}

// Every text of a decision, with whether it is null: operator== takes a null text for an empty one.
QStringList textsOf(const Decision &d)
{
    QStringList out;
    for (const auto &[name, text] : { std::pair { "id", &d.id }, { "country", &d.country },
             { "jurisdiction", &d.jurisdictionName }, { "authority", &d.authority }, { "type", &d.authorityType },
             { "target", &d.target }, { "decision_type", &d.decisionType }, { "date_notes", &d.dateNotes },
             { "fx", &d.fxRateUsed }, { "amount_notes", &d.amountNotes }, { "starts", &d.periodicPenalty.starts },
             { "instrument", &d.periodicPenalty.instrument }, { "liquidated", &d.periodicPenalty.liquidatedIn },
             { "law", &d.legalBasis.law }, { "legal_notes", &d.legalBasis.notes }, { "outcome", &d.outcome },
             { "outcome_fr", &d.outcomeFr }, { "status", &d.status }, { "reference", &d.reference },
             { "confidence", &d.confidence }, { "summary", &d.summary }, { "summary_fr", &d.summaryFr } })
        addText(&out, QLatin1String(name), *text);
    for (const auto &[name, list] : { std::pair { "provisions", &d.legalBasis.provisionsViolated },
             { "orders", &d.orders }, { "orders_fr", &d.ordersFr }, { "related", &d.relatedTo }, { "facts", &d.facts },
             { "facts_fr", &d.factsFr }, { "low", &d.lowConfidenceDetails } }) {
        for (const QString &text : *list)
            addText(&out, QLatin1String(name), text);
    }
    for (const StatusChange &c : d.statusChanges) {
        addText(&out, QStringLiteral("change status"), c.status);
        addText(&out, QStringLiteral("change by"), c.byDecisionId);
        addText(&out, QStringLiteral("change note"), c.note);
    }
    for (const Source &s : d.sources) {
        for (const QString *text : { &s.url, &s.confirms, &s.title, &s.publisher, &s.language })
            addText(&out, QStringLiteral("source"), *text);
    }
    return out;
}

QStringList errorLines(const ImportBatch &batch)
{
    QStringList lines = ImportValidator::errorLines(QStringLiteral("decisions.json"), batch);
    lines.append(QStringLiteral("dropped: %1").arg(batch.droppedErrors));
    return lines;
}

QByteArray document(const QList<QByteArray> &elements)
{
    return "[\n" + elements.join(",\n") + "\n]\n";
}

// A decision with every required field, and `extra` members after them.
QByteArray decision(const QByteArray &id, const QByteArray &extra = {})
{
    return "  {\"id\": \"" + id + "\", \"country\": \"FR\", \"authority\": \"CNIL\", \"decision_type\": \"fine\",\n"
           "   \"decision_date\": \"2022-10-17\"" + (extra.isEmpty() ? QByteArray() : ",\n   " + extra) + "}";
}

// A decision with an amount of `amount` (as written) in `currency`.
QByteArray amount(const QByteArray &id, const QByteArray &amount, const QByteArray &currency = "EUR")
{
    return decision(id, "\"amount\": " + amount + ", \"currency\": \"" + currency + "\"");
}

QByteArray bundledData()
{
    QFile file(QStringLiteral(":/data/clearview-cases.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Synthetic decisions with texts that test a reader: non-ASCII, emoji, every escape, control characters, empty and
// missing texts, as caseline exports them (QJsonDocument's escapes).
QByteArray strangeTexts()
{
    QList<Decision> decisions = SyntheticDecisions::generate(40, 7);
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        Decision &d = decisions[i];
        d.summary = QStringLiteral("D\u00e9cision n\u00b0%1 \u20ac \U0001F600 \"quoted\" back\\slash /slash\nline\ttab\r").arg(i);
        d.outcome = QString(QChar(0x01)) + QStringLiteral("control\u0008\u000c") + QChar(0x1f);
        d.target = i % 2 ? QString() : QStringLiteral("\u65e5\u672c\u8a9e \u0627\u0644\u0639\u0631\u0628\u064a\u0629");
        d.facts.append(QStringLiteral("Fran\u00e7ais : \u00ab guillemets \u00bb \u2014 tiret"));
        d.dateNotes = QString(i % 3, QLatin1Char(' '));
    }
    return DecisionJson::toDocument(decisions);
}

} // namespace

void TestJsonImportReading::read_givesWhatQJsonDocumentGives_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // Whether the file imports: the comparison means something only if the rows are what they say, the bad files
    // refused through the problems the comparison compares.
    QTest::addColumn<bool>("good");
    const auto good = [](const char *name, const QByteArray &bytes) { QTest::newRow(name) << bytes << true; };
    const auto bad = [](const char *name, const QByteArray &bytes) { QTest::newRow(name) << bytes << false; };

    // Files as they come.
    good("the bundled data", bundledData());
    good("synthetic decisions as caseline exports them", DecisionJson::toDocument(SyntheticDecisions::generate(300)));
    good("synthetic decisions on one line",
        QJsonDocument::fromJson(DecisionJson::toDocument(SyntheticDecisions::generate(50, 3))).toJson(QJsonDocument::Compact));
    good("texts with non-ASCII, emoji, escapes and control characters", strangeTexts());
    good("escapes QJsonDocument does not write",
        document({ decision("esc-1", "\"summary\": \"\\u00e9t\\u00E9 \\ud83d\\ude00 \\/ \\\" \\\\ \\b\\f\\n\\r\\t\""),
            decision("esc-2", "\"summary\": \"raw\ttab and raw\nline break\"") }));
    good("a byte order mark", "\xEF\xBB\xBF" + document({ decision("bom-1") }));
    good("keys in any order", "[{\"decision_date\": \"2022-10-17\", \"summary\": \"s\", \"id\": \"ord-1\", "
                              "\"decision_type\": \"fine\", \"authority\": \"CNIL\", \"country\": \"FR\"}]");
    // Amounts: exact decimals, whole numbers written every way, the currencies' minor units.
    good("amounts as integers and exact decimals",
        document({ amount("a-1", "20000000"), amount("a-2", "1234.56"), amount("a-3", "0.01"), amount("a-4", "0"),
            amount("a-5", "1.234", "BHD"), amount("a-6", "125000000", "JPY"), amount("a-7", "9007199254740993"),
            decision("a-8", "\"amount_eur\": 1500000.5"),
            decision("a-9", "\"periodic_penalty\": {\"amount_per_day\": 100000, \"max_total\": 5100000.25, "
                            "\"currency\": \"EUR\", \"starts\": \"2023-01-01\"}") }));
    good("whole amounts written as decimals",
        document({ amount("w-1", "1.0"), amount("w-2", "1.50"), amount("w-3", "-0"), amount("w-4", "7552800.000") }));
    // QJsonDocument reads an escape JSON does not have as its letter; so has every import.
    good("an escape JSON does not have", document({ decision("x-1", "\"summary\": \"\\x41 \\q\"") }));
    good("nulls and missing optional fields",
        document({ decision("n-1"), decision("n-2", "\"amount\": null, \"currency\": null, \"announce_date\": null, "
                                                    "\"legal_basis\": null, \"sources\": null, \"orders\": null, "
                                                    "\"status_changes\": null, \"periodic_penalty\": null, \"summary\": null"),
            "  {\"id\": \"n-3\", \"country\": \"FR\", \"authority\": \"CNIL\", \"decision_type\": \"fine\", "
            "\"announce_date\": \"2022-01-02\"}",
            "  {\"id\": \"n-4\", \"country\": \"FR\", \"authority\": \"CNIL\", \"decision_type\": \"fine\", "
            "\"timeline_date\": \"2021-05-06\"}",
            decision("n-5", "\"legal_basis\": {}, \"sources\": [], \"facts\": [], \"status_changes\": []"),
            decision("n-6", "\"related_to\": [\"fr-cnil-2022-fine\"], \"status_changes\": [{\"date\": \"2023-01-01\", "
                            "\"status\": \"annulled\", \"standing\": false, \"by\": \"n-5\"}]") }));

    // Amounts a double cannot keep, or no currency can.
    bad("amounts that are not exact or not allowed",
        document({ amount("b-1", "0.001"), amount("b-2", "12345678901234567890"), amount("b-3", "-5"),
            amount("b-4", "1.5", "JPY"), amount("b-5", "9007199254740993.5"), amount("b-6", "1e-7"),
            amount("b-7", "12", "XXZ"), decision("b-8", "\"amount\": 12"), amount("b-9", "1e20"),
            decision("b-10", "\"periodic_penalty\": {\"max_total\": 0.001, \"currency\": \"EUR\"}") }));
    bad("amounts with exponents", document({ amount("x-1", "1e3"), amount("x-2", "2.5E+2"), amount("x-3", "12.50e1") }));
    // Wrong types, in every field that has one.
    bad("wrong types",
        document({ "  {\"id\": 12, \"country\": [\"FR\"], \"authority\": {}, \"decision_type\": true, \"decision_date\": 20221017}",
            decision("t-2", "\"facts\": \"one fact\", \"orders\": [1, \"two\", null], \"amount_is_maximum\": \"yes\""),
            decision("t-3", "\"sources\": {\"url\": \"https://a.example\"}, \"legal_basis\": \"GDPR\""),
            decision("t-4", "\"sources\": [\"https://a.example\", {\"url\": 5}], \"status_changes\": {}"),
            decision("t-5", "\"status_changes\": [\"annulled\", {\"date\": \"2023-01-01\", \"status\": \"x\", \"standing\": \"yes\"}]"),
            decision("t-6", "\"timeline_date\": 2022, \"periodic_penalty\": [1], \"amount\": \"12\", \"currency\": \"EUR\""),
            decision("t-7", "\"decision_date\": \"2022-02-30\", \"announce_date\": \"17/10/2022\", \"timeline_date\": \"x\""),
            decision("t-8", "\"include_in_cumulative_fines\": 1, \"summary\": [\"a\"], \"legal_basis\": {\"law\": 1, "
                            "\"provisions_violated\": \"art. 6\"}") }));
    bad("missing and empty required fields",
        document({ "  {\"country\": \"FR\", \"authority\": \"CNIL\"}", "  {\"id\": \" \", \"country\": \"\", "
                                                                      "\"authority\": \"A\", \"decision_type\": \"fine\"}" }));
    bad("unknown fields, at the top and inside",
        document({ decision("u-1", "\"zeta\": 1, \"alpha\": 2, \"Amount\": 3"),
            decision("u-2", "\"legal_basis\": {\"law\": \"GDPR\", \"article\": \"6\"}, \"periodic_penalty\": {\"per_week\": 1}"),
            decision("u-3", "\"sources\": [{\"url\": \"https://a.example\", \"when\": \"2020\"}], "
                            "\"status_changes\": [{\"date\": \"2023-01-01\", \"status\": \"x\", \"why\": \"y\"}]") }));
    bad("repeated keys, at the top and inside",
        document({ decision("r-1", "\"id\": \"r-1b\", \"summary\": \"a\", \"summary\": 5"),
            decision("r-2", "\"legal_basis\": {\"law\": \"a\", \"law\": \"b\"}"),
            decision("r-3", "\"amount\": 1, \"currency\": \"EUR\", \"amount\": \"x\"") }));
    bad("keys written with escapes or in other scripts",
        document({ decision("k-1", "\"am\\u006funt\": 12, \"currency\": \"EUR\""), decision("k-2", "\"cl\xC3\xA9\": 1"),
            decision("k-3", "\"sum\\u006dary\": \"escaped key, known field\"") }));
    bad("unknown currencies, ids, countries, types and links",
        document({ decision("bad id!", "\"currency\": \"ZZZ\""), decision("v-2", "\"country\": \"fr\", \"decision_type\": \"fines\""),
            decision("v-3", "\"sources\": [{\"url\": \"ftp://a.example\"}], \"related_to\": [\"nowhere\", \"v-3\"]"),
            decision("v-4", "\"decision_date\": \"1850-01-01\""), decision("v-2") }));
    bad("texts too long for their fields",
        document({ decision("h-1", "\"summary\": \"" + QByteArray(70000, 'x') + "\""),
            decision(QByteArray(1500, 'i'), "\"target\": \"" + QByteArray(5000, 't') + "\""),
            decision("h-3", "\"facts\": [\"" + QByteArray(70000, 'f') + "\"]") }));
    bad("NUL and unpaired surrogates in texts",
        document({ decision("z-1", "\"summary\": \"a\\u0000b\""), decision("z-2", "\"summary\": \"x\\udc00\""),
            decision("z-3", "\"facts\": [\"ok\", \"\\ud83d\"]") }));
    bad("French lists of another length",
        document({ decision("f-1", "\"orders\": [\"a\", \"b\"], \"orders_fr\": [\"a\"]") }));
    bad("elements that are not objects",
        document({ decision("e-1"), "12", "\"text\"", "[1, 2]", "null", decision("e-2") }));
    bad("a syntax error in the second decision",
        document({ decision("s-1"), decision("s-2", "\"summary\" \"no colon\""), decision("s-3") }));
    bad("a trailing comma inside a decision", document({ decision("s-4", "\"summary\": \"x\",") }));
    bad("a misspelt literal", document({ decision("s-5", "\"amount_is_maximum\": tru") }));
    bad("a number JSON does not have", document({ decision("s-7", "\"amount\": 1., \"currency\": \"EUR\""),
                                           decision("s-8", "\"amount\": .5, \"currency\": \"EUR\"") }));
    bad("a number out of a double's range", document({ decision("s-9", "\"amount\": 1e400, \"currency\": \"EUR\"") }));
    bad("invalid UTF-8 in a text", document({ decision("s-10", "\"summary\": \"caf\xC3\"") }));
    bad("a decision never closed", "[\n" + decision("s-11").chopped(1) + ",\n" + decision("s-12"));
    bad("nested deeper than allowed", document({ decision("d-1", "\"legal_basis\": {\"law\": [[[[[\"x\"]]]]]}") }));
    bad("nested to the limit", document({ decision("d-2", "\"sources\": [{\"url\": [[\"x\"]]}]") }));
    bad("an object instead of an array", decision("o-1"));
    bad("more problems than are listed", [] {
        QList<QByteArray> many;
        for (int i = 0; i < 1100; ++i)
            many.append(decision("m-" + QByteArray::number(i), "\"unknown\": " + QByteArray::number(i)));
        return document(many);
    }());
}

void TestJsonImportReading::read_givesWhatQJsonDocumentGives()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, good);
    const ImportBatch reference = readFile(bytes, ImportValidator::JsonReading::QJsonDocumentOnly);
    const ImportBatch read = readFile(bytes, ImportValidator::JsonReading::Tape);
    QVERIFY2(read.isValid() == good, qPrintable(errorLines(read).join(QLatin1Char('\n'))));
    QCOMPARE(int(read.format), int(reference.format));
    QCOMPARE(errorLines(read), errorLines(reference));
    QCOMPARE(read.decisions.size(), reference.decisions.size());
    for (qsizetype i = 0; i < read.decisions.size(); ++i) {
        const ImportedDecision &a = read.decisions.at(i);
        const ImportedDecision &b = reference.decisions.at(i);
        QCOMPARE(a.line, b.line);
        QVERIFY2(a.decision == b.decision, qPrintable(b.decision.id));
        QCOMPARE(textsOf(a.decision), textsOf(b.decision));
        QCOMPARE(a.columns, b.columns);
    }
}

QTEST_GUILESS_MAIN(TestJsonImportReading)
#include "tst_jsonimportreading.moc"
