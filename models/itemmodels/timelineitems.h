// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "timelineitem.h"

#include <QList>

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
