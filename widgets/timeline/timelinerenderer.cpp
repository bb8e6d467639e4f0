// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerenderer.h"

#include "countryregistry.h"
#include "displayformat.h"
#include "theme.h"
#include "timelinelegend.h"
#include "timelinemarkerpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <cmath>

namespace {

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

bool isDark(const Theme &theme)
{
    return theme.background.lightnessF() < 0.5;
}

} // namespace

TimelineRenderer::TimelineRenderer()
    : m_periods({ gdprPeriod() })
{
    updateLimits();
    m_scale.fitAll();
}

TimelineRenderer::~TimelineRenderer() = default;

std::unique_ptr<TimelineRenderer> TimelineRenderer::exportCopy() const
{
    auto copy = std::make_unique<TimelineRenderer>();
    copy->setPurpose(Purpose::Export);
    copy->m_locale = m_locale;
    copy->m_today = m_today;
    copy->m_periods = m_periods;
    copy->m_legendVisible = m_legendVisible;
    copy->m_fontFamily = m_fontFamily;
    copy->m_flags.setDirectory(m_flags.directory());
    copy->m_layout.setLaneOrder(m_layout.laneOrder(), m_locale);
    copy->setItems(m_layout.selection());
    if (!isFitAll())
        copy->setVisibleDays(m_scale.fromDay(), m_scale.toDay());
    return copy;
}

TimelineRenderer::ShadedPeriod TimelineRenderer::gdprPeriod()
{
    return { QDate(2018, 5, 25), QDate(), QCoreApplication::translate("TimelineRenderer", "GDPR in force") };
}

void TimelineRenderer::setItems(QList<TimelineItem> items)
{
    const bool wasFitted = m_scale.isFitAll();
    m_layout.setItems(std::move(items));
    itemsChanged(wasFitted);
}

void TimelineRenderer::setItems(TimelineItemSelection selection)
{
    const bool wasFitted = m_scale.isFitAll();
    m_layout.setItems(std::move(selection));
    itemsChanged(wasFitted);
}

void TimelineRenderer::itemsChanged(bool wasFitted)
{
    ++m_generation;
    m_selected = -1;
    m_hovered = -1;
    updateLimits();
    if (wasFitted)
        m_scale.fitAll();
}

void TimelineRenderer::setLaneOrder(TimelineLayout::LaneOrder order)
{
    ++m_generation;
    m_layout.setLaneOrder(order, m_locale);
}

void TimelineRenderer::setLocale(const QLocale &locale)
{
    ++m_generation;
    m_locale = locale;
    if (m_layout.laneOrder() == TimelineLayout::LaneOrder::Alphabetical)
        m_layout.setLaneOrder(m_layout.laneOrder(), m_locale);
}

void TimelineRenderer::setToday(const QDate &today)
{
    const bool wasFitted = m_scale.isFitAll();
    m_today = today;
    updateLimits();
    if (wasFitted)
        m_scale.fitAll();
}

void TimelineRenderer::updateLimits()
{
    double first = 0;
    double last = 0;
    if (m_layout.isEmpty()) {
        const QDate around = m_today.isValid() ? m_today : QDate::currentDate();
        first = TimelineScale::dayOf(around.addYears(-1));
        last = TimelineScale::dayOf(around.addMonths(1));
    } else {
        first = m_layout.firstDay();
        last = m_layout.lastDay();
        // Reach to today when it is not long after the last decision, so that "how long ago" reads at a glance
        // without squeezing a history that ended long before.
        if (m_today.isValid()) {
            const double today = TimelineScale::dayOf(m_today) + 1;
            if (today > last && today - last <= qMax((last - first) * 0.25, 60.0))
                last = today;
        }
    }
    const double pad = qMax((last - first) * 0.03, 10.0);
    m_scale.setLimits(first - pad, last + pad);
}

void TimelineRenderer::setVisibleDays(double fromDay, double toDay)
{
    m_scale.setRange(fromDay, toDay);
}

void TimelineRenderer::setVisibleRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid()) {
        fitAll();
        return;
    }
    m_scale.setRange(TimelineScale::dayOf(from), TimelineScale::dayOf(to) + 1);
}

void TimelineRenderer::fitAll()
{
    m_scale.fitAll();
}

bool TimelineRenderer::isFitAll() const
{
    return m_scale.isFitAll();
}

