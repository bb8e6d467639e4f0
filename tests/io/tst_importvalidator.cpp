// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisiontype.h"
#include "importvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

namespace {

const QByteArray Header = "id,country,authority,decision_type,decision_date,amount,currency,source_urls,related_to,"
                          "summary\n";
const QByteArray GoodRow = "ok-1,FR,CNIL,fine,2022-10-17,20000000,EUR,https://cnil.fr/x,,fine\n";

// Ids the database holds in these tests.
const QSet<QString> ExistingIds = { QStringLiteral("fr-cnil-2022-fine"), QStringLiteral("nl-ap-2024-fine") };

QByteArray jsonDecision(const QByteArray &extra)
{
    return "{\"id\": \"j-1\", \"country\": \"FR\", \"authority\": \"CNIL\", \"decision_type\": \"fine\", "
           "\"decision_date\": \"2022-10-17\""
        + (extra.isEmpty() ? QByteArray() : ", " + extra) + "}";
}

QString decisionTypes()
{
    return DecisionType::all().join(QLatin1String(", "));
}

} // namespace

class TestImportValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_refusesBadInput_data();
    void validate_refusesBadInput();
    void validate_acceptsGoodInput_data();
    void validate_acceptsGoodInput();
    void validate_frenchListsMatchTheirEnglishTwins_data();
    void validate_frenchListsMatchTheirEnglishTwins();
    void validate_reportsAllErrorsAtOnceSortedByLine();
    void validate_reportsEveryRecordsErrors_howeverTheJsonIsFormatted_data();
    void validate_reportsEveryRecordsErrors_howeverTheJsonIsFormatted();
    void validate_countsErrorsBeyondTheLimit();
    void validate_staysFastOnHugeValues();
    void validate_keepsControlCharactersAsText();
    void validate_errorMessagesNeverCarryControlCharacters();
    void validate_reportsJsonSyntaxAsQJsonDocumentDoes_data();
    void validate_reportsJsonSyntaxAsQJsonDocumentDoes();
    void formatOf_usesSuffixThenContent_data();
    void formatOf_usesSuffixThenContent();
};

