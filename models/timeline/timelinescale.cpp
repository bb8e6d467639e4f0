// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinescale.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace {

struct TickLevel
{
    TimelineScale::TickUnit unit;
    int step;
    double approxDays;
};

constexpr TickLevel tickLevels[] = {
    { TimelineScale::TickUnit::Day, 1, 1.0 },
    { TimelineScale::TickUnit::Week, 1, 7.0 },
    { TimelineScale::TickUnit::Month, 1, 30.44 },
    { TimelineScale::TickUnit::Quarter, 1, 91.31 },
    { TimelineScale::TickUnit::Year, 1, 365.25 },
    { TimelineScale::TickUnit::Year, 2, 730.5 },
    { TimelineScale::TickUnit::Year, 5, 1826.25 },
    { TimelineScale::TickUnit::Year, 10, 3652.5 },
    { TimelineScale::TickUnit::Year, 20, 7305.0 },
    { TimelineScale::TickUnit::Year, 50, 18262.5 },
    { TimelineScale::TickUnit::Year, 100, 36525.0 },
};

// A safety net against a degenerate pixel range: an axis never needs more ticks than this.
constexpr int maximumTicks = 4000;

// "d MMM" or "MMM d", following the order of the locale's short date format.
QString dayMonthFormat(const QLocale &locale, bool withYear)
{
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype dayPos = shortFormat.indexOf(QLatin1Char('d'));
    const qsizetype monthPos = shortFormat.indexOf(QLatin1Char('M'));
    const bool monthFirst = monthPos >= 0 && dayPos >= 0 && monthPos < dayPos;
    if (monthFirst)
        return withYear ? QStringLiteral("MMM d, yyyy") : QStringLiteral("MMM d");
    return withYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM");
}

} // namespace

TimelineScale::TimelineScale(double fromDay, double toDay, double x0, double width)
{
    setPixelRange(x0, width);
    setRange(fromDay, toDay);
}

QDate TimelineScale::dateOf(double day)
{
    return QDate::fromJulianDay(qint64(std::floor(day)));
}

void TimelineScale::setPixelRange(double x0, double width)
{
    m_x0 = x0;
    m_width = qMax(1.0, width);
}

void TimelineScale::setLimits(double fromDay, double toDay)
{
    m_limitFrom = fromDay;
    m_limitTo = qMax(toDay, fromDay + minimumSpanDays);
    setRange(m_from, m_to);
}

void TimelineScale::setRange(double fromDay, double toDay)
{
    if (toDay < fromDay)
        std::swap(fromDay, toDay);
    const double limitSpan = m_limitTo - m_limitFrom;
    const double span = qBound(minimumSpanDays, toDay - fromDay, limitSpan);
    const double centre = (fromDay + toDay) / 2;
    double from = centre - span / 2;
    from = qBound(m_limitFrom, from, m_limitTo - span);
    m_from = from;
    m_to = from + span;
}

bool TimelineScale::isFitAll() const
{
    // Within a thousandth of a day: a fit that went through a round trip of floating-point arithmetic.
    return std::abs(m_from - m_limitFrom) < 1e-3 && std::abs(m_to - m_limitTo) < 1e-3;
}

QDate TimelineScale::visibleFromDate() const
{
    return dateOf(m_from);
}

QDate TimelineScale::visibleToDate() const
{
    // The last day that is at least partly visible: a range ending exactly at midnight does not show that day.
    return dateOf(std::ceil(m_to) - 1);
}

void TimelineScale::zoom(double factor, double anchorX)
{
    if (factor <= 0)
        return;
    const double anchorDay = dayForX(anchorX);
    const double limitSpan = m_limitTo - m_limitFrom;
    const double span = qBound(minimumSpanDays, this->span() / factor, limitSpan);
    // Keep the anchor's fraction of the range, so the day under the cursor stays under the cursor.
    const double fraction = (anchorX - m_x0) / m_width;
    const double from = anchorDay - fraction * span;
    setRange(from, from + span);
}

void TimelineScale::pan(double dx)
{
    const double days = dx / pixelsPerDay();
    setRange(m_from - days, m_to - days);
}

void TimelineScale::centreOn(double day)
{
    const double half = span() / 2;
    setRange(day - half, day + half);
}

bool TimelineScale::ensureVisible(double day, double marginFraction)
{
    const double margin = span() * marginFraction;
    if (day >= m_from + margin && day <= m_to - margin)
        return false;
    const double from = m_from;
    centreOn(day);
    return m_from != from;
}

TimelineScale::TickUnit TimelineScale::tickUnit(double minSpacing, int *step) const
{
    const double ppd = pixelsPerDay();
    for (const TickLevel &level : tickLevels) {
        if (level.approxDays * ppd >= minSpacing) {
            if (step)
                *step = level.step;
            return level.unit;
        }
    }
    const TickLevel &last = tickLevels[std::size(tickLevels) - 1];
    // Beyond a century per tick: grow the year step by tens until it fits.
    int years = last.step;
    while (years * 365.25 * ppd < minSpacing && years < 1000000)
        years *= 10;
    if (step)
        *step = years;
    return TickUnit::Year;
}

