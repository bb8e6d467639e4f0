// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineitem.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QVector>

// The timeline's data arranged once per model change: one lane per country in the chosen order, each lane's
// decisions in time order, relations and duration bars resolved to item indexes, and the order in time used by
// keyboard navigation. What changes with every zoom or pan is computed from this by TimelineFrame.
class TimelineLayout
{
public:
    enum class LaneOrder { FirstDecision, TotalFines, Alphabetical };
    enum class Step { Next, Previous, LaneUp, LaneDown, First, Last };

    // One decision in a lane, as the per-frame walk reads it: small and contiguous.
    struct Entry
    {
        double day = 0; // the middle of the decision's day, or its share of the day when others share it
        int item = -1;
        float size = -1; // sqrt(euro amount / largest euro amount) for fines and penalty payments, else -1
        qint64 fineEurMinor = 0; // counted in cluster sums: euro cents of fines and penalty payments
    };

    struct Lane
    {
        QString country;
        QVector<Entry> entries; // by day
        qint64 finesEurMinor = 0; // fines and penalty payments still standing
        qint64 firstDay = 0;
    };

    struct Bar
    {
        int item = -1;
        TimelineSpan::Kind kind = TimelineSpan::Kind::ComplianceDeadline;
        double fromDay = 0;
        double toDay = 0;
        int row = 0; // bars that overlap in time stack in rows
    };

    struct LaneBars
    {
        QVector<Bar> bars; // by fromDay
        double longest = 0; // days, to bound the search for bars reaching into a range
        int rows = 0;
    };

    // A view on a part of a flat index array, for range-for.
    struct Indexes
    {
        const int *first = nullptr;
        const int *last = nullptr;
        const int *begin() const { return first; }
        const int *end() const { return last; }
        int size() const { return int(last - first); }
    };

    static constexpr int maximumBarRows = 3;

    TimelineLayout() = default;
    explicit TimelineLayout(
        QList<TimelineItem> items, LaneOrder order = LaneOrder::FirstDecision, const QLocale &locale = QLocale());

    void setItems(QList<TimelineItem> items);
    void setItems(TimelineItemSelection selection);
    // The items shown, as a selection that shares them (an export's copy of the view).
    TimelineItemSelection selection() const;
    // Alphabetical order uses country names in `locale`.
    void setLaneOrder(LaneOrder order, const QLocale &locale = QLocale());
    LaneOrder laneOrder() const { return m_order; }

    bool isEmpty() const { return itemCount() == 0; }
    int itemCount() const { return int(m_selected ? m_indexes.size() : m_items.size()); }
    const TimelineItem &item(int index) const { return m_items.at(m_selected ? m_indexes.at(index) : index); }
    // The row in the view's model of an item (its TimelineItem::row unless the items are a selection).
    int rowOfItem(int index) const { return m_selected ? m_rows.at(index) : item(index).row; }
    // -1 when absent.
    // A scan (5 ms at a million items), remembered for the next call: a selection asks a few times for one id, and
    // an index of every id cost more on each filter change than all the scans it would save.
    int indexOfId(const QString &id) const;
    int indexOfSourceRow(int sourceRow) const
    {
        return sourceRow >= 0 && sourceRow < m_indexBySourceRow.size() ? m_indexBySourceRow.at(sourceRow) : -1;
    }
    int indexOfRow(int row) const { return row >= 0 && row < m_indexByRow.size() ? m_indexByRow.at(row) : -1; }

    int laneCount() const { return int(m_lanes.size()); }
    const QVector<Lane> &lanes() const { return m_lanes; }
    const Lane &lane(int index) const { return m_lanes.at(index); }
    int laneOfItem(int item) const { return m_laneOfItem.at(item); }
    int laneOfCountry(const QString &country) const;
    double sizeOfItem(int item) const;

    // The decisions this one follows from (its related_to, where present), and those that follow from it.
    Indexes relatedOf(int item) const;
    Indexes followersOf(int item) const;
    bool hasRelations() const { return !m_related.isEmpty(); }
    // The days that show a decision with those it follows from and those that follow from it, with room around
    // them (a lone decision gets a month either side); false for no decision.
    bool relatedSpan(int item, double *fromDay, double *toDay) const;

    const LaneBars &barsOfLane(int lane) const { return m_bars.at(lane); }
    bool hasSpanKind(TimelineSpan::Kind kind) const;
    bool hasStanding(TimelineItem::Standing standing) const;
    // Decision types present, in DecisionType::all() order, unknown types last.
    QStringList typesPresent() const { return m_types; }

    // Julian days: the start of the first decision's day and the end of the last one's.
    double firstDay() const { return m_firstDay; }
    double lastDay() const { return m_lastDay; }

    // Navigation in time across lanes (ties by lane order), and between lanes.
    int firstInTime() const;
    int lastInTime() const;
    int nextInTime(int item) const;
    int previousInTime(int item) const;
    // The order in time as random access, for lists that follow it (assistive technology reads the decisions in
    // the order Left and Right walk them): the item at a position, and the position of an item; -1 out of range.
    int itemInTimeOrder(int position) const
    {
        return position >= 0 && position < m_timeOrder.size() ? m_timeOrder.at(position) : -1;
    }
    int timePositionOf(int item) const
    {
        return item >= 0 && item < m_timePosition.size() ? m_timePosition.at(item) : -1;
    }
    int nearestInLane(int lane, double day) const;
    // The nearest decision in time in the lane `delta` lanes away; -1 beyond the first or last lane.
    int inAdjacentLane(int item, int delta) const;
    // Where a keyboard step from `item` leads; from no item, Next and Previous start at the first and last.
    int step(int item, Step step) const;

private:
    void resolveRelationsIfNeeded();
    void buildLanes();
    void buildRelations();
    void buildBars();
    void buildTimeOrder();

    // Every item, or with m_selected the store of a selection: then m_indexes pick the items shown and m_rows give
    // their rows.
    QList<TimelineItem> m_items;
    bool m_selected = false;
    QList<int> m_indexes;
    QList<int> m_rows;
    LaneOrder m_order = LaneOrder::FirstDecision;
    QLocale m_locale;
    QVector<Lane> m_lanes;
    QVector<int> m_laneOfItem;
    QVector<int> m_indexBySourceRow; // TimelineItem::sourceRow -> item
    mutable QString m_lastIdAsked;
    mutable int m_lastIndexOfId = -1;
    QVector<int> m_indexByRow;
    QHash<QString, int> m_laneByCountry;
    QVector<int> m_relatedOffsets;
    QVector<int> m_related;
    QVector<int> m_followerOffsets;
    QVector<int> m_followers;
    QVector<LaneBars> m_bars;
    QVector<int> m_timeOrder;
    QVector<int> m_timePosition;
    QStringList m_types;
    unsigned m_standings = 0; // bit per TimelineItem::Standing present
    unsigned m_spanKinds = 0; // bit per TimelineSpan::Kind with a bar
    qint64 m_maxFineEurMinor = 0;
    double m_firstDay = 0;
    double m_lastDay = 0;
};