void TestImportValidator::validate_refusesBadInput_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("errors");

    const auto csv = [](const QByteArray &row) -> QByteArray { return Header + GoodRow + row; };
    const QString c = QStringLiteral("bad.csv");
    const QString j = QStringLiteral("bad.json");

    // Files as a whole.
    QTest::newRow("empty file") << c << QByteArray()
                                << QStringList { QStringLiteral("bad.csv:1: file: the file is empty") };
    QTest::newRow("only white space and a byte order mark")
        << j << QByteArray("\xEF\xBB\xBF \n\t\r\n")
        << QStringList { QStringLiteral("bad.json:1: file: the file is empty") };
    QTest::newRow("binary file (NUL bytes)")
        << c << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
        << QStringList { QStringLiteral("bad.csv:3: file: contains NUL bytes: a binary or UTF-16 file is neither CSV "
                                        "nor JSON (save it as UTF-8 text)") };
    QTest::newRow("UTF-16 text") << j << QByteArray("[\0{\0", 4)
                                 << QStringList { QStringLiteral(
                                        "bad.json:1: file: contains NUL bytes: a binary or "
                                        "UTF-16 file is neither CSV nor JSON (save it as UTF-8 "
                                        "text)") };
    QTest::newRow("neither CSV nor JSON")
        << QStringLiteral("notes.txt") << QByteArray("Dear diary\nno commas here\n")
        << QStringList { QStringLiteral("notes.txt:1: file: neither CSV (a header row "
                                        "of comma-separated column names) nor JSON (an "
                                        "array of decisions)") };
    QTest::newRow("Latin-1 instead of UTF-8, lines 3 and 4")
        << c << csv("x-1,FR,Autorit\xe9,fine,2022-01-01,,,,,\nx-2,FR,A,fine,2022-01-01,,,,,caf\xe9\n")
        << QStringList { QStringLiteral("bad.csv:3: file: not valid UTF-8 text: save the file as UTF-8"),
               QStringLiteral("bad.csv:4: file: not valid UTF-8 text: save the file as UTF-8") };
    QTest::newRow("truncated UTF-8 sequence at the end")
        << c << csv("x-1,FR,A,fine,2022-01-01,,,,,\xc3")
        << QStringList { QStringLiteral("bad.csv:3: file: not valid UTF-8 text: save the file as UTF-8") };
    QTest::newRow("UTF-8 encoded surrogate")
        << c << csv("x-1,FR,A,fine,2022-01-01,,,,,\xed\xa0\x80\n")
        << QStringList { QStringLiteral("bad.csv:3: file: not valid UTF-8 text: save the file as UTF-8") };
    QTest::newRow("CSV with a header only")
        << c << Header << QStringList { QStringLiteral("bad.csv:1: file: the file holds no decisions") };
    QTest::newRow("JSON empty array") << j << QByteArray("[ ]")
                                      << QStringList { QStringLiteral(
                                             "bad.json:1: file: the file holds no decisions") };

    // CSV syntax and header.
    QTest::newRow("unterminated quote") << c << csv("x-1,FR,A,fine,2022-01-01,,,,,\"never closed\nstill open\n")
                                        << QStringList { QStringLiteral(
                                               "bad.csv:3: row: the quoted field that starts on "
                                               "this line is never closed") };
    QTest::newRow("missing required column")
        << c << QByteArray("id,country,decision_type,decision_date\nx,FR,fine,2022-01-01\n")
        << QStringList { QStringLiteral("bad.csv:1: header: missing required column 'authority'") };
    QTest::newRow("row with too many fields")
        << c << csv("x-1,FR,A,fine,2022-01-01,,,,,one,two\n")
        << QStringList { QStringLiteral("bad.csv:3: row: 11 fields, but the header has 10 (a text with a comma must be "
                                        "in double quotes)") };

    // Fields, in CSV.
    QTest::newRow("impossible date") << c << csv("x-1,FR,A,fine,2023-02-30,,,,,\n")
                                     << QStringList { QStringLiteral("bad.csv:3: decision_date: '2023-02-30' is not a "
                                                                     "date that exists") };
    QTest::newRow("implausible year") << c << csv("x-1,FR,A,fine,1850-01-01,,,,,\n")
                                      << QStringList { QStringLiteral("bad.csv:3: decision_date: 1850-01-01 is not a "
                                                                      "plausible date for a decision (years 1900 to "
                                                                      "2100)") };
    QTest::newRow("unknown country") << c << csv("x-1,XX,A,fine,2022-01-01,,,,,\n")
                                     << QStringList { QStringLiteral(
                                            "bad.csv:3: country: unknown country code 'XX' (use "
                                            "ISO 3166-1 alpha-2, e.g. FR)") };
    QTest::newRow("lower-case country") << c << csv("x-1,fr,A,fine,2022-01-01,,,,,\n")
                                        << QStringList { QStringLiteral("bad.csv:3: country: unknown country code 'fr' "
                                                                        "(codes are upper case: 'FR')") };
    QTest::newRow("unknown decision type")
        << c << csv("x-1,FR,A,penalty,2022-01-01,,,,,\n")
        << QStringList { QStringLiteral("bad.csv:3: decision_type: unknown decision type 'penalty' (one of ")
               + decisionTypes() + QLatin1Char(')') };
    QTest::newRow("negative amount") << c << csv("x-1,FR,A,fine,2022-01-01,-100,EUR,,,\n")
                                     << QStringList { QStringLiteral("bad.csv:3: amount: '-100' is negative: amounts "
                                                                     "must not be negative") };
    QTest::newRow("absurd amount") << c << csv("x-1,FR,A,fine,2022-01-01,92233720368547758.08,EUR,,,\n")
                                   << QStringList { QStringLiteral("bad.csv:3: amount: '92233720368547758.08' is too "
                                                                   "large: it does not fit exactly in 64-bit minor "
                                                                   "units") };
    QTest::newRow("unknown currency") << c << csv("x-1,FR,A,fine,2022-01-01,100,ZZZ,,,\n")
                                      << QStringList { QStringLiteral("bad.csv:3: currency: unknown currency 'ZZZ'") };
    QTest::newRow("missing required field")
        << c << csv("x-1,FR,,fine,2022-01-01,,,,,\n")
        << QStringList { QStringLiteral("bad.csv:3: authority: missing required field") };
    QTest::newRow("unusable id") << c << csv("x 1/2,FR,A,fine,2022-01-01,,,,,\n")
                                 << QStringList { QStringLiteral(
                                        "bad.csv:3: id: 'x 1/2' is not a usable id: use at most "
                                        "100 letters, digits, '-', '_', '.' or ':', starting "
                                        "with a letter or digit") };
    QTest::newRow("duplicate id") << c << csv("ok-1,FR,A,fine,2022-01-01,,,,,\n")
                                  << QStringList { QStringLiteral(
                                         "bad.csv:3: id: duplicate id 'ok-1' (first on line 2)") };
    QTest::newRow("relation to an unknown id")
        << c << csv("x-1,FR,A,fine,2022-01-01,,,,ok-1;gone;fr-cnil-2022-fine;also-gone,\n")
        << QStringList { QStringLiteral("bad.csv:3: related_to: unknown decision id(s) 'gone', 'also-gone': neither in "
                                        "this file nor in the database") };
    QTest::newRow("relation to itself") << c << csv("x-1,FR,A,fine,2022-01-01,,,,x-1,\n")
                                        << QStringList { QStringLiteral("bad.csv:3: related_to: a decision cannot be "
                                                                        "related to itself") };
    for (const char *link : { "javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>",
             "ftp://example.org/x", "mailto:a@example.org", "https://", "//example.org/x", "www.example.org" }) {
        QTest::addRow("source link %s", link)
            << c << csv(QByteArray("x-1,FR,A,fine,2022-01-01,,,\"") + link + "\",,\n")
            << QStringList { QStringLiteral("bad.csv:3: source_urls: '%1' is not an http or https link")
                                 .arg(QString::fromUtf8(link)) };
    }

    // JSON.
    QTest::newRow("JSON nested too deep")
        << j << QByteArray("[\n") + jsonDecision("\"legal_basis\": {\"notes\": [[[\n[[1]]]]]}") + "\n]"
        << QStringList { QStringLiteral("bad.json:3: file: nested deeper than 6 levels; a decision needs at most 4") };
    QTest::newRow("JSON deeply nested attack") << j << QByteArray(100000, '[')
                                               << QStringList { QStringLiteral("bad.json:1: file: nested deeper than 6 "
                                                                               "levels; a decision needs at most 4") };
    QTest::newRow("JSON syntax error") << j << QByteArray("[\n{\"id\": \"a\",\n\"country\" \"FR\"}\n]")
                                       << QStringList { QStringLiteral("bad.json:3: file: not valid JSON: missing name "
                                                                       "separator") };
    QTest::newRow("JSON object instead of array")
        << j << jsonDecision({})
        << QStringList { QStringLiteral("bad.json:1: file: expected an array of decisions: [ {...}, {...} ]") };
    QTest::newRow("JSON element not an object")
        << j << QByteArray("[\n") + jsonDecision({}) + ",\n\n  42\n]"
        << QStringList { QStringLiteral("bad.json:4: decision: expected an object") };
    QTest::newRow("JSON impossible date on the object's line")
        << j
        << QByteArray("[\n") + jsonDecision({})
            + ",\n{\n\"id\": \"j-2\", \"country\": \"FR\", \"authority\": "
              "\"A\", \"decision_type\": \"fine\",\n\"decision_date\": "
              "\"2023-02-29\"}\n]"
        << QStringList { QStringLiteral("bad.json:3: decision_date: '2023-02-29' is not a valid date (YYYY-MM-DD)") };
    QTest::newRow("JSON unknown field") << j
                                        << "["
            + jsonDecision("\"colour\": \"red\", \"legal_basis\": {\"lawz\": "
                           "\"GDPR\"}")
            + "]"
                                        << QStringList { QStringLiteral("bad.json:1: colour: unknown field (the fields "
                                                                        "are listed in the README)"),
                                               QStringLiteral("bad.json:1: legal_basis.lawz: unknown field (the "
                                                              "fields are listed in the README)") };
    QTest::newRow("JSON repeated field") << j << "[" + jsonDecision("\"country\": \"DE\"") + "]"
                                         << QStringList { QStringLiteral("bad.json:1: country: appears more than once "
                                                                         "in this decision") };
    QTest::newRow("JSON absurd amount") << j
                                        << "["
            + jsonDecision("\"amount\": 92233720368547758.08, \"currency\": "
                           "\"EUR\"")
            + "]"
                                        << QStringList { QStringLiteral(
                                               "bad.json:1: amount: '92233720368547758.08' is too "
                                               "large: it does not fit exactly in 64-bit minor "
                                               "units") };
    QTest::newRow("JSON amount a double would round")
        << j << "[" + jsonDecision("\"amount\": 900719925474099.95, \"currency\": \"EUR\"") + "]"
        << QStringList { QStringLiteral("bad.json:1: amount: '900719925474099.95' has too many significant digits to "
                                        "be kept exactly with decimals (at most 15; whole amounts may be larger)") };
    QTest::newRow("JSON amount with too many decimals")
        << j << "[" + jsonDecision("\"amount\": 12.345, \"currency\": \"EUR\"") + "]"
        << QStringList { QStringLiteral("bad.json:1: amount: '12.345' has more decimals than EUR has (2)") };
    QTest::newRow("JSON amount in exponent notation")
        << j << "[" + jsonDecision("\"amount\": 2e7, \"currency\": \"EUR\"") + "]"
        << QStringList { QStringLiteral("bad.json:1: amount: '2e7' is not a plain number (write it like 7552800 or "
                                        "7552800.50, without spaces, thousands separators or exponent)") };
    QTest::newRow("JSON negative penalty")
        << j
        << "["
            + jsonDecision("\"periodic_penalty\": {\"amount_per_day\": -1, "
                           "\"currency\": \"EUR\"}")
            + "]"
        << QStringList { QStringLiteral("bad.json:1: periodic_penalty.amount_per_day: "
                                        "'-1' is negative: amounts must not be "
                                        "negative") };
    QTest::newRow("JSON unknown currency without amount")
        << j << "[" + jsonDecision("\"currency\": \"XBT\"") + "]"
        << QStringList { QStringLiteral("bad.json:1: currency: unknown currency 'XBT'") };
    QTest::newRow("JSON source link") << j
                                      << "["
            + jsonDecision("\"sources\": [{\"url\": \"https://ok.example\"}, "
                           "{\"url\": \"javascript:alert(1)\"}]")
            + "]"
                                      << QStringList { QStringLiteral(
                                             "bad.json:1: sources[1].url: 'javascript:alert(1)' "
                                             "is not an http or https link") };
    QTest::newRow("JSON NUL character") << j
                                        << "[" + jsonDecision("\"summary\": \"a\\u0000b\"")
            + "]" << QStringList { QStringLiteral("bad.json:1: summary: contains a NUL character") };
    QTest::newRow("JSON unpaired surrogate")
        << j << "[" + jsonDecision("\"facts\": [\"ok\", \"\\ud800\"]") + "]"
        << QStringList { QStringLiteral("bad.json:1: facts[1]: contains an unpaired "
                                        "UTF-16 surrogate (\\ud800), which is not "
                                        "text") };
    // The check reads many characters at a time: a problem anywhere in a long text, the last character too, is found.
    const QByteArray longText(37, 'a');
    QTest::newRow("JSON NUL deep in a long text")
        << j << "[" + jsonDecision("\"summary\": \"" + longText + "\\u0000" + longText + "\"") + "]"
        << QStringList { QStringLiteral("bad.json:1: summary: contains a NUL character") };
    QTest::newRow("JSON lone low surrogate ending a long text")
        << j << "[" + jsonDecision("\"outcome\": \"" + longText + "\\udfff\"") + "]"
        << QStringList { QStringLiteral("bad.json:1: outcome: contains an unpaired UTF-16 surrogate (\\udfff), "
                                        "which is not text") };
    QTest::newRow("JSON high surrogate without its pair before an emoji")
        << j << "[" + jsonDecision("\"outcome\": \"" + longText + "\\udbff \xF0\x9F\x98\x80\"") + "]"
        << QStringList { QStringLiteral("bad.json:1: outcome: contains an unpaired UTF-16 surrogate (\\udbff), "
                                        "which is not text") };
    QTest::newRow("JSON wrong type") << j << "[" + jsonDecision("\"authority_type\": 7") + "]"
                                     << QStringList { QStringLiteral("bad.json:1: authority_type: expected a string") };
    QTest::newRow("JSON status change pointing nowhere")
        << j
        << "["
            + jsonDecision("\"status_changes\": [{\"date\": \"2023-01-01\", \"status\": \"set aside\", \"by\": "
                           "\"nobody\"}]")
            + "]"
        << QStringList { QStringLiteral("bad.json:1: status_changes[0].by: unknown decision id 'nobody': neither in "
                                        "this file nor in the database") };
}

