// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON form of lecture scripts: exact round trips, every refusal with its exact words, unknown decision ids
// reported and kept, and the example lecture of the bundled data.
#include "fixtures.h"
#include "importvalidator.h"
#include "lecturescriptjson.h"

#include <QFile>
#include <QSet>
#include <QTest>

namespace {

const QString File = QStringLiteral("bad.json");

// A one-line file with `steps` (the inside of the array) and `extra` top-level members.
QByteArray script(const QByteArray &steps, const QByteArray &extra = QByteArray())
{
    return "{\"caseline_lecture_script\": 1, \"name\": \"Lecture\", " + (extra.isEmpty() ? QByteArray() : extra + ", ")
        + "\"steps\": [" + steps + "]}";
}

QByteArray repeated(char c, int n)
{
    return QByteArray(n, c);
}

QSet<QString> bundledIds()
{
    QSet<QString> ids;
    for (const Decision &d : Fixtures::bundled().decisions)
        ids.insert(d.id);
    return ids;
}

// Every feature of the format, and text that JSON must escape.
LectureScript fullScript()
{
    LectureScript s;
    s.name = QStringLiteral("Données «test» \"quoted\"");
    s.description = QStringLiteral("Line one\nline two\ttabbed \\ backslash, control \x01 kept, emoji \U0001F600");
    s.steps = {
        LectureScriptStep::titleCard(QStringLiteral("Opening"), QStringLiteral("Body\nof the card"),
            QStringLiteral("say hello"), LectureFrame { QDate(2020, 1, 1), QDate(2026, 2, 18) }),
        LectureScriptStep::decision(QStringLiteral("gb-ico-2022-fine"), QStringLiteral("GBP 7,552,800")),
        LectureScriptStep::decision(
            QStringLiteral("fr-cnil-2022-fine"), QString(), LectureFrame { QDate(2022, 10, 17), QDate(2022, 10, 17) }),
        LectureScriptStep::titleCard(QStringLiteral("Closing")),
    };
    return s;
}

} // namespace

class TestLectureScriptJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toJson_writesTheDocumentedForm();
    void roundTrip_isExact_data();
    void roundTrip_isExact();
    void read_refusesBadFiles_data();
    void read_refusesBadFiles();
    void read_acceptsOptionalFieldsMissingOrNull();
    void read_reportsEachStepOnItsLine();
    void read_reportsUnknownDecisionIdsAndKeepsTheSteps();
    void read_countsErrorsBeyondTheLimit();
    void bundledExample_isValidCanonicalAndNamesOnlyBundledDecisions();
};

void TestLectureScriptJson::toJson_writesTheDocumentedForm()
{
    LectureScript s;
    s.name = QStringLiteral("Short");
    s.steps = { LectureScriptStep::decision(QStringLiteral("it-garante-2022-fine"), QStringLiteral("n"),
                    LectureFrame { QDate(2022, 1, 1), QDate(2022, 12, 31) }),
        LectureScriptStep::titleCard(QStringLiteral("End"), QStringLiteral("t")) };
    const QByteArray expected = "{\n"
                                "    \"caseline_lecture_script\": 1,\n"
                                "    \"description\": \"\",\n"
                                "    \"name\": \"Short\",\n"
                                "    \"steps\": [\n"
                                "        {\n"
                                "            \"decision\": \"it-garante-2022-fine\",\n"
                                "            \"frame\": {\n"
                                "                \"from\": \"2022-01-01\",\n"
                                "                \"to\": \"2022-12-31\"\n"
                                "            },\n"
                                "            \"notes\": \"n\"\n"
                                "        },\n"
                                "        {\n"
                                "            \"notes\": \"\",\n"
                                "            \"text\": \"t\",\n"
                                "            \"title\": \"End\"\n"
                                "        }\n"
                                "    ]\n"
                                "}\n";
    QCOMPARE(LectureScriptJson::toJson(s), expected);
}

