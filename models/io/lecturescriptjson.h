// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lecturescript.h"
#include "lecturescriptchecks.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

// A lecture script file as read and checked: the script, or every problem found.
struct LectureScriptImport
{
    // A decision step whose id is not among the decisions the caller knows.
    struct UnknownDecision
    {
        int step = 0; // counted from 1
        QString decisionId;

        bool operator==(const UnknownDecision &o) const { return step == o.step && decisionId == o.decisionId; }
    };

    LectureScript script; // meaningful only when isValid()
    QList<LectureScriptProblem> errors;
    // Problems found beyond ImportValidator::MaxErrors, counted but not kept.
    qsizetype droppedErrors = 0;
    // Not errors: these steps are kept as they are (see LectureScriptJson::read).
    QList<UnknownDecision> unknownDecisions;

    bool isValid() const { return errors.isEmpty() && droppedErrors == 0; }
    // "FILE:LINE: step 3: notes: message" for each problem, sorted by line then step, plus a last line counting those
    // not listed.
    QStringList errorLines(const QString &fileName) const;
    // One line per unknown decision, to show the user after a successful import.
    QStringList unknownDecisionLines() const;
};

// The JSON form of a lecture script, to share with colleagues:
//
//   {"caseline_lecture_script": 1, "name": "...", "description": "...",
//    "steps": [{"decision": "fr-cnil-2022-fine", "notes": "...", "frame": {"from": "2022-01-01", "to": "2022-12-31"}},
//              {"title": "...", "text": "...", "notes": "...", "frame": {...}}]}
//
// "caseline_lecture_script" is the format's version; a newer one is refused rather than half read. A step is a
// decision step when it has "decision" and a title card when it has "title", never both; "text" belongs to title
// cards only; "notes", "text", "description" and "frame" are optional ("frame" needs both days). Everything is
// checked before anything is used, as decision imports are: the file's size, encoding, nesting and syntax, then
// unknown, repeated and mistyped keys, then LectureScriptChecks. Every problem is reported at once, with its line
// and step.
//
// A decision id that is not in the database is not an error. A colleague's script may name decisions this
// database lacks (added by hand on their side, or by a newer bundled release): refusing the file would lose their
// notes, and dropping the steps would lose them silently. The steps are kept as written and listed in
// `unknownDecisions` for the caller to show; the lecture view shows such a step as missing until the decision
// exists, and then it simply works.
class LectureScriptJson
{
    Q_DECLARE_TR_FUNCTIONS(LectureScriptJson)

public:
    static constexpr int FormatVersion = 1;
    // The deepest a lecture script nests: script, steps, step, frame.
    static constexpr int Depth = 4;
    // The example lecture compiled into the executable.
    static const QString BundledExamplePath;

    // Reads and checks `bytes`. `knownIds`: the decision ids of the database, for unknownDecisions.
    static LectureScriptImport read(const QByteArray &bytes, const QSet<QString> &knownIds);

    // The file's bytes: indented JSON with the keys in QJsonDocument's order, as the decision export writes it.
    // read() of these bytes gives `script` back exactly, and toJson() of that gives the same bytes. The app writes
    // them through OutputFile, the one writer of files.
    static QByteArray toJson(const LectureScript &script);

    // The example lecture of the bundled data, read and checked; nullopt with `error` set when it is not valid
    // (a build defect, reported rather than hidden).
    static std::optional<LectureScript> bundledExample(QString *error);
};
