// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemarkerpainter.h"

#include "theme.h"

#include <QCoreApplication>
#include <QLineF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QtMath>
#include <array>
#include <cmath>

namespace {

// Regular polygon with `corners` points, the first at `startAngle` degrees (0 = right, 90 = up).
QPolygonF regularPolygon(const QPointF &c, double r, int corners, double startAngle)
{
    QPolygonF polygon;
    polygon.reserve(corners);
    for (int i = 0; i < corners; ++i) {
        const double a = qDegreesToRadians(startAngle + 360.0 * i / corners);
        polygon << QPointF(c.x() + r * std::cos(a), c.y() - r * std::sin(a));
    }
    return polygon;
}

QPolygonF star(const QPointF &c, double r)
{
    QPolygonF polygon;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 == 0 ? r : r * 0.45;
        const double a = qDegreesToRadians(90.0 + 36.0 * i);
        polygon << QPointF(c.x() + radius * std::cos(a), c.y() - radius * std::sin(a));
    }
    return polygon;
}

// A plus sign with arms a third of the size wide; rotated by 45 degrees it is a cross.
QPolygonF plus(const QPointF &c, double r, bool rotated)
{
    const double w = r * 0.36;
    const std::array<QPointF, 12> points
        = { QPointF(-w, -r), QPointF(w, -r), QPointF(w, -w), QPointF(r, -w), QPointF(r, w), QPointF(w, w),
              QPointF(w, r), QPointF(-w, r), QPointF(-w, w), QPointF(-r, w), QPointF(-r, -w), QPointF(-w, -w) };
    QPolygonF polygon;
    const double s = rotated ? M_SQRT1_2 : 1.0;
    for (const QPointF &p : points) {
        if (rotated)
            polygon << QPointF(c.x() + (p.x() - p.y()) * s, c.y() + (p.x() + p.y()) * s);
        else
            polygon << c + p;
    }
    return polygon;
}

} // namespace

TimelineMarkerPainter::Style TimelineMarkerPainter::styleFor(const QString &type)
{
    // Okabe-Ito indexes: 0 orange, 1 sky blue, 2 bluish green, 3 yellow, 4 blue, 5 vermillion, 6 reddish purple,
    // 7 grey. Eleven types share eight colours, so no two types share both colour and shape.
    struct Entry
    {
        const char *type;
        Style style;
    };
    static const Entry styles[] = {
        { "fine", { Shape::Circle, 5 } },
        { "penalty_payment", { Shape::Square, 6 } },
        { "formal_notice", { Shape::TriangleUp, 0 } },
        { "provisional_notice", { Shape::TriangleDown, 3 } },
        { "order", { Shape::Diamond, 4 } },
        { "reprimand", { Shape::Pentagon, 1 } },
        { "finding", { Shape::Plus, 2 } },
        { "court_ruling", { Shape::Hexagon, 7 } },
        { "appeal_ruling", { Shape::Star, 4 } },
        { "settlement", { Shape::Cross, 1 } },
        { "criminal_complaint", { Shape::TriangleRight, 0 } },
    };
    for (const Entry &e : styles) {
        if (type == QLatin1String(e.type))
            return e.style;
    }
    return { Shape::Circle, 7 };
}

QColor TimelineMarkerPainter::colourFor(const QString &type, const Theme &theme)
{
    const int index = styleFor(type).colour;
    return index < theme.categorical.size() ? theme.categorical.at(index) : theme.mutedText;
}

QColor TimelineMarkerPainter::outlineColour(const Theme &theme)
{
    QColor outline = theme.text;
    outline.setAlpha(150);
    return outline;
}

QColor TimelineMarkerPainter::clusterFill(const Theme &theme)
{
    // An opaque mix rather than a translucent fill: the same look on every lane, and far cheaper to rasterise.
    const double share = 0.28;
    return QColor::fromRgbF(theme.background.redF() * (1 - share) + theme.mutedText.redF() * share,
        theme.background.greenF() * (1 - share) + theme.mutedText.greenF() * share,
        theme.background.blueF() * (1 - share) + theme.mutedText.blueF() * share);
}

