// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessible>
#include <QHash>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

class QAbstractItemModel;

// The accessible interfaces of a custom view's items (the timeline's decisions, a chart's steps or bars), made on
// demand and kept by key, as KDE Dolphin's item view does: a view of 100,000 items never builds them all. They are
// dropped when the view's model is reset or replaced, since the items they name may be gone for good; deleting
// them through QAccessible also tells the platform's bridge.
class AccessibleItemCache
{
public:
    AccessibleItemCache();
    ~AccessibleItemCache();
    Q_DISABLE_COPY_MOVE(AccessibleItemCache)

    // The interface for `key`, from the cache or from `make` (registered with QAccessible), after dropping every
    // item if `model` is not the one the cache last saw.
    QAccessibleInterface *item(
        QAbstractItemModel *model, const QString &key, const std::function<QAccessibleInterface *()> &make);
    void clear();

private:
    void follow(QAbstractItemModel *model);

    QHash<QString, QAccessible::Id> m_items;
    QPointer<QAbstractItemModel> m_model;
    // Receives the model's reset for as long as the cache lives (an accessible interface is not a QObject).
    std::unique_ptr<QObject> m_receiver;
};
