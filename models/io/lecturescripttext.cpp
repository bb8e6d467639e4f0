// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturescripttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVarLengthArray>

namespace {

// What a container is in a lecture script: only these four have keys or elements worth a line.
enum class Role { Other, Script, Steps, Step, Frame };

struct Level
{
    Role role = Role::Other;
    bool object = false;
    bool expectKey = false;
    QString key; // the key whose value is being read, in an object
    QSet<QString> keys; // keys seen so far, in an object
};

// Keys are compared after decoding, as QJsonDocument will see them ("no\u0074es" is "notes").
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
    Scanner(QByteArrayView json, int maxDepth, LectureScriptText *text)
        : m_json(json)
        , m_maxDepth(maxDepth)
        , m_text(text)
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
                if (!open(c == '{'))
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
    bool open(bool object)
    {
        valueStarts();
        Role role = Role::Other;
        if (m_stack.isEmpty()) {
            role = object ? Role::Script : Role::Other;
        } else {
            const Level &parent = m_stack.last();
            if (parent.role == Role::Script && !object && parent.key == QLatin1String("steps")) {
                role = Role::Steps;
                // A second "steps" key: QJsonDocument keeps the last array, so its lines are the ones that count.
                m_text->stepLines.clear();
                m_text->stepDuplicateKeys.clear();
            } else if (parent.role == Role::Steps && object) {
                role = Role::Step;
            } else if (parent.role == Role::Step && object && parent.key == QLatin1String("frame")) {
                role = Role::Frame;
            }
        }
        m_stack.append(Level { role, object, object, QString(), {} });
        return m_stack.size() <= m_maxDepth;
    }

    // Each value directly inside the steps array is one step, whatever it is.
    void valueStarts()
    {
        if (!m_stack.isEmpty() && m_stack.last().role == Role::Steps) {
            m_text->stepLines.append(m_line);
            m_text->stepDuplicateKeys.append(QStringList());
        }
    }

    void key(const QString &name)
    {
        Level &level = m_stack.last();
        level.key = name;
        const bool repeated = level.keys.contains(name);
        level.keys.insert(name);
        switch (level.role) {
        case Role::Script:
            if (!m_text->keyLines.contains(name))
                m_text->keyLines.insert(name, m_line);
            if (repeated)
                m_text->duplicateKeys.append(name);
            break;
        case Role::Step:
            if (repeated && !m_text->stepDuplicateKeys.isEmpty())
                m_text->stepDuplicateKeys.last().append(name);
            break;
        case Role::Frame:
            if (repeated && !m_text->stepDuplicateKeys.isEmpty())
                m_text->stepDuplicateKeys.last().append(QLatin1String("frame.") + name);
            break;
        case Role::Other:
        case Role::Steps:
            break;
        }
    }

    qsizetype string(qsizetype start)
    {
        const int startLine = m_line;
        qsizetype j = start + 1;
        const qsizetype n = m_json.size();
        while (j < n && m_json.at(j) != '"') {
            if (m_json.at(j) == '\\')
                ++j;
            else if (m_json.at(j) == '\n')
                ++m_line;
            ++j;
        }
        if (!m_stack.isEmpty() && m_stack.last().object && m_stack.last().expectKey) {
            const int keyLine = m_line;
            m_line = startLine; // a key is on the line where it starts
            key(decodedKey(m_json.sliced(start + 1, qMin(j, n) - start - 1)));
            m_line = keyLine;
        } else {
            const int endLine = m_line;
            m_line = startLine;
            valueStarts();
            m_line = endLine;
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
        return j - 1;
    }

    QByteArrayView m_json;
    int m_maxDepth;
    LectureScriptText *m_text;
    QVarLengthArray<Level, 8> m_stack;
    int m_line = 1;
};

} // namespace

bool LectureScriptText::scan(QByteArrayView json, int maxDepth, LectureScriptText *text, int *tooDeepLine)
{
    Scanner scanner(json, maxDepth, text);
    if (scanner.run())
        return true;
    *tooDeepLine = scanner.line();
    return false;
}