QColor TimelineMarkerPainter::arrowColour(bool emphasised, const Theme &theme)
{
    if (emphasised)
        return theme.selection;
    // A little see-through, so that arrows crossing each other still show as two; opaque enough for 3:1.
    QColor colour = theme.mutedText;
    colour.setAlpha(210);
    return colour;
}

void TimelineMarkerPainter::drawShape(QPainter *painter, Shape shape, const QPointF &c, double r)
{
    switch (shape) {
    case Shape::Circle:
        painter->drawEllipse(c, r, r);
        return;
    case Shape::Square: {
        const double h = r * 0.886; // same area as the circle
        painter->drawRect(QRectF(c.x() - h, c.y() - h, 2 * h, 2 * h));
        return;
    }
    case Shape::Diamond:
        painter->drawPolygon(regularPolygon(c, r * 1.2, 4, 90));
        return;
    // Triangles are centred on their bounding box, not their circumcentre, so they sit on the lane's line.
    case Shape::TriangleUp:
        painter->drawPolygon(regularPolygon(QPointF(c.x(), c.y() + r * 0.325), r * 1.3, 3, 90));
        return;
    case Shape::TriangleDown:
        painter->drawPolygon(regularPolygon(QPointF(c.x(), c.y() - r * 0.325), r * 1.3, 3, 270));
        return;
    case Shape::TriangleRight:
        painter->drawPolygon(regularPolygon(c, r * 1.3, 3, 0));
        return;
    case Shape::Pentagon:
        painter->drawPolygon(regularPolygon(c, r * 1.1, 5, 90));
        return;
    case Shape::Hexagon:
        painter->drawPolygon(regularPolygon(c, r * 1.05, 6, 0));
        return;
    case Shape::Star:
        painter->drawPolygon(star(c, r * 1.35));
        return;
    case Shape::Plus:
        painter->drawPolygon(plus(c, r * 1.15, false));
        return;
    case Shape::Cross:
        painter->drawPolygon(plus(c, r * 1.15, true));
        return;
    }
}

void TimelineMarkerPainter::paintDecision(QPainter *painter, const QString &type, TimelineItem::Standing standing,
    const QPointF &centre, double radius, const Theme &theme)
{
    const Style style = styleFor(type);
    const QColor colour = colourFor(type, theme);
    if (standing == TimelineItem::Standing::SetAside) {
        // Hollow and struck through: the decision no longer stands.
        painter->setBrush(theme.background);
        painter->setPen(QPen(colour, qMax(1.5, radius * 0.22)));
        drawShape(painter, style.shape, centre, radius);
        painter->setPen(QPen(theme.text, qMax(1.2, radius * 0.14), Qt::SolidLine, Qt::RoundCap));
        const double s = radius * 1.15;
        painter->drawLine(QPointF(centre.x() - s, centre.y() + s), QPointF(centre.x() + s, centre.y() - s));
        return;
    }
    painter->setPen(QPen(outlineColour(theme), 1.0));
    painter->setBrush(colour);
    drawShape(painter, style.shape, centre, radius);
    if (standing == TimelineItem::Standing::Contested) {
        // A dashed ring: the decision stands but is being challenged.
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(theme.text, 1.0, Qt::DashLine));
        painter->drawEllipse(centre, radius + 3.5, radius + 3.5);
    }
}

void TimelineMarkerPainter::paintCluster(QPainter *painter, const TimelineFrame::Marker &marker, const Theme &theme)
{
    painter->setPen(QPen(theme.mutedText, 1.0));
    painter->setBrush(clusterFill(theme));
    painter->drawEllipse(marker.centre, marker.radius, marker.radius);
}

