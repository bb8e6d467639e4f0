// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decisiontable.h"
#include "timelineitem.h"

#include <QHash>
#include <QList>
#include <functional>
#include <optional>

// The timeline's items of a DecisionTable's rows, for the window's item cache (TimelineItemCache) and the command
// line's `export timeline`, which read the same compact rows: each item knows its row (sourceRow) and its relations
// as rows, resolved through the table's own index of ids, so that nothing hashes a million ids again.
namespace TimelineTableItems {

// The item of `row`, linked (TimelineItem::relationsResolved); nullopt when the decision has no date on `basis`.
// The table's id index must be built (DecisionTable::buildIdIndex()) when this runs on several threads at once.
// `texts` (not null) is reused from item to item: one per thread.
std::optional<TimelineItem> itemOf(const DecisionTable &table, qsizetype row, DateBasis basis, TimelineItemTexts *texts);

// Runs `work(from, to, part)` over [0, count) in one part, or, with many rows and a second core, in two parts at once
// (part 0 and 1, each on its own thread): building a million items took over a second on one.
void inParts(qsizetype count, const std::function<void(qsizetype from, qsizetype to, int part)> &work);

// The items of every row of `table` that has a date on `basis`, in row order.
QList<TimelineItem> fromTable(const DecisionTable &table, DateBasis basis);

} // namespace TimelineTableItems
