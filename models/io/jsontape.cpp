// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontape.h"

#include "jsonstringbytes.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// What an escape other than \u stands for; 0 for one that JSON does not have.
char16_t escaped(char c)
{
    switch (c) {
    case '"':
        return u'"';
    case '\\':
        return u'\\';
    case '/':
        return u'/';
    case 'b':
        return 0x08;
    case 'f':
        return 0x0c;
    case 'n':
        return 0x0a;
    case 'r':
        return 0x0d;
    case 't':
        return 0x09;
    default:
        return 0;
    }
}

// QJsonDocument keeps a double as a 64-bit integer when it is a whole number that fits one exactly (Qt's
// convertDoubleTo<qint64>): from -2^63 up to, not including, 2^63.
bool wholeInteger(double v, qint64 *integer)
{
    if (!(v >= -9223372036854775808.0 && v < 9223372036854775808.0))
        return false;
    *integer = qint64(v);
    return double(*integer) == v;
}

int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const int common = std::memcmp(a.data(), b.data(), size_t(qMin(a.size(), b.size())));
    if (common != 0)
        return common;
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

} // namespace

bool JsonTape::read(QByteArrayView json, int maxDepth)
{
    m_json = json;
    m_pos = 0;
    m_maxDepth = maxDepth;
    m_nodes.clear();
    m_children.clear();
    m_pending.clear();
    skipSpace();
    const bool read = m_pos < m_json.size() && (m_json[m_pos] == '{' || m_json[m_pos] == '[')
        && container(m_json[m_pos] == '{', 1);
    skipSpace();
    if (read && m_pos == m_json.size())
        return true;
    m_nodes.clear();
    return false;
}

void JsonTape::skipSpace()
{
    while (m_pos < m_json.size() && isSpace(m_json[m_pos]))
        ++m_pos;
}

// The value at m_pos (not white space), in a container `depth` deep.
bool JsonTape::value(int depth)
{
    switch (m_json[m_pos]) {
    case '{':
        return container(true, depth + 1);
    case '[':
        return container(false, depth + 1);
    case '"':
        return string(false);
    case 't':
        return literal("true", Type::True);
    case 'f':
        return literal("false", Type::False);
    case 'n':
        return literal("null", Type::Null);
    default:
        return number();
    }
}

bool JsonTape::container(bool object, int depth)
{
    if (depth > m_maxDepth)
        return false;
    const qsizetype self = qsizetype(m_nodes.size());
    m_nodes.push_back(Node());
    m_nodes.back().type = object ? Type::Object : Type::Array;
    const qsizetype pendingFrom = qsizetype(m_pending.size());
    ++m_pos;
    skipSpace();
    const char close = object ? '}' : ']';
    if (m_pos < m_json.size() && m_json[m_pos] == close) {
        ++m_pos;
    } else {
        for (;;) {
            if (m_pos == m_json.size())
                return false;
            m_pending.push_back(qsizetype(m_nodes.size()));
            if (object) {
                if (m_json[m_pos] != '"' || !string(true))
                    return false;
                skipSpace();
                if (m_pos == m_json.size() || m_json[m_pos] != ':')
                    return false;
                ++m_pos;
                skipSpace();
                if (m_pos == m_json.size())
                    return false;
            }
            if (!value(depth))
                return false;
            skipSpace();
            if (m_pos == m_json.size())
                return false;
            const char next = m_json[m_pos++];
            if (next == close)
                break;
            if (next != ',')
                return false;
            skipSpace();
        }
    }
    if (object && !sortMembers(pendingFrom))
        return false;
    Node &node = m_nodes[size_t(self)];
    node.start = qsizetype(m_children.size());
    node.size = qsizetype(m_pending.size()) - pendingFrom;
    m_children.insert(m_children.end(), m_pending.begin() + pendingFrom, m_pending.end());
    m_pending.resize(size_t(pendingFrom));
    return true;
}

// QJsonObject keeps its keys sorted (as UTF-8, which for the ASCII keys of a tape is byte order). Objects written by
// QJsonDocument, as caseline exports them, already are: checking costs one comparison a key.
bool JsonTape::sortMembers(qsizetype from)
{
    const auto keyOf = [this](qsizetype node) {
        const Node &key = m_nodes[size_t(node)];
        return QByteArrayView(m_json.data() + key.start, key.size);
    };
    const auto begin = m_pending.begin() + from;
    const auto end = m_pending.end();
    bool sorted = true;
    for (auto it = begin; it != end && it + 1 != end && sorted; ++it)
        sorted = compareBytes(keyOf(*it), keyOf(*(it + 1))) < 0;
    if (sorted)
        return true;
    std::sort(begin, end, [&](qsizetype a, qsizetype b) { return compareBytes(keyOf(a), keyOf(b)) < 0; });
    // A repeated key: refused (see the class).
    return std::adjacent_find(begin, end, [&](qsizetype a, qsizetype b) { return keyOf(a) == keyOf(b); }) == end;
}