void TestLectureScriptJson::roundTrip_isExact_data()
{
    QTest::addColumn<LectureScript>("script");
    QTest::newRow("every feature, escaped text") << fullScript();
    LectureScript empty;
    empty.name = QStringLiteral("No steps yet");
    QTest::newRow("no steps") << empty;
    LectureScript longest;
    longest.name = QString(1000, QLatin1Char('n'));
    longest.description = QString(65536, QLatin1Char('d'));
    for (int i = 0; i < LectureScript::MaxSteps; ++i)
        longest.steps.append(LectureScriptStep::titleCard(QString(1000, QLatin1Char('t')), QStringLiteral("x")));
    longest.steps.first().notes = QString(65536, QLatin1Char('n'));
    QTest::newRow("every limit reached, none passed") << longest;
}

void TestLectureScriptJson::roundTrip_isExact()
{
    QFETCH(LectureScript, script);
    const QByteArray bytes = LectureScriptJson::toJson(script);
    const LectureScriptImport read = LectureScriptJson::read(bytes, bundledIds());
    QVERIFY2(read.isValid(), qPrintable(read.errorLines(File).join(QLatin1Char('\n'))));
    QCOMPARE(read.script, script);
    QCOMPARE(LectureScriptJson::toJson(read.script), bytes);
}

