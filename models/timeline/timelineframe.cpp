// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineframe.h"

#include "displayformat.h"
#include "timelinelayout.h"
#include "timelinescale.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>

namespace {

// Past this many arrows a frame is too dense to read them; the selected decision's arrows are always kept.
constexpr int maximumArrows = 2500;
// Past this many, arrows that lead out of view go: in a crowded frame they are long lines across everything.
constexpr int maximumArrowsOutOfView = 150;
// Past this many bars in a lane, labels stop avoiding them: checking would cost more than it helps at that density.
constexpr int maximumBarObstacles = 64;

// Decisions of one lane that share a marker: entries [first, last), without the selected decision.
struct Group
{
    int first = 0;
    int last = 0;
    int count = 0;
    double sumX = 0;
    qint64 fines = 0;
    double firstDay = 0;
    double lastDay = 0;
    int firstItem = -1;
    int single = -1; // the entry, when the group has one decision
    double radius = 0;
    double x() const { return sumX / count; }
};

struct LabelCandidate
{
    int marker = -1;
    int rank = 0; // 0 selected, 1 with money, 2 other decisions, 3 clusters with fines
    qint64 value = 0;
};

QRectF squareAround(const QPointF &centre, double radius)
{
    return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
}

} // namespace

QRectF TimelineFrame::laneRect(int lane) const
{
    return QRectF(m_plot.left(), m_plot.top() + lane * m_laneHeight, m_plot.width(), m_laneHeight);
}

double TimelineFrame::markerY(int lane) const
{
    return m_plot.top() + (lane + 0.45) * m_laneHeight;
}

int TimelineFrame::laneAt(double y) const
{
    if (y < m_plot.top() || m_laneHeight <= 0)
        return -1;
    const int lane = int(std::floor((y - m_plot.top()) / m_laneHeight));
    return lane < laneCount() ? lane : -1;
}

int TimelineFrame::markerOfItem(int item) const
{
    return item >= 0 && item < m_markerOfItem.size() ? m_markerOfItem.at(item) : -1;
}

QString TimelineFrame::labelText(const TimelineItem &item, const QLocale &locale)
{
    const std::optional<Money> money = item.amount();
    if (!money)
        return item.authorityShort;
    QString amount = DisplayFormat::compactMoney(money->minor, money->currency, locale);
    if (item.amountIsMaximum)
        amount = QCoreApplication::translate("TimelineFrame", "up to %1").arg(amount);
    if (item.authorityShort.isEmpty())
        return amount;
    return QCoreApplication::translate("TimelineFrame", "%1 · %2", "authority, amount")
        .arg(item.authorityShort, amount);
}

int TimelineFrame::markerAt(const QPointF &pos, double tolerance) const
{
    const int lane = laneAt(pos.y());
    if (lane < 0)
        return -1;
    const double reach = m_maxRadius + tolerance;
    const auto begin = m_markers.cbegin() + m_laneBegin.at(lane);
    const auto end = m_markers.cbegin() + m_laneBegin.at(lane + 1);
    auto it = std::lower_bound(begin, end, pos.x() - reach, [](const Marker &m, double x) { return m.centre.x() < x; });
    int best = -1;
    double bestDistance = 0;
    for (; it != end && it->centre.x() <= pos.x() + reach; ++it) {
        const double dx = it->centre.x() - pos.x();
        const double dy = it->centre.y() - pos.y();
        const double distance = std::sqrt(dx * dx + dy * dy);
        if (distance > it->radius + tolerance)
            continue;
        const int index = int(it - m_markers.cbegin());
        // The selected decision is drawn on top of its neighbours, so it wins where they overlap.
        if (m_selected >= 0 && it->item == m_selected)
            return index;
        const double score = distance - it->radius;
        if (best < 0 || score < bestDistance) {
            best = index;
            bestDistance = score;
        }
    }
    return best;
}

