// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelayout.h"

#include "countryregistry.h"
#include "decisiontype.h"

#include <QCollator>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <numeric>

TimelineLayout::TimelineLayout(QList<TimelineItem> items, LaneOrder order, const QLocale &locale)
    : m_items(std::move(items))
    , m_order(order)
    , m_locale(locale)
{
    resolveRelationsIfNeeded();
    buildLanes();
    buildRelations();
    buildBars();
    buildTimeOrder();
}

void TimelineLayout::setItems(QList<TimelineItem> items)
{
    m_items = std::move(items);
    m_selected = false;
    m_indexes.clear();
    m_rows.clear();
    resolveRelationsIfNeeded();
    buildLanes();
    buildRelations();
    buildBars();
    buildTimeOrder();
}

void TimelineLayout::setItems(TimelineItemSelection selection)
{
    Q_ASSERT(selection.indexes.size() == selection.rows.size());
    m_items = std::move(selection.store);
    m_indexes = std::move(selection.indexes);
    m_rows = std::move(selection.rows);
    m_selected = true;
    resolveRelationsIfNeeded();
    buildLanes();
    buildRelations();
    buildBars();
    buildTimeOrder();
}

TimelineItemSelection TimelineLayout::selection() const
{
    TimelineItemSelection out;
    out.store = m_items;
    const int n = itemCount();
    out.indexes.reserve(n);
    out.rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        out.indexes.append(m_selected ? m_indexes.at(i) : i);
        out.rows.append(rowOfItem(i));
    }
    return out;
}

void TimelineLayout::resolveRelationsIfNeeded()
{
    const int n = itemCount();
    for (int i = 0; i < n; ++i) {
        if (item(i).relationsResolved)
            continue;
        // Items made by hand, or from different sources, are linked among themselves: a list of the shown ones.
        QList<TimelineItem> shown;
        shown.reserve(n);
        for (int k = 0; k < n; ++k) {
            shown.append(item(k));
            shown.last().row = rowOfItem(k);
        }
        TimelineItem::resolveRelations(shown);
        m_items = std::move(shown);
        m_selected = false;
        m_indexes.clear();
        m_rows.clear();
        return;
    }
}

void TimelineLayout::setLaneOrder(LaneOrder order, const QLocale &locale)
{
    m_order = order;
    m_locale = locale;
    buildLanes();
    buildBars();
    buildTimeOrder();
}

int TimelineLayout::indexOfId(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    if (id == m_lastIdAsked)
        return m_lastIndexOfId;
    int found = -1;
    for (int i = 0; i < itemCount(); ++i) {
        if (item(i).id == id) {
            found = i;
            break;
        }
    }
    m_lastIdAsked = id;
    m_lastIndexOfId = found;
    return found;
}

int TimelineLayout::laneOfCountry(const QString &country) const
{
    return m_laneByCountry.value(country, -1);
}

double TimelineLayout::sizeOfItem(int item) const
{
    const TimelineItem &it = this->item(item);
    if (!it.monetary || it.amountEurMinor < 0 || m_maxFineEurMinor <= 0)
        return -1;
    return std::sqrt(double(it.amountEurMinor) / double(m_maxFineEurMinor));
}

