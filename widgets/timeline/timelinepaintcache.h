// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QRectF>
#include <QStaticText>
#include <QString>
#include <array>
#include <functional>

class QFont;
class QPainter;

// What one frame of the timeline can reuse from the last: text laid out once (labels, counts and ticks come back
// while panning and zooming, and laying out text is shaping it), and parts that change only with the data, the
// size and the theme (lane names, legend) kept as images for raster painters.
class TimelinePaintCache
{
public:
    enum class Part { Gutter, Legend };

    const QStaticText &text(const QString &text, const QFont &font);
    // Draws `text` with its baseline starting at `baseline`, in the painter's font, which must be `font`.
    void drawText(QPainter *painter, const QPointF &baseline, const QString &text, const QFont &font, double ascent);
    // Draws `part` through its image while `key` (with the rectangle's size) stays the same, on raster painters;
    // SVG, PDF and printing get `draw` itself.
    void paintPart(QPainter *painter, Part part, const QRectF &rect, const QString &key,
        const std::function<void(QPainter *, const QRectF &)> &draw);
    void clear();

private:
    struct Image
    {
        QImage image;
        QString key;
    };

    QHash<QString, QStaticText> m_texts;
    std::array<Image, 2> m_parts;
};