QList<TimelineTick> TimelineScale::ticks(const QLocale &locale, double minSpacing) const
{
    int step = 1;
    const TickUnit unit = tickUnit(minSpacing, &step);
    const QDate first = dateOf(m_from);
    const QDate last = dateOf(m_to);
    QDate date;
    switch (unit) {
    case TickUnit::Year:
        date = QDate(int(std::floor(double(first.year()) / step)) * step, 1, 1);
        break;
    case TickUnit::Quarter:
        date = QDate(first.year(), ((first.month() - 1) / 3) * 3 + 1, 1);
        break;
    case TickUnit::Month:
        date = QDate(first.year(), first.month(), 1);
        break;
    case TickUnit::Week:
        date = first.addDays(-((first.dayOfWeek() - int(locale.firstDayOfWeek()) + 7) % 7));
        break;
    case TickUnit::Day:
        date = first;
        break;
    }

    QList<TimelineTick> ticks;
    QDate previous;
    while (date.isValid() && date <= last && ticks.size() < maximumTicks) {
        const double day = dayOf(date);
        if (day >= m_from) {
            const bool firstLabel = ticks.isEmpty();
            TimelineTick tick;
            tick.day = day;
            switch (unit) {
            case TickUnit::Year:
                tick.label = locale.toString(date, QStringLiteral("yyyy"));
                tick.major = date.year() % (step >= 10 ? step * 10 : 10) == 0;
                break;
            case TickUnit::Quarter:
                tick.label = QCoreApplication::translate("TimelineScale", "Q%1 %2", "quarter, year")
                                 .arg((date.month() - 1) / 3 + 1)
                                 .arg(locale.toString(date, QStringLiteral("yyyy")));
                tick.major = date.month() == 1;
                break;
            case TickUnit::Month:
                tick.major = date.month() == 1;
                tick.label = locale.toString(
                    date, tick.major || firstLabel ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
                break;
            case TickUnit::Week:
            case TickUnit::Day: {
                const bool newYear = previous.isValid() && previous.year() != date.year();
                tick.major = previous.isValid() ? previous.month() != date.month() : date.day() == 1;
                tick.label = locale.toString(date, dayMonthFormat(locale, firstLabel || newYear));
                break;
            }
            }
            ticks.append(tick);
            previous = date;
        }
        switch (unit) {
        case TickUnit::Year:
            date = date.addYears(step);
            break;
        case TickUnit::Quarter:
            date = date.addMonths(3);
            break;
        case TickUnit::Month:
            date = date.addMonths(1);
            break;
        case TickUnit::Week:
            date = date.addDays(7);
            break;
        case TickUnit::Day:
            date = date.addDays(1);
            break;
        }
    }
    return ticks;
}

QList<TimelineTick> TimelineScale::centredLabelTicks(const QLocale &locale, double minSpacing,
    const std::function<double(const QString &label)> &labelWidth, double gap) const
{
    const double left = m_x0;
    const double right = m_x0 + m_width;
    const auto fitsInside = [&](const TimelineTick &tick) {
        const double x = xForDay(tick.day);
        const double half = labelWidth(tick.label) / 2;
        return x - half >= left && x + half <= right;
    };
    double spacing = qMax(1.0, minSpacing);
    QList<TimelineTick> result;
    // Each round widens the spacing by what the tightest pair lacked, so a coarser unit is reached within a few
    // rounds; the bound only guards against a measure that never fits.
    for (int round = 0; round < 64; ++round) {
        result = ticks(locale, spacing);
        qsizetype firstInside = 0;
        while (firstInside < result.size() && !fitsInside(result.at(firstInside)))
            ++firstInside;
        if (firstInside > 0 && firstInside < result.size()) {
            // Ticks from the first one whose label fits, at the same pixels per day, so that the unit stays and
            // that tick is labelled as the first.
            TimelineScale rest = *this;
            rest.m_from = result.at(firstInside).day;
            rest.m_x0 = xForDay(rest.m_from);
            rest.m_width = (m_to - rest.m_from) * pixelsPerDay();
            const QList<TimelineTick> relabelled = rest.ticks(locale, spacing);
            result.resize(firstInside);
            result += relabelled;
        }
        for (qsizetype i = 0; i < result.size(); ++i) {
            if (i < firstInside || !fitsInside(result.at(i)))
                result[i].label.clear();
        }
        double lacking = 0;
        const TimelineTick *previous = nullptr;
        for (const TimelineTick &tick : std::as_const(result)) {
            if (tick.label.isEmpty())
                continue;
            if (previous) {
                const double distance = (tick.day - previous->day) * pixelsPerDay();
                const double needed = (labelWidth(previous->label) + labelWidth(tick.label)) / 2 + gap;
                lacking = qMax(lacking, needed / qMax(distance, 1e-9));
            }
            previous = &tick;
        }
        if (lacking <= 1.0)
            return result;
        spacing *= qMax(lacking, 1.05);
    }
    return result;
}