void TimelineRenderer::showDates(const QDate &from, const QDate &to)
{
    updateLimits();
    const double first = from.isValid() ? TimelineScale::dayOf(from) : m_scale.limitFrom();
    const double last = to.isValid() ? TimelineScale::dayOf(to) + 1 : m_scale.limitTo();
    if (last <= first)
        return;
    m_scale.setLimits(qMin(first, m_scale.limitFrom()), qMax(last, m_scale.limitTo()));
    m_scale.setRange(first, last);
}

TimelineScale TimelineRenderer::scaleFor(const Geometry &geometry) const
{
    TimelineScale scale = m_scale;
    scale.setPixelRange(geometry.plot.left(), geometry.plot.width());
    return scale;
}

void TimelineRenderer::setFontFamily(const QString &family)
{
    if (family == m_fontFamily)
        return;
    m_fontFamily = family;
    m_cache.clear();
}

void TimelineRenderer::clipTo(QPainter *painter, const QRectF &rect)
{
    // One whole-pixel rectangle replacing the clip: the raster engine keeps that a plain rectangle, where an
    // intersection or fractional edges would make it clip every span through a mask.
    QRect clip = rect.toAlignedRect();
    if (painter->hasClipping())
        clip &= painter->clipBoundingRect().toAlignedRect();
    painter->setClipRect(clip, Qt::ReplaceClip);
}

QFont TimelineRenderer::font(double pixels, bool bold) const
{
    QFont f;
    if (!m_fontFamily.isEmpty())
        f.setFamily(m_fontFamily);
    f.setPixelSize(qMax(1, qRound(pixels)));
    f.setBold(bold);
    return f;
}

QString TimelineRenderer::renderTitle() const
{
    return m_title.isEmpty() ? QCoreApplication::translate("TimelineRenderer", "caseline timeline") : m_title;
}

void TimelineRenderer::paint(QPainter *painter, const Geometry &g, const TimelineFrame &frame, const Theme &theme) const
{
    const TimelineScale scale = scaleFor(g);
    const double f = g.fontPixels;
    painter->save();
    clipTo(painter, g.target);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(g.target, theme.background);

    if (!g.title.isEmpty()) {
        painter->setFont(font(f * 1.35, true));
        painter->setPen(theme.text);
        const QFontMetricsF fm(painter->font());
        painter->drawText(QPointF(g.title.left(), g.title.top() + (g.title.height() - fm.height()) / 2 + fm.ascent()),
            fm.elidedText(m_title, Qt::ElideRight, g.title.width()));
    }

    paintLanes(painter, g, theme);
    paintPeriods(painter, g, scale, theme);
    paintAxis(painter, g, scale, theme);
    paintToday(painter, g, scale, theme);
    paintContent(painter, g, frame, theme);
    paintLabels(painter, g, frame, theme);

    if (m_layout.isEmpty()) {
        painter->setFont(font(f));
        painter->setPen(theme.mutedText);
        painter->drawText(g.plot, Qt::AlignCenter,
            m_emptyText.isEmpty() ? QCoreApplication::translate("TimelineRenderer", "No decisions match the filters")
                                  : m_emptyText);
    }
    if (m_legendVisible && !g.legend.isEmpty())
        paintLegend(painter, g, frame, theme);
    if (shownFocus()) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(theme.accent, 1.5, Qt::DotLine));
        painter->drawRect(g.plot.adjusted(-1, -1, 1, 1));
    }
    painter->restore();
}

void TimelineRenderer::paintLanes(QPainter *painter, const Geometry &g, const Theme &theme) const
{
    const double h = g.laneHeight;
    for (int l = 1; l < m_layout.laneCount(); l += 2)
        painter->fillRect(
            QRectF(g.gutter.left(), g.plot.top() + l * h, g.plot.right() - g.gutter.left(), h), theme.laneAlternate);
    QStringList key { theme.name, m_locale.name(), QString::number(h), QString::number(g.fontPixels) };
    for (const TimelineLayout::Lane &lane : m_layout.lanes())
        key << lane.country;
    m_cache.paintPart(painter, TimelinePaintCache::Part::Gutter, g.gutter, key.join(QLatin1Char('|')),
        [&](QPainter *p, const QRectF &rect) { paintGutter(p, rect, g, theme); });
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(theme.grid, 1));
    painter->drawLine(QPointF(g.plot.left(), g.axis.bottom()), QPointF(g.plot.left(), g.plot.bottom()));
    painter->drawLine(QPointF(g.gutter.left(), g.plot.bottom()), QPointF(g.plot.right(), g.plot.bottom()));
    painter->restore();
}

