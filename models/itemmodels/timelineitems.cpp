// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineitems.h"

#include "decisionmodel.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QThread>
#include <thread>

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

void TimelineItemCache::build(const DecisionModel *decisions, DateBasis basis, const QList<int> &sourceRows)
{
    if (sourceRows.isEmpty())
        return;
    // Written in place below, by row: detached from any earlier selection first.
    TimelineItem *items = m_items.data();
    State *states = m_states.data();
    decisions->table().buildIdIndex(); // read-only from here on
    const auto buildRange = [&](qsizetype from, qsizetype to) {
        QHash<QString, QString> shortNames; // many decisions share an authority
        for (qsizetype i = from; i < to; ++i) {
            const int sourceRow = sourceRows.at(i);
            std::optional<TimelineItem> item
                = TimelineItem::fromDecision(decisions->decisionAt(sourceRow), basis, sourceRow, &shortNames);
            states[sourceRow] = item ? State::Item : State::NoItem;
            if (!item)
                continue;
            // Linked through the model's own index of ids, once per change of the decisions.
            item->sourceRow = sourceRow;
            for (const QString &id : std::as_const(item->relatedTo))
                item->relatedRows.append(decisions->rowOf(id));
            item->relatedTo.clear(); // the rows say it now
            for (TimelineSpan &span : item->spans)
                span.untilRow = span.untilId.isEmpty() ? -1 : decisions->rowOf(span.untilId);
            item->relationsResolved = true;
            items[sourceRow] = std::move(*item);
        }
    };
    // Building a million items took over a second on the window's thread; with a second core, a second thread takes
    // half of them. Each item depends on its own decision only; the model is not changed meanwhile.
    constexpr qsizetype ParallelFrom = 20000;
    if (sourceRows.size() < ParallelFrom || QThread::idealThreadCount() < 2) {
        buildRange(0, sourceRows.size());
        return;
    }
    const qsizetype half = sourceRows.size() / 2;
    std::thread other([&] { buildRange(half, sourceRows.size()); });
    buildRange(0, half);
    other.join();
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
    QList<const QAbstractProxyModel *> proxies;
    const QAbstractItemModel *source = model;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source)) {
        proxies.append(proxy);
        source = proxy->sourceModel();
    }
    const auto *decisions = qobject_cast<const DecisionModel *>(source);
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

    // The source rows of the view's rows, mapped here (the proxies map on their own thread), then the items not
    // built yet, then the selection.
    const int rows = model->rowCount();
    QList<int> sourceRows(rows, -1);
    QList<int> toBuild;
    for (int row = 0; row < rows; ++row) {
        QModelIndex index = model->index(row, 0);
        for (const QAbstractProxyModel *proxy : std::as_const(proxies))
            index = proxy->mapToSource(index);
        if (!index.isValid())
            continue;
        sourceRows[row] = index.row();
        if (m_states.at(index.row()) == State::Unknown)
            toBuild.append(index.row());
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
