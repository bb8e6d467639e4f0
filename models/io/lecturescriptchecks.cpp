// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturescriptchecks.h"

#include "fieldlimits.h"
#include "importvalidator.h"

namespace {

class Checker
{
public:
    explicit Checker(QList<LectureScriptProblem> *problems)
        : m_problems(problems)
    {
    }

    void add(int step, const QString &field, const QString &message)
    {
        m_problems->append(LectureScriptProblem { 1, step, field, message });
    }

    // Length first: a text too long to store is reported once, however it is also broken.
    void text(int step, const QString &field, const QString &value, int maximum)
    {
        if (value.size() > maximum) {
            add(step, field, LectureScriptChecks::tooLong(value.size(), maximum));
            return;
        }
        const QString problem = LectureScriptChecks::unicodeProblem(value);
        if (!problem.isEmpty())
            add(step, field, problem);
    }

    void day(int step, const QString &field, const QDate &date)
    {
        if (!date.isValid()) {
            add(step, field, LectureScriptChecks::tr("not a valid date (YYYY-MM-DD)"));
        } else if (date.year() < ImportValidator::MinYear || date.year() > ImportValidator::MaxYear) {
            add(step, field,
                LectureScriptChecks::tr("%1 is not a plausible date (years %2 to %3)")
                    .arg(date.toString(Qt::ISODate))
                    .arg(ImportValidator::MinYear)
                    .arg(ImportValidator::MaxYear));
        }
    }

    void step(int number, const LectureScriptStep &s)
    {
        if (s.isDecision()) {
            if (s.decisionId.isEmpty())
                add(number, QStringLiteral("decision"), LectureScriptChecks::tr("a decision step needs a decision id"));
            else
                text(number, QStringLiteral("decision"), s.decisionId, FieldLimits::Short);
            // The other kind's fields would be dropped by every save and export: refused rather than lost.
            if (!s.title.isEmpty())
                add(number, QStringLiteral("title"),
                    LectureScriptChecks::tr("a decision step has no title: make it a title step"));
            if (!s.text.isEmpty())
                add(number, QStringLiteral("text"),
                    LectureScriptChecks::tr("a decision step has no text: write it in the notes or a title step"));
        } else {
            if (!s.decisionId.isEmpty())
                add(number, QStringLiteral("decision"),
                    LectureScriptChecks::tr("a title step shows no decision: make it a decision step"));
            if (s.title.trimmed().isEmpty())
                add(number, QStringLiteral("title"), LectureScriptChecks::tr("a title step needs a title"));
            else
                text(number, QStringLiteral("title"), s.title, FieldLimits::Short);
            text(number, QStringLiteral("text"), s.text, FieldLimits::Text);
        }
        text(number, QStringLiteral("notes"), s.notes, FieldLimits::Text);
        if (!s.frame)
            return;
        const qsizetype before = m_problems->size();
        day(number, QStringLiteral("frame.from"), s.frame->from);
        day(number, QStringLiteral("frame.to"), s.frame->to);
        if (m_problems->size() == before && s.frame->from > s.frame->to) {
            add(number, QStringLiteral("frame"),
                LectureScriptChecks::tr("from %1 is after to %2: a frame runs forward in time")
                    .arg(s.frame->from.toString(Qt::ISODate), s.frame->to.toString(Qt::ISODate)));
        }
    }

private:
    QList<LectureScriptProblem> *m_problems;
};

} // namespace

QString LectureScriptProblem::location() const
{
    if (step <= 0)
        return field;
    const QString where = LectureScriptChecks::tr("step %1").arg(step);
    return field.isEmpty() ? where : where + QLatin1String(": ") + field;
}

QString LectureScriptProblem::toString() const
{
    const QString where = location();
    return where.isEmpty() ? message : where + QLatin1String(": ") + message;
}

QString LectureScriptProblem::toString(const QString &fileName) const
{
    return QStringLiteral("%1:%2: %3").arg(fileName, QString::number(line), toString());
}

QList<LectureScriptProblem> LectureScriptChecks::check(const LectureScript &script)
{
    QList<LectureScriptProblem> problems;
    Checker checker(&problems);
    if (script.name.trimmed().isEmpty())
        checker.add(0, QStringLiteral("name"), tr("a lecture script needs a name"));
    else
        checker.text(0, QStringLiteral("name"), script.name, FieldLimits::Short);
    checker.text(0, QStringLiteral("description"), script.description, FieldLimits::Text);
    if (script.steps.size() > LectureScript::MaxSteps) {
        // Checking each of them would only multiply the report.
        checker.add(0, QStringLiteral("steps"),
            tr("%1 steps, more than the %2 a lecture script may hold")
                .arg(QString::number(script.steps.size()), QString::number(LectureScript::MaxSteps)));
        return problems;
    }
    for (qsizetype i = 0; i < script.steps.size(); ++i)
        checker.step(int(i) + 1, script.steps.at(i));
    return problems;
}

QString LectureScriptChecks::describe(const QList<LectureScriptProblem> &problems)
{
    QStringList lines;
    for (const LectureScriptProblem &p : problems)
        lines.append(ImportValidator::printable(p.toString()));
    return lines.join(QLatin1Char('\n'));
}

QString LectureScriptChecks::tooLong(qsizetype length, int maximum)
{
    // The words of the decision import, so a lecturer meets one message for one rule.
    return tr("%1 characters, longer than the %2 this field may hold")
        .arg(QString::number(length), QString::number(maximum));
}

QString LectureScriptChecks::unicodeProblem(const QString &text)
{
    // The same two cases as the decision import: both are refused by SQLite's text functions or lost on export.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isNull())
            return tr("contains a NUL character");
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return tr("contains an unpaired UTF-16 surrogate (\\u%1), which is not text")
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return {};
}