void TimelineLayout::buildLanes()
{
    m_lanes.clear();
    m_laneByCountry.clear();
    m_indexBySourceRow.clear();
    m_lastIdAsked.clear();
    m_lastIndexOfId = -1;
    m_indexByRow.clear();
    m_types.clear();
    m_standings = 0;
    m_maxFineEurMinor = 0;
    const int n = itemCount();
    m_laneOfItem.fill(-1, n);
    int lastRow = -1;
    int lastSourceRow = -1;
    for (int i = 0; i < n; ++i) {
        lastRow = qMax(lastRow, rowOfItem(i));
        lastSourceRow = qMax(lastSourceRow, item(i).sourceRow);
    }
    m_indexByRow.fill(-1, lastRow + 1);
    m_indexBySourceRow.fill(-1, lastSourceRow + 1);

    // Countries in order of appearance first; the lane order is applied below.
    QHash<QString, int> laneIndex;
    QVector<Lane> lanes;
    QSet<QString> types;
    for (int i = 0; i < n; ++i) {
        const TimelineItem &it = item(i);
        if (it.sourceRow >= 0)
            m_indexBySourceRow[it.sourceRow] = i;
        if (const int row = rowOfItem(i); row >= 0)
            m_indexByRow[row] = i;
        types.insert(it.type);
        m_standings |= 1u << unsigned(it.standing);
        if (it.monetary && it.amountEurMinor > m_maxFineEurMinor)
            m_maxFineEurMinor = it.amountEurMinor;
        auto found = laneIndex.constFind(it.country);
        if (found == laneIndex.cend()) {
            found = laneIndex.insert(it.country, int(lanes.size()));
            Lane lane;
            lane.country = it.country;
            lane.firstDay = it.day;
            lanes.append(lane);
        }
        Lane &lane = lanes[*found];
        lane.firstDay = qMin(lane.firstDay, it.day);
        if (it.monetary && it.amountEurMinor > 0 && it.standing != TimelineItem::Standing::SetAside)
            lane.finesEurMinor += it.amountEurMinor;
        m_laneOfItem[i] = *found;
    }

    QVector<int> laneSizes(lanes.size(), 0);
    for (int i = 0; i < n; ++i)
        ++laneSizes[m_laneOfItem.at(i)];
    for (int l = 0; l < lanes.size(); ++l)
        lanes[l].entries.reserve(laneSizes.at(l));
    for (int i = 0; i < n; ++i) {
        const TimelineItem &it = item(i);
        Entry entry;
        entry.day = double(it.day) + 0.5;
        entry.item = i;
        entry.size = float(sizeOfItem(i));
        entry.fineEurMinor = it.monetary && it.amountEurMinor > 0 ? it.amountEurMinor : 0;
        lanes[m_laneOfItem.at(i)].entries.append(entry);
    }
    for (Lane &lane : lanes) {
        // Already in order when the items are (see buildTimeOrder()): checked before sorting.
        const auto byDay = [](const Entry &a, const Entry &b) { return a.day < b.day; };
        if (!std::is_sorted(lane.entries.cbegin(), lane.entries.cend(), byDay))
            std::stable_sort(lane.entries.begin(), lane.entries.end(), byDay);
        // Decisions of one day in one lane share the day evenly instead of its middle, so that zooming in far
        // enough always separates them.
        for (int first = 0; first < lane.entries.size();) {
            int last = first + 1;
            while (last < lane.entries.size() && lane.entries.at(last).day == lane.entries.at(first).day)
                ++last;
            const int count = last - first;
            if (count > 1) {
                const double start = lane.entries.at(first).day - 0.5;
                for (int k = 0; k < count; ++k)
                    lane.entries[first + k].day = start + double(k + 1) / (count + 1);
            }
            first = last;
        }
    }

    QVector<int> order(lanes.size());
    std::iota(order.begin(), order.end(), 0);
    if (m_order == LaneOrder::Alphabetical) {
        QCollator collator(m_locale);
        QVector<QString> names(lanes.size());
        for (int l = 0; l < lanes.size(); ++l)
            names[l] = CountryRegistry::name(lanes.at(l).country, m_locale);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int c = collator.compare(names.at(a), names.at(b));
            return c != 0 ? c < 0 : lanes.at(a).country < lanes.at(b).country;
        });
    } else {
        const bool byFines = m_order == LaneOrder::TotalFines;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const Lane &la = lanes.at(a);
            const Lane &lb = lanes.at(b);
            if (byFines && la.finesEurMinor != lb.finesEurMinor)
                return la.finesEurMinor > lb.finesEurMinor;
            if (la.firstDay != lb.firstDay)
                return la.firstDay < lb.firstDay;
            return la.country < lb.country;
        });
    }
    QVector<int> displayIndex(lanes.size());
    m_lanes.reserve(lanes.size());
    for (int position = 0; position < order.size(); ++position) {
        displayIndex[order.at(position)] = position;
        m_laneByCountry.insert(lanes.at(order.at(position)).country, position);
        m_lanes.append(std::move(lanes[order.at(position)]));
    }
    for (int &lane : m_laneOfItem)
        lane = displayIndex.at(lane);

    if (n > 0) {
        qint64 first = item(0).day;
        qint64 last = first;
        for (int i = 1; i < n; ++i) {
            first = qMin(first, item(i).day);
            last = qMax(last, item(i).day);
        }
        m_firstDay = double(first);
        m_lastDay = double(last) + 1;
    } else {
        m_firstDay = m_lastDay = 0;
    }
    for (const QString &type : DecisionType::all()) {
        if (types.remove(type))
            m_types.append(type);
    }
    QStringList unknown(types.cbegin(), types.cend());
    unknown.sort();
    m_types += unknown;
}

