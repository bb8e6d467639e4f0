// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineframe.h"
#include "timelineitem.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>

class QFont;
class QLocale;
class QPainter;
struct Theme;

// How the timeline draws one thing: a decision's marker (shape and colour by type, never colour alone; hollow and
// struck when set aside, ringed when contested), a cluster, a duration bar and a relation arrow. The legend uses
// the same functions, so what it shows is what the timeline draws.
class TimelineMarkerPainter
{
public:
    enum class Shape {
        Circle,
        Square,
        Diamond,
        TriangleUp,
        TriangleDown,
        TriangleRight,
        Pentagon,
        Hexagon,
        Star,
        Plus,
        Cross
    };

    struct Style
    {
        Shape shape = Shape::Circle;
        int colour = 7; // index into Theme::categorical (Okabe-Ito)
    };

    static Style styleFor(const QString &type);
    static QColor colourFor(const QString &type, const Theme &theme);
    // The edge around a marker's fill: what sets a marker apart from the lane when its colour alone would not.
    static QColor outlineColour(const Theme &theme);
    // The disc of a cluster, under its count.
    static QColor clusterFill(const Theme &theme);
    // A relation arrow; the emphasised ones are the selected decision's.
    static QColor arrowColour(bool emphasised, const Theme &theme);

    // The outline of `shape` with its area close to a circle of `radius`, so sizes compare across shapes.
    static void drawShape(QPainter *painter, Shape shape, const QPointF &centre, double radius);
    static void paintDecision(QPainter *painter, const QString &type, TimelineItem::Standing standing,
        const QPointF &centre, double radius, const Theme &theme);
    // The disc of a cluster; its count is drawn by the caller, which caches the text.
    static void paintCluster(QPainter *painter, const TimelineFrame::Marker &marker, const Theme &theme);
    static void paintBar(
        QPainter *painter, TimelineSpan::Kind kind, const QRectF &rect, const QColor &colour, const Theme &theme);
    static void paintArrow(QPainter *painter, const TimelineFrame::Arrow &arrow, double headSize, const Theme &theme);
    // "7", "340", "1.2k", "15k": a count that fits in a cluster.
    static QString compactCount(int count, const QLocale &locale);
};
