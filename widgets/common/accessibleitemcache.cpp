// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibleitemcache.h"

#include <QAbstractItemModel>

AccessibleItemCache::AccessibleItemCache()
    : m_receiver(std::make_unique<QObject>())
{
}

AccessibleItemCache::~AccessibleItemCache()
{
    clear();
}

QAccessibleInterface *AccessibleItemCache::item(
    QAbstractItemModel *model, const QString &key, const std::function<QAccessibleInterface *()> &make)
{
    follow(model);
    if (QAccessibleInterface *cached = QAccessible::accessibleInterface(m_items.value(key)))
        return cached;
    QAccessibleInterface *made = make();
    m_items.insert(key, QAccessible::registerAccessibleInterface(made));
    return made;
}

void AccessibleItemCache::follow(QAbstractItemModel *model)
{
    if (model == m_model)
        return;
    clear();
    if (m_model)
        QObject::disconnect(m_model, nullptr, m_receiver.get(), nullptr);
    m_model = model;
    if (m_model)
        QObject::connect(m_model, &QAbstractItemModel::modelReset, m_receiver.get(), [this] { clear(); });
}

void AccessibleItemCache::clear()
{
    for (const QAccessible::Id id : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
    m_items.clear();
}
