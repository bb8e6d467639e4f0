// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisiontable.h"

#include <QList>

class DecisionModel;
class QAbstractItemModel;

// The rows a view shows (its model: the DecisionModel, directly or through filter and sort proxies) as rows of the
// DecisionModel under it, mapped down the proxies once, so that the views read each decision in place rather than
// copied out of a QVariant per row.
struct ShownRows
{
    const DecisionModel *decisions = nullptr; // null when no DecisionModel is under the view's model
    QList<int> sourceRows; // one per row of the view's model, in its order; -1 where a row maps to nothing

    static ShownRows of(const QAbstractItemModel *view);
    // The decisions `view` shows, in its order, as compact rows: the DecisionModel's own rows (no decision is
    // built), or, over another model, each row's DecisionModel::DecisionRole.
    static DecisionTable table(const QAbstractItemModel *view);
};
