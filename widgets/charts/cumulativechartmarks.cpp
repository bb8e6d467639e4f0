// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cumulativechartmarks.h"

#include "chartbuilder.h"

#include <QAbstractSeries>
#include <QChart>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QPainterPath>
#include <QScatterSeries>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace {

using Mark = CumulativeChartMarks::Mark;
using StepKind = CumulativeSeries::StepKind;
using Metric = CumulativeSeries::Metric;

Metric lineOf(StepKind kind)
{
    switch (kind) {
    case StepKind::Imposed:
        return Metric::Imposed;
    case StepKind::SetAside:
    case StepKind::Reinstated:
        return Metric::Standing;
    case StepKind::Collected:
        return Metric::Collected;
    }
    return Metric::Imposed;
}

// Adds item `index` of `amount` to the last mark of `marks` when it has `date` and `line`, else to a new mark;
// returns the mark's index.
template<typename AmountOf>
int addTo(QList<Mark> &marks, const QDate &date, Metric line, int index, qint64 amount, const AmountOf &amountOf)
{
    if (marks.isEmpty() || marks.constLast().date != date || marks.constLast().line != line) {
        Mark mark;
        mark.date = date;
        mark.line = line;
        marks.append(mark);
    }
    Mark &mark = marks.last();
    mark.items.append(index);
    if (mark.largest < 0 || amount > amountOf(mark.largest))
        mark.largest = index;
    return int(marks.size() - 1);
}

} // namespace

CumulativeChartMarks::CumulativeChartMarks(const CumulativeSeries &series)
{
    const QList<CumulativeSeries::Step> &steps = series.steps();
    const auto stepAmount = [&steps](int i) { return steps.at(i).amountMinor; };
    m_markOfStep.reserve(steps.size());
    // Steps are sorted by day, then imposed, set aside, reinstated, collected: the marks of a day and line are
    // consecutive, and the last step of each gives the level the mark is drawn at.
    for (int i = 0; i < steps.size(); ++i) {
        const CumulativeSeries::Step &step = steps.at(i);
        if (m_days.isEmpty() || m_days.constLast().date != step.date)
            m_days.append({step.date, {}});
        m_days.last().after = step.after;
        const Metric line = lineOf(step.kind);
        QList<Mark> &marks = step.kind == StepKind::Imposed ? m_imposed : m_changes;
        const int mark = addTo(marks, step.date, line, i, step.amountMinor, stepAmount);
        marks[mark].valueMinor = step.after.value(line);
        m_markOfStep.append(mark);
    }

    const QList<CumulativeSeries::Potential> &potential = series.potential();
    const auto potentialAmount = [&potential](int i) { return potential.at(i).amountEur->minor; };
    m_markOfPotential.reserve(potential.size());
    for (int i = 0; i < potential.size(); ++i) {
        const CumulativeSeries::Potential &p = potential.at(i);
        if (!p.amountEur || !p.date.isValid()) {
            m_markOfPotential.append({-1, -1});
            continue;
        }
        // Sorted by day: the marks of each kind come in day order. Amounts not imposed are never added to
        // anything, not even to each other: a mark rises to the largest of its day, as the separate rises drawn
        // over each other did.
        QList<Mark> &marks = m_potential[int(p.kind)];
        const int mark = addTo(marks, p.date, Metric::Imposed, i, p.amountEur->minor, potentialAmount);
        Mark &m = marks[mark];
        m.baseMinor = totalsAt(p.date).imposedMinor;
        m.valueMinor = m.baseMinor + potentialAmount(m.largest);
        m_markOfPotential.append({int(p.kind), mark});
    }
}

const QList<CumulativeChartMarks::Mark> &CumulativeChartMarks::potential(PotentialKind kind) const
{
    return m_potential[int(kind)];
}

QList<CumulativeChartMarks::PotentialKind> CumulativeChartMarks::potentialKinds() const
{
    QList<PotentialKind> kinds;
    for (int kind = 0; kind < PotentialKindCount; ++kind) {
        if (!m_potential[kind].isEmpty())
            kinds.append(PotentialKind(kind));
    }
    return kinds;
}

std::pair<int, int> CumulativeChartMarks::inRange(const QList<Mark> &marks, const QDate &from, const QDate &to)
{
    const auto first = std::lower_bound(
        marks.cbegin(), marks.cend(), from, [](const Mark &mark, const QDate &day) { return mark.date < day; });
    const auto end = std::upper_bound(
        first, marks.cend(), to, [](const QDate &day, const Mark &mark) { return day < mark.date; });
    return {int(first - marks.cbegin()), int(end - marks.cbegin())};
}

std::optional<std::pair<CumulativeChartMarks::PotentialKind, int>> CumulativeChartMarks::markOfPotential(
    int potentialIndex) const
{
    const std::pair<int, int> mark = m_markOfPotential.value(potentialIndex, {-1, -1});
    if (mark.first < 0)
        return std::nullopt;
    return std::make_pair(PotentialKind(mark.first), mark.second);
}

