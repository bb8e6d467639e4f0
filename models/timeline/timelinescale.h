// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <functional>

class QLocale;

// One tick of the time axis: where it is (in days) and what it says.
struct TimelineTick
{
    double day = 0; // Julian day of the tick's first instant
    QString label;
    bool major = false; // a boundary of the next larger unit (a new year, month): drawn stronger
};

// The mapping between time and x. Time is a double count of days on the Julian day scale: a date occupies
// [julianDay, julianDay + 1), and a decision is drawn in the middle of its day. Zoom and pan stay between one day
// and the whole range (the limits), and the visible range never leaves the limits.
class TimelineScale
{
public:
    enum class TickUnit { Day, Week, Month, Quarter, Year };

    static constexpr double minimumSpanDays = 1.0;

    TimelineScale() = default;
    TimelineScale(double fromDay, double toDay, double x0, double width);

    static double dayOf(const QDate &date) { return double(date.toJulianDay()); }
    static QDate dateOf(double day);

    // The pixels the visible range is drawn into.
    void setPixelRange(double x0, double width);
    double x0() const { return m_x0; }
    double width() const { return m_width; }

    // The whole range: the most one can zoom out to, and the bounds of panning.
    void setLimits(double fromDay, double toDay);
    double limitFrom() const { return m_limitFrom; }
    double limitTo() const { return m_limitTo; }

    // Clamped: at least one day, at most the whole range, shifted inside the limits.
    void setRange(double fromDay, double toDay);
    void fitAll() { setRange(m_limitFrom, m_limitTo); }
    bool isFitAll() const;
    double fromDay() const { return m_from; }
    double toDay() const { return m_to; }
    double span() const { return m_to - m_from; }
    // The dates whose days are at least partly visible.
    QDate visibleFromDate() const;
    QDate visibleToDate() const;

    double pixelsPerDay() const { return m_width / span(); }
    double xForDay(double day) const { return m_x0 + (day - m_from) * pixelsPerDay(); }
    double dayForX(double x) const { return m_from + (x - m_x0) / pixelsPerDay(); }

    // factor > 1 zooms in; the day under anchorX stays under anchorX (unless a limit is reached).
    void zoom(double factor, double anchorX);
    // Moves the content by dx pixels: positive dx shows earlier dates.
    void pan(double dx);
    // Centres the range on `day`, keeping the span.
    void centreOn(double day);
    // Centres on `day` when it is outside the range or within `marginFraction` of the span from an edge; true when
    // the range moved.
    bool ensureVisible(double day, double marginFraction);

    // The finest unit whose ticks are at least minSpacing pixels apart, and its step (years come in 1, 2, 5, ...).
    TickUnit tickUnit(double minSpacing, int *step = nullptr) const;
    // Ticks inside the visible range with labels in `locale` (month names, day-month order of its short format).
    QList<TimelineTick> ticks(const QLocale &locale, double minSpacing) const;
    // ticks() for an axis that centres each label on its tick (the charts). The spacing is the smallest, at least
    // minSpacing, at which every label, `labelWidth(label)` pixels wide, stays `gap` pixels clear of its neighbours:
    // a fixed minimum would let "Sep 2024" after "Aug" run into it. A tick whose label would leave the pixel range
    // keeps its place with an empty label, and the first labelled tick names the year as a first label does.
    QList<TimelineTick> centredLabelTicks(const QLocale &locale, double minSpacing,
        const std::function<double(const QString &label)> &labelWidth, double gap) const;

private:
    double m_from = 0;
    double m_to = 1;
    double m_x0 = 0;
    double m_width = 1;
    double m_limitFrom = -1e9;
    double m_limitTo = 1e9;
};