void TestImportValidator::validate_refusesBadInput()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, errors);

    const ImportBatch batch = ImportValidator::validate(fileName, bytes, ExistingIds);
    QCOMPARE(ImportValidator::errorLines(fileName, batch), errors);
    QVERIFY(!batch.isValid());
}

void TestImportValidator::validate_acceptsGoodInput_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("CSV with relations inside the file and to the database")
        << QStringLiteral("good.csv")
        << Header + GoodRow + "x-1,GB,ICO,order,2022-01-01,7552800.5,GBP,http://ico.org.uk/x,ok-1;fr-cnil-2022-fine,\n"
        << QStringList { QStringLiteral("ok-1"), QStringLiteral("x-1") };
    QTest::newRow("CSV relation to a later row") << QStringLiteral("good.csv")
                                                 << Header
            + "a-1,FR,A,fine,2022-01-01,,,,b-1,\n"
              "b-1,FR,A,order,2021-01-01,,,,,\n" << QStringList { QStringLiteral("a-1"), QStringLiteral("b-1") };
    QTest::newRow("CSV with BOM and CRLF") << QStringLiteral("good.csv")
                                           << QByteArray("\xEF\xBB\xBFid,country,authority,decision_type,announce_date"
                                                         "\r\nk-1,KR,PIPC,fine,2021-04-28\r\n")
                                           << QStringList { QStringLiteral("k-1") };
    QTest::newRow("JSON with legacy timeline_date") << QStringLiteral("good.json")
                                                    << QByteArray("[{\"id\": \"t-1\", \"country\": \"BE\", "
                                                                  "\"authority\": \"COC\", \"decision_type\": "
                                                                  "\"finding\", \"timeline_date\": \"2022-01-01\"}]")
                                                    << QStringList { QStringLiteral("t-1") };
    QTest::newRow("JSON with exact decimals and a penalty") << QStringLiteral("good.json")
                                                            << "["
            + jsonDecision("\"amount\": 7552800.5, \"currency\": \"GBP\", \"amount_eur\": 8920279.07, "
                           "\"periodic_penalty\": {\"max_total\": 5100000, \"currency\": \"EUR\", "
                           "\"liquidated_in\": \"nl-ap-2024-fine\"}, \"related_to\": [\"fr-cnil-2022-fine\"]")
            + "]" << QStringList { QStringLiteral("j-1") };
    // Characters outside the Basic Multilingual Plane are pairs of surrogates, which are text.
    QTest::newRow("JSON with emoji and a NUL-free long text")
        << QStringLiteral("good.json")
        << "[" + jsonDecision("\"summary\": \"" + QByteArray(37, 'a') + "\xF0\x9F\x98\x80 \\ud83d\\ude00 \xF0\x9F\xA7\x91\"")
            + "]"
        << QStringList { QStringLiteral("j-1") };
    QTest::newRow("unknown name recognised by content")
        << QStringLiteral("/dev/fd/63") << "[" + jsonDecision({}) + "]" << QStringList { QStringLiteral("j-1") };
}

