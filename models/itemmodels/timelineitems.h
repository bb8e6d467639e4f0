// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "timelineitem.h"

#include <QHash>
#include <QList>
#include <QPointer>

class DecisionModel;
class QAbstractItemModel;

// The timeline's items from an item model: where models/timeline (which knows no item model) meets the decision
// model that every view shares.
namespace TimelineItems {

// Rows of a DecisionModel, directly or through proxies (the row is the row in `model`), or of any model that offers
// DecisionModel::DecisionRole.
QList<TimelineItem> fromModel(const QAbstractItemModel *model, DateBasis basis);
// The date basis of the DecisionModel under `model` (through proxies); adopted when there is none.
DateBasis dateBasisOf(const QAbstractItemModel *model);

} // namespace TimelineItems

// TimelineItems::fromModel for a view that rebuilds often: the item of each decision is built once per change of
// the DecisionModel (or of the date basis) and reused when only the filter or the sort changed, which is what a
// filter change at 100,000 decisions mostly did (parsing the orders for spans, formatting amounts).
class TimelineItemCache
{
public:
    // The items of the rows of `model`, picked from the items kept (no item is copied).
    TimelineItemSelection select(const QAbstractItemModel *model, DateBasis basis);
    // The same as a list of copies (TimelineItems::fromModel's result).
    QList<TimelineItem> fromModel(const QAbstractItemModel *model, DateBasis basis);
    void clear();

private:
    enum class State : quint8 { Unknown, Item, NoItem };
    // Builds the items of these rows of `decisions` into m_items and m_states.
    void build(const DecisionModel *decisions, DateBasis basis, const QList<int> &sourceRows);
    QPointer<const DecisionModel> m_source;
    quint64 m_generation = 0;
    DateBasis m_basis = DateBasis::Adopted;
    QList<TimelineItem> m_items; // by source row
    QList<State> m_states; // by source row
};
