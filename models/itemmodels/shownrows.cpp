// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shownrows.h"

#include "decisionmodel.h"

#include <QAbstractProxyModel>

#include <vector>

ShownRows ShownRows::of(const QAbstractItemModel *view)
{
    ShownRows shown;
    if (!view)
        return shown;
    QList<const QAbstractProxyModel *> proxies;
    const QAbstractItemModel *source = view;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source)) {
        proxies.append(proxy);
        source = proxy->sourceModel();
    }
    shown.decisions = qobject_cast<const DecisionModel *>(source);
    if (!shown.decisions)
        return shown;
    const int rows = view->rowCount();
    shown.sourceRows.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QModelIndex index = view->index(row, 0);
        for (const QAbstractProxyModel *proxy : std::as_const(proxies))
            index = proxy->mapToSource(index);
        shown.sourceRows.append(index.isValid() ? index.row() : -1);
    }
    return shown;
}

DecisionTable ShownRows::table(const QAbstractItemModel *view)
{
    const ShownRows shown = of(view);
    if (shown.decisions) {
        std::vector<qsizetype> rows;
        rows.reserve(size_t(shown.sourceRows.size()));
        for (const int row : shown.sourceRows) {
            if (row >= 0)
                rows.push_back(row);
        }
        DecisionTable table = shown.decisions->table();
        table.keepRows(rows);
        return table;
    }
    DecisionTable table;
    if (!view)
        return table;
    for (int row = 0; row < view->rowCount(); ++row) {
        const QVariant value = view->index(row, 0).data(DecisionModel::DecisionRole);
        if (value.canConvert<Decision>())
            table.append(value.value<Decision>());
    }
    return table;
}