// A string from its opening quote at m_pos; a key must be plain ASCII.
bool JsonTape::string(bool key)
{
    Node node;
    node.type = Type::String;
    node.start = m_pos + 1;
    bool nonAscii = false;
    qsizetype i = node.start;
    const qsizetype size = m_json.size();
    for (;;) {
        i = JsonStringBytes::untilQuoteOrEscape(m_json, i, &nonAscii);
        if (i >= size)
            return false;
        if (m_json[i] == '"')
            break;
        if (key || i + 1 >= size)
            return false;
        node.escaped = true;
        if (m_json[i + 1] == 'u') {
            if (i + 6 > size)
                return false;
            for (qsizetype h = i + 2; h < i + 6; ++h) {
                if (hexValue(m_json[h]) < 0)
                    return false;
            }
            i += 6;
        } else {
            if (escaped(m_json[i + 1]) == 0)
                return false;
            i += 2;
        }
    }
    node.size = i - node.start;
    // QJsonDocument refuses a string that is not UTF-8 (its escapes are ASCII, and cannot make a sequence valid).
    if (nonAscii && (key || !QByteArrayView(m_json.data() + node.start, node.size).isValidUtf8()))
        return false;
    m_pos = i + 1;
    m_nodes.push_back(node);
    return true;
}

bool JsonTape::literal(const char *word, Type type)
{
    const qsizetype length = qsizetype(std::strlen(word));
    if (m_json.size() - m_pos < length || std::memcmp(m_json.data() + m_pos, word, size_t(length)) != 0)
        return false;
    m_pos += length;
    Node node;
    node.type = type;
    m_nodes.push_back(node);
    return true;
}

// JSON's grammar, then QJsonDocument's reading of the text: an integer's digits (a fraction of zeros counts, as
// QJsonDocument counts it) as a 64-bit integer when they fit, anything else as a double, kept whole when it is one.
bool JsonTape::number()
{
    const qsizetype start = m_pos;
    const qsizetype size = m_json.size();
    qsizetype i = start;
    if (i < size && m_json[i] == '-')
        ++i;
    if (i < size && m_json[i] == '0') {
        ++i;
    } else if (i < size && isDigit(m_json[i])) {
        while (i < size && isDigit(m_json[i]))
            ++i;
    } else {
        return false;
    }
    bool integerDigits = true;
    if (i < size && m_json[i] == '.') {
        ++i;
        if (i == size || !isDigit(m_json[i]))
            return false;
        for (; i < size && isDigit(m_json[i]); ++i)
            integerDigits = integerDigits && m_json[i] == '0';
    }
    if (i < size && (m_json[i] == 'e' || m_json[i] == 'E')) {
        integerDigits = false;
        ++i;
        if (i < size && (m_json[i] == '+' || m_json[i] == '-'))
            ++i;
        if (i == size || !isDigit(m_json[i]))
            return false;
        while (i < size && isDigit(m_json[i]))
            ++i;
    }
    Node node;
    node.type = Type::Number;
    node.start = start;
    node.size = i - start;
    const QByteArray text = QByteArray::fromRawData(m_json.data() + start, node.size);
    bool ok = false;
    if (integerDigits) {
        node.integer = text.toLongLong(&ok);
        node.isInteger = ok;
    }
    if (!ok) {
        node.real = text.toDouble(&ok);
        if (!ok)
            return false; // out of a double's range: QJsonDocument's "illegal number"
        node.isInteger = wholeInteger(node.real, &node.integer);
    }
    m_pos = i;
    m_nodes.push_back(node);
    return true;
}

int JsonTape::compareKeys(qsizetype keyNode, QLatin1String key) const
{
    const Node &node = m_nodes[size_t(keyNode)];
    return compareBytes(QByteArrayView(m_json.data() + node.start, node.size), QByteArrayView(key.data(), key.size()));
}

// As QJsonDocument decodes a string with escapes: the UTF-8 between them, and each escape as one UTF-16 unit (a
// \uXXXX of half a surrogate pair too, which the next escape may complete).
QString JsonTape::decodeEscaped(const Node &node) const
{
    const char *data = m_json.data() + node.start;
    QString out;
    out.reserve(node.size);
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < node.size;) {
        if (data[i] != '\\') {
            ++i;
            continue;
        }
        out += QString::fromUtf8(data + plainFrom, i - plainFrom);
        if (data[i + 1] == 'u') {
            char16_t unit = 0;
            for (qsizetype h = i + 2; h < i + 6; ++h)
                unit = char16_t((unit << 4) | hexValue(data[h]));
            out += QChar(unit);
            i += 6;
        } else {
            out += QChar(escaped(data[i + 1]));
            i += 2;
        }
        plainFrom = i;
    }
    out += QString::fromUtf8(data + plainFrom, node.size - plainFrom);
    return out;
}

