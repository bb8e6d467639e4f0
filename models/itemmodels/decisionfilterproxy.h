// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

class ViewState;

// The one filter proxy between DecisionModel and every view. It keeps the rows that match the ViewState's
// DecisionFilter on its date basis, and sorts by DecisionModel::SortRole so that dates, amounts and text sort right.
class DecisionFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DecisionFilterProxy(ViewState *state, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DecisionFilterProxy)

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPointer<ViewState> m_state;
};