void TestLectureScriptJson::read_refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("errors");

    const auto one = [](const char *line) { return QStringList { QString::fromUtf8(line) }; };
    const QByteArray title = "{\"title\": \"T\"}";

    // The file as a whole.
    QTest::newRow("empty") << QByteArray("\xEF\xBB\xBF \n") << one("bad.json:1: file: the file is empty");
    QTest::newRow("NUL bytes") << QByteArray("{\0\"", 3)
                               << one("bad.json:1: file: contains NUL bytes: a binary or UTF-16 file is not a lecture "
                                      "script (save it as UTF-8 text)");
    QTest::newRow("Latin-1 on line 2") << QByteArray("{\n\"name\": \"caf\xe9\"}")
                                       << one("bad.json:2: file: not valid UTF-8 text: save the file as UTF-8");
    QTest::newRow("malformed JSON") << QByteArray("{\"caseline_lecture_script\": 1,\n")
                                    << one("bad.json:2: file: not valid JSON: unterminated object");
    QTest::newRow("nested too deep") << script("{\"title\": \"T\", \"notes\": [[[[1]]]]}")
                                     << one("bad.json:1: file: nested deeper than 6 levels; a lecture script needs at "
                                            "most 4");
    QTest::newRow("an array") << QByteArray("[]")
                              << one("bad.json:1: file: expected a lecture script: {\"caseline_lecture_script\": 1, "
                                     "\"name\": ..., \"steps\": [...]}");
    QTest::newRow("decisions, not a script")
        << QByteArray("{\"name\": \"x\", \"steps\": []}")
        << one("bad.json:1: file: not a caseline lecture script: it has no \"caseline_lecture_script\": 1");
    QTest::newRow("newer version")
        << QByteArray("{\"caseline_lecture_script\": 2, \"name\": \"x\", \"steps\": [], \"slides\": 3}")
        << one("bad.json:1: caseline_lecture_script: version 2 was written by a newer caseline; this one reads "
               "version 1");
    QTest::newRow("version as text") << QByteArray(
        "{\"caseline_lecture_script\": \"1\", \"name\": \"x\", \"steps\": []}")
                                     << one("bad.json:1: caseline_lecture_script: expected 1, found a string");

    // The script's own fields.
    QTest::newRow("unknown key") << script("", "\"author\": \"me\"") << one("bad.json:1: author: unknown field");
    QTest::newRow("repeated key") << script("", "\"name\": \"again\"")
                                  << one("bad.json:1: name: appears more than once");
    QTest::newRow("no name") << QByteArray("{\"caseline_lecture_script\": 1, \"steps\": []}")
                             << one("bad.json:1: name: missing: a lecture script needs a name");
    QTest::newRow("empty name") << QByteArray("{\"caseline_lecture_script\": 1, \"name\": \"\", \"steps\": []}")
                                << one("bad.json:1: name: a lecture script needs a name");
    QTest::newRow("blank name") << QByteArray("{\"caseline_lecture_script\": 1, \"name\": \" \\t\", \"steps\": []}")
                                << one("bad.json:1: name: a lecture script needs a name");
    QTest::newRow("name a number") << QByteArray("{\"caseline_lecture_script\": 1, \"name\": 5, \"steps\": []}")
                                   << one("bad.json:1: name: expected a string, found a number");
    QTest::newRow("huge name") << "{\"caseline_lecture_script\": 1, \"name\": \"" + repeated('n', 1001)
            + "\", \"steps\": []}"
                               << one("bad.json:1: name: 1001 characters, longer than the 1000 this field may hold");
    QTest::newRow("huge description") << script("", "\"description\": \"" + repeated('d', 65537) + "\"")
                                      << one("bad.json:1: description: 65537 characters, longer than the 65536 this "
                                             "field may hold");
    QTest::newRow("no steps") << QByteArray("{\"caseline_lecture_script\": 1, \"name\": \"x\"}")
                              << one("bad.json:1: steps: missing: list the steps, even none (\"steps\": [])");
    QTest::newRow("steps an object") << QByteArray("{\"caseline_lecture_script\": 1, \"name\": \"x\", \"steps\": {}}")
                                     << one("bad.json:1: steps: expected an array of steps, found an object");
    QByteArray many = title;
    for (int i = 1; i <= LectureScript::MaxSteps; ++i)
        many += ", " + title;
    QTest::newRow("too many steps") << script(many)
                                    << one("bad.json:1: steps: 1001 steps, more than the 1000 a lecture script may "
                                           "hold");

    // Steps.
    QTest::newRow("step not an object") << script("\"gb-ico-2022-fine\"")
                                        << one("bad.json:1: step 1: expected an object, found a string");
    QTest::newRow("both kinds") << script("{\"decision\": \"gb-ico-2022-fine\", \"title\": \"T\"}")
                                << one("bad.json:1: step 1: both \"decision\" and \"title\": a step shows a decision "
                                       "or a title card, not both");
    QTest::newRow("neither kind") << script("{\"notes\": \"n\"}")
                                  << one("bad.json:1: step 1: neither \"decision\" nor \"title\": say which decision "
                                         "the step shows, or give the title card a title");
    QTest::newRow("empty decision id") << script("{\"decision\": \"\"}")
                                       << one("bad.json:1: step 1: decision: a decision step needs a decision id");
    QTest::newRow("decision id a number")
        << script("{\"decision\": 12}") << one("bad.json:1: step 1: decision: expected a string, found a number");
    QTest::newRow("huge decision id") << script("{\"decision\": \"" + repeated('i', 1001) + "\"}")
                                      << one("bad.json:1: step 1: decision: 1001 characters, longer than the 1000 "
                                             "this field may hold");
    QTest::newRow("text on a decision step")
        << script("{\"decision\": \"gb-ico-2022-fine\", \"text\": \"t\"}")
        << one("bad.json:1: step 1: text: only a title card has text; a decision step has notes");
    QTest::newRow("empty title") << script("{\"title\": \"\"}")
                                 << one("bad.json:1: step 1: title: a title step needs a title");
    QTest::newRow("huge title") << script("{\"title\": \"" + repeated('t', 1001) + "\"}")
                                << one("bad.json:1: step 1: title: 1001 characters, longer than the 1000 this field "
                                       "may hold");
    QTest::newRow("huge text") << script("{\"title\": \"T\", \"text\": \"" + repeated('t', 65537) + "\"}")
                               << one("bad.json:1: step 1: text: 65537 characters, longer than the 65536 this field "
                                      "may hold");
    QTest::newRow("huge notes, second step")
        << script(title + ", {\"decision\": \"x\", \"notes\": \"" + repeated('n', 65537) + "\"}")
        << one("bad.json:1: step 2: notes: 65537 characters, longer than the 65536 this field may hold");
    QTest::newRow("notes an array") << script("{\"title\": \"T\", \"notes\": [\"a\"]}")
                                    << one("bad.json:1: step 1: notes: expected a string, found an array");
    QTest::newRow("NUL character in notes") << script("{\"title\": \"T\", \"notes\": \"a\\u0000b\"}")
                                            << one("bad.json:1: step 1: notes: contains a NUL character");
    QTest::newRow("unknown step key") << script("{\"title\": \"T\", \"speaker\": \"me\"}")
                                      << one("bad.json:1: step 1: speaker: unknown field");
    QTest::newRow("control characters in a key are not printed")
        << script("{\"title\": \"T\", \"\\u001b[31m\": 1}") << one("bad.json:1: step 1: \\u001b[31m: unknown field");
    QTest::newRow("repeated step key") << script("{\"title\": \"T\", \"notes\": \"a\", \"notes\": \"b\"}")
                                       << one("bad.json:1: step 1: notes: appears more than once");

    // Frames.
    QTest::newRow("frame a string") << script("{\"title\": \"T\", \"frame\": \"2022\"}")
                                    << one("bad.json:1: step 1: frame: expected an object {\"from\": \"YYYY-MM-DD\", "
                                           "\"to\": \"YYYY-MM-DD\"}, found a string");
    QTest::newRow("frame without its end") << script("{\"title\": \"T\", \"frame\": {\"from\": \"2022-01-01\"}}")
                                           << one("bad.json:1: step 1: frame.to: missing: a frame needs both days");
    QTest::newRow("frame day that does not exist")
        << script("{\"title\": \"T\", \"frame\": {\"from\": \"2023-02-30\", \"to\": \"2023-03-01\"}}")
        << one("bad.json:1: step 1: frame.from: '2023-02-30' is not a valid date (YYYY-MM-DD)");
    QTest::newRow("frame date-time") << script("{\"title\": \"T\", \"frame\": {\"from\": \"2023-02-01\", \"to\": "
                                               "\"2023-03-01T10:00\"}}")
                                     << one("bad.json:1: step 1: frame.to: '2023-03-01T10:00' is not a valid date "
                                            "(YYYY-MM-DD)");
    QTest::newRow("frame day a number")
        << script("{\"title\": \"T\", \"frame\": {\"from\": 2023, \"to\": \"2023-03-01\"}}")
        << one("bad.json:1: step 1: frame.from: expected a date \"YYYY-MM-DD\", found a "
               "number");
    QTest::newRow("frame backwards")
        << script("{\"title\": \"T\", \"frame\": {\"from\": \"2024-01-01\", \"to\": \"2023-01-01\"}}")
        << one("bad.json:1: step 1: frame: from 2024-01-01 is after to 2023-01-01: a frame runs forward in time");
    QTest::newRow("frame before 1900")
        << script("{\"title\": \"T\", \"frame\": {\"from\": \"1800-01-01\", \"to\": \"2023-01-01\"}}")
        << one("bad.json:1: step 1: frame.from: 1800-01-01 is not a plausible date (years 1900 to 2100)");
    QTest::newRow("frame with an unknown key, and its end missing")
        << script("{\"title\": \"T\", \"frame\": {\"from\": \"2022-01-01\", \"until\": \"2022-02-01\"}}")
        << QStringList { QStringLiteral("bad.json:1: step 1: frame.until: unknown field"),
               QStringLiteral("bad.json:1: step 1: frame.to: missing: a frame needs both days") };

    // Several problems: all of them, each once.
    QTest::newRow("every step's problems")
        << script("{\"title\": \"\"}, {\"decision\": \"x\", \"title\": \"y\"}, {\"title\": \"T\", \"notes\": 3}",
               "\"description\": 4")
        << QStringList { QStringLiteral("bad.json:1: description: expected a string, found a number"),
               QStringLiteral("bad.json:1: step 1: title: a title step needs a title"),
               QStringLiteral("bad.json:1: step 2: both \"decision\" and \"title\": a step shows a decision or a "
                              "title card, not both"),
               QStringLiteral("bad.json:1: step 3: notes: expected a string, found a number") };
}