void TimelineLayout::buildRelations()
{
    const int n = itemCount();
    m_relatedOffsets.fill(0, n + 1);
    m_related.clear();
    QVector<int> followerCount(n, 0);
    for (int i = 0; i < n; ++i) {
        m_relatedOffsets[i] = int(m_related.size());
        for (const int sourceRow : item(i).relatedRows()) {
            const int other = indexOfSourceRow(sourceRow);
            if (other >= 0 && other != i) {
                m_related.append(other);
                ++followerCount[other];
            }
        }
    }
    m_relatedOffsets[n] = int(m_related.size());

    m_followerOffsets.fill(0, n + 1);
    for (int i = 0; i < n; ++i)
        m_followerOffsets[i + 1] = m_followerOffsets.at(i) + followerCount.at(i);
    m_followers.fill(0, m_related.size());
    QVector<int> fill = m_followerOffsets;
    for (int i = 0; i < n; ++i) {
        for (int k = m_relatedOffsets.at(i); k < m_relatedOffsets.at(i + 1); ++k)
            m_followers[fill[m_related.at(k)]++] = i;
    }
}

TimelineLayout::Indexes TimelineLayout::relatedOf(int item) const
{
    const int *data = m_related.constData();
    return { data + m_relatedOffsets.at(item), data + m_relatedOffsets.at(item + 1) };
}

TimelineLayout::Indexes TimelineLayout::followersOf(int item) const
{
    const int *data = m_followers.constData();
    return { data + m_followerOffsets.at(item), data + m_followerOffsets.at(item + 1) };
}

bool TimelineLayout::relatedSpan(int item, double *fromDay, double *toDay) const
{
    if (item < 0 || item >= itemCount())
        return false;
    double from = double(this->item(item).day);
    double to = from + 1;
    const auto extend = [&](const Indexes &others) {
        for (const int other : others) {
            from = qMin(from, double(this->item(other).day));
            to = qMax(to, double(this->item(other).day) + 1);
        }
    };
    extend(relatedOf(item));
    extend(followersOf(item));
    // Room for the markers and labels at both ends.
    const double pad = qMax((to - from) * 0.15, 30.0);
    *fromDay = from - pad;
    *toDay = to + pad;
    return true;
}

void TimelineLayout::buildBars()
{
    m_bars.clear();
    m_bars.resize(m_lanes.size());
    m_spanKinds = 0;
    for (int i = 0; i < itemCount(); ++i) {
        const TimelineItem &it = item(i);
        for (const TimelineSpan &span : it.spans()) {
            Bar bar;
            bar.item = i;
            bar.kind = span.kind;
            bar.fromDay = double(span.fromDay) + 0.5;
            if (span.untilId.isEmpty()) {
                bar.toDay = double(span.toDay) + 0.5;
            } else {
                // A penalty window ends at the decision that liquidated it; without that decision it has no end.
                const int until = indexOfSourceRow(span.untilRow);
                if (until < 0)
                    continue;
                bar.toDay = double(item(until).day) + 0.5;
            }
            if (bar.toDay <= bar.fromDay)
                continue;
            m_spanKinds |= 1u << unsigned(bar.kind);
            m_bars[m_laneOfItem.at(i)].bars.append(bar);
        }
    }
    for (LaneBars &lane : m_bars) {
        std::stable_sort(
            lane.bars.begin(), lane.bars.end(), [](const Bar &a, const Bar &b) { return a.fromDay < b.fromDay; });
        double rowEnds[maximumBarRows] = {};
        std::fill(std::begin(rowEnds), std::end(rowEnds), -1e18);
        for (Bar &bar : lane.bars) {
            lane.longest = qMax(lane.longest, bar.toDay - bar.fromDay);
            // The first row free at the bar's start; when all are taken, the one that frees up first.
            int row = 0;
            for (int r = 0; r < maximumBarRows; ++r) {
                if (rowEnds[r] <= bar.fromDay) {
                    row = r;
                    break;
                }
                if (rowEnds[r] < rowEnds[row])
                    row = r;
            }
            bar.row = row;
            rowEnds[row] = qMax(rowEnds[row], bar.toDay);
            lane.rows = qMax(lane.rows, row + 1);
        }
    }
}

