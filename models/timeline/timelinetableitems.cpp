// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetableitems.h"

#include "decisiontype.h"

#include <QThread>
#include <thread>
#include <vector>

namespace TimelineTableItems {

std::optional<TimelineItem> itemOf(const DecisionTable &table, qsizetype row, DateBasis basis, TimelineItemTexts *texts)
{
    std::optional<TimelineItem> item;
    if (table.isWhole(row)) {
        // A decision with more than the compact record (a periodic penalty, long texts): made from all of it.
        item = TimelineItem::fromDecision(table.decision(row), basis, int(row), texts);
    } else {
        // The fields read in place: building each row's whole Decision was half of making its item.
        const QDate date = table.dateFor(row, basis);
        if (!date.isValid())
            return std::nullopt;
        item.emplace();
        item->id = table.id(row);
        item->country = texts->interned.of(table.country(row));
        item->type = texts->interned.of(table.decisionType(row));
        item->day = date.toJulianDay();
        item->row = int(row);
        item->authority = texts->interned.of(table.authority(row));
        item->authorityShort = texts->shortAuthorityOf(item->authority);
        item->setAmount(table.amount(row));
        item->amountEurMinor = table.amountEurMinor(row);
        item->amountIsMaximum = table.amountIsMaximum(row);
        item->monetary = DecisionType::isMonetary(item->type);
        item->standing = TimelineItem::standingOf(table.status(row), table.statusChanges(row));
        item->setRelatedTo(table.relatedTo(row));
        if (!table.orders(row).isEmpty()) {
            // What spansOf() reads of a decision without a periodic penalty: its dates and orders.
            Decision dated;
            dated.decisionDate = table.decisionDate(row);
            dated.announceDate = table.announceDate(row);
            dated.orders = table.orders(row);
            item->setSpans(TimelineItem::spansOf(dated));
        }
    }
    if (!item)
        return item;
    item->sourceRow = int(row);
    item->resolveLinks([&](const QString &id) { return int(table.rowOf(id)); }, TimelineItem::RelatedIds::Forget);
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
        TimelineItemTexts texts;
        for (qsizetype row = from; row < to; ++row) {
            if (std::optional<TimelineItem> item = itemOf(table, row, basis, &texts))
                out[itemsBefore[size_t(row)]] = std::move(*item);
        }
    });
    return items;
}

} // namespace TimelineTableItems
