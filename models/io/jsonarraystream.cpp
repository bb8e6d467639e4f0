// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonarraystream.h"

#include "jsonstringbytes.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Where JsonTextScanner ends a number or a literal.
bool endsScalar(char c)
{
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '"' || c == ':'
        || c == '[' || c == '{';
}

// What stands in for a value when QJsonDocument is shown the text after it: the same kind of value, so that it is
// in the same state there ("[1" ends differently from "[{}").
QByteArray standIn(char first)
{
    switch (first) {
    case '{':
        return "{}";
    case '[':
        return "[]";
    case '"':
        return "\"\"";
    case 't':
        return "true";
    case 'f':
        return "false";
    case 'n':
        return "null";
    default:
        return "0";
    }
}

// White space kept between values for a syntax error's sake; more is dropped (the reading stays in bounded memory).
constexpr qsizetype KeptSpace = 4096;

} // namespace

JsonArrayStream::JsonArrayStream(QIODevice *device, int maxDepth, qsizetype maxElementBytes, qsizetype chunk)
    : m_input(device, chunk)
    , m_maxDepth(maxDepth)
    , m_maxElementBytes(maxElementBytes)
{
}

// Reads more, keeping the bytes from `keepFrom`; positions in the buffer follow.
bool JsonArrayStream::more(qsizetype keepFrom)
{
    bool got = false;
    const qsizetype shift = m_input.refill(keepFrom, &got);
    m_pos -= shift;
    m_lastEnd = m_lastEnd >= shift ? m_lastEnd - shift : -1;
    return got;
}

// Skips white space, counting lines. False at the end of the text.
bool JsonArrayStream::skipSpace()
{
    for (;;) {
        while (m_pos < m_input.size() && isSpace(m_input.at(m_pos))) {
            if (m_input.at(m_pos) == '\n')
                ++m_line;
            ++m_pos;
        }
        if (m_pos < m_input.size())
            return true;
        const bool keepSpace = m_lastEnd >= 0 && m_pos - m_lastEnd <= KeptSpace;
        if (!more(keepSpace ? m_lastEnd : m_pos))
            return false;
    }
}

void JsonArrayStream::fail(Problem problem, int line)
{
    m_problem = problem;
    m_problemLine = line;
    m_state = State::Finished;
}

// The syntax error QJsonDocument finds in the text after the last value (or bracket, or comma) once it has read that
// far: m_lastKind puts it in the state it was in there. The problem is a few bytes after where the reading stopped.
void JsonArrayStream::syntax()
{
    if (m_input.failed()) {
        fail(Problem::ReadFailed, m_line); // not the text's fault: the device could not be read to its end
        return;
    }
    QByteArray prefix = m_lastKind;
    qsizetype start = m_lastEnd;
    int line = m_lastEndLine;
    if (start < 0) {
        // The white space after the value was dropped: one space says as much.
        prefix += ' ';
        start = m_pos;
        line = m_line;
    }
    const qsizetype wanted = m_pos - start + 64;
    while (m_input.size() - start < wanted && !m_input.atEnd()) {
        const qsizetype before = m_pos;
        more(start);
        start -= before - m_pos;
    }
    const QByteArray window = m_input.view().sliced(start, qMin(m_input.size() - start, wanted)).toByteArray();
    QJsonParseError error;
    QJsonDocument::fromJson(prefix + window, &error);
    qsizetype at = qBound(qsizetype(0), qsizetype(error.offset) - prefix.size(), window.size());
    if (error.error == QJsonParseError::NoError) {
        // Cannot happen while the window holds what was read; said as QJsonDocument says it, where reading stopped.
        error.error = QJsonParseError::IllegalValue;
        at = qMin(m_pos - start, window.size());
    }
    m_syntaxError = error.errorString();
    fail(Problem::Syntax, line + int(window.first(at).count('\n')));
}

void JsonArrayStream::elementSyntaxError(const Element &element, int offset, const QString &message)
{
    m_syntaxError = message;
    const qsizetype at = qBound(qsizetype(0), qsizetype(offset), element.bytes.size());
    fail(Problem::Syntax, element.line + int(QByteArrayView(element.bytes).first(at).count('\n')));
}

