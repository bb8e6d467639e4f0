// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderablecolumn.h"

#include <QPainter>

RenderableColumn::RenderableColumn(const QString &title)
    : m_title(title)
{
}

void RenderableColumn::add(const Renderable &part, double weight)
{
    m_parts.append({ &part, qMax(0.0, weight) });
}

QRectF RenderableColumn::partRect(int index, const QRectF &target) const
{
    double total = 0;
    double before = 0;
    for (int i = 0; i < m_parts.size(); ++i) {
        if (i < index)
            before += m_parts.at(i).weight;
        total += m_parts.at(i).weight;
    }
    if (total <= 0 || index < 0 || index >= m_parts.size())
        return {};
    const double top = target.top() + target.height() * before / total;
    return QRectF(target.left(), top, target.width(), target.height() * m_parts.at(index).weight / total);
}

void RenderableColumn::render(QPainter *painter, const QRectF &target, const Theme &theme) const
{
    for (int i = 0; i < m_parts.size(); ++i) {
        const QRectF rect = partRect(i, target);
        if (rect.isEmpty())
            continue;
        // Each part paints its own background over its rectangle, and nothing outside it.
        painter->save();
        painter->setClipRect(rect, Qt::IntersectClip);
        m_parts.at(i).renderable->render(painter, rect, theme);
        painter->restore();
    }
}