void TestImportValidator::validate_acceptsGoodInput()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, ids);

    const ImportBatch batch = ImportValidator::validate(fileName, bytes, ExistingIds);
    QCOMPARE(ImportValidator::errorLines(fileName, batch), QStringList());
    QVERIFY(batch.isValid());
    QStringList got;
    for (const ImportedDecision &d : batch.decisions)
        got.append(d.decision.id);
    QCOMPARE(got, ids);
}

void TestImportValidator::validate_frenchListsMatchTheirEnglishTwins_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QStringList>("errors");

    const QStringList none;
    QTest::newRow("no French") << QByteArray("\"orders\": [\"stop\", \"delete\"], \"facts\": [\"a\"]") << none;
    QTest::newRow("one French text for each English one") << QByteArray(
        "\"orders\": [\"stop\", \"delete\"], \"orders_fr\": [\"cesser\", \"supprimer\"], "
        "\"facts\": [\"a\"], \"facts_fr\": [\"un\"]") << none;
    QTest::newRow("French lists empty or null") << QByteArray("\"orders\": [\"stop\"], \"orders_fr\": [], "
                                                              "\"facts\": [\"a\"], \"facts_fr\": null")
                                                << none;
    QTest::newRow("French outcome and summary without English ones")
        << QByteArray("\"outcome_fr\": \"payée\", \"summary_fr\": \"résumé\"") << none;
    QTest::newRow("fewer French orders")
        << QByteArray("\"orders\": [\"stop\", \"delete\"], \"orders_fr\": [\"cesser\"]")
        << QStringList { QStringLiteral("bad.json:1: orders_fr: 1 French text(s), but orders has 2: give one French "
                                        "text for each English one, in the same order, or none") };
    QTest::newRow("more French facts")
        << QByteArray("\"facts\": [\"a\"], \"facts_fr\": [\"un\", \"deux\", \"trois\"]")
        << QStringList { QStringLiteral("bad.json:1: facts_fr: 3 French text(s), but facts has 1: give one French "
                                        "text for each English one, in the same order, or none") };
    QTest::newRow("French facts without English ones")
        << QByteArray("\"facts_fr\": [\"un\"]")
        << QStringList { QStringLiteral("bad.json:1: facts_fr: 1 French text(s), but facts has 0: give one French "
                                        "text for each English one, in the same order, or none") };
    QTest::newRow("both lists wrong, both named")
        << QByteArray("\"orders\": [\"stop\"], \"orders_fr\": [\"a\", \"b\"], \"facts\": [\"a\", \"b\"], "
                      "\"facts_fr\": [\"un\"]")
        << QStringList { QStringLiteral("bad.json:1: orders_fr: 2 French text(s), but orders has 1: give one French "
                                        "text for each English one, in the same order, or none"),
               QStringLiteral("bad.json:1: facts_fr: 1 French text(s), but facts has 2: give one French "
                              "text for each English one, in the same order, or none") };
    QTest::newRow("French outcome beyond its limit")
        << "\"outcome_fr\": \"" + QByteArray(65537, 'x') + "\""
        << QStringList { QStringLiteral("bad.json:1: outcome_fr: 65537 characters, longer than the 65536 this field "
                                        "may hold") };
    QTest::newRow("French fact with a NUL character")
        << QByteArray("\"facts\": [\"a\"], \"facts_fr\": [\"u\\u0000n\"]")
        << QStringList { QStringLiteral("bad.json:1: facts_fr[0]: contains a NUL character") };
}

