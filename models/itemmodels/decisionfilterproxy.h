// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisionfilter.h"

#include <QPointer>
#include <QSortFilterProxyModel>

class DecisionModel;
class ViewState;

// The one filter proxy between DecisionModel and every view. It keeps the rows that match the ViewState's
// DecisionFilter on its date basis, and sorts by DecisionModel::SortRole so that dates, amounts and text sort right.
class DecisionFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DecisionFilterProxy(ViewState *state, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DecisionFilterProxy)

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    // Sorting by date, ascending, rows that are already in date order (DecisionModel::rowsInDateOrder()) keeps the
    // model's order instead of sorting it: the same rows in the same order, where a stable sort of a million rows
    // was a fifth of every filter change. sortColumn() then says -1; the view's header keeps the column it shows.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void updateMatcher();
    // Sorts as sort() was last asked, by the model's order when that is the same (see sort()).
    void applySort();

    QPointer<ViewState> m_state;
    // The ViewState's filter, prepared once per change rather than once per row.
    DecisionMatcher m_matcher;
    // The source when it is a DecisionModel: rows are then read in place and sorted on its integer keys.
    QPointer<const DecisionModel> m_decisions;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
