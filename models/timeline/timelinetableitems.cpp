// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetableitems.h"

#include <QThread>
#include <thread>
#include <vector>

namespace TimelineTableItems {

std::optional<TimelineItem> itemOf(
    const DecisionTable &table, qsizetype row, DateBasis basis, QHash<QString, QString> *shortNames)
{
    std::optional<TimelineItem> item = TimelineItem::fromDecision(table.decision(row), basis, int(row), shortNames);
    if (!item)
        return item;
    item->sourceRow = int(row);
    for (const QString &id : std::as_const(item->relatedTo))
        item->relatedRows.append(int(table.rowOf(id)));
    item->relatedTo.clear(); // the rows say it now
    for (TimelineSpan &span : item->spans)
        span.untilRow = span.untilId.isEmpty() ? -1 : int(table.rowOf(span.untilId));
    item->relationsResolved = true;
    return item;
}

void inParts(qsizetype count, const std::function<void(qsizetype from, qsizetype to, int part)> &work)
{
    // Below this, a second thread costs more than it saves.
    constexpr qsizetype ParallelFrom = 20000;
    if (count < ParallelFrom || QThread::idealThreadCount() < 2) {
        work(0, count, 0);
        return;
    }
    const qsizetype half = count / 2;
    std::thread other([&] { work(half, count, 1); });
    work(0, half, 0);
    other.join();
}

QList<TimelineItem> fromTable(const DecisionTable &table, DateBasis basis)
{
    table.buildIdIndex(); // read-only from here on, from both threads
    // The rows with a date make an item each: counted first, so that both parts write their items in place into one
    // list of the exact size (two lists joined were, for a moment, half as many items again: 140 MB at a million).
    const qsizetype rows = table.size();
    std::vector<qsizetype> itemsBefore(size_t(rows) + 1, 0);
    for (qsizetype row = 0; row < rows; ++row)
        itemsBefore[size_t(row) + 1] = itemsBefore[size_t(row)] + (table.dateFor(row, basis).isValid() ? 1 : 0);
    QList<TimelineItem> items;
    items.reserve(itemsBefore.back());
    items.resize(itemsBefore.back());
    TimelineItem *out = items.data();
    inParts(rows, [&](qsizetype from, qsizetype to, int) {
        QHash<QString, QString> shortNames;
        for (qsizetype row = from; row < to; ++row) {
            if (std::optional<TimelineItem> item = itemOf(table, row, basis, &shortNames))
                out[itemsBefore[size_t(row)]] = std::move(*item);
        }
    });
    return items;
}

} // namespace TimelineTableItems
