// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QLatin1String>
#include <QString>

#include <vector>

class JsonTape;
class JsonTapeArray;
class JsonTapeObject;

// One value of a JsonTape, read as QJsonValue reads the same value: the same types (every number isDouble()), texts,
// numbers and defaults. DecisionJson and ImportChecks are written once for both, so that a decision and its
// problems are the same whichever read the bytes. Valid while its tape and the tape's bytes are.
class JsonTapeValue
{
public:
    JsonTapeValue() = default; // undefined, as QJsonObject::value() of a missing key

    bool isUndefined() const { return m_node < 0; }
    bool isNull() const;
    bool isBool() const;
    bool isDouble() const;
    bool isString() const;
    bool isArray() const;
    bool isObject() const;

    bool toBool(bool defaultValue = false) const;
    double toDouble(double defaultValue = 0) const;
    qint64 toInteger(qint64 defaultValue = 0) const;
    QString toString() const;
    JsonTapeArray toArray() const;
    JsonTapeObject toObject() const;
    // A number's text as written ("1234.50"), which QJsonValue has no longer; empty for any other value.
    QByteArrayView numberText() const;

private:
    friend class JsonTape;
    friend class JsonTapeArray;
    friend class JsonTapeObject;
    JsonTapeValue(const JsonTape *tape, qsizetype node)
        : m_tape(tape)
        , m_node(node)
    {
    }

    const JsonTape *m_tape = nullptr;
    qsizetype m_node = -1;
};

// An array of a JsonTape, as QJsonArray (an empty one for a value that is not an array).
class JsonTapeArray
{
public:
    JsonTapeArray() = default;

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    JsonTapeValue at(qsizetype i) const;

    class const_iterator
    {
    public:
        const_iterator(const JsonTapeArray *array, qsizetype i)
            : m_array(array)
            , m_i(i)
        {
        }
        JsonTapeValue operator*() const { return m_array->at(m_i); }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator!=(const const_iterator &other) const { return m_i != other.m_i; }

    private:
        const JsonTapeArray *m_array;
        qsizetype m_i;
    };
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, m_size); }

private:
    friend class JsonTapeValue;
    JsonTapeArray(const JsonTape *tape, qsizetype firstChild, qsizetype size)
        : m_tape(tape)
        , m_first(firstChild)
        , m_size(size)
    {
    }

    const JsonTape *m_tape = nullptr;
    qsizetype m_first = 0;
    qsizetype m_size = 0;
};

// An object of a JsonTape, as QJsonObject: looked up by key, and gone through in QJsonObject's order (its keys
// sorted). An empty one for a value that is not an object.
class JsonTapeObject
{
public:
    JsonTapeObject() = default;

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    JsonTapeValue value(QLatin1String key) const;
    bool contains(QLatin1String key) const { return !value(key).isUndefined(); }

    class const_iterator
    {
    public:
        const_iterator(const JsonTapeObject *object, qsizetype i)
            : m_object(object)
            , m_i(i)
        {
        }
        // Keys are ASCII on a tape (JsonTape::read() leaves other keys to QJsonDocument).
        QLatin1String key() const;
        JsonTapeValue value() const;
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator!=(const const_iterator &other) const { return m_i != other.m_i; }

    private:
        const JsonTapeObject *m_object;
        qsizetype m_i;
    };
    const_iterator constBegin() const { return const_iterator(this, 0); }
    const_iterator constEnd() const { return const_iterator(this, m_size); }

private:
    friend class JsonTapeValue;
    JsonTapeObject(const JsonTape *tape, qsizetype firstChild, qsizetype size)
        : m_tape(tape)
        , m_first(firstChild)
        , m_size(size)
    {
    }
    qsizetype keyNode(qsizetype i) const;

    const JsonTape *m_tape = nullptr;
    qsizetype m_first = 0;
    qsizetype m_size = 0;
};

// One JSON text read in a single pass into a flat list of its values (a "tape"), each a view of its bytes: strings
// are made QStrings only when asked for, without QJsonDocument's tree, its copy of every text and its second
// conversion of each. An import reads each element of its array of decisions this way.
//
// It reads a text only where it reads it exactly as QJsonDocument::fromJson() does; read() refuses the others, and the
// caller then asks QJsonDocument, whose words the problems of a file are said in. It refuses:
// - any text QJsonDocument refuses (and some it takes), a root that is neither an object nor an array, and a BOM;
// - nesting deeper than `maxDepth` containers;
// - escapes other than JSON's (\" \\ \/ \b \f \n \r \t \uXXXX: QJsonDocument takes "\x" as "x");
// - numbers outside JSON's grammar ("1.", ".5", "01": QJsonDocument takes some) or a double's range;
// - a key with an escape or a byte above 0x7f (QJsonObject orders those by rules of its own), and a key repeated in
//   one object (QJsonObject keeps the last, and the import calls it a problem).
// Strings, like QJsonDocument's, may hold any valid UTF-8, control characters and \u escapes of lone surrogates.
class JsonTape
{
public:
    // Reads `json`, which must outlive the values read from it; false, with nothing to read, when it is refused.
    bool read(QByteArrayView json, int maxDepth);
    // The object or array the text holds (undefined until read() succeeds).
    JsonTapeValue root() const { return m_nodes.empty() ? JsonTapeValue() : JsonTapeValue(this, 0); }

private:
    friend class JsonTapeValue;
    friend class JsonTapeArray;
    friend class JsonTapeObject;

    enum class Type : quint8 { Null, False, True, Number, String, Array, Object };
    struct Node
    {
        // String: its first byte after the quote, Number: its text's; Array and Object: their first child in m_children.
        qsizetype start = 0;
        // String and Number: their bytes; Array: its elements; Object: its members.
        qsizetype size = 0;
        // A number as QJsonDocument keeps it: a 64-bit integer when its value is a whole one that fits, else a double.
        qint64 integer = 0;
        double real = 0;
        Type type = Type::Null;
        bool isInteger = false;
        bool escaped = false; // a string with backslash escapes
    };

    bool value(int depth);
    bool container(bool object, int depth);
    bool string(bool key);
    bool number();
    bool literal(const char *word, Type type);
    void skipSpace();
    bool sortMembers(qsizetype from);
    int compareKeys(qsizetype keyNode, QLatin1String key) const;
    QString decodeEscaped(const Node &node) const;

    QByteArrayView m_json;
    qsizetype m_pos = 0;
    int m_maxDepth = 0;
    std::vector<Node> m_nodes;
    // The children of every container, each container's together: element nodes, or members' key nodes (their value
    // is the next node) sorted by key.
    std::vector<qsizetype> m_children;
    // Children of the containers being read, until each is closed and its children moved to m_children.
    std::vector<qsizetype> m_pending;
};