TimelineFrame TimelineFrame::compute(
    const TimelineLayout &layout, const TimelineScale &scale, const TimelineFrameOptions &options)
{
    TimelineFrame frame;
    frame.m_plot = options.plot;
    frame.m_laneHeight = qMax(1.0, options.laneHeight);
    frame.m_selected = options.selectedItem;
    frame.m_markerOfItem.fill(-1, layout.itemCount());
    frame.m_laneBegin.resize(layout.laneCount() + 1);

    const double ppd = scale.pixelsPerDay();
    const double from = scale.fromDay();
    const double x0 = scale.x0();
    const double maxRadius = qMax(qMax(options.maximumMoneyRadius, options.clusterRadius), options.baseRadius);
    // Markers whose centre is just outside the range still reach into it.
    const double marginDays = (maxRadius + options.clusterDistance) / ppd;
    const double rangeFrom = from - marginDays;
    const double rangeTo = scale.toDay() + marginDays;
    const double clusterLimit = frame.m_laneHeight * 0.45;
    const auto radiusOf = [&options](float size) {
        return size < 0 ? options.baseRadius
                        : qMax(options.minimumMoneyRadius, double(size) * options.maximumMoneyRadius);
    };

    const auto clusterRadius
        = [&](int count) { return qMin(clusterLimit, options.clusterRadius * (1 + 0.15 * std::log10(double(count)))); };
    // A group that involves a cluster and would overlap its neighbour joins it: two overlapping fines are data
    // (their areas compare), a cluster overlapping anything is clutter.
    const auto overlaps = [](const Group &a, const Group &b) {
        return (a.count > 1 || b.count > 1) && b.x() - a.x() < (a.radius + b.radius) * 0.9;
    };

    QVector<Group> groups;
    for (int l = 0; l < layout.laneCount(); ++l) {
        frame.m_laneBegin[l] = int(frame.m_markers.size());
        const double y = frame.markerY(l);
        const QVector<TimelineLayout::Entry> &entries = layout.lane(l).entries;
        const auto byDay = [](const TimelineLayout::Entry &e, double d) { return e.day < d; };
        const int lo = int(std::lower_bound(entries.cbegin(), entries.cend(), rangeFrom, byDay) - entries.cbegin());
        const int hi = int(std::lower_bound(entries.cbegin(), entries.cend(), rangeTo, byDay) - entries.cbegin());

        // Groups of the decisions less than the cluster distance from a group's first one, in time order.
        groups.clear();
        int selectedEntry = -1;
        for (int i = lo; i < hi;) {
            const double xStart = x0 + (entries.at(i).day - from) * ppd;
            Group g;
            g.first = i;
            int j = i;
            for (; j < hi; ++j) {
                const TimelineLayout::Entry &e = entries.at(j);
                const double x = x0 + (e.day - from) * ppd;
                if (x - xStart >= options.clusterDistance)
                    break;
                if (e.item == options.selectedItem) {
                    selectedEntry = j;
                    continue;
                }
                if (g.count == 0) {
                    g.firstDay = e.day;
                    g.firstItem = e.item;
                }
                g.lastDay = e.day;
                ++g.count;
                g.sumX += x;
                g.fines += e.fineEurMinor;
                g.single = j;
            }
            g.last = j;
            i = j;
            if (g.count == 0)
                continue;
            g.radius = g.count == 1 ? radiusOf(entries.at(g.single).size) : clusterRadius(g.count);
            while (!groups.isEmpty() && overlaps(groups.last(), g)) {
                Group merged = groups.takeLast();
                merged.last = g.last;
                merged.count += g.count;
                merged.sumX += g.sumX;
                merged.fines += g.fines;
                merged.lastDay = g.lastDay;
                merged.radius = clusterRadius(merged.count);
                g = merged;
            }
            groups.append(g);
        }

        // The selected decision is never merged: it goes in between, where its x puts it.
        const double selectedX = selectedEntry >= 0 ? x0 + (entries.at(selectedEntry).day - from) * ppd : 0.0;
        bool selectedPlaced = selectedEntry < 0;
        const auto placeSelected = [&] {
            const TimelineLayout::Entry &e = entries.at(selectedEntry);
            Marker m;
            m.lane = l;
            m.item = m.firstItem = e.item;
            m.centre = QPointF(selectedX, y);
            m.radius = radiusOf(e.size);
            m.firstDay = m.lastDay = e.day;
            m.fineSumEurMinor = e.fineEurMinor;
            frame.m_markerOfItem[e.item] = int(frame.m_markers.size());
            frame.m_markers.append(m);
            selectedPlaced = true;
        };
        for (const Group &g : std::as_const(groups)) {
            if (!selectedPlaced && selectedX < g.x())
                placeSelected();
            Marker m;
            m.lane = l;
            m.count = g.count;
            m.firstItem = g.firstItem;
            m.item = g.count == 1 ? entries.at(g.single).item : -1;
            m.centre = QPointF(g.count == 1 ? x0 + (entries.at(g.single).day - from) * ppd : g.x(), y);
            m.radius = g.radius;
            m.firstDay = g.firstDay;
            m.lastDay = g.lastDay;
            m.fineSumEurMinor = g.fines;
            const int index = int(frame.m_markers.size());
            for (int k = g.first; k < g.last; ++k) {
                if (k != selectedEntry)
                    frame.m_markerOfItem[entries.at(k).item] = index;
            }
            frame.m_markers.append(m);
        }
        if (!selectedPlaced)
            placeSelected();
    }
    frame.m_laneBegin[layout.laneCount()] = int(frame.m_markers.size());
    for (const Marker &m : std::as_const(frame.m_markers))
        frame.m_maxRadius = qMax(frame.m_maxRadius, m.radius);

    frame.addBars(layout, scale, options);
    frame.addArrows(layout, scale, options);
    if (options.textWidth)
        frame.placeLabels(layout, options);
    return frame;
}

