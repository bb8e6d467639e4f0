// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontextscanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVarLengthArray>

namespace {

struct Level
{
    bool object = false;
    bool expectKey = false;
    QString key; // the key whose value is being read, in an object
};

// Keys are compared after decoding, as QJsonDocument will see them ("am\u006fount" is "amount").
QString decodedKey(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QByteArray wrapped = QByteArray("[\"") + raw.toByteArray() + QByteArray("\"]");
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

class Scanner
{
public:
    Scanner(QByteArrayView json, int maxDepth, QList<JsonTextElement> *elements)
        : m_json(json)
        , m_maxDepth(maxDepth)
        , m_elements(elements)
    {
    }

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
                m_stack.append(Level { c == '{', c == '{', QString() });
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
        while (j < n && m_json.at(j) != '"') {
            if (m_json.at(j) == '\\')
                ++j;
            else if (m_json.at(j) == '\n')
                ++m_line;
            ++j;
        }
        const QByteArrayView raw = m_json.sliced(start + 1, qMin(j, n) - start - 1);
        if (!m_stack.isEmpty() && m_stack.last().object && m_stack.last().expectKey) {
            m_stack.last().key = decodedKey(raw);
            if (m_stack.size() == 2 && !m_elements->isEmpty()) {
                const QString &key = m_stack.last().key;
                if (m_elementKeys.contains(key))
                    m_elements->last().duplicateKeys.append(key);
                m_elementKeys.insert(key);
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
            QStringList path;
            bool objectsOnly = !m_stack.first().object;
            for (qsizetype level = 1; level < m_stack.size() && objectsOnly; ++level) {
                objectsOnly = m_stack.at(level).object;
                path.append(m_stack.at(level).key);
            }
            if (objectsOnly)
                m_elements->last().numbers.insert(
                    path.join(QLatin1Char('.')), m_json.sliced(start, j - start).toByteArray());
        }
        return j - 1;
    }

    QByteArrayView m_json;
    int m_maxDepth;
    QList<JsonTextElement> *m_elements;
    QVarLengthArray<Level, 8> m_stack;
    QSet<QString> m_elementKeys;
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

int JsonTextScanner::lineAt(QByteArrayView text, qsizetype offset)
{
    const qsizetype end = qBound(qsizetype(0), offset, text.size());
    return int(text.first(end).count('\n')) + 1;
}
