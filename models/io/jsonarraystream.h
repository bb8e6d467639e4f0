// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputbuffer.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

// The elements of a top-level JSON array read from a device as it streams in, one at a time, so that a file larger
// than memory should hold never has to be parsed whole. It finds where each element starts and ends (strings,
// nesting) without parsing it; each element is then parsed on its own, and what lies between them (commas, the
// brackets, white space) is checked here. Its problems are those QJsonDocument::fromJson() reports for the whole
// text, at the same place, and nesting deeper than allowed is found first, as JsonTextScanner::scan() finds it.
class JsonArrayStream
{
public:
    // `maxDepth` as JsonTextScanner::scan(); an element longer than `maxElementBytes` is not read.
    JsonArrayStream(QIODevice *device, int maxDepth, qsizetype maxElementBytes, qsizetype chunk = 1024 * 1024);

    struct Element
    {
        QByteArray bytes; // the element's own text, valid until the next call
        int line = 0; // where it starts
        qint64 offset = 0; // of its first byte in the device
    };
    // The next element of the array. False at its end, and after a problem that ends the reading (one of those below).
    bool next(Element *element);

    enum class Problem { None, NotAnArray, Syntax, TooDeep, TooLarge, ReadFailed };
    Problem problem() const { return m_problem; }
    // Where the problem is (a line of the text) and, for Syntax, QJsonDocument's words for it.
    int problemLine() const { return m_problemLine; }
    QString syntaxError() const { return m_syntaxError; }
    // Reports a syntax error found by parsing an element alone, at `offset` in its bytes, in QJsonDocument's words:
    // that ends the reading (nesting deeper than allowed later in the text still takes precedence, finishAfterError()).
    void elementSyntaxError(const Element &element, int offset, const QString &message);
    // Reads to the end of the text after a syntax error, looking only for nesting deeper than allowed.
    void finishAfterError();

private:
    enum class Scan { Done, NeedMore, TooDeep };
    bool skipSpace();
    Scan scanValue(qsizetype start, qsizetype *end, int *line, int baseDepth);
    bool more(qsizetype keepFrom);
    void syntax();
    void afterTopObject(const Element &object);
    void fail(Problem problem, int line);

    InputBuffer m_input;
    int m_maxDepth;
    qsizetype m_maxElementBytes;
    qsizetype m_pos = 0;
    int m_line = 1;
    enum class State { Start, Array, AfterElement, Finished } m_state = State::Start;
    // What QJsonDocument has read before the text after the last element (or bracket, or comma), in a few bytes that
    // put it in the same state ("[0," after a comma), and where that text starts (-1 once dropped from the buffer).
    QByteArray m_lastKind;
    qsizetype m_lastEnd = 0;
    int m_lastEndLine = 1;
    Problem m_problem = Problem::None;
    int m_problemLine = 0;
    QString m_syntaxError;
};
