// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionfilterproxy.h"

#include "decisionmodel.h"
#include "viewstate.h"

DecisionFilterProxy::DecisionFilterProxy(ViewState *state, QObject *parent)
    : QSortFilterProxyModel(parent), m_state(state)
{
    setSortRole(DecisionModel::SortRole);
    setDynamicSortFilter(true);
    updateMatcher();
    if (m_state) {
        connect(m_state, &ViewState::filterChanged, this, &DecisionFilterProxy::refilter);
        connect(m_state, &ViewState::dateBasisChanged, this, &DecisionFilterProxy::refilter);
    }
}

void DecisionFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_decisions)
        disconnect(m_decisions, nullptr, this, nullptr);
    m_decisions = qobject_cast<const DecisionModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (m_decisions) {
        // After QSortFilterProxyModel has followed the change (it connected first): an edit or an insertion may
        // take the rows out of date order, or put them back in it.
        connect(m_decisions, &QAbstractItemModel::modelReset, this, &DecisionFilterProxy::applySort);
        connect(m_decisions, &QAbstractItemModel::layoutChanged, this, &DecisionFilterProxy::applySort);
        connect(m_decisions, &QAbstractItemModel::dataChanged, this, &DecisionFilterProxy::applySort);
        connect(m_decisions, &QAbstractItemModel::rowsInserted, this, &DecisionFilterProxy::applySort);
    }
    applySort();
}

void DecisionFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
}

void DecisionFilterProxy::applySort()
{
    const bool asStored = m_decisions && m_sortColumn == DecisionModel::DateColumn && m_sortOrder == Qt::AscendingOrder
        && sortRole() == DecisionModel::SortRole && m_decisions->rowsInDateOrder();
    const int column = asStored ? -1 : m_sortColumn;
    if (column != sortColumn() || (column >= 0 && m_sortOrder != sortOrder()))
        QSortFilterProxyModel::sort(column, m_sortOrder);
}

void DecisionFilterProxy::updateMatcher()
{
    m_matcher = m_state ? DecisionMatcher(m_state->filter(), m_state->dateBasis()) : DecisionMatcher();
}

void DecisionFilterProxy::refilter()
{
    updateMatcher();
    applySort(); // the date basis may have changed the dates' order
    // invalidateFilter() removes and inserts the rows that changed interval by interval, each one a move of the
    // rows after it: at 100,000 decisions a filter that keeps every other row took most of a second. A new filter
    // changes most rows anyway, so the mapping is rebuilt from scratch (one pass, one sort) and announced as a
    // layout change; the selection keeps its rows that stay visible.
    invalidate();
}

bool DecisionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The source is a table: nothing below a row to keep.
    if (sourceParent.isValid())
        return false;
    if (m_matcher.isEmpty())
        return true;

    // The model is read by reference and its search key is folded only if the other criteria pass and a search is
    // set, so filtering copies no Decision and a filter by country folds no text.
    if (m_decisions) {
        return m_matcher.matches(m_decisions->table(), sourceRow,
            [&]() -> const QString & { return m_decisions->searchKey(sourceRow); });
    }

    // Any other source that offers the same roles (a test double, a future merged model) filters the same way.
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QVariant decision = index.data(DecisionModel::DecisionRole);
    if (!decision.canConvert<Decision>())
        return false;
    const Decision d = decision.value<Decision>();
    return m_matcher.matches(d, [&] {
        const QVariant searchKey = index.data(DecisionModel::SearchKeyRole);
        return searchKey.isValid() ? searchKey.toString() : DecisionFilter::searchKeyFor(d);
    });
}

bool DecisionFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The model's integer keys order rows as SortRole does, without a QVariant per comparison.
    if (m_decisions && sortRole() == DecisionModel::SortRole && left.column() == right.column())
        return m_decisions->sortKey(left.row(), left.column()) < m_decisions->sortKey(right.row(), right.column());
    return QSortFilterProxyModel::lessThan(left, right);
}
