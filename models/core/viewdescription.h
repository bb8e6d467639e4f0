// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The text alternative of a view: what `caseline describe` prints, View > Describe shows, the FILE.txt beside an
// exported figure holds and lecture mode gives screen readers. Plain text without markup, made from the same figures
// as the drawing (TimelineDescription, ChartDescription, LectureDescription build it): a few sentences, further
// passages where a view has parts of its own (a lecture's steps), and the data drawn, as tables.
//
// Amounts in it are written for a screen reader (DisplayFormat::Reader::ScreenReader): digits are grouped with a
// no-break space, never a thin one, so that "20 000 000" is heard as one number.
struct ViewDescription
{
    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
        // One per column: true where the column holds figures, which line up on the right.
        QList<bool> figures;

        bool operator==(const Table &o) const { return header == o.header && rows == o.rows && figures == o.figures; }
    };

    QStringList sentences;
    QStringList passages;
    QList<Table> tables;

    bool isEmpty() const { return sentences.isEmpty() && passages.isEmpty() && tables.isEmpty(); }
    // The sentences as one paragraph: the short alternative of the figure.
    QString summary() const;
    // The summary, each passage and each table, separated by blank lines, ending with a newline.
    QString plainText() const;
    // `table` in columns padded with spaces, its header first; no rules or other characters that a screen reader
    // would read out. One line per row, each ending with a newline.
    static QString alignedText(const Table &table);
    // Another description's parts after this one's (the dashboard: the timeline, then the cumulative chart).
    void append(const ViewDescription &other);
    // Data text (an authority's name, a summary) as a sentence of its own: simplified, with a full stop unless it
    // already ends a sentence. Empty for empty text.
    static QString asSentence(const QString &text);

    bool operator==(const ViewDescription &o) const
    {
        return sentences == o.sentences && passages == o.passages && tables == o.tables;
    }
};