CumulativeSeries::Totals CumulativeChartMarks::totalsAt(const QDate &date) const
{
    const auto next = std::upper_bound(
        m_days.cbegin(), m_days.cend(), date, [](const QDate &day, const Day &d) { return day < d.date; });
    return next == m_days.cbegin() ? CumulativeSeries::Totals() : std::prev(next)->after;
}

QList<QPointF> CumulativeChartMarks::linePoints(Metric metric, const QDate &from, const QDate &to, const QDate &end) const
{
    // What the steps before the range left is where the line starts: they are not drawn.
    qint64 level = totalsAt(from.addDays(-1)).value(metric);
    QList<QPointF> points;
    points << QPointF(ChartBuilder::dayX(from), ChartBuilder::toMillions(level));
    QDate last = std::max(from, end);
    auto day = std::lower_bound(
        m_days.cbegin(), m_days.cend(), from, [](const Day &d, const QDate &date) { return d.date < date; });
    for (; day != m_days.cend() && day->date <= to; ++day) {
        const qint64 next = day->after.value(metric);
        if (next == level)
            continue;
        const qreal x = ChartBuilder::dayX(day->date);
        points << QPointF(x, ChartBuilder::toMillions(level)) << QPointF(x, ChartBuilder::toMillions(next));
        level = next;
        last = std::max(last, day->date);
    }
    points << QPointF(ChartBuilder::dayX(last), ChartBuilder::toMillions(level));
    return points;
}

qint64 CumulativeChartMarks::highestIn(const QDate &from, const QDate &to) const
{
    // Imposed money only grows, and standing and collected never exceed it: its level at the end is the top.
    qint64 highest = totalsAt(to).imposedMinor;
    for (const QList<Mark> &marks : m_potential) {
        const auto [first, end] = inRange(marks, from, to);
        for (int i = first; i < end; ++i)
            highest = std::max(highest, marks.at(i).valueMinor);
    }
    return highest;
}

QPointF CumulativeChartMarks::pointOf(const Mark &mark)
{
    return QPointF(ChartBuilder::dayX(mark.date), ChartBuilder::toMillions(mark.valueMinor));
}

CumulativeChartRises::CumulativeChartRises(
    QChart *chart, QAbstractSeries *series, const QList<QLineF> &rises, const QPen &pen)
    : QGraphicsItem(chart), m_chart(chart), m_series(series), m_rises(rises), m_pen(pen)
{
    // Above the grid and axes, under the series and their marks.
    setZValue(3.5);
    m_bounds = chart->plotArea();
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this](const QRectF &plot) {
        prepareGeometryChange();
        m_bounds = plot;
        update();
    });
    if (QValueAxis *axis = ChartBuilder::timeAxis(chart))
        QObject::connect(axis, &QValueAxis::rangeChanged, chart, [this]() { update(); });
}

QRectF CumulativeChartRises::boundingRect() const
{
    return m_bounds;
}

QList<QLineF> CumulativeChartRises::visibleRises() const
{
    QList<QLineF> visible;
    const QValueAxis *axis = ChartBuilder::timeAxis(m_chart);
    if (!axis)
        return visible;
    for (const QLineF &rise : m_rises) {
        if (rise.x1() >= axis->min() && rise.x1() <= axis->max())
            visible.append(rise);
    }
    return visible;
}

void CumulativeChartRises::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_series)
        return;
    painter->save();
    painter->setClipRect(m_chart->plotArea());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(m_pen);
    const QList<QLineF> rises = visibleRises();
    for (const QLineF &rise : rises)
        painter->drawLine(m_chart->mapToPosition(rise.p1(), m_series), m_chart->mapToPosition(rise.p2(), m_series));
    painter->restore();
}