void TestImportValidator::validate_frenchListsMatchTheirEnglishTwins()
{
    QFETCH(QByteArray, fields);
    QFETCH(QStringList, errors);
    const QString fileName = QStringLiteral("bad.json");
    const ImportBatch batch = ImportValidator::validate(fileName, "[" + jsonDecision(fields) + "]", ExistingIds);
    QStringList got = ImportValidator::errorLines(fileName, batch);
    std::sort(got.begin(), got.end());
    std::sort(errors.begin(), errors.end());
    QCOMPARE(got, errors);
    QCOMPARE(batch.isValid(), errors.isEmpty());
}

void TestImportValidator::validate_reportsAllErrorsAtOnceSortedByLine()
{
    const QByteArray bytes = Header + "a-1,XX,A,fine,2022-01-01,,,,nowhere,\n" + GoodRow
        + "b-1,FR,A,nonsense,2022-13-01,-1,EUR,ftp://x,,\n";
    const ImportBatch batch = ImportValidator::validate(QStringLiteral("f.csv"), bytes, {});
    QCOMPARE(ImportValidator::errorLines(QStringLiteral("f.csv"), batch),
        (QStringList { QStringLiteral("f.csv:2: country: unknown country code 'XX' (use ISO 3166-1 alpha-2, e.g. FR)"),
            QStringLiteral("f.csv:2: related_to: unknown decision id(s) 'nowhere': neither in this file nor in the "
                           "database"),
            QStringLiteral("f.csv:4: decision_date: '2022-13-01' is not a date that exists"),
            QStringLiteral("f.csv:4: amount: '-1' is negative: amounts must not be negative"),
            QStringLiteral("f.csv:4: decision_type: unknown decision type 'nonsense' (one of ") + decisionTypes()
                + QLatin1Char(')'),
            QStringLiteral("f.csv:4: source_urls: 'ftp://x' is not an http or https link") }));
}

