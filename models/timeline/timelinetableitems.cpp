// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetableitems.h"

#include "decisiontype.h"

#include <QThread>
#include <thread>
#include <vector>

namespace TimelineTableItems {

std::optional<TimelineItem> itemOf(
    const DecisionTable &table, qsizetype row, DateBasis basis, QHash<QString, QString> *shortNames)
{
    std::optional<TimelineItem> item;
    if (table.isWhole(row)) {
        // A decision with more than the compact record (a periodic penalty, long texts): made from all of it.
        item = TimelineItem::fromDecision(table.decision(row), basis, int(row), shortNames);
    } else {
        // The fields read in place: building each row's whole Decision was half of making its item.
        const QDate date = table.dateFor(row, basis);
        if (!date.isValid())
            return std::nullopt;
        item.emplace();
        item->id = table.id(row);
        item->country = table.country(row);
        item->type = table.decisionType(row);
        item->day = date.toJulianDay();
        item->row = int(row);
        item->authority = table.authority(row);
        auto shortName = shortNames->constFind(item->authority);
        if (shortName == shortNames->cend())
            shortName = shortNames->insert(item->authority, TimelineItem::shortAuthority(item->authority));
        item->authorityShort = *shortName;
        item->amount = table.amount(row);
        item->amountEurMinor = table.amountEurMinor(row);
        item->amountIsMaximum = table.amountIsMaximum(row);
        item->monetary = DecisionType::isMonetary(item->type);
        item->standing = TimelineItem::standingOf(table.status(row), table.statusChanges(row));
        item->relatedTo = table.relatedTo(row);
        if (!table.orders(row).isEmpty()) {
            // What spansOf() reads of a decision without a periodic penalty: its dates and orders.
            Decision dated;
            dated.decisionDate = table.decisionDate(row);
            dated.announceDate = table.announceDate(row);
            dated.orders = table.orders(row);
            item->spans = TimelineItem::spansOf(dated);
        }
    }
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