void TestLectureScriptJson::read_refusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, errors);
    const LectureScriptImport read = LectureScriptJson::read(bytes, bundledIds());
    QVERIFY(!read.isValid());
    QCOMPARE(read.errorLines(File), errors);
    // Nothing half read is handed out.
    QCOMPARE(read.script, LectureScript());
}

void TestLectureScriptJson::read_acceptsOptionalFieldsMissingOrNull()
{
    const LectureScriptImport read = LectureScriptJson::read(
        script("{\"decision\": \"gb-ico-2022-fine\"}, {\"title\": \"T\", \"text\": null, \"notes\": null, "
               "\"frame\": null}",
            "\"description\": null"),
        bundledIds());
    QVERIFY2(read.isValid(), qPrintable(read.errorLines(File).join(QLatin1Char('\n'))));
    LectureScript expected;
    expected.name = QStringLiteral("Lecture");
    expected.steps = { LectureScriptStep::decision(QStringLiteral("gb-ico-2022-fine")),
        LectureScriptStep::titleCard(QStringLiteral("T")) };
    QCOMPARE(read.script, expected);
    QVERIFY(read.unknownDecisions.isEmpty());
}

void TestLectureScriptJson::read_reportsEachStepOnItsLine()
{
    const QByteArray bytes = "{\n"
                             "  \"caseline_lecture_script\": 1,\n"
                             "  \"name\": \"\",\n"
                             "  \"steps\": [\n"
                             "    {\"title\": \"Fine\"},\n"
                             "    {\n"
                             "      \"decision\": \"gb-ico-2022-fine\",\n"
                             "      \"frame\": {\"from\": \"2023-01-01\", \"to\": \"2022-01-01\"}\n"
                             "    },\n"
                             "    {\"title\": \"T\", \"colour\": \"red\"}\n"
                             "  ]\n"
                             "}\n";
    const LectureScriptImport read = LectureScriptJson::read(bytes, bundledIds());
    QCOMPARE(read.errorLines(QStringLiteral("talk.json")),
        QStringList({ QStringLiteral("talk.json:3: name: a lecture script needs a name"),
            QStringLiteral("talk.json:6: step 2: frame: from 2023-01-01 is after to 2022-01-01: a frame runs forward "
                           "in time"),
            QStringLiteral("talk.json:10: step 3: colour: unknown field") }));
}