void TestImportValidator::validate_countsErrorsBeyondTheLimit()
{
    QByteArray bytes = Header;
    for (int i = 0; i < 1500; ++i)
        bytes += "r-" + QByteArray::number(i) + ",XX,A,fine,2022-01-01,,,,,\n";
    const ImportBatch batch = ImportValidator::validate(QStringLiteral("many.csv"), bytes, {});
    QCOMPARE(batch.errors.size(), ImportValidator::MaxErrors);
    QCOMPARE(batch.droppedErrors, 500);
    const QStringList lines = ImportValidator::errorLines(QStringLiteral("many.csv"), batch);
    QCOMPARE(lines.size(), ImportValidator::MaxErrors + 1);
    QCOMPARE(lines.last(), QStringLiteral("many.csv: 500 more problem(s) not listed"));
}

// Quadratic work would turn these into hangs: each check must stay linear in the size of the file.
void TestImportValidator::validate_staysFastOnHugeValues()
{
    QByteArray manyColumns = "id,country,authority,decision_type,decision_date";
    for (int i = 0; i < 100000; ++i)
        manyColumns += ",c" + QByteArray::number(i);
    const ImportBatch columns = ImportValidator::validate(QStringLiteral("wide.csv"), manyColumns + "\n", {});
    QCOMPARE(columns.errors.size(), ImportValidator::MaxErrors);
    QCOMPARE(columns.droppedErrors, 100000 - ImportValidator::MaxErrors);

    QByteArray relations = "[" + jsonDecision("\"related_to\": [");
    relations.chop(1);
    for (int i = 0; i < 100000; ++i)
        relations += (i ? ",\"r" : "\"r") + QByteArray::number(i) + '"';
    relations += "]}]";
    const ImportBatch related = ImportValidator::validate(QStringLiteral("rel.json"), relations, {});
    QCOMPARE(related.errors.size(), 1);
    QVERIFY(related.errors.first().message.startsWith(QStringLiteral("unknown decision id(s) 'r0', 'r1', 'r2'")));
    QVERIFY(related.errors.first().message.size() <= 301);

    const QByteArray zeros = Header + "z-1,FR,A,fine,2022-01-01," + QByteArray(2000000, '0') + "7,EUR,,,\n";
    const ImportBatch amount = ImportValidator::validate(QStringLiteral("zeros.csv"), zeros, {});
    QVERIFY(amount.isValid());
    QCOMPARE(amount.decisions.first().decision.amount, std::optional<Money>(Money { 700, QStringLiteral("EUR") }));
}

