// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lecturescript.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One problem of a lecture script: which step (counted from 1 as the editor numbers them; 0 for the script
// itself or the file), which field of it (the JSON key: "name", "notes", "frame.from"; empty when the problem is
// the step as a whole), what is wrong, and, when the script was read from a file, the line.
struct LectureScriptProblem
{
    int line = 1;
    int step = 0;
    QString field;
    QString message;

    // "step 3: notes", "step 3", "name".
    QString location() const;
    // "step 3: notes: message": what the editor shows.
    QString toString() const;
    // "FILE:LINE: step 3: notes: message", the form of the decision import's errors.
    QString toString(const QString &fileName) const;

    bool operator==(const LectureScriptProblem &o) const
    {
        return line == o.line && step == o.step && field == o.field && message == o.message;
    }
};

// The rules every lecture script obeys wherever it comes from (a shared file, the editor, the bundled example),
// checked before anything is written: a name that is not blank, texts within the field limits of decisions
// (FieldLimits: names and ids Short, free text Text) and valid Unicode, at most LectureScript::MaxSteps steps,
// each step of exactly one kind, and frames of two real days in order within the years imports accept.
// A decision id that is not in the database is not a problem here: see LectureScriptJson.
class LectureScriptChecks
{
    Q_DECLARE_TR_FUNCTIONS(LectureScriptChecks)

public:
    // Every problem, the script's own fields first, then step by step in the order of their fields.
    static QList<LectureScriptProblem> check(const LectureScript &script);

    // One problem per line, for an error message.
    static QString describe(const QList<LectureScriptProblem> &problems);

    // The messages the checks share with the JSON reader, so a file and the editor say the same thing.
    static QString tooLong(qsizetype length, int maximum);
    // Why `text` is not storable text (a NUL character, an unpaired surrogate), or empty.
    static QString unicodeProblem(const QString &text);
};
