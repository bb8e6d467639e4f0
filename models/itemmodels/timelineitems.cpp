// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineitems.h"

#include "decisionmodel.h"

#include <QAbstractProxyModel>
#include <QHash>

namespace TimelineItems {

QList<TimelineItem> fromModel(const QAbstractItemModel *model, DateBasis basis)
{
    QList<TimelineItem> items;
    if (!model)
        return items;
    // Walk down the proxies to the DecisionModel so that each row is read by reference, not copied out of a QVariant.
    QList<const QAbstractProxyModel *> proxies;
    const QAbstractItemModel *source = model;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source)) {
        proxies.append(proxy);
        source = proxy->sourceModel();
    }
    const auto *decisions = qobject_cast<const DecisionModel *>(source);
    const int rows = model->rowCount();
    items.reserve(rows);
    QHash<QString, QString> shortNames;
    for (int row = 0; row < rows; ++row) {
        QModelIndex index = model->index(row, 0);
        std::optional<TimelineItem> item;
        if (decisions) {
            for (const QAbstractProxyModel *proxy : std::as_const(proxies))
                index = proxy->mapToSource(index);
            if (!index.isValid())
                continue;
            item = TimelineItem::fromDecision(decisions->decisionAt(index.row()), basis, row, &shortNames);
        } else {
            const QVariant value = index.data(DecisionModel::DecisionRole);
            if (!value.canConvert<Decision>())
                continue;
            item = TimelineItem::fromDecision(value.value<Decision>(), basis, row, &shortNames);
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

void TimelineItemCache::clear()
{
    m_source = nullptr;
    m_items.clear();
    m_states.clear();
    m_shortNames.clear();
}

QList<TimelineItem> TimelineItemCache::fromModel(const QAbstractItemModel *model, DateBasis basis)
{
    if (!model)
        return {};
    QList<const QAbstractProxyModel *> proxies;
    const QAbstractItemModel *source = model;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source)) {
        proxies.append(proxy);
        source = proxy->sourceModel();
    }
    const auto *decisions = qobject_cast<const DecisionModel *>(source);
    if (!decisions)
        return TimelineItems::fromModel(model, basis);
    if (m_source != decisions || m_generation != decisions->generation() || m_basis != basis
        || m_states.size() != decisions->rowCount()) {
        clear();
        m_source = decisions;
        m_generation = decisions->generation();
        m_basis = basis;
        m_items.resize(decisions->rowCount());
        m_states.fill(State::Unknown, decisions->rowCount());
    }

    QList<TimelineItem> items;
    const int rows = model->rowCount();
    items.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QModelIndex index = model->index(row, 0);
        for (const QAbstractProxyModel *proxy : std::as_const(proxies))
            index = proxy->mapToSource(index);
        if (!index.isValid())
            continue;
        const int sourceRow = index.row();
        State &state = m_states[sourceRow];
        if (state == State::Unknown) {
            std::optional<TimelineItem> item
                = TimelineItem::fromDecision(decisions->decisionAt(sourceRow), basis, sourceRow, &m_shortNames);
            state = item ? State::Item : State::NoItem;
            if (item) {
                // Linked through the model's own index of ids, once per change of the decisions.
                item->sourceRow = sourceRow;
                for (const QString &id : std::as_const(item->relatedTo))
                    item->relatedRows.append(decisions->rowOf(id));
                for (TimelineSpan &span : item->spans)
                    span.untilRow = span.untilId.isEmpty() ? -1 : decisions->rowOf(span.untilId);
                item->relationsResolved = true;
                m_items[sourceRow] = std::move(*item);
            }
        }
        if (state == State::Item) {
            items.append(m_items.at(sourceRow));
            // The row in `model`, as TimelineItems::fromModel gives it.
            items.last().row = row;
        }
    }
    return items;
}