void TestLectureScriptJson::read_reportsUnknownDecisionIdsAndKeepsTheSteps()
{
    const QByteArray bytes = script("{\"decision\": \"gb-ico-2022-fine\"}, {\"decision\": \"xx-colleague-2027\", "
                                    "\"notes\": \"their notes\"}, {\"title\": \"T\"}, {\"decision\": \"yy-other\"}");
    const LectureScriptImport read = LectureScriptJson::read(bytes, bundledIds());
    QVERIFY2(read.isValid(), qPrintable(read.errorLines(File).join(QLatin1Char('\n'))));
    QCOMPARE(read.script.steps.size(), 4);
    QCOMPARE(read.script.steps.at(1),
        LectureScriptStep::decision(QStringLiteral("xx-colleague-2027"), QStringLiteral("their notes")));
    const QList<LectureScriptImport::UnknownDecision> expected
        = { { 2, QStringLiteral("xx-colleague-2027") }, { 4, QStringLiteral("yy-other") } };
    QCOMPARE(read.unknownDecisions, expected);
    QCOMPARE(read.unknownDecisionLines(),
        QStringList({ QStringLiteral("step 2: decision 'xx-colleague-2027' is not in this database; the step is kept "
                                     "and shows as missing until the decision is added"),
            QStringLiteral("step 4: decision 'yy-other' is not in this database; the step is kept and shows as "
                           "missing until the decision is added") }));
    // Against an empty database every decision step is unknown, and still kept.
    QCOMPARE(LectureScriptJson::read(bytes, {}).unknownDecisions.size(), 3);
}