// Finds the end of the value starting at `start` (its first byte is not white space): a container with everything
// in it, a string, or a number or literal up to where JsonTextScanner ends it. Nesting is counted as JsonTextScanner
// counts it, from `baseDepth` containers around the value; `line` follows the line breaks.
JsonArrayStream::Scan JsonArrayStream::scanValue(qsizetype start, qsizetype *end, int *line, int baseDepth)
{
    const QByteArrayView bytes = m_input.view();
    const qsizetype n = bytes.size();
    const char first = bytes.at(start);
    qsizetype p = start;
    if (first == '{' || first == '[' || first == '"') {
        int depth = 0;
        bool inString = false;
        for (; p < n; ++p) {
            if (inString) {
                p = JsonStringBytes::plainUntil(bytes, p);
                if (p == n)
                    break;
            }
            const char c = bytes.at(p);
            if (inString) {
                if (c == '\\') {
                    ++p; // the escaped byte is skipped, a line break too, as JsonTextScanner skips it
                } else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        *end = p + 1;
                        return Scan::Done;
                    }
                } else if (c == '\n') {
                    ++*line;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (baseDepth + ++depth > m_maxDepth)
                    return Scan::TooDeep;
            } else if (c == '}' || c == ']') {
                if (depth > 0 && --depth == 0) {
                    *end = p + 1;
                    return Scan::Done;
                }
            } else if (c == '\n') {
                ++*line;
            }
        }
    } else {
        while (p < n && !endsScalar(bytes.at(p)))
            ++p;
        if (p < n) {
            *end = p;
            return Scan::Done;
        }
    }
    if (!m_input.atEnd())
        return Scan::NeedMore;
    *end = n; // never closed: QJsonDocument says so when the element is parsed
    return Scan::Done;
}

// A file that holds one object instead of an array: QJsonDocument's syntax error if it has one, else "not an array".
void JsonArrayStream::afterTopObject(const Element &object)
{
    QJsonParseError error;
    QJsonDocument::fromJson(object.bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        elementSyntaxError(object, error.offset, error.errorString());
        return;
    }
    if (skipSpace())
        syntax();
    else
        fail(Problem::NotAnArray, 1);
}

bool JsonArrayStream::next(Element *element)
{
    while (m_state != State::Finished) {
        if (!skipSpace()) {
            // The text ends where more is needed: QJsonDocument's words for it.
            syntax();
            return false;
        }
        const char c = m_input.at(m_pos);
        if (m_state == State::Start && c == '[') {
            ++m_pos;
            m_state = State::Array;
            m_lastKind = "[";
            m_lastEnd = m_pos;
            m_lastEndLine = m_line;
            continue;
        }
        if (m_state == State::AfterElement) {
            if (c == ',') {
                ++m_pos;
                m_state = State::Array;
                m_lastKind = "[0,";
                m_lastEnd = m_pos;
                m_lastEndLine = m_line;
                continue;
            }
            if (c != ']') {
                syntax();
                return false;
            }
            ++m_pos;
            m_lastKind = "[]";
            m_lastEnd = m_pos;
            m_lastEndLine = m_line;
            // Only white space may follow the array.
            if (skipSpace())
                syntax();
            else
                m_state = State::Finished;
            return false;
        }
        if (m_state == State::Array && c == ']' && m_lastKind == "[") {
            m_state = State::AfterElement; // an empty array ends as an array ends after an element
            continue;
        }
        const bool topObject = m_state == State::Start;
        if ((topObject && c != '{') || c == ']' || c == '}' || c == ',' || c == ':') {
            syntax(); // not a value where one must be
            return false;
        }
        // An element (or the object a file holds instead of an array): find its end.
        for (;;) {
            qsizetype end = 0;
            int line = m_line;
            const Scan scan = scanValue(m_pos, &end, &line, topObject ? 0 : 1);
            if (scan == Scan::TooDeep) {
                fail(Problem::TooDeep, line);
                return false;
            }
            if (scan == Scan::NeedMore) {
                if (m_input.size() - m_pos > m_maxElementBytes) {
                    fail(Problem::TooLarge, m_line);
                    return false;
                }
                more(m_pos);
                continue;
            }
            element->bytes = m_input.view().sliced(m_pos, end - m_pos).toByteArray();
            element->line = m_line;
            element->offset = m_input.dropped() + m_pos;
            m_lastKind = (topObject ? QByteArray() : QByteArray("[")) + standIn(c);
            m_pos = end;
            m_line = line;
            m_lastEnd = m_pos;
            m_lastEndLine = m_line;
            m_state = State::AfterElement;
            if (topObject) {
                afterTopObject(*element);
                return false;
            }
            return true;
        }
    }
    return false;
}

void JsonArrayStream::finishAfterError()
{
    if (m_problem != Problem::Syntax)
        return;
    // JsonTextScanner's count of nesting over the rest of the text, from the array the reading stopped in.
    int depth = m_lastKind.startsWith('[') ? 1 : 0;
    int line = m_line;
    bool inString = false;
    bool escaped = false;
    for (;;) {
        for (; m_pos < m_input.size(); ++m_pos) {
            const char c = m_input.at(m_pos);
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
                else if (c == '\n')
                    ++line;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > m_maxDepth) {
                    fail(Problem::TooDeep, line);
                    return;
                }
            } else if ((c == '}' || c == ']') && depth > 0) {
                --depth;
            } else if (c == '\n') {
                ++line;
            }
        }
        if (!more(m_pos))
            return;
    }
}