void TestImportValidator::validate_keepsControlCharactersAsText()
{
    const QByteArray bytes = Header + "c-1,FR,A,fine,2022-01-01,,,,,\"bell\a esc\x1b[31m tab\t\r\nnew line\"\n";
    const ImportBatch batch = ImportValidator::validate(QStringLiteral("ctl.csv"), bytes, {});
    QVERIFY(batch.isValid());
    QCOMPARE(batch.decisions.first().decision.summary, QStringLiteral("bell\a esc\x1b[31m tab\t\r\nnew line"));
}

void TestImportValidator::validate_errorMessagesNeverCarryControlCharacters()
{
    const QByteArray bytes = Header + "\x1b[2J\x1b]0;owned\a,FR,A,fine,2022-01-01,,,,,\n";
    const ImportBatch batch = ImportValidator::validate(QStringLiteral("esc.csv"), bytes, {});
    QCOMPARE(ImportValidator::errorLines(QStringLiteral("esc.csv"), batch),
        QStringList {
            QStringLiteral("esc.csv:2: id: '\\u001b[2J\\u001b]0;owned\\u0007' is not a usable id: use at most "
                           "100 letters, digits, '-', '_', '.' or ':', starting with a letter or digit") });
    QCOMPARE(ImportValidator::printable(QStringLiteral("a") + QChar(0x202e) + QStringLiteral("b\n")),
        QStringLiteral("a\\u202eb\\u000a"));
    QCOMPARE(ImportValidator::printable(QString(50, QLatin1Char('x')), 10),
        QString(5, QLatin1Char('x')) + QChar(0x2026) + QString(5, QLatin1Char('x')));
}

void TestImportValidator::formatOf_usesSuffixThenContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");

    QTest::newRow(".json by name") << QStringLiteral("a.JSON") << QByteArray("id,x") << int(ImportBatch::Format::Json);
    QTest::newRow(".csv by name") << QStringLiteral("a.csv") << QByteArray("[]") << int(ImportBatch::Format::Csv);
    QTest::newRow("array by content") << QStringLiteral("a.txt") << QByteArray(" \n[{}]")
                                      << int(ImportBatch::Format::Json);
    QTest::newRow("header by content") << QStringLiteral("pipe") << QByteArray("\xEF\xBB\xBFid,country\n")
                                       << int(ImportBatch::Format::Csv);
    QTest::newRow("prose") << QStringLiteral("a.txt") << QByteArray("hello\nworld, again")
                           << int(ImportBatch::Format::Unknown);
}

void TestImportValidator::formatOf_usesSuffixThenContent()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);

    QCOMPARE(int(ImportValidator::formatOf(fileName, bytes)), format);
}

void TestImportValidator::validate_reportsEveryRecordsErrors_howeverTheJsonIsFormatted_data()
{
    QTest::addColumn<QJsonDocument::JsonFormat>("format");
    QTest::newRow("one line") << QJsonDocument::Compact;
    QTest::newRow("pretty-printed") << QJsonDocument::Indented;
}