void TimelineFrame::addBars(
    const TimelineLayout &layout, const TimelineScale &scale, const TimelineFrameOptions &options)
{
    const double from = scale.fromDay();
    const double to = scale.toDay();
    const double gap = qMax(1.0, options.barThickness * 0.5);
    for (int l = 0; l < layout.laneCount(); ++l) {
        const TimelineLayout::LaneBars &lane = layout.barsOfLane(l);
        if (lane.bars.isEmpty())
            continue;
        const QRectF laneBox = laneRect(l);
        const bool crowded = std::any_of(m_markers.cbegin() + m_laneBegin.at(l),
            m_markers.cbegin() + m_laneBegin.at(l + 1), [](const Marker &m) { return m.isCluster(); });
        // Bars of one kind in one row that touch on screen are drawn as one: at that density the individual
        // bars cannot be told apart, and a few long bars are cheaper than thousands of overlapping ones.
        constexpr int kinds = 3;
        int open[TimelineLayout::maximumBarRows][kinds];
        std::fill(&open[0][0], &open[0][0] + TimelineLayout::maximumBarRows * kinds, -1);
        const auto first = std::lower_bound(lane.bars.cbegin(), lane.bars.cend(), from - lane.longest,
            [](const TimelineLayout::Bar &b, double d) { return b.fromDay < d; });
        for (auto it = first; it != lane.bars.cend() && it->fromDay < to; ++it) {
            if (it->toDay <= from)
                continue;
            // A bar belongs to its decision: when the decision is merged into a cluster, so is its bar; and in a
            // lane crowded enough to have clusters, bars of decisions out of view would only add clutter.
            const int marker = markerOfItem(it->item);
            if (marker >= 0 ? m_markers.at(marker).isCluster() : crowded && it->item != m_selected)
                continue;
            const double left = qMax(scale.xForDay(it->fromDay), m_plot.left() - 2);
            const double right = qMin(scale.xForDay(it->toDay), m_plot.right() + 2);
            if (right - left < 1)
                continue;
            int &merged = open[it->row][int(it->kind)];
            if (merged >= 0 && left <= m_bars.at(merged).rect.right() + 1) {
                QRectF &rect = m_bars[merged].rect;
                rect.setRight(qMax(rect.right(), right));
                continue;
            }
            const double bottom = laneBox.bottom() - gap - it->row * (options.barThickness + gap);
            merged = int(m_bars.size());
            m_bars.append({ it->item, it->kind,
                QRectF(left, bottom - options.barThickness, right - left, options.barThickness) });
        }
    }
}

