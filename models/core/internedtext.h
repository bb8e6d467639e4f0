// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <utility>

// A short text that many records share (a country code, a decision type, an authority, a currency), stored once for
// the whole process: the timeline keeps one item per decision, and at a million decisions its four QStrings of such
// texts (24 bytes each) were a third of the window's memory. An InternedText is one pointer to the process's copy;
// equal texts have the same copy, so comparing two is comparing addresses. The copies are never freed (there are a
// few thousand distinct ones at most), which is what makes reading one from any thread safe without a lock.
class InternedText
{
public:
    InternedText() = default; // the empty text
    explicit InternedText(const QString &text);
    InternedText &operator=(const QString &text) { return *this = InternedText(text); }

    const QString &toString() const { return *m_text; }
    operator const QString &() const { return *m_text; }
    bool isEmpty() const { return m_text->isEmpty(); }

    friend bool operator==(InternedText a, InternedText b) { return a.m_text == b.m_text; }
    friend bool operator!=(InternedText a, InternedText b) { return a.m_text != b.m_text; }
    friend bool operator==(InternedText a, const QString &b) { return *a.m_text == b; }
    friend bool operator!=(InternedText a, const QString &b) { return *a.m_text != b; }
    friend bool operator==(const QString &a, InternedText b) { return a == *b.m_text; }
    friend bool operator!=(const QString &a, InternedText b) { return a != *b.m_text; }
    friend bool operator==(InternedText a, QLatin1StringView b) { return *a.m_text == b; }
    friend bool operator!=(InternedText a, QLatin1StringView b) { return *a.m_text != b; }
    friend size_t qHash(InternedText text, size_t seed = 0) { return qHash(quintptr(text.m_text), seed); }

private:
    static const QString s_empty;
    const QString *m_text = &s_empty;
};
Q_DECLARE_TYPEINFO(InternedText, Q_RELOCATABLE_TYPE);

// Interning the same few texts a million times, from records that already share their characters (a table's
// interned texts, the SQLite read's equal texts): a text seen before is found by the address of its characters,
// without hashing them or taking the process's lock. It keeps each text it was given, so that no other text can
// take that address while it lives. One per thread.
class InternedTextCache
{
public:
    InternedText of(const QString &text);

private:
    struct Entry
    {
        QString text; // keeps the characters at the key's address
        InternedText interned;
    };
    QHash<std::pair<const QChar *, qsizetype>, Entry> m_byCharacters;
};