void TestLectureScriptJson::read_countsErrorsBeyondTheLimit()
{
    // Two problems in each of 1000 steps: the first ImportValidator::MaxErrors are listed, the rest counted.
    QByteArray steps = "{\"title\": \"\", \"x\": 1}";
    for (int i = 1; i < LectureScript::MaxSteps; ++i)
        steps += ", {\"title\": \"\", \"x\": 1}";
    const LectureScriptImport read = LectureScriptJson::read(script(steps), {});
    QCOMPARE(read.errors.size(), ImportValidator::MaxErrors);
    QCOMPARE(read.droppedErrors, qsizetype(2 * LectureScript::MaxSteps - ImportValidator::MaxErrors));
    QCOMPARE(read.errorLines(File).constLast(), QStringLiteral("bad.json: 1000 more problem(s) not listed"));
}

void TestLectureScriptJson::bundledExample_isValidCanonicalAndNamesOnlyBundledDecisions()
{
    QFile file(LectureScriptJson::BundledExamplePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QSet<QString> ids = bundledIds();
    const LectureScriptImport read = LectureScriptJson::read(bytes, ids);
    QVERIFY2(
        read.isValid(), qPrintable(read.errorLines(LectureScriptJson::BundledExamplePath).join(QLatin1Char('\n'))));
    // Every decision it shows is in the bundled data.
    QVERIFY2(read.unknownDecisions.isEmpty(), qPrintable(read.unknownDecisionLines().join(QLatin1Char('\n'))));
    // Written as the app writes scripts, so sharing it changes no byte.
    QCOMPARE(LectureScriptJson::toJson(read.script), bytes);

    const LectureScript &s = read.script;
    QCOMPARE(s.name, QStringLiteral("Clearview AI before the regulators, 2020 to 2026"));
    QVERIFY(s.steps.size() >= 18 && s.steps.size() <= 24);
    QVERIFY(!s.steps.constFirst().isDecision());
    QVERIFY(!s.steps.constLast().isDecision());
    QStringList decisionIds;
    for (const LectureScriptStep &step : s.steps) {
        QVERIFY2(!step.notes.trimmed().isEmpty(), "every step has speaker notes");
        if (step.isDecision())
            decisionIds.append(step.decisionId);
    }
    QCOMPARE(QSet<QString>(decisionIds.cbegin(), decisionIds.cend()).size(), decisionIds.size());
    // The UK fine, set aside, then reinstated: three decision steps in that order.
    const qsizetype fine = decisionIds.indexOf(QStringLiteral("gb-ico-2022-fine"));
    const qsizetype setAside = decisionIds.indexOf(QStringLiteral("gb-ftt-2023-appeal"));
    const qsizetype reinstated = decisionIds.indexOf(QStringLiteral("gb-ut-2025-appeal"));
    QVERIFY(fine >= 0 && fine < setAside && setAside < reinstated);
    // In time order, as a lecture of the record tells it.
    QDate previous;
    for (const QString &id : std::as_const(decisionIds)) {
        const QDate date = Fixtures::bundledDecision(id).timelineDate();
        QVERIFY2(!previous.isValid() || previous <= date, qPrintable(id));
        previous = date;
    }

    QString error;
    const std::optional<LectureScript> example = LectureScriptJson::bundledExample(&error);
    QVERIFY2(example, qPrintable(error));
    QCOMPARE(*example, s);
}

QTEST_GUILESS_MAIN(TestLectureScriptJson)
#include "tst_lecturescriptjson.moc"
