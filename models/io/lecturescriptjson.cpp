// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturescriptjson.h"

#include "importvalidator.h"
#include "isodate.h"
#include "jsontextscanner.h"
#include "lecturescripttext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>
#include <limits>

const QString LectureScriptJson::BundledExamplePath = QStringLiteral(":/data/lecture-clearview.json");

namespace {

const QLatin1String MarkerKey("caseline_lecture_script");
const QString FileField = QStringLiteral("file");

// Collects problems as ImportProblems does for decisions: printable, exact repeats dropped, counted beyond
// ImportValidator::MaxErrors, and one problem per field (the first, most precise one).
class Problems
{
public:
    explicit Problems(LectureScriptImport *result)
        : m_result(result)
    {
    }

    void add(int line, int step, const QString &field, const QString &message)
    {
        const QString fieldKey = QString::number(step) + QChar(0x1f) + field;
        const QString key = QString::number(line) + QChar(0x1f) + fieldKey;
        if (m_keys.contains(key))
            return;
        m_keys.insert(key);
        m_fields.insert(fieldKey);
        if (m_result->errors.size() >= ImportValidator::MaxErrors) {
            ++m_result->droppedErrors;
            return;
        }
        m_result->errors.append(LectureScriptProblem {
            line, step, ImportValidator::printable(field, 120), ImportValidator::printable(message) });
    }

    // A field, or the object or frame holding it, that already has a problem: a value check would only repeat it
    // less precisely ("frame: from is after to" after "frame.from: '2023-02-30' is not a valid date").
    bool covers(int step, const QString &field) const
    {
        // A problem with the step as a whole (not an object, of no kind) covers all of its fields.
        if (step > 0 && m_fields.contains(QString::number(step) + QChar(0x1f)))
            return true;
        QString name = field;
        for (;;) {
            if (m_fields.contains(QString::number(step) + QChar(0x1f) + name))
                return true;
            const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
            if (dot < 0)
                break;
            name.truncate(dot);
        }
        // "frame" covers "frame.from" and "frame.to" the other way round too.
        const QString prefix = QString::number(step) + QChar(0x1f) + field + QLatin1Char('.');
        return std::any_of(m_fields.cbegin(), m_fields.cend(), [&](const QString &k) { return k.startsWith(prefix); });
    }

private:
    LectureScriptImport *m_result;
    // Line, step and field of each problem: a field is reported once per line (a key written twice is reported
    // on each line it is on), and a file's encoding problems on every line that has one.
    QSet<QString> m_keys;
    // Step and field of each problem, for covers().
    QSet<QString> m_fields;
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return LectureScriptJson::tr("true or false");
    case QJsonValue::Double:
        return LectureScriptJson::tr("a number");
    case QJsonValue::String:
        return LectureScriptJson::tr("a string");
    case QJsonValue::Array:
        return LectureScriptJson::tr("an array");
    case QJsonValue::Object:
        return LectureScriptJson::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return LectureScriptJson::tr("nothing");
}

QString expected(const QString &what, const QJsonValue &found)
{
    return LectureScriptJson::tr("expected %1, found %2").arg(what, typeName(found));
}

// Reads the object of one file; each problem goes to `problems` with its line and step.
class Reader
{
public:
    Reader(Problems &problems, const LectureScriptText &text, qsizetype stepCount)
        : m_problems(problems)
        , m_text(text)
        , m_stepLinesKnown(text.stepLines.size() == stepCount)
    {
    }

    int stepLine(int step) const
    {
        return m_stepLinesKnown && step > 0 ? m_text.stepLines.at(step - 1) : keyLine(QStringLiteral("steps"));
    }
    int keyLine(const QString &key) const { return m_text.keyLines.value(key, 1); }

    // False when the file is not a lecture script of this version: its other keys would only add noise.
    bool marker(const QJsonObject &object)
    {
        const QJsonValue version = object.value(MarkerKey);
        const int line = keyLine(MarkerKey);
        if (version.isUndefined()) {
            m_problems.add(1, 0, FileField,
                LectureScriptJson::tr("not a caseline lecture script: it has no \"caseline_lecture_script\": %1")
                    .arg(LectureScriptJson::FormatVersion));
            return false;
        }
        if (version.isDouble() && version.toDouble() == LectureScriptJson::FormatVersion)
            return true;
        if (version.isDouble() && version.toDouble() > LectureScriptJson::FormatVersion) {
            m_problems.add(line, 0, MarkerKey,
                LectureScriptJson::tr("version %1 was written by a newer caseline; this one reads version %2")
                    .arg(QString::number(version.toDouble()), QString::number(LectureScriptJson::FormatVersion)));
        } else {
            m_problems.add(line, 0, MarkerKey,
                LectureScriptJson::tr("expected %1, found %2")
                    .arg(QString::number(LectureScriptJson::FormatVersion),
                        version.isDouble() ? QString::number(version.toDouble()) : typeName(version)));
        }
        return false;
    }

