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