bool JsonTapeValue::isNull() const
{
    return m_node >= 0 && m_tape->m_nodes[size_t(m_node)].type == JsonTape::Type::Null;
}

bool JsonTapeValue::isBool() const
{
    if (m_node < 0)
        return false;
    const JsonTape::Type type = m_tape->m_nodes[size_t(m_node)].type;
    return type == JsonTape::Type::True || type == JsonTape::Type::False;
}

bool JsonTapeValue::isDouble() const
{
    return m_node >= 0 && m_tape->m_nodes[size_t(m_node)].type == JsonTape::Type::Number;
}

bool JsonTapeValue::isString() const
{
    return m_node >= 0 && m_tape->m_nodes[size_t(m_node)].type == JsonTape::Type::String;
}

bool JsonTapeValue::isArray() const
{
    return m_node >= 0 && m_tape->m_nodes[size_t(m_node)].type == JsonTape::Type::Array;
}

bool JsonTapeValue::isObject() const
{
    return m_node >= 0 && m_tape->m_nodes[size_t(m_node)].type == JsonTape::Type::Object;
}

bool JsonTapeValue::toBool(bool defaultValue) const
{
    if (!isBool())
        return defaultValue;
    return m_tape->m_nodes[size_t(m_node)].type == JsonTape::Type::True;
}

double JsonTapeValue::toDouble(double defaultValue) const
{
    if (!isDouble())
        return defaultValue;
    const JsonTape::Node &node = m_tape->m_nodes[size_t(m_node)];
    return node.isInteger ? double(node.integer) : node.real;
}

qint64 JsonTapeValue::toInteger(qint64 defaultValue) const
{
    if (!isDouble())
        return defaultValue;
    const JsonTape::Node &node = m_tape->m_nodes[size_t(m_node)];
    return node.isInteger ? node.integer : defaultValue;
}

QString JsonTapeValue::toString() const
{
    if (!isString())
        return QString();
    const JsonTape::Node &node = m_tape->m_nodes[size_t(m_node)];
    if (node.escaped)
        return m_tape->decodeEscaped(node);
    return QString::fromUtf8(m_tape->m_json.data() + node.start, node.size);
}

JsonTapeArray JsonTapeValue::toArray() const
{
    if (!isArray())
        return JsonTapeArray();
    const JsonTape::Node &node = m_tape->m_nodes[size_t(m_node)];
    return JsonTapeArray(m_tape, node.start, node.size);
}

JsonTapeObject JsonTapeValue::toObject() const
{
    if (!isObject())
        return JsonTapeObject();
    const JsonTape::Node &node = m_tape->m_nodes[size_t(m_node)];
    return JsonTapeObject(m_tape, node.start, node.size);
}

QByteArrayView JsonTapeValue::numberText() const
{
    if (!isDouble())
        return QByteArrayView();
    const JsonTape::Node &node = m_tape->m_nodes[size_t(m_node)];
    return QByteArrayView(m_tape->m_json.data() + node.start, node.size);
}

JsonTapeValue JsonTapeArray::at(qsizetype i) const
{
    if (i < 0 || i >= m_size)
        return JsonTapeValue();
    return JsonTapeValue(m_tape, m_tape->m_children[size_t(m_first + i)]);
}

qsizetype JsonTapeObject::keyNode(qsizetype i) const
{
    return m_tape->m_children[size_t(m_first + i)];
}

JsonTapeValue JsonTapeObject::value(QLatin1String key) const
{
    // A binary search of the sorted keys, as QJsonObject looks them up.
    qsizetype low = 0;
    qsizetype high = m_size;
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        const int order = m_tape->compareKeys(keyNode(middle), key);
        if (order == 0)
            return JsonTapeValue(m_tape, keyNode(middle) + 1);
        if (order < 0)
            low = middle + 1;
        else
            high = middle;
    }
    return JsonTapeValue();
}

QLatin1String JsonTapeObject::const_iterator::key() const
{
    const JsonTape::Node &node = m_object->m_tape->m_nodes[size_t(m_object->keyNode(m_i))];
    return QLatin1String(m_object->m_tape->m_json.data() + node.start, node.size);
}

JsonTapeValue JsonTapeObject::const_iterator::value() const
{
    return JsonTapeValue(m_object->m_tape, m_object->keyNode(m_i) + 1);
}
