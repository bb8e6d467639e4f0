// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "renderable.h"

#include <QList>
#include <QString>

// Several views on one page, one under the other, each given a share of the height: the dashboard export is the
// timeline above the cumulative chart. Each part draws through its own render(), as it would alone.
class RenderableColumn final : public Renderable
{
public:
    explicit RenderableColumn(const QString &title);

    // `part` must outlive the column; `weight` is its share of the height relative to the others.
    void add(const Renderable &part, double weight);
    QRectF partRect(int index, const QRectF &target) const;

    void render(QPainter *painter, const QRectF &target, const Theme &theme) const override;
    QString renderTitle() const override { return m_title; }

private:
    struct Part
    {
        const Renderable *renderable = nullptr;
        double weight = 1;
    };

    QString m_title;
    QList<Part> m_parts;
};
