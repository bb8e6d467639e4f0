// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What the raw text of a lecture script file says beyond what QJsonDocument keeps: where each step and each key of
// the script starts (for "FILE:LINE" errors), and which keys appear twice in one object (QJsonDocument keeps one
// of them silently, and the other's text would be lost). JsonTextScanner does the same for the decision import's
// top-level array; a lecture script is an object holding its steps one level down.
//
// Like JsonTextScanner it does not validate: on malformed text its results are meaningless and QJsonDocument's
// error is the one to report.
struct LectureScriptText
{
    // Line of each key of the script object ("name", "steps").
    QHash<QString, int> keyLines;
    // Keys written twice in the script object.
    QStringList duplicateKeys;
    // Line where each element of the "steps" array starts, in order.
    QList<int> stepLines;
    // For each element of "steps": keys written twice in the step ("notes") or in its frame ("frame.from").
    QList<QStringList> stepDuplicateKeys;

    // Scans `json`. False, with `tooDeepLine` set, as soon as containers nest deeper than `maxDepth`.
    static bool scan(QByteArrayView json, int maxDepth, LectureScriptText *text, int *tooDeepLine);
};