    LectureScript script(const QJsonObject &object)
    {
        static const QSet<QString> keys
            = { MarkerKey, QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("steps") };
        unknownKeys(object, keys, 0, QString());
        for (const QString &key : m_text.duplicateKeys)
            m_problems.add(m_text.keyLines.value(key, 1), 0, key, LectureScriptJson::tr("appears more than once"));
        LectureScript script;
        const QJsonValue name = object.value(QLatin1String("name"));
        if (name.isUndefined())
            m_problems.add(
                1, 0, QStringLiteral("name"), LectureScriptJson::tr("missing: a lecture script needs a name"));
        script.name = string(name, keyLine(QStringLiteral("name")), 0, QStringLiteral("name"), false);
        script.description = string(object.value(QLatin1String("description")), keyLine(QStringLiteral("description")),
            0, QStringLiteral("description"), true);
        const QJsonValue steps = object.value(QLatin1String("steps"));
        if (steps.isUndefined()) {
            m_problems.add(1, 0, QStringLiteral("steps"),
                LectureScriptJson::tr("missing: list the steps, even none (\"steps\": [])"));
        } else if (!steps.isArray()) {
            m_problems.add(keyLine(QStringLiteral("steps")), 0, QStringLiteral("steps"),
                expected(LectureScriptJson::tr("an array of steps"), steps));
        } else if (steps.toArray().size() > LectureScript::MaxSteps) {
            // Left to LectureScriptChecks, which says it once instead of reading every step.
            script.steps.resize(steps.toArray().size());
        } else {
            const QJsonArray array = steps.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                script.steps.append(step(array.at(i), int(i) + 1));
        }
        return script;
    }

private:
    LectureScriptStep step(const QJsonValue &value, int number)
    {
        const int line = stepLine(number);
        LectureScriptStep step;
        if (!value.isObject()) {
            m_problems.add(line, number, QString(), expected(LectureScriptJson::tr("an object"), value));
            return step;
        }
        const QJsonObject object = value.toObject();
        static const QSet<QString> keys = { QStringLiteral("decision"), QStringLiteral("title"), QStringLiteral("text"),
            QStringLiteral("notes"), QStringLiteral("frame") };
        unknownKeys(object, keys, number, QString());
        if (m_stepLinesKnown) {
            for (const QString &key : m_text.stepDuplicateKeys.at(number - 1))
                m_problems.add(line, number, key, LectureScriptJson::tr("appears more than once"));
        }
        const bool isDecision = object.contains(QLatin1String("decision"));
        const bool isTitle = object.contains(QLatin1String("title"));
        if (isDecision && isTitle) {
            m_problems.add(line, number, QString(),
                LectureScriptJson::tr("both \"decision\" and \"title\": a step shows a decision or a title card, "
                                      "not both"));
        } else if (!isDecision && !isTitle) {
            m_problems.add(line, number, QString(),
                LectureScriptJson::tr("neither \"decision\" nor \"title\": say which decision the step shows, or "
                                      "give the title card a title"));
        }
        step.kind = isDecision ? LectureScriptStep::Kind::Decision : LectureScriptStep::Kind::Title;
        if (isDecision) {
            step.decisionId
                = string(object.value(QLatin1String("decision")), line, number, QStringLiteral("decision"), false);
            if (object.contains(QLatin1String("text")))
                m_problems.add(line, number, QStringLiteral("text"),
                    LectureScriptJson::tr("only a title card has text; a decision step has notes"));
        } else {
            step.title = string(object.value(QLatin1String("title")), line, number, QStringLiteral("title"), false);
            step.text = string(object.value(QLatin1String("text")), line, number, QStringLiteral("text"), true);
        }
        step.notes = string(object.value(QLatin1String("notes")), line, number, QStringLiteral("notes"), true);
        step.frame = frame(object.value(QLatin1String("frame")), line, number);
        return step;
    }