void useImageMarks(QChart *chart, QScatterSeries *series)
{
    // Drawn four times larger than shown, so that it stays smooth when scaled down (and on a display that scales).
    constexpr int Scale = 4;
    const qreal size = series->markerSize();
    const int pixels = std::max(1, qRound(size * Scale));
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(Scale, Scale);
        QPen pen = series->pen();
        const qreal inset = pen.style() == Qt::NoPen ? 0 : pen.widthF() / 2;
        painter.setPen(pen);
        painter.setBrush(series->brush());
        const QRectF box = QRectF(0, 0, size, size).adjusted(inset, inset, -inset, -inset);
        // The shapes as Qt Charts draws them.
        const auto spikes = [&box](int corners, qreal inner) {
            QPolygonF polygon;
            const int points = inner > 0 ? corners * 2 : corners;
            for (int i = 0; i < points; ++i) {
                const qreal angle = M_PI * 1.5 + 2 * M_PI * i / points;
                const qreal radius = box.width() / 2 * (inner > 0 && i % 2 ? inner : 1.0);
                polygon << box.center() + QPointF(std::cos(angle) * radius, std::sin(angle) * radius);
            }
            return polygon;
        };
        switch (series->markerShape()) {
        case QScatterSeries::MarkerShapeRectangle:
            painter.drawRect(box);
            break;
        case QScatterSeries::MarkerShapeRotatedRectangle:
            painter.drawPolygon(QPolygonF{QPointF(box.left(), box.center().y()), QPointF(box.center().x(), box.top()),
                QPointF(box.right(), box.center().y()), QPointF(box.center().x(), box.bottom())});
            break;
        case QScatterSeries::MarkerShapeTriangle:
            painter.drawPolygon(QPolygonF{box.bottomLeft(), box.bottomRight(), QPointF(box.center().x(), box.top())});
            break;
        case QScatterSeries::MarkerShapeStar:
            painter.drawPolygon(spikes(5, 0.5));
            break;
        case QScatterSeries::MarkerShapePentagon:
            painter.drawPolygon(spikes(5, 0));
            break;
        default:
            painter.drawEllipse(box);
            break;
        }
    }
    // The legend keeps the shape and colours the marks had.
    const QLegend::MarkerShape legendShape = series->markerShape() == QScatterSeries::MarkerShapeRectangle
        ? QLegend::MarkerShapeRectangle
        : series->markerShape() == QScatterSeries::MarkerShapeRotatedRectangle ? QLegend::MarkerShapeRotatedRectangle
        : series->markerShape() == QScatterSeries::MarkerShapeTriangle          ? QLegend::MarkerShapeTriangle
        : series->markerShape() == QScatterSeries::MarkerShapeStar              ? QLegend::MarkerShapeStar
        : series->markerShape() == QScatterSeries::MarkerShapePentagon          ? QLegend::MarkerShapePentagon
                                                                                : QLegend::MarkerShapeCircle;
    const QList<QLegendMarker *> legend = chart->legend()->markers(series);
    for (QLegendMarker *marker : legend) {
        marker->setShape(legendShape);
        marker->setPen(series->pen());
        marker->setBrush(series->brush());
    }
    series->setLightMarker(image);
    // Qt Charts still makes an (invisible) item per point, which takes hovers and clicks: a square without an
    // outline is the one whose bounds it does not compute by stroking the outline of each.
    series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    series->setPen(Qt::NoPen);
}

ChartPointerLayer::ChartPointerLayer(QChart *chart, const QList<QXYSeries *> &series,
    std::function<QString(const QXYSeries *, int)> text, std::function<void(const QString &)> hovered,
    std::function<void(const QXYSeries *, int)> clicked)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_text(std::move(text))
    , m_hovered(std::move(hovered))
    , m_clicked(std::move(clicked))
{
    for (QXYSeries *one : series)
        m_series << one;
    // Over the series, under the labels.
    setZValue(15);
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(m_clicked ? Qt::LeftButton : Qt::NoButton);
    m_bounds = chart->plotArea();
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this](const QRectF &plot) {
        prepareGeometryChange();
        m_bounds = plot;
    });
}

std::pair<const QXYSeries *, int> ChartPointerLayer::markAt(const QPointF &at) const
{
    std::pair<const QXYSeries *, int> found {nullptr, -1};
    qreal best = 0;
    for (const QPointer<QXYSeries> &series : m_series) {
        if (!series || !series->isVisible())
            continue;
        const auto *scatter = qobject_cast<const QScatterSeries *>(series.data());
        const qreal radius = (scatter ? scatter->markerSize() / 2 : 4) + 2;
        const QList<QPointF> points = series->points();
        for (int i = 0; i < points.size(); ++i) {
            const QPointF position = m_chart->mapToPosition(points.at(i), series);
            const qreal distance = QLineF(position, at).length();
            if (distance <= radius && m_bounds.contains(position) && (!found.first || distance < best)) {
                found = {series.data(), i};
                best = distance;
            }
        }
    }
    return found;
}

void ChartPointerLayer::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const auto [series, index] = markAt(event->pos());
    show(series ? m_text(series, index) : QString());
    QGraphicsItem::hoverMoveEvent(event);
}

void ChartPointerLayer::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    show(QString());
    QGraphicsItem::hoverLeaveEvent(event);
}

void ChartPointerLayer::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressed = markAt(event->pos());
    // Away from the marks the press is someone else's.
    if (!m_pressed.first)
        event->ignore();
}

void ChartPointerLayer::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const auto released = markAt(event->pos());
    if (m_pressed.first && released == m_pressed && m_clicked)
        m_clicked(released.first, released.second);
    m_pressed = {nullptr, -1};
    QGraphicsItem::mouseReleaseEvent(event);
}

void ChartPointerLayer::show(const QString &text)
{
    if (text == m_shown)
        return;
    m_shown = text;
    if (m_hovered)
        m_hovered(text);
}
