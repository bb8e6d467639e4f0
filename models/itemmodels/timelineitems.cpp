// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineitems.h"

#include "decisionmodel.h"
#include "shownrows.h"

#include <QAbstractProxyModel>
#include "timelinetableitems.h"

#include <QHash>

namespace TimelineItems {

QList<TimelineItem> fromModel(const QAbstractItemModel *model, DateBasis basis)
{
    QList<TimelineItem> items;
    if (!model)
        return items;
    // Each row read in place from the DecisionModel under the proxies, not copied out of a QVariant.
    const ShownRows shown = ShownRows::of(model);
    const int rows = model->rowCount();
    items.reserve(rows);
    TimelineItemTexts texts; // many decisions share their texts and authority
    for (int row = 0; row < rows; ++row) {
        std::optional<TimelineItem> item;
        if (shown.decisions) {
            const int sourceRow = shown.sourceRows.at(row);
            if (sourceRow < 0)
                continue;
            item = TimelineItem::fromDecision(shown.decisions->decisionAt(sourceRow), basis, row, &texts);
        } else {
            const QVariant value = model->index(row, 0).data(DecisionModel::DecisionRole);
            if (!value.canConvert<Decision>())
                continue;
            item = TimelineItem::fromDecision(value.value<Decision>(), basis, row, &texts);
        }
        if (item)
            items.append(std::move(*item));
    }
    TimelineItem::resolveRelations(items);
    return items;
}

DateBasis dateBasisOf(const QAbstractItemModel *model)
{
    const QAbstractItemModel *source = model;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source))
        source = proxy->sourceModel();
    const auto *decisions = qobject_cast<const DecisionModel *>(source);
    return decisions ? decisions->dateBasis() : DateBasis::Adopted;
}

} // namespace TimelineItems

void TimelineItemCache::build(const DecisionModel *decisions, DateBasis basis, const QList<int> &sourceRows)
{
    if (sourceRows.isEmpty())
        return;
    // Written in place below, by row: detached from any earlier selection first.
    TimelineItem *items = m_items.data();
    State *states = m_states.data();
    const DecisionTable &table = decisions->table();
    table.buildIdIndex(); // read-only from here on
    // Each item depends on its own decision only, and the model is not changed meanwhile: the parts may run at once.
    TimelineTableItems::inParts(sourceRows.size(), [&](qsizetype from, qsizetype to, int) {
        TimelineItemTexts texts; // many decisions share their texts and authority
        for (qsizetype i = from; i < to; ++i) {
            const int sourceRow = sourceRows.at(i);
            std::optional<TimelineItem> item = TimelineTableItems::itemOf(table, sourceRow, basis, &texts);
            states[sourceRow] = item ? State::Item : State::NoItem;
            if (item)
                items[sourceRow] = std::move(*item);
        }
    });
}

void TimelineItemCache::clear()
{
    m_source = nullptr;
    m_items.clear();
    m_states.clear();
}

QList<TimelineItem> TimelineItemCache::fromModel(const QAbstractItemModel *model, DateBasis basis)
{
    const TimelineItemSelection selection = select(model, basis);
    QList<TimelineItem> items;
    items.reserve(selection.indexes.size());
    for (qsizetype i = 0; i < selection.indexes.size(); ++i) {
        items.append(selection.store.at(selection.indexes.at(i)));
        items.last().row = selection.rows.at(i);
    }
    return items;
}

TimelineItemSelection TimelineItemCache::select(const QAbstractItemModel *model, DateBasis basis)
{
    TimelineItemSelection selection;
    if (!model)
        return selection;
    const ShownRows shown = ShownRows::of(model);
    const DecisionModel *decisions = shown.decisions;
    if (!decisions) {
        selection.store = TimelineItems::fromModel(model, basis);
        for (int i = 0; i < selection.store.size(); ++i) {
            selection.indexes.append(i);
            selection.rows.append(selection.store.at(i).row);
        }
        return selection;
    }
    if (m_source != decisions || m_generation != decisions->generation() || m_basis != basis
        || m_states.size() != decisions->rowCount()) {
        clear();
        m_source = decisions;
        m_generation = decisions->generation();
        m_basis = basis;
        // Exactly one item a row: QList::resize() alone leaves room to grow, which at a million items of 280 bytes
        // was 257 MB more than the items.
        m_items = QList<TimelineItem>();
        m_items.reserve(decisions->rowCount());
        m_items.resize(decisions->rowCount());
        m_states.fill(State::Unknown, decisions->rowCount());
    }

    // The items not built yet, then the selection.
    const int rows = model->rowCount();
    const QList<int> &sourceRows = shown.sourceRows;
    QList<int> toBuild;
    for (const int sourceRow : sourceRows) {
        if (sourceRow >= 0 && m_states.at(sourceRow) == State::Unknown)
            toBuild.append(sourceRow);
    }
    build(decisions, basis, toBuild);

    selection.indexes.reserve(rows);
    selection.rows.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const int sourceRow = sourceRows.at(row);
        if (sourceRow >= 0 && m_states.at(sourceRow) == State::Item) {
            selection.indexes.append(sourceRow);
            selection.rows.append(row); // the row in `model`, as TimelineItems::fromModel gives it
        }
    }
    selection.store = m_items;
    return selection;
}