void TestImportValidator::validate_reportsEveryRecordsErrors_howeverTheJsonIsFormatted()
{
    // Ten decisions with one bad date each: a compact file used to report fewer problems than the same file
    // pretty-printed, because problems on one line were taken for repeats.
    QFETCH(QJsonDocument::JsonFormat, format);
    QJsonArray decisions;
    for (int i = 1; i <= 10; ++i) {
        decisions.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("xx-bad-%1").arg(i) },
            { QStringLiteral("country"), QStringLiteral("FR") }, { QStringLiteral("authority"), QStringLiteral("CNIL") },
            { QStringLiteral("decision_type"), QStringLiteral("fine") },
            { QStringLiteral("decision_date"), QStringLiteral("2022-13-%1").arg(i, 2, 10, QLatin1Char('0')) },
            { QStringLiteral("sources"), QJsonArray { QJsonObject { { QStringLiteral("url"), QStringLiteral("https://a.example/") } } } } });
    }
    const QByteArray bytes = QJsonDocument(decisions).toJson(format);
    const ImportBatch batch = ImportValidator::validate(QStringLiteral("bad.json"), bytes, {});
    QCOMPARE(batch.errors.size(), qsizetype(10));
    for (int i = 1; i <= 10; ++i) {
        const QString date = QStringLiteral("'2022-13-%1'").arg(i, 2, 10, QLatin1Char('0'));
        const bool listed = std::any_of(batch.errors.cbegin(), batch.errors.cend(),
            [&](const ImportError &e) { return e.field == QLatin1String("decision_date") && e.message.contains(date); });
        QVERIFY2(listed, qPrintable(date));
    }
}

// The array is read an element at a time; its syntax errors must be those QJsonDocument finds in the whole text,
// at the same line, wherever they are: inside an element, between elements, before or after the array.
void TestImportValidator::validate_reportsJsonSyntaxAsQJsonDocumentDoes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray one = jsonDecision({});
    QTest::newRow("inside the second element") << "[\n" + one + ",\n{\"id\": \"a\",\n\"country\" \"FR\"}\n]";
    QTest::newRow("comma before the end") << "[\n" + one + ",\n]";
    QTest::newRow("comma before the end, no white space") << "[" + one + ",]";
    QTest::newRow("two commas") << "[" + one + ",\n,\n" + one + "]";
    QTest::newRow("missing comma") << "[" + one + "\n\n " + one + "]";
    QTest::newRow("never closed after an element") << "[\n" + one + "\n";
    QTest::newRow("never closed after a number") << QByteArray("[\n1");
    QTest::newRow("never closed after a comma") << "[" + one + ",";
    QTest::newRow("only an opening bracket") << QByteArray("[\n\n");
    QTest::newRow("text after the array") << "[" + one + "]\n\nx";
    QTest::newRow("a second array") << "[" + one + "]\n[]";
    QTest::newRow("an element never closed") << "[\n" + one.chopped(1);
    QTest::newRow("a string never closed") << QByteArray("[\n\"abc");
    QTest::newRow("a bad literal") << "[" + one + ",\ntru]";
    QTest::newRow("a comma first") << QByteArray("[\n,]");
    QTest::newRow("a closing brace instead of a value") << QByteArray("[\n}");
    QTest::newRow("an object with text after it") << one + "\n x";
    QTest::newRow("not JSON at all") << QByteArray("\n\nhello");
    QTest::newRow("trailing comma inside an element") << "[" + jsonDecision("\"summary\": \"x\",") + "]";
}

void TestImportValidator::validate_reportsJsonSyntaxAsQJsonDocumentDoes()
{
    QFETCH(QByteArray, bytes);
    QJsonParseError whole;
    QJsonDocument::fromJson(bytes, &whole);
    QVERIFY(whole.error != QJsonParseError::NoError);
    const int line = int(bytes.left(whole.offset).count('\n')) + 1;
    const ImportBatch batch = ImportValidator::validate(QStringLiteral("s.json"), bytes, {});
    QCOMPARE(ImportValidator::errorLines(QStringLiteral("s.json"), batch),
        QStringList { QStringLiteral("s.json:%1: file: not valid JSON: %2").arg(line).arg(whole.errorString()) });
}

QTEST_GUILESS_MAIN(TestImportValidator)
#include "tst_importvalidator.moc"