void TimelineMarkerPainter::paintBar(
    QPainter *painter, TimelineSpan::Kind kind, const QRectF &rect, const QColor &colour, const Theme &theme)
{
    // Bars are axis-aligned: plain fills and aliased lines draw them crisp, and thousands of them stay cheap.
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    QColor light = colour;
    light.setAlpha(theme.background.lightnessF() < 0.5 ? 90 : 70);
    switch (kind) {
    case TimelineSpan::Kind::ComplianceDeadline: {
        // A solid bar ending in a tick: the date by which the order had to be met.
        QColor fill = colour;
        fill.setAlpha(190);
        painter->fillRect(rect, fill);
        painter->setPen(QPen(colour.darker(130), 2.0));
        painter->drawLine(QPointF(rect.right(), rect.top() - 2), QPointF(rect.right(), rect.bottom() + 2));
        break;
    }
    case TimelineSpan::Kind::PenaltyWindow: {
        // Hatched: money accruing day by day over this window. Drawn as lines, which SVG and PDF keep, unlike
        // pattern brushes.
        painter->fillRect(rect, light);
        painter->save();
        painter->setClipRect(rect, Qt::IntersectClip);
        painter->setPen(QPen(colour, 1.0));
        const double step = qMax(3.0, rect.height());
        for (double x = rect.left() - rect.height(); x < rect.right(); x += step)
            painter->drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
        painter->restore();
        break;
    }
    case TimelineSpan::Kind::Ban:
        // A light bar with a thin edge on top: a ban running for years.
        painter->fillRect(rect, light);
        painter->setPen(QPen(colour, 1.0));
        painter->drawLine(rect.topLeft(), rect.topRight());
        break;
    }
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

void TimelineMarkerPainter::paintArrow(
    QPainter *painter, const TimelineFrame::Arrow &arrow, double headSize, const Theme &theme)
{
    const QColor colour = arrowColour(arrow.emphasised, theme);
    const QLineF direct(arrow.from, arrow.to);
    if (direct.length() < arrow.fromRadius + arrow.toRadius + 2)
        return;
    QPainterPath path;
    QPointF start;
    QPointF end;
    QPointF tangentFrom;
    const bool sameLane = std::abs(arrow.from.y() - arrow.to.y()) < 0.5;
    if (sameLane) {
        // An arc above the lane, its height bounded in pixels so it stays readable at every zoom.
        const double lift = qMin(28.0, 6 + direct.length() / 5);
        const QPointF control((arrow.from.x() + arrow.to.x()) / 2, arrow.from.y() - 2 * lift);
        QLineF out(arrow.from, control);
        out.setLength(arrow.fromRadius + 1);
        QLineF in(arrow.to, control);
        in.setLength(arrow.toRadius + 2);
        start = out.p2();
        end = in.p2();
        path.moveTo(start);
        path.quadTo(control, end);
        tangentFrom = control;
    } else {
        const double dx = (arrow.to.x() - arrow.from.x()) / 2;
        const QPointF c1(arrow.from.x() + dx, arrow.from.y());
        const QPointF c2(arrow.to.x() - dx, arrow.to.y());
        QLineF out(arrow.from, QLineF(arrow.from, c1).length() > 1 ? c1 : arrow.to);
        out.setLength(arrow.fromRadius + 1);
        QLineF in(arrow.to, QLineF(arrow.to, c2).length() > 1 ? c2 : arrow.from);
        in.setLength(arrow.toRadius + 2);
        start = out.p2();
        end = in.p2();
        path.moveTo(start);
        path.cubicTo(c1, c2, end);
        tangentFrom = QLineF(arrow.to, c2).length() > 1 ? c2 : start;
    }
    painter->setBrush(Qt::NoBrush);
    // Pens of one pixel take the raster engine's fast path; a wider one costs ten times as much per arrow.
    painter->setPen(QPen(colour, arrow.emphasised ? 2.0 : 1.0));
    painter->drawPath(path);

    QLineF back(end, tangentFrom);
    back.setLength(headSize);
    QLineF wingA(end, back.p2());
    wingA.setAngle(back.angle() + 25);
    QLineF wingB(end, back.p2());
    wingB.setAngle(back.angle() - 25);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(QPolygonF({ end, wingA.p2(), wingB.p2() }));
}

QString TimelineMarkerPainter::compactCount(int count, const QLocale &locale)
{
    const QString thousands = QCoreApplication::translate("TimelineMarkerPainter", "%1k", "a count in thousands");
    if (count < 1000)
        return locale.toString(count);
    if (count < 9950)
        return thousands.arg(locale.toString(count / 1000.0, 'f', 1));
    if (count < 1000000)
        return thousands.arg(locale.toString(qRound(count / 1000.0)));
    return QCoreApplication::translate("TimelineMarkerPainter", "%1M", "a count in millions")
        .arg(locale.toString(count / 1000000.0, 'f', 1));
}