void TimelineFrame::addArrows(
    const TimelineLayout &layout, const TimelineScale &scale, const TimelineFrameOptions &options)
{
    if (!layout.hasRelations())
        return;
    const auto endpoint = [&](int item, QPointF *pos, double *radius) {
        const int marker = markerOfItem(item);
        if (marker >= 0) {
            *pos = m_markers.at(marker).centre;
            *radius = m_markers.at(marker).radius;
        } else {
            *pos = QPointF(scale.xForDay(double(layout.item(item).day) + 0.5), markerY(layout.laneOfItem(item)));
            *radius = options.baseRadius;
        }
    };
    const auto isVisibleSingle = [this](int item) {
        const int marker = markerOfItem(item);
        return marker >= 0 && !m_markers.at(marker).isCluster();
    };
    const auto add = [&](int fromItem, int toItem) {
        const bool emphasised = fromItem == m_selected || toItem == m_selected;
        if (!emphasised && m_arrows.size() >= maximumArrows)
            return;
        const int a = markerOfItem(fromItem);
        const int b = markerOfItem(toItem);
        if (a >= 0 && a == b)
            return;
        Arrow arrow;
        arrow.fromItem = fromItem;
        arrow.toItem = toItem;
        arrow.emphasised = emphasised;
        endpoint(fromItem, &arrow.from, &arrow.fromRadius);
        endpoint(toItem, &arrow.to, &arrow.toRadius);
        m_arrows.append(arrow);
    };
    // Each arrow is added once: by its head when the head is a single visible decision, else by its tail.
    // Arrows into or out of clusters are drawn only for the selected decision.
    for (const Marker &m : std::as_const(m_markers)) {
        if (m.isCluster())
            continue;
        for (const int earlier : layout.relatedOf(m.item)) {
            const int marker = markerOfItem(earlier);
            const bool clustered = marker >= 0 && m_markers.at(marker).isCluster();
            if (!clustered || m.item == m_selected || earlier == m_selected)
                add(earlier, m.item);
        }
        for (const int later : layout.followersOf(m.item)) {
            if (isVisibleSingle(later))
                continue;
            const bool clustered = markerOfItem(later) >= 0;
            if (!clustered || m.item == m_selected || later == m_selected)
                add(m.item, later);
        }
    }
    if (m_arrows.size() > maximumArrowsOutOfView) {
        const auto outOfView = [this](const Arrow &a) {
            return !a.emphasised && (markerOfItem(a.fromItem) < 0 || markerOfItem(a.toItem) < 0);
        };
        m_arrows.erase(std::remove_if(m_arrows.begin(), m_arrows.end(), outOfView), m_arrows.end());
    }
}