    std::optional<LectureFrame> frame(const QJsonValue &value, int line, int number)
    {
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isObject()) {
            m_problems.add(line, number, QStringLiteral("frame"),
                expected(LectureScriptJson::tr("an object {\"from\": \"YYYY-MM-DD\", \"to\": \"YYYY-MM-DD\"}"), value));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        static const QSet<QString> keys = { QStringLiteral("from"), QStringLiteral("to") };
        unknownKeys(object, keys, number, QStringLiteral("frame."));
        LectureFrame frame;
        frame.from = day(object.value(QLatin1String("from")), line, number, QStringLiteral("frame.from"));
        frame.to = day(object.value(QLatin1String("to")), line, number, QStringLiteral("frame.to"));
        return frame;
    }

    QDate day(const QJsonValue &value, int line, int number, const QString &field)
    {
        if (value.isUndefined()) {
            m_problems.add(line, number, field, LectureScriptJson::tr("missing: a frame needs both days"));
            return {};
        }
        if (!value.isString()) {
            m_problems.add(line, number, field, expected(LectureScriptJson::tr("a date \"YYYY-MM-DD\""), value));
            return {};
        }
        const QDate date = IsoDate::parse(value.toString());
        if (!date.isValid())
            m_problems.add(line, number, field,
                LectureScriptJson::tr("'%1' is not a valid date (YYYY-MM-DD)").arg(value.toString()));
        return date;
    }

    // A string; null and absent read as empty where the field is optional.
    QString string(const QJsonValue &value, int line, int number, const QString &field, bool optional)
    {
        if (value.isString())
            return value.toString();
        if (optional && (value.isUndefined() || value.isNull()))
            return {};
        if (!value.isUndefined())
            m_problems.add(line, number, field, expected(LectureScriptJson::tr("a string"), value));
        return {};
    }

    void unknownKeys(const QJsonObject &object, const QSet<QString> &known, int number, const QString &prefix)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (known.contains(it.key()))
                continue;
            const int line = number > 0 ? stepLine(number) : m_text.keyLines.value(it.key(), 1);
            m_problems.add(line, number, prefix + it.key(), LectureScriptJson::tr("unknown field"));
        }
    }

    Problems &m_problems;
    const LectureScriptText &m_text;
    bool m_stepLinesKnown;
};

// True when every line of `body` is UTF-8; otherwise reports each line that is not.
bool checkUtf8(const QByteArray &body, Problems &problems)
{
    QStringDecoder whole(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = whole.decode(body);
    if (!whole.hasError())
        return true;
    int line = 1;
    for (const QByteArray &text : body.split('\n')) {
        QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decodedLine = lineDecoder.decode(text);
        if (lineDecoder.hasError())
            problems.add(line, 0, FileField, LectureScriptJson::tr("not valid UTF-8 text: save the file as UTF-8"));
        ++line;
    }
    return false;
}

void readDocument(const QByteArray &body, Problems &problems, LectureScriptImport *result)
{
    LectureScriptText text;
    int deepLine = 0;
    // The importer's headroom over the format's own depth, so that a mistyped value ("notes": ["..."]) is reported
    // as what it is rather than as nesting.
    if (!LectureScriptText::scan(body, ImportValidator::MaxJsonDepth, &text, &deepLine)) {
        problems.add(deepLine, 0, FileField,
            LectureScriptJson::tr("nested deeper than %1 levels; a lecture script needs at most %2")
                .arg(ImportValidator::MaxJsonDepth)
                .arg(LectureScriptJson::Depth));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.add(JsonTextScanner::lineAt(body, parseError.offset), 0, FileField,
            LectureScriptJson::tr("not valid JSON: %1").arg(parseError.errorString()));
        return;
    }
    if (!doc.isObject()) {
        problems.add(1, 0, FileField,
            LectureScriptJson::tr("expected a lecture script: {\"caseline_lecture_script\": %1, \"name\": ..., "
                                  "\"steps\": [...]}")
                .arg(LectureScriptJson::FormatVersion));
        return;
    }
    const QJsonObject object = doc.object();
    const QJsonValue steps = object.value(QLatin1String("steps"));
    Reader reader(problems, text, steps.isArray() ? steps.toArray().size() : 0);
    if (!reader.marker(object))
        return;
    result->script = reader.script(object);
    for (const LectureScriptProblem &p : LectureScriptChecks::check(result->script)) {
        if (!problems.covers(p.step, p.field)) {
            const int line = p.step > 0 ? reader.stepLine(p.step) : reader.keyLine(p.field);
            problems.add(line, p.step, p.field, p.message);
        }
    }
}

} // namespace