void TimelineRenderer::paintGutter(QPainter *painter, const QRectF &rect, const Geometry &g, const Theme &theme) const
{
    const double f = g.fontPixels;
    const double h = g.laneHeight;
    // Lanes thinner than the type get smaller type rather than overlapping names.
    const double textPixels = qMin(f, h * 0.8);
    const QFont codeFont = font(textPixels, true);
    const QFont nameFont = font(textPixels);
    const QFontMetricsF codeMetrics(codeFont);
    const QFontMetricsF nameMetrics(nameFont);
    const double flagHeight = qMin(textPixels * 0.95, h * 0.7);
    const double flagWidth = flagHeight * 4 / 3;
    for (int l = 0; l < m_layout.laneCount(); ++l) {
        const double centre = rect.top() + (l + 0.45) * h;
        const QString &code = m_layout.lane(l).country;
        double x = rect.left();
        const QRectF flag(x, centre - flagHeight / 2, flagWidth, flagHeight);
        if (m_flags.paint(painter, code, flag)) {
            painter->setPen(QPen(withAlpha(theme.text, 60), 0.8));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(flag);
        }
        x += flagWidth + f * 0.4;
        const double baseline = centre - codeMetrics.height() / 2 + codeMetrics.ascent();
        painter->setFont(codeFont);
        painter->setPen(theme.text);
        painter->drawText(QPointF(x, baseline), code);
        x += codeMetrics.horizontalAdvance(QStringLiteral("WW")) + f * 0.5;
        const double room = rect.right() - f * 0.4 - x;
        if (room > nameMetrics.averageCharWidth() * 2) {
            painter->setFont(nameFont);
            painter->setPen(theme.mutedText);
            painter->drawText(QPointF(x, baseline),
                nameMetrics.elidedText(CountryRegistry::name(code, m_locale), Qt::ElideRight, room));
        }
    }
}

void TimelineRenderer::paintPeriods(
    QPainter *painter, const Geometry &g, const TimelineScale &scale, const Theme &theme) const
{
    if (g.periods.isEmpty())
        return;
    const QFont stripFont = font(g.fontPixels * 0.85);
    const QFontMetricsF fm(stripFont);
    for (const ShadedPeriod &period : m_periods) {
        if (!period.from.isValid())
            continue;
        const double from = scale.xForDay(TimelineScale::dayOf(period.from));
        const double to = period.to.isValid() ? scale.xForDay(TimelineScale::dayOf(period.to) + 1) : g.plot.right();
        const double left = qMax(from, g.plot.left());
        const double right = qMin(to, g.plot.right());
        if (right <= left)
            continue;
        const QRectF strip(left, g.periods.top() + 1, right - left, g.periods.height() - 2);
        painter->fillRect(strip, withAlpha(theme.accent, isDark(theme) ? 70 : 45));
        if (from >= g.plot.left()) {
            painter->setPen(QPen(theme.accent, 1.5));
            painter->drawLine(QPointF(from, g.periods.top()), QPointF(from, g.plot.bottom()));
        }
        const QString text = QCoreApplication::translate("TimelineRenderer", "%1 from %2", "period, start date")
                                 .arg(period.label, DisplayFormat::longDate(period.from, m_locale));
        painter->setFont(stripFont);
        painter->setPen(theme.text);
        const double pad = g.fontPixels * 0.3;
        painter->drawText(QPointF(left + pad, strip.top() + (strip.height() - fm.height()) / 2 + fm.ascent()),
            fm.elidedText(text, Qt::ElideRight, strip.width() - 2 * pad));
    }
}