void TimelineFrame::placeLabels(const TimelineLayout &layout, const TimelineFrameOptions &options)
{
    QVector<LabelCandidate> candidates;
    for (int k = 0; k < m_markers.size(); ++k) {
        const Marker &m = m_markers.at(k);
        if (m.isCluster()) {
            if (m.fineSumEurMinor > 0)
                candidates.append({ k, 3, m.fineSumEurMinor });
        } else if (m.item == m_selected) {
            candidates.append({ k, 0, 0 });
        } else {
            const TimelineItem &it = layout.item(m.item);
            candidates.append({ k, it.hasAmount() ? 1 : 2, qMax<qint64>(0, it.amountEurMinor) });
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const LabelCandidate &a, const LabelCandidate &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.value > b.value;
    });

    // Placed labels per lane, by left edge, to find the ones a new label could touch by binary search.
    QVector<QVector<QRectF>> placed(laneCount());
    QVector<double> widest(laneCount(), 0);
    QVector<int> barBegin(laneCount() + 1, 0);
    for (const Bar &bar : std::as_const(m_bars))
        ++barBegin[layout.laneOfItem(bar.item) + 1];
    for (int l = 0; l < laneCount(); ++l)
        barBegin[l + 1] += barBegin.at(l);
    // m_bars were appended lane by lane, so each lane's bars are one contiguous run.

    const double h = options.labelHeight;
    const double gap = options.labelGap;
    const auto fits = [&](int lane, int self, const QRectF &r) {
        const QRectF box = laneRect(lane);
        if (r.top() < box.top() || r.bottom() > box.bottom() || r.left() < m_plot.left() || r.right() > m_plot.right())
            return false;
        const QVector<QRectF> &rects = placed.at(lane);
        auto it = std::lower_bound(rects.cbegin(), rects.cend(), r.left() - widest.at(lane),
            [](const QRectF &a, double x) { return a.left() < x; });
        for (; it != rects.cend() && it->left() < r.right(); ++it) {
            if (it->intersects(r))
                return false;
        }
        const auto begin = m_markers.cbegin() + m_laneBegin.at(lane);
        const auto end = m_markers.cbegin() + m_laneBegin.at(lane + 1);
        auto m = std::lower_bound(
            begin, end, r.left() - m_maxRadius, [](const Marker &marker, double x) { return marker.centre.x() < x; });
        for (; m != end && m->centre.x() - m->radius < r.right(); ++m) {
            if (int(m - m_markers.cbegin()) != self && squareAround(m->centre, m->radius).intersects(r))
                return false;
        }
        const int bars = barBegin.at(lane + 1) - barBegin.at(lane);
        if (bars <= maximumBarObstacles) {
            for (int b = barBegin.at(lane); b < barBegin.at(lane + 1); ++b) {
                if (m_bars.at(b).rect.intersects(r))
                    return false;
            }
        }
        return true;
    };
    const auto positions = [&](const Marker &m, double w) {
        const QPointF c = m.centre;
        const double r = m.radius;
        return std::array<QRectF, 4> { QRectF(c.x() + r + gap, c.y() - h / 2, w, h),
            QRectF(c.x() - w / 2, c.y() - r - gap - h, w, h), QRectF(c.x() - w / 2, c.y() + r + gap, w, h),
            QRectF(c.x() - r - gap - w, c.y() - h / 2, w, h) };
    };

    // The narrowest label any decision could have: where even that does not fit, the text is not worth building.
    const double narrowest = 2 * h;
    for (const LabelCandidate &candidate : std::as_const(candidates)) {
        const Marker &m = m_markers.at(candidate.marker);
        bool room = false;
        for (const QRectF &r : positions(m, narrowest)) {
            if (fits(m.lane, candidate.marker, r)) {
                room = true;
                break;
            }
        }
        if (!room)
            continue;
        const QString text = m.isCluster()
            ? DisplayFormat::compactMoney(m.fineSumEurMinor, QStringLiteral("EUR"), options.locale)
            : labelText(layout.item(m.item), options.locale);
        if (text.isEmpty())
            continue;
        // Where "CNIL · EUR 20m" does not fit between its neighbours, the money alone often does: a fine is never
        // left without its amount for want of room for the authority's name.
        QStringList texts{text};
        if (!m.isCluster()) {
            const TimelineItem &item = layout.item(m.item);
            if (const std::optional<Money> money = item.amount()) {
                const QString amount = DisplayFormat::compactMoney(money->minor, money->currency, options.locale);
                if (amount != text)
                    texts.append(amount);
            }
        }
        bool done = false;
        for (const QString &label : std::as_const(texts)) {
            const double w = options.textWidth(label) + 2;
            for (const QRectF &r : positions(m, w)) {
                if (!fits(m.lane, candidate.marker, r))
                    continue;
                QVector<QRectF> &rects = placed[m.lane];
                const auto at = std::lower_bound(
                    rects.begin(), rects.end(), r.left(), [](const QRectF &a, double x) { return a.left() < x; });
                rects.insert(at, r);
                widest[m.lane] = qMax(widest.at(m.lane), r.width());
                m_labels.append({ candidate.marker, r, label });
                done = true;
                break;
            }
            if (done)
                break;
        }
    }
}
