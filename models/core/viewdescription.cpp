// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewdescription.h"

QString ViewDescription::summary() const
{
    return sentences.join(QLatin1Char(' '));
}

QString ViewDescription::plainText() const
{
    QStringList blocks;
    if (!sentences.isEmpty())
        blocks.append(summary() + QLatin1Char('\n'));
    for (const QString &passage : passages)
        blocks.append(passage + QLatin1Char('\n'));
    for (const Table &table : tables)
        blocks.append(alignedText(table));
    return blocks.join(QLatin1Char('\n'));
}

QString ViewDescription::alignedText(const Table &table)
{
    const qsizetype columns = table.header.size();
    QList<qsizetype> widths(columns, 0);
    const auto measure = [&widths, columns](const QStringList &row) {
        for (qsizetype column = 0; column < qMin(columns, row.size()); ++column)
            widths[column] = qMax(widths.at(column), row.at(column).size());
    };
    measure(table.header);
    for (const QStringList &row : table.rows)
        measure(row);

    QString text;
    const auto line = [&](const QStringList &row) {
        QString out;
        for (qsizetype column = 0; column < columns; ++column) {
            const QString cell = row.value(column);
            if (column > 0)
                out += QLatin1String("  ");
            const bool right = table.figures.value(column, false);
            out += right ? cell.rightJustified(widths.at(column)) : cell.leftJustified(widths.at(column));
        }
        // Padding after the last cell is no use to anyone and trips up diffs.
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        text += out + QLatin1Char('\n');
    };
    line(table.header);
    for (const QStringList &row : table.rows)
        line(row);
    return text;
}

void ViewDescription::append(const ViewDescription &other)
{
    sentences += other.sentences;
    passages += other.passages;
    tables += other.tables;
}

QString ViewDescription::asSentence(const QString &text)
{
    QString out = text.simplified();
    if (out.isEmpty())
        return out;
    static const QString ends = QStringLiteral(".!?\u2026");
    if (!ends.contains(out.back()))
        out += QLatin1Char('.');
    return out;
}
