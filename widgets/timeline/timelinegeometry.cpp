// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where a timeline goes in a target rectangle and what a frame of it shows: the part of TimelineRenderer that the
// screen and the exports size differently (timelinerenderer.cpp paints what this places).
#include "timelinerenderer.h"

#include "countryregistry.h"
#include "theme.h"
#include "timelinelegend.h"

#include <QFontMetricsF>

namespace {

// The tallest lane of an export, in fonts; the screen's lanes stop at six.
constexpr double ExportLaneHeight = 8.0;
// The most of a view's height the legend may take on screen before it keeps one row.
constexpr double LegendShareOfScreen = 0.15;

} // namespace

TimelineRenderer::Geometry TimelineRenderer::geometry(const QRectF &target, const Theme &theme) const
{
    return geometryWith(target, theme, -1);
}

TimelineRenderer::Geometry TimelineRenderer::geometryWith(
    const QRectF &target, const Theme &theme, double measuredLegend) const
{
    Geometry g;
    g.target = target;
    double f = m_fontPixels > 0 && m_purpose == Purpose::Screen
        ? m_fontPixels
        : qBound(11.0, qMin(target.width() / 110.0, target.height() / 60.0), 28.0) * theme.fontScale;
    if (m_purpose == Purpose::Export && !m_layout.isEmpty()) {
        // A few countries on a slide get larger type and markers, up to twice the size, rather than a strip of
        // lanes in an empty canvas: about what lanes of ExportLaneHeight fonts and the axis and legend need.
        const double natural = f * (m_layout.laneCount() * ExportLaneHeight + 6.5);
        f *= qBound(1.0, target.height() / natural, 2.0);
    }
    g.fontPixels = f;
    const double margin = f * 0.6;
    QRectF area = target.adjusted(margin, margin * 0.5, -margin, -margin * 0.5);
    if (!m_title.isEmpty()) {
        g.title = QRectF(area.left(), area.top(), area.width(), f * 2.1);
        area.setTop(g.title.bottom());
    }

    const QFontMetricsF codeMetrics(font(f, true));
    const QFont nameFont = font(f);
    double nameWidth = 0;
    for (const TimelineLayout::Lane &lane : m_layout.lanes())
        nameWidth
            = qMax(nameWidth, m_cache.text(CountryRegistry::name(lane.country, m_locale), nameFont).size().width());
    const double fixed = f * 1.33 + f * 0.4 + codeMetrics.horizontalAdvance(QStringLiteral("WW")) + f * 0.5;
    // Long names are elided rather than given more than about a quarter of the width.
    const double gutter = qMin(fixed + nameWidth + f * 0.6, qMax(area.width() * 0.22, fixed + f * 3));

    const double axisHeight = f * 1.7;
    const double periodsHeight = m_periods.isEmpty() ? 0.0 : f * 1.4 + f * 0.15;
    double legendHeight = 0;
    if (m_legendVisible) {
        if (measuredLegend < 0) {
            // Measuring the legend is shaping its text: done again only when the data, the width or the type change.
            const QString key = QStringLiteral("%1|%2|%3").arg(m_generation).arg(area.width()).arg(f);
            if (key != m_legendHeightKey) {
                m_legendHeight
                    = TimelineLegend::height(TimelineLegend::entriesFor(m_layout, legendReader()), area.width(), font(f * 0.9));
                m_legendHeightKey = key;
            }
            measuredLegend = m_legendHeight;
        }
        // A short window (a projector at 1280x720) gives the lanes the room: on screen the legend then keeps one
        // row. Exports keep the whole key, which the reader of a slide cannot ask for.
        if (m_purpose == Purpose::Screen && measuredLegend > area.height() * LegendShareOfScreen) {
            measuredLegend = TimelineLegend::rowHeight(font(f * 0.9));
            g.legendOneRow = true;
        }
        legendHeight = measuredLegend > 0 ? measuredLegend + f * 0.4 : 0;
    }
    const int lanes = qMax(1, m_layout.laneCount());
    const double available = qMax(1.0, area.height() - axisHeight - periodsHeight - legendHeight);
    double shift = 0;
    if (m_purpose == Purpose::Export) {
        // Taller lanes would only part the markers from their duration bars (drawn at the lane's foot); what
        // the lanes leave of the height goes above and below, so the drawing sits in the middle of the canvas.
        g.laneHeight = qMin(available / lanes, f * ExportLaneHeight);
        shift = (available - g.laneHeight * lanes) / 2;
    } else {
        g.laneHeight = qMin(available / lanes, f * 6.0);
    }

    const double left = area.left() + gutter;
    g.axis = QRectF(left, area.top() + shift, area.right() - left, axisHeight);
    double top = g.axis.bottom();
    if (!m_periods.isEmpty()) {
        g.periods = QRectF(g.axis.left(), top, g.axis.width(), f * 1.4);
        top = g.periods.bottom() + f * 0.15;
    }
    g.plot = QRectF(g.axis.left(), top, g.axis.width(), g.laneHeight * lanes);
    g.gutter = QRectF(area.left(), top, gutter, g.plot.height());
    g.legend = QRectF(area.left(), g.plot.bottom() + f * 0.4, area.width(), qMax(0.0, legendHeight - f * 0.4));
    return g;
}

