// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineitem.h"

#include <QLocale>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>
#include <functional>

class TimelineLayout;
class TimelineScale;

// Sizes in pixels that a frame is laid out with; the renderer derives them from the font and the target size.
struct TimelineFrameOptions
{
    QRectF plot; // the lanes' area; lanes stack from its top
    double laneHeight = 40;
    // Markers less than this far from a group's first marker join the group; a group of several is a cluster, and
    // a cluster that would overlap its neighbour merges with it.
    double clusterDistance = 16;
    double baseRadius = 6; // decisions without money
    double minimumMoneyRadius = 4.5; // the readable minimum of fines and penalty payments
    double maximumMoneyRadius = 18; // the largest euro amount
    double clusterRadius = 9;
    double barThickness = 4;
    int selectedItem = -1; // never merged into a cluster, always labelled when there is room
    double labelHeight = 14;
    double labelGap = 3;
    // Label widths in pixels; without it no labels are placed.
    std::function<double(const QString &)> textWidth;
    QLocale locale;
};

// What one frame shows, computed from a TimelineLayout and a TimelineScale: markers (single decisions and
// clusters of decisions that would overlap), labels placed without overlaps, duration bars and relation arrows.
// Markers are ordered by lane, then x, so the marker under a point is found by binary search.
class TimelineFrame
{
public:
    struct Marker
    {
        int lane = -1;
        int item = -1; // the decision; -1 for a cluster
        int firstItem = -1; // the decision, or the cluster's earliest
        int count = 1;
        QPointF centre;
        double radius = 0;
        double firstDay = 0;
        double lastDay = 0;
        qint64 fineSumEurMinor = 0; // fines and penalty payments in the marker, euro cents
        bool isCluster() const { return item < 0; }
    };

    struct Label
    {
        int marker = -1;
        QRectF rect;
        QString text;
    };

    struct Bar
    {
        int item = -1;
        TimelineSpan::Kind kind = TimelineSpan::Kind::ComplianceDeadline;
        QRectF rect;
    };

    // From the earlier decision to the one that follows from it.
    struct Arrow
    {
        int fromItem = -1;
        int toItem = -1;
        QPointF from;
        QPointF to;
        double fromRadius = 0;
        double toRadius = 0;
        bool emphasised = false; // touches the selected decision
    };

    static TimelineFrame compute(
        const TimelineLayout &layout, const TimelineScale &scale, const TimelineFrameOptions &options);

    const QVector<Marker> &markers() const { return m_markers; }
    const QVector<Label> &labels() const { return m_labels; }
    const QVector<Bar> &bars() const { return m_bars; }
    const QVector<Arrow> &arrows() const { return m_arrows; }
    int laneCount() const { return int(m_laneBegin.size()) - 1; }
    QRectF laneRect(int lane) const;
    double markerY(int lane) const;
    // -1 outside every lane.
    int laneAt(double y) const;
    // The marker drawn at `pos` (within `tolerance` pixels of its edge), the selected decision first; -1 if none.
    int markerAt(const QPointF &pos, double tolerance = 2) const;
    // The marker that shows the item (its own or its cluster's); -1 when it is outside the visible range.
    int markerOfItem(int item) const;
    // "EUR 20m" for a decision, "CNIL · EUR 20m" with its authority; what labels say.
    static QString labelText(const TimelineItem &item, const QLocale &locale);

private:
    void placeLabels(const TimelineLayout &layout, const TimelineFrameOptions &options);
    void addArrows(const TimelineLayout &layout, const TimelineScale &scale, const TimelineFrameOptions &options);
    void addBars(const TimelineLayout &layout, const TimelineScale &scale, const TimelineFrameOptions &options);

    QRectF m_plot;
    double m_laneHeight = 1;
    double m_maxRadius = 0;
    int m_selected = -1;
    QVector<Marker> m_markers;
    QVector<int> m_laneBegin; // laneCount + 1 offsets into m_markers
    QVector<int> m_markerOfItem;
    QVector<Label> m_labels;
    QVector<Bar> m_bars;
    QVector<Arrow> m_arrows;
};
