// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cumulativeseries.h"

#include <QDate>
#include <QGraphicsItem>
#include <QLineF>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QPointer>

#include <functional>
#include <optional>
#include <utility>

class QAbstractSeries;
class QChart;
class QScatterSeries;
class QXYSeries;

// What the cumulative chart draws, aggregated by day so that the chart has a bounded number of series and points
// whatever the number of decisions: Qt Charts slows down with every series (quadratically) and every scatter point
// is a graphics item of its own. The steps of one day are one mark on the line they move; the amounts not imposed
// of one day and kind are one mark of that kind. Each mark lists the steps or amounts it stands for, so that a
// tooltip or a click goes from a drawn point back to its decisions.
class CumulativeChartMarks
{
public:
    using Metric = CumulativeSeries::Metric;
    using PotentialKind = CumulativeSeries::PotentialKind;

    struct Mark
    {
        QDate date;
        Metric line = Metric::Imposed; // the line it sits on (steps); Imposed for amounts not imposed
        qint64 valueMinor = 0; // where it is drawn: the line once the day's steps are applied, or a rise's top
        qint64 baseMinor = 0; // amounts not imposed: the imposed total of the day, where the dashed rise starts
        QList<int> items; // indexes into the series' steps() or potential(), in that order
        int largest = -1; // the item of the largest amount (the first of equals): what a click on the mark selects
    };

    CumulativeChartMarks() = default;
    explicit CumulativeChartMarks(const CumulativeSeries &series);

    // Steps that impose money, one mark a day on the imposed line.
    const QList<Mark> &imposed() const { return m_imposed; }
    // Set-asides and reinstatements (standing line) and payments (collected line): one mark a day and line,
    // the standing one first.
    const QList<Mark> &changes() const { return m_changes; }
    // Amounts not imposed that can be drawn (a euro amount and a date): one mark a day for each kind.
    const QList<Mark> &potential(PotentialKind kind) const;
    // The kinds that have marks, in the order of the enum.
    QList<PotentialKind> potentialKinds() const;
    static constexpr int PotentialKindCount = int(PotentialKind::PenaltyPerDay) + 1;

    // The marks of `marks` dated from `from` to `to`, both included: indexes [first, end).
    static std::pair<int, int> inRange(const QList<Mark> &marks, const QDate &from, const QDate &to);
    // The mark of a step (an index into steps()): in imposed() for imposed steps, else in changes().
    int markOfStep(int stepIndex) const { return m_markOfStep.value(stepIndex, -1); }
    // The mark of an amount not imposed (an index into potential()), when it is drawn.
    std::optional<std::pair<PotentialKind, int>> markOfPotential(int potentialIndex) const;

    // The totals once every step of the days up to `date` (included) is applied.
    CumulativeSeries::Totals totalsAt(const QDate &date) const;
    // A step line over the range [from, to]: from its level before `from` (what earlier steps left), a rise or
    // fall at each day in the range on which it changes, on to `end` or the range's last step, whichever is later.
    // Points in TimelineScale days (the middle of the day) and millions of euros.
    QList<QPointF> linePoints(Metric metric, const QDate &from, const QDate &to, const QDate &end) const;
    // The largest value the imposed line or a rise reaches in [from, to], in euro cents.
    qint64 highestIn(const QDate &from, const QDate &to) const;

    // Where a mark is drawn, in the chart's value coordinates.
    static QPointF pointOf(const Mark &mark);

private:
    struct Day
    {
        QDate date;
        CumulativeSeries::Totals after;
    };

    QList<Day> m_days;
    QList<Mark> m_imposed;
    QList<Mark> m_changes;
    QList<Mark> m_potential[PotentialKindCount];
    QList<int> m_markOfStep;
    QList<std::pair<int, int>> m_markOfPotential; // (kind, mark), kind -1 when not drawn
};

// Draws each point of `series` as one image, from its current marker shape, size, brush and pen, instead of as a
// shape of its own: a chart with thousands of marks builds and lays out in a fraction of the time (Qt Charts gives
// every marker a stroked outline and, for each, looks its point up among all points). The series keeps its
// tooltips and clicks; its legend entry keeps the look it had.
void useImageMarks(QChart *chart, QScatterSeries *series);

// The pointer over the marks of a chart's point series, for all of them at once: Qt Charts gives a hover only to
// the topmost series that takes hovers, and a series of image marks takes them over its whole plot, so the series
// under it would never show their tooltips (and its clicks give no usable point). A press away from any mark
// passes on, to the lines, the area and the view's drag to zoom.
class ChartPointerLayer final : public QGraphicsItem
{
public:
    // `text` describes point `index` of `series` (empty: nothing to show); `hovered` receives it, and an empty text
    // when the pointer leaves a mark; `clicked` (may be null) receives a click on a mark.
    ChartPointerLayer(QChart *chart, const QList<QXYSeries *> &series,
        std::function<QString(const QXYSeries *series, int index)> text, std::function<void(const QString &)> hovered,
        std::function<void(const QXYSeries *series, int index)> clicked);

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override { }

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    // The mark nearest to `at` within its own size and a little more: its series and index, or null.
    std::pair<const QXYSeries *, int> markAt(const QPointF &at) const;
    void show(const QString &text);

    QChart *m_chart;
    QList<QPointer<QXYSeries>> m_series;
    std::function<QString(const QXYSeries *, int)> m_text;
    std::function<void(const QString &)> m_hovered;
    std::function<void(const QXYSeries *, int)> m_clicked;
    QRectF m_bounds;
    QString m_shown;
    std::pair<const QXYSeries *, int> m_pressed {nullptr, -1};
};

// The dashed rises of the amounts not imposed, from the imposed total of their day to their top, painted as one
// item under the marks: as line series, each rise would need a series of its own.
class CumulativeChartRises final : public QGraphicsItem
{
public:
    // `rises` in value coordinates of `series` (attached to the chart's axes); the item is a child of `chart` and
    // follows its plot area and time range.
    CumulativeChartRises(QChart *chart, QAbstractSeries *series, const QList<QLineF> &rises, const QPen &pen);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // The rises in the visible time range, in value coordinates: obstacles for the labels.
    QList<QLineF> visibleRises() const;

private:
    QChart *m_chart;
    QPointer<QAbstractSeries> m_series;
    QList<QLineF> m_rises;
    QPen m_pen;
    QRectF m_bounds;
};