void TimelineRenderer::paintAxis(
    QPainter *painter, const Geometry &g, const TimelineScale &scale, const Theme &theme) const
{
    const double f = g.fontPixels;
    const QFont tickFont = font(f * 0.9);
    const QFontMetricsF fm(tickFont);
    const double minSpacing = fm.horizontalAdvance(QStringLiteral("Q4 0000")) + f;
    const QList<TimelineTick> ticks = scale.ticks(m_locale, minSpacing);
    const QColor majorColour = isDark(theme) ? theme.grid.lighter(140) : theme.grid.darker(125);

    // Gridlines are drawn aliased on whole pixels: crisp, and half the cost of antialiased ones.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    // Faint gridlines of the next finer unit give a sense of time between the labelled ticks.
    const double minorSpacing = qMax(20.0, f * 2.2);
    if (scale.tickUnit(minorSpacing) != scale.tickUnit(minSpacing)) {
        painter->setPen(QPen(withAlpha(theme.grid, isDark(theme) ? 110 : 140), 1.0));
        for (const TimelineTick &tick : scale.ticks(m_locale, minorSpacing)) {
            const double x = std::round(scale.xForDay(tick.day));
            if (x >= g.plot.left() && x <= g.plot.right())
                painter->drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
        }
    }
    for (const TimelineTick &tick : ticks) {
        const double x = std::round(scale.xForDay(tick.day));
        if (x < g.plot.left() || x > g.plot.right())
            continue;
        painter->setPen(QPen(tick.major ? majorColour : theme.grid, 1.0));
        painter->drawLine(QPointF(x, g.axis.bottom() - f * 0.35), QPointF(x, g.axis.bottom()));
        painter->drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
    }
    painter->setPen(QPen(theme.grid, 1));
    painter->drawLine(QPointF(g.plot.left(), g.axis.bottom()), QPointF(g.plot.right(), g.axis.bottom()));
    painter->restore();

    // The today label wins over a tick label in its way.
    QRectF todayBox;
    if (m_today.isValid()) {
        const double x = scale.xForDay(TimelineScale::dayOf(m_today) + 0.5);
        if (x >= g.plot.left() && x <= g.plot.right())
            todayBox = todayLabelBox(g, x);
    }
    painter->setFont(tickFont);
    painter->setPen(theme.mutedText);
    double lastRight = -1e9;
    const double baseline = g.axis.top() + (g.axis.height() - fm.height()) / 2 + fm.ascent();
    for (const TimelineTick &tick : ticks) {
        const double x = scale.xForDay(tick.day);
        if (x < g.plot.left() || x > g.plot.right())
            continue;
        const double w = fm.horizontalAdvance(tick.label);
        const double left = x + f * 0.25;
        const QRectF box(left, g.axis.top(), w, g.axis.height());
        // A label that would run into the previous one, the today label or out of the plot is left out; the
        // gridline stays.
        if (left < lastRight + f * 0.5 || left + w > g.plot.right() || box.intersects(todayBox))
            continue;
        m_cache.drawText(painter, QPointF(left, baseline), tick.label, tickFont, fm.ascent());
        lastRight = left + w;
    }
}

QRectF TimelineRenderer::todayLabelBox(const Geometry &g, double x) const
{
    const QFontMetricsF fm(font(g.fontPixels * 0.85, true));
    const double w
        = fm.horizontalAdvance(QCoreApplication::translate("TimelineRenderer", "Today")) + g.fontPixels * 0.4;
    // To the left of the line, unless that would leave the plot.
    const double left = x - w - 2 >= g.plot.left() ? x - w - 2 : x + 2;
    return QRectF(left, g.axis.top() + (g.axis.height() - fm.height()) / 2 - 1, w, fm.height() + 2);
}

void TimelineRenderer::paintToday(
    QPainter *painter, const Geometry &g, const TimelineScale &scale, const Theme &theme) const
{
    if (!m_today.isValid())
        return;
    const double x = scale.xForDay(TimelineScale::dayOf(m_today) + 0.5);
    if (x < g.plot.left() || x > g.plot.right())
        return;
    painter->setPen(QPen(theme.today, 1.6, Qt::DashLine));
    painter->drawLine(QPointF(x, g.axis.top()), QPointF(x, g.plot.bottom()));
    const QFont todayFont = font(g.fontPixels * 0.85, true);
    const QFontMetricsF fm(todayFont);
    const QRectF box = todayLabelBox(g, x);
    painter->fillRect(box, theme.background);
    painter->setFont(todayFont);
    painter->setPen(theme.today);
    painter->drawText(QPointF(box.left() + g.fontPixels * 0.2, box.top() + 1 + fm.ascent()),
        QCoreApplication::translate("TimelineRenderer", "Today"));
}