QStringList LectureScriptImport::errorLines(const QString &fileName) const
{
    QList<LectureScriptProblem> sorted = errors;
    // By line, and on one line (a script written on one line) by step: the file's order either way.
    std::stable_sort(sorted.begin(), sorted.end(), [](const LectureScriptProblem &a, const LectureScriptProblem &b) {
        return a.line != b.line ? a.line < b.line : a.step < b.step;
    });
    QStringList lines;
    for (const LectureScriptProblem &e : std::as_const(sorted))
        lines.append(e.toString(fileName));
    if (droppedErrors > 0)
        lines.append(LectureScriptJson::tr("%1: %n more problem(s) not listed", nullptr,
            int(qMin<qsizetype>(droppedErrors, std::numeric_limits<int>::max())))
                         .arg(fileName));
    return lines;
}

QStringList LectureScriptImport::unknownDecisionLines() const
{
    QStringList lines;
    for (const UnknownDecision &u : unknownDecisions) {
        lines.append(LectureScriptJson::tr("step %1: decision '%2' is not in this database; the step is kept and "
                                           "shows as missing until the decision is added")
                         .arg(QString::number(u.step), ImportValidator::printable(u.decisionId)));
    }
    return lines;
}

LectureScriptImport LectureScriptJson::read(const QByteArray &bytes, const QSet<QString> &knownIds)
{
    LectureScriptImport result;
    Problems problems(&result);
    if (bytes.size() > ImportValidator::MaxFileSize) {
        problems.add(
            1, 0, FileField, tr("the file is larger than %1 MB").arg(ImportValidator::MaxFileSize / (1024 * 1024)));
        return result;
    }
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (body.trimmed().isEmpty()) {
        problems.add(1, 0, FileField, tr("the file is empty"));
        return result;
    }
    const qsizetype nul = body.indexOf('\0');
    if (nul >= 0) {
        problems.add(JsonTextScanner::lineAt(body, nul), 0, FileField,
            tr("contains NUL bytes: a binary or UTF-16 file is not a lecture script (save it as UTF-8 text)"));
        return result;
    }
    if (!checkUtf8(body, problems))
        return result;
    readDocument(body, problems, &result);
    if (!result.isValid()) {
        result.script = LectureScript();
        return result;
    }
    for (qsizetype i = 0; i < result.script.steps.size(); ++i) {
        const LectureScriptStep &step = result.script.steps.at(i);
        if (step.isDecision() && !knownIds.contains(step.decisionId))
            result.unknownDecisions.append({ int(i) + 1, step.decisionId });
    }
    return result;
}

QByteArray LectureScriptJson::toJson(const LectureScript &script)
{
    QJsonArray steps;
    for (const LectureScriptStep &step : script.steps) {
        QJsonObject object;
        if (step.isDecision()) {
            object.insert(QLatin1String("decision"), step.decisionId);
        } else {
            object.insert(QLatin1String("title"), step.title);
            object.insert(QLatin1String("text"), step.text);
        }
        object.insert(QLatin1String("notes"), step.notes);
        if (step.frame) {
            object.insert(QLatin1String("frame"),
                QJsonObject { { QLatin1String("from"), step.frame->from.toString(Qt::ISODate) },
                    { QLatin1String("to"), step.frame->to.toString(Qt::ISODate) } });
        }
        steps.append(object);
    }
    const QJsonObject document { { MarkerKey, FormatVersion }, { QLatin1String("name"), script.name },
        { QLatin1String("description"), script.description }, { QLatin1String("steps"), steps } };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

std::optional<LectureScript> LectureScriptJson::bundledExample(QString *error)
{
    QFile file(BundledExamplePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read bundled %1: %2").arg(BundledExamplePath, file.errorString());
        return std::nullopt;
    }
    const LectureScriptImport read = LectureScriptJson::read(file.readAll(), {});
    if (!read.isValid()) {
        *error = QStringLiteral("the bundled lecture script is invalid: ")
            + read.errorLines(BundledExamplePath).join(QLatin1String("; "));
        return std::nullopt;
    }
    return read.script;
}
