// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What the raw text says about one element of the top-level JSON array, beyond what QJsonDocument keeps.
struct JsonTextElement
{
    int line = 0; // where the element starts
    // The digits of each number reached through object keys only, by dotted key path ("amount",
    // "periodic_penalty.max_total"): QJsonDocument turns them into doubles, which can round.
    QHash<QString, QByteArray> numbers;
    // Keys that appear more than once in the element's own object; QJsonDocument would silently keep one.
    QStringList duplicateKeys;
};

// A single pass over raw JSON text that measures nesting before any parser builds a tree, and finds the line of
// each element of the top-level array: QJsonDocument reports neither. It does not validate; on malformed text
// its results are meaningless and QJsonDocument's error is the one to report.
class JsonTextScanner
{
public:
    // Scans `json`. False, with `tooDeepLine` set, as soon as containers nest deeper than `maxDepth`.
    static bool scan(QByteArrayView json, int maxDepth, QList<JsonTextElement> *elements, int *tooDeepLine);
    // scan() of one element of the top-level array alone (JsonArrayStream reads them one by one), starting on `line`:
    // the same numbers, repeated keys and nesting (counted with the array around it) as scan() of the whole text.
    static bool scanElement(QByteArrayView element, int line, int maxDepth, JsonTextElement *out, int *tooDeepLine);
    // The 1-based line of a byte offset, for QJsonParseError::offset.
    static int lineAt(QByteArrayView text, qsizetype offset);
};
