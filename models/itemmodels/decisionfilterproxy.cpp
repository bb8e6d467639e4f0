// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionfilterproxy.h"

#include "decisionfilter.h"
#include "decisionmodel.h"
#include "viewstate.h"

DecisionFilterProxy::DecisionFilterProxy(ViewState *state, QObject *parent)
    : QSortFilterProxyModel(parent), m_state(state)
{
    setSortRole(DecisionModel::SortRole);
    setDynamicSortFilter(true);
    if (m_state) {
        connect(m_state, &ViewState::filterChanged, this, &DecisionFilterProxy::invalidateFilter);
        connect(m_state, &ViewState::dateBasisChanged, this, &DecisionFilterProxy::invalidateFilter);
    }
}

bool DecisionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The source is a table: nothing below a row to keep.
    if (sourceParent.isValid())
        return false;
    if (!m_state)
        return true;
    const DecisionFilter &filter = m_state->filter();
    if (filter.isEmpty())
        return true;

    const bool searching = !filter.search.trimmed().isEmpty();
    // The model is read by reference and its precomputed search key is reused, so filtering copies no Decision
    // and folds no text.
    if (const auto *decisions = qobject_cast<const DecisionModel *>(sourceModel())) {
        const QString searchKey = searching
            ? decisions->data(decisions->index(sourceRow, 0), DecisionModel::SearchKeyRole).toString()
            : QString();
        return filter.matches(decisions->decisionAt(sourceRow), m_state->dateBasis(), searchKey);
    }

    // Any other source that offers the same roles (a test double, a future merged model) filters the same way.
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QVariant decision = index.data(DecisionModel::DecisionRole);
    if (!decision.canConvert<Decision>())
        return false;
    const QVariant searchKey = index.data(DecisionModel::SearchKeyRole);
    if (searching && !searchKey.isValid())
        return filter.matches(decision.value<Decision>(), m_state->dateBasis());
    return filter.matches(decision.value<Decision>(), m_state->dateBasis(), searchKey.toString());
}
