// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <array>

// A value per text, for texts that repeat on every decision (decision types, countries): a text seen lately is
// found again in a small table by comparing it, without hashing it (at 1,000,000 decisions two hash lookups per
// decision were a tenth of `caseline stats`); any other text goes through a hash. The readers give decisions with
// the same type one shared QString, so the comparison is mostly of two addresses.
template <typename Value> class TextTally
{
public:
    Value &operator[](const QString &text)
    {
        Slot &slot = m_recent[slotOf(text)];
        if (slot.index >= 0
            && (slot.text.constData() == text.constData() ? slot.text.size() == text.size() : slot.text == text))
            return m_values[slot.index];
        auto found = m_index.constFind(text);
        if (found == m_index.cend()) {
            found = m_index.insert(text, m_values.size());
            m_texts.append(text);
            m_values.append(Value());
        }
        slot = { text, *found };
        return m_values[*found];
    }

    // In the order the texts were first seen.
    const QList<QString> &texts() const { return m_texts; }
    const QList<Value> &values() const { return m_values; }

private:
    struct Slot
    {
        QString text;
        qsizetype index = -1;
    };
    // Direct-mapped by the text's length and three of its characters: a text seen lately is one comparison away.
    static constexpr int Recent = 64;
    static int slotOf(const QString &text)
    {
        const qsizetype size = text.size();
        if (size == 0)
            return 0;
        const uint mix = uint(size) * 7u + text.at(0).unicode() * 31u + text.at(size / 2).unicode() * 131u
            + text.at(size - 1).unicode();
        return int(mix % Recent);
    }
    std::array<Slot, Recent> m_recent;
    QHash<QString, qsizetype> m_index;
    QList<QString> m_texts;
    QList<Value> m_values;
};
