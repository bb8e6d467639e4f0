// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontextscanner.h"

#include "jsonstringbytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace {

struct Level
{
    bool object = false;
    bool expectKey = false;
    QByteArray key; // the key whose value is being read, in an object, in UTF-8
};

// Keys are compared after decoding, as QJsonDocument will see them ("am\u006fount" is "amount"). Most keys have
// no escape: their bytes are used where they are, without a copy (the text outlives the scan).
QByteArray decodedKey(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return QByteArray::fromRawData(raw.data(), raw.size());
    const QByteArray wrapped = QByteArray("[\"") + raw.toByteArray() + QByteArray("\"]");
    return QJsonDocument::fromJson(wrapped).array().at(0).toString().toUtf8();
}

class Scanner
{
public:
    Scanner(QByteArrayView json, int maxDepth, QList<JsonTextElement> *elements, int line = 1)
        : m_json(json)
        , m_maxDepth(maxDepth)
        , m_elements(elements)
        , m_line(line)
    {
    }

    // For an element read alone: as if the top-level array around it had been read.
    void insideArray() { m_stack.append(Level { false, false, QByteArray() }); }

    bool run()
    {
        const qsizetype n = m_json.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char c = m_json.at(i);
            switch (c) {
            case '\n':
                ++m_line;
                break;
            case '"':
                i = string(i);
                break;
            case '{':
            case '[':
                valueStarts();
                m_stack.append(Level { c == '{', c == '{', QByteArray() });
                if (m_stack.size() > m_maxDepth)
                    return false;
                break;
            case '}':
            case ']':
                if (!m_stack.isEmpty())
                    m_stack.removeLast();
                break;
            case ':':
                if (!m_stack.isEmpty() && m_stack.last().object)
                    m_stack.last().expectKey = false;
                break;
            case ',':
                if (!m_stack.isEmpty() && m_stack.last().object) {
                    m_stack.last().expectKey = true;
                    m_stack.last().key.clear();
                }
                break;
            case ' ':
            case '\t':
            case '\r':
                break;
            default:
                i = scalar(i);
                break;
            }
        }
        return true;
    }

    int line() const { return m_line; }

private:
    // Each value directly inside the top-level array is one element.
    void valueStarts()
    {
        if (m_stack.size() == 1 && !m_stack.first().object) {
            m_elements->append(JsonTextElement { m_line, {}, {} });
            m_elementKeys.clear();
        }
    }

    qsizetype string(qsizetype start)
    {
        qsizetype j = start + 1;
        const qsizetype n = m_json.size();
        while (j < n) {
            j = JsonStringBytes::plainUntil(m_json, j);
            if (j == n || m_json.at(j) == '"')
                break;
            if (m_json.at(j) == '\\')
                ++j;
            else
                ++m_line;
            ++j;
        }
        const QByteArrayView raw = m_json.sliced(start + 1, qMin(j, n) - start - 1);
        if (!m_stack.isEmpty() && m_stack.last().object && m_stack.last().expectKey) {
            m_stack.last().key = decodedKey(raw);
            if (m_stack.size() == 2 && !m_elements->isEmpty()) {
                // A decision has a few dozen keys: a list searched is cheaper than a set hashed.
                const QByteArray &key = m_stack.last().key;
                if (std::find(m_elementKeys.cbegin(), m_elementKeys.cend(), key) != m_elementKeys.cend())
                    m_elements->last().duplicateKeys.append(QString::fromUtf8(key));
                else
                    m_elementKeys.append(key);
            }
        } else {
            valueStarts();
        }
        return j;
    }

    // Numbers and the literals true, false and null.
    qsizetype scalar(qsizetype start)
    {
        valueStarts();
        qsizetype j = start;
        const qsizetype n = m_json.size();
        while (j < n) {
            const char c = m_json.at(j);
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '"'
                || c == ':' || c == '[' || c == '{')
                break;
            ++j;
        }
        const char first = m_json.at(start);
        if ((first == '-' || (first >= '0' && first <= '9')) && m_stack.size() >= 2 && !m_elements->isEmpty()) {
            QByteArray path;
            bool objectsOnly = !m_stack.first().object;
            for (qsizetype level = 1; level < m_stack.size() && objectsOnly; ++level) {
                objectsOnly = m_stack.at(level).object;
                if (level > 1)
                    path += '.';
                path += m_stack.at(level).key;
            }
            if (objectsOnly)
                m_elements->last().numbers.insert(
                    QString::fromUtf8(path), m_json.sliced(start, j - start).toByteArray());
        }
        return j - 1;
    }

    QByteArrayView m_json;
    int m_maxDepth;
    QList<JsonTextElement> *m_elements;
    QVarLengthArray<Level, 8> m_stack;
    QVarLengthArray<QByteArray, 48> m_elementKeys;
    int m_line = 1;
};

} // namespace

bool JsonTextScanner::scan(QByteArrayView json, int maxDepth, QList<JsonTextElement> *elements, int *tooDeepLine)
{
    Scanner scanner(json, maxDepth, elements);
    if (scanner.run())
        return true;
    *tooDeepLine = scanner.line();
    return false;
}

bool JsonTextScanner::scanElement(QByteArrayView element, int line, int maxDepth, JsonTextElement *out, int *tooDeepLine)
{
    QList<JsonTextElement> elements;
    Scanner scanner(element, maxDepth, &elements, line);
    scanner.insideArray();
    const bool ok = scanner.run();
    if (!ok)
        *tooDeepLine = scanner.line();
    *out = elements.isEmpty() ? JsonTextElement { line, {}, {} } : elements.constFirst();
    return ok;
}

int JsonTextScanner::lineAt(QByteArrayView text, qsizetype offset)
{
    const qsizetype end = qBound(qsizetype(0), offset, text.size());
    return int(text.first(end).count('\n')) + 1;
}