void TimelineRenderer::paintContent(
    QPainter *painter, const Geometry &g, const TimelineFrame &frame, const Theme &theme) const
{
    painter->save();
    clipTo(painter, g.plot.adjusted(0, -1, 0, 1));
    for (const TimelineFrame::Bar &bar : frame.bars()) {
        TimelineMarkerPainter::paintBar(
            painter, bar.kind, bar.rect, TimelineMarkerPainter::colourFor(m_layout.item(bar.item).type, theme), theme);
    }
    const double headSize = qMax(5.0, g.fontPixels * 0.45);
    for (const TimelineFrame::Arrow &arrow : frame.arrows()) {
        if (!arrow.emphasised)
            TimelineMarkerPainter::paintArrow(painter, arrow, headSize, theme);
    }

    const int selected = shownSelection();
    const int hovered = shownHover();
    const QFont countFont = font(g.fontPixels * 0.68, true);
    const QVector<TimelineFrame::Marker> &markers = frame.markers();
    int selectedMarker = -1;
    int hoveredMarker = -1;
    for (int k = 0; k < markers.size(); ++k) {
        const TimelineFrame::Marker &m = markers.at(k);
        if (m.isCluster()) {
            m_sprites.paintCluster(painter, m, countFont, m_locale, theme);
            continue;
        }
        if (m.item == selected) {
            selectedMarker = k;
            continue;
        }
        if (m.item == hovered)
            hoveredMarker = k;
        const TimelineItem &item = m_layout.item(m.item);
        m_sprites.paintDecision(painter, item.type, item.standing, m.centre, m.radius, theme);
    }
    // The selection goes on top: its arrows, its marker, then the rings.
    for (const TimelineFrame::Arrow &arrow : frame.arrows()) {
        if (arrow.emphasised)
            TimelineMarkerPainter::paintArrow(painter, arrow, headSize * 1.2, theme);
    }
    if (hovered >= 0 && hoveredMarker < 0) {
        const int marker = frame.markerOfItem(hovered);
        if (marker >= 0 && markers.at(marker).isCluster())
            hoveredMarker = marker;
    }
    if (hoveredMarker >= 0) {
        const TimelineFrame::Marker &m = markers.at(hoveredMarker);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(theme.accent, 2.0));
        painter->drawEllipse(m.centre, m.radius + 3, m.radius + 3);
    }
    if (selectedMarker >= 0) {
        const TimelineFrame::Marker &m = markers.at(selectedMarker);
        const TimelineItem &item = m_layout.item(m.item);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(withAlpha(theme.selection, 90), 7.0));
        painter->drawEllipse(m.centre, m.radius + 5, m.radius + 5);
        TimelineMarkerPainter::paintDecision(painter, item.type, item.standing, m.centre, m.radius, theme);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(theme.selection, 2.5));
        painter->drawEllipse(m.centre, m.radius + 4.5, m.radius + 4.5);
        if (shownFocus()) {
            painter->setPen(QPen(theme.text, 1.2, Qt::DotLine));
            painter->drawEllipse(m.centre, m.radius + 8.5, m.radius + 8.5);
        }
    }
    painter->restore();
}

void TimelineRenderer::paintLabels(
    QPainter *painter, const Geometry &g, const TimelineFrame &frame, const Theme &theme) const
{
    if (frame.labels().isEmpty())
        return;
    const QFont labelFont = font(g.fontPixels * 0.85);
    const QFontMetricsF fm(labelFont);
    const QColor halo = withAlpha(theme.background, 200);
    painter->setFont(labelFont);
    for (const TimelineFrame::Label &label : frame.labels()) {
        const TimelineFrame::Marker &m = frame.markers().at(label.marker);
        painter->fillRect(label.rect, halo);
        painter->setPen(m.isCluster() ? theme.mutedText : theme.text);
        m_cache.drawText(painter, QPointF(label.rect.left() + 1, label.rect.top() + fm.ascent()), label.text, labelFont,
            fm.ascent());
    }
}

void TimelineRenderer::paintLegend(
    QPainter *painter, const Geometry &g, const TimelineFrame &frame, const Theme &theme) const
{
    QList<TimelineLegend::Entry> entries = TimelineLegend::entriesFor(m_layout, frame, legendReader());
    const QFont legendFont = font(g.fontPixels * 0.9);
    if (g.legendOneRow)
        entries = TimelineLegend::oneRow(entries, g.legend.width(), legendFont);
    QStringList key { theme.name, legendFont.family(), QString::number(legendFont.pixelSize()) };
    for (const TimelineLegend::Entry &entry : entries)
        key << entry.text;
    m_cache.paintPart(painter, TimelinePaintCache::Part::Legend, g.legend, key.join(QLatin1Char('|')),
        [&](QPainter *p, const QRectF &rect) { TimelineLegend::paint(p, entries, rect, legendFont, theme); });
}