TimelineFrame TimelineRenderer::frame(const Geometry &g, const Theme &theme) const
{
    Q_UNUSED(theme)
    const double f = g.fontPixels;
    const double h = g.laneHeight;
    TimelineFrameOptions o;
    o.plot = g.plot;
    o.laneHeight = h;
    // Floors first: a lane lower than the floors allow (a title card's small timeline) still gets visible markers.
    // (Not qBound, whose maximum may not be below its minimum.)
    o.baseRadius = qMax(2.5, qMin(f * 0.42, h * 0.3));
    o.minimumMoneyRadius = o.baseRadius * 0.85;
    o.maximumMoneyRadius = qMax(o.baseRadius, qMin(h * 0.42, f * 1.8));
    o.clusterRadius = qMax(3.0, qMin(f * 0.62, h * 0.42));
    // On screen a marker needs room to be pointed at; on a slide or a page decisions are grouped only where their
    // markers would cover each other.
    o.clusterDistance = m_purpose == Purpose::Screen ? 2 * o.clusterRadius + 3 : 2 * o.baseRadius;
    o.barThickness = qMax(2.0, qMin(h * 0.07, f * 0.35));
    o.selectedItem = shownSelection();
    const QFont labelFont = font(f * 0.85);
    o.labelHeight = QFontMetricsF(labelFont).height();
    o.labelGap = f * 0.2;
    // Through the text cache: the same labels come back frame after frame, and measuring is shaping.
    o.textWidth = [this, labelFont](const QString &text) { return m_cache.text(text, labelFont).size().width(); };
    o.locale = m_locale;
    return TimelineFrame::compute(m_layout, scaleFor(g), o);
}

void TimelineRenderer::render(QPainter *painter, const QRectF &target, const Theme &theme) const
{
    Geometry g = geometry(target, theme);
    TimelineFrame shown = frame(g, theme);
    if (m_purpose == Purpose::Export && !g.legend.isEmpty()) {
        // The legend lists what the frame shows, often less than the room it was given: the lanes take the rest,
        // unless the new frame would then show more than fits.
        const QFont legendFont = font(g.fontPixels * 0.9);
        const double needed
            = TimelineLegend::height(TimelineLegend::entriesFor(m_layout, shown, legendReader()), g.legend.width(), legendFont);
        if (needed < g.legend.height() - 0.5) {
            const Geometry tighter = geometryWith(target, theme, needed);
            TimelineFrame tighterFrame = frame(tighter, theme);
            if (TimelineLegend::height(TimelineLegend::entriesFor(m_layout, tighterFrame, legendReader()), g.legend.width(), legendFont)
                <= needed + 0.5) {
                g = tighter;
                shown = std::move(tighterFrame);
            }
        }
    }
    paint(painter, g, shown, theme);
}