bool TimelineLayout::hasSpanKind(TimelineSpan::Kind kind) const
{
    return m_spanKinds & (1u << unsigned(kind));
}

bool TimelineLayout::hasStanding(TimelineItem::Standing standing) const
{
    return m_standings & (1u << unsigned(standing));
}

void TimelineLayout::buildTimeOrder()
{
    const int n = itemCount();
    m_timeOrder.resize(n);
    std::iota(m_timeOrder.begin(), m_timeOrder.end(), 0);
    const auto sameDayOrder = [this](int a, int b) {
        const int la = m_laneOfItem.at(a);
        const int lb = m_laneOfItem.at(b);
        return la != lb ? la < lb : a < b;
    };
    // The model's rows, and so the items, mostly come in date order already: then only each day's few items are
    // sorted (by lane), where sorting a million items took a tenth of a filter change.
    bool byDay = true;
    for (int i = 1; i < n && byDay; ++i)
        byDay = item(i - 1).day <= item(i).day;
    if (byDay) {
        for (int first = 0; first < n;) {
            int last = first + 1;
            while (last < n && item(last).day == item(first).day)
                ++last;
            if (last - first > 1)
                std::sort(m_timeOrder.begin() + first, m_timeOrder.begin() + last, sameDayOrder);
            first = last;
        }
    } else {
        std::sort(m_timeOrder.begin(), m_timeOrder.end(), [this, &sameDayOrder](int a, int b) {
            const qint64 da = item(a).day;
            const qint64 db = item(b).day;
            return da != db ? da < db : sameDayOrder(a, b);
        });
    }
    m_timePosition.resize(n);
    for (int position = 0; position < n; ++position)
        m_timePosition[m_timeOrder.at(position)] = position;
}

int TimelineLayout::firstInTime() const
{
    return m_timeOrder.isEmpty() ? -1 : m_timeOrder.first();
}

int TimelineLayout::lastInTime() const
{
    return m_timeOrder.isEmpty() ? -1 : m_timeOrder.last();
}

int TimelineLayout::nextInTime(int item) const
{
    if (item < 0 || item >= itemCount())
        return firstInTime();
    const int position = m_timePosition.at(item) + 1;
    return position < m_timeOrder.size() ? m_timeOrder.at(position) : item;
}

int TimelineLayout::previousInTime(int item) const
{
    if (item < 0 || item >= itemCount())
        return lastInTime();
    const int position = m_timePosition.at(item) - 1;
    return position >= 0 ? m_timeOrder.at(position) : item;
}

int TimelineLayout::nearestInLane(int lane, double day) const
{
    if (lane < 0 || lane >= laneCount())
        return -1;
    const QVector<Entry> &entries = m_lanes.at(lane).entries;
    if (entries.isEmpty())
        return -1;
    const auto it
        = std::lower_bound(entries.cbegin(), entries.cend(), day, [](const Entry &e, double d) { return e.day < d; });
    if (it == entries.cend())
        return entries.last().item;
    if (it == entries.cbegin())
        return it->item;
    const auto before = it - 1;
    return (day - before->day) <= (it->day - day) ? before->item : it->item;
}

int TimelineLayout::inAdjacentLane(int item, int delta) const
{
    if (item < 0 || item >= itemCount())
        return firstInTime();
    const int lane = m_laneOfItem.at(item) + delta;
    if (lane < 0 || lane >= laneCount())
        return -1;
    return nearestInLane(lane, double(this->item(item).day) + 0.5);
}

int TimelineLayout::step(int item, Step step) const
{
    const bool none = item < 0 || item >= itemCount();
    switch (step) {
    case Step::Next:
        return none ? firstInTime() : nextInTime(item);
    case Step::Previous:
        return none ? lastInTime() : previousInTime(item);
    case Step::LaneUp:
        return inAdjacentLane(item, -1);
    case Step::LaneDown:
        return inAdjacentLane(item, 1);
    case Step::First:
        return firstInTime();
    case Step::Last:
        return lastInTime();
    }
    return -1;
}
