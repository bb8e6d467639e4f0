// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flagcache.h"
#include "renderable.h"
#include "timelineframe.h"
#include "timelinelayout.h"
#include "timelinelegend.h"
#include "timelinemarkersprites.h"
#include "timelinepaintcache.h"
#include "timelinescale.h"

#include <QDate>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QString>
#include <functional>
#include <memory>

// The timeline's one render path: lanes per country with flag, code and name, a time axis with adaptive ticks,
// gridlines, shaded periods and a today line, the decisions as markers and clusters with labels, duration bars,
// relation arrows, the selection and a legend. TimelineView paints through it and so does every export.
class TimelineRenderer final : public Renderable
{
public:
    // What the drawing is for. The screen shows the interaction (selection, hover, focus) at the window's type
    // size. An export shows the data only: no interaction even when set, type sized to the target, markers
    // clustered only where they would really overlap at that size, and lanes that take the height of the canvas
    // (up to a maximum) with the drawing centred in it.
    enum class Purpose { Screen, Export };

    // Where everything goes in a target rectangle.
    struct Geometry
    {
        QRectF target;
        QRectF title;
        QRectF axis; // tick labels
        QRectF periods; // the strip naming the shaded periods
        QRectF gutter; // lane names
        QRectF plot; // the lanes' drawing area
        QRectF legend;
        double laneHeight = 0;
        double fontPixels = 0;
        // On screen, a legend that would take more than its share of a short view keeps one row ("+3 more").
        bool legendOneRow = false;
    };

    // A shaded stretch of time, e.g. the GDPR in force from 25 May 2018; a null `to` runs on.
    struct ShadedPeriod
    {
        QDate from;
        QDate to;
        QString label;
    };

    TimelineRenderer();
    ~TimelineRenderer() override;
    TimelineRenderer(const TimelineRenderer &) = delete;
    TimelineRenderer &operator=(const TimelineRenderer &) = delete;

    void setPurpose(Purpose purpose) { m_purpose = purpose; }
    Purpose purpose() const { return m_purpose; }
    // A renderer for exporting what this one shows: the same decisions, lane order, locale, today, visible range,
    // shaded periods and flags, for Purpose::Export. The screen's selection, hover, focus, type size and title
    // stay behind.
    std::unique_ptr<TimelineRenderer> exportCopy() const;

    // Rebuilds the layout; the visible range is kept where it still fits, and follows "fit all" when it was fitted.
    void setItems(QList<TimelineItem> items);
    void setItems(TimelineItemSelection selection);
    const TimelineLayout &layout() const { return m_layout; }
    void setLaneOrder(TimelineLayout::LaneOrder order);
    TimelineLayout::LaneOrder laneOrder() const { return m_layout.laneOrder(); }
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    // The date of the today line; the whole range reaches to it when it is not long after the last decision.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    // The visible range in TimelineScale days; clamped between one day and the whole range.
    void setVisibleDays(double fromDay, double toDay);
    // Whole dates: from the start of `from` to the end of `to`.
    void setVisibleRange(const QDate &from, const QDate &to);
    void fitAll();
    bool isFitAll() const;
    // An export's time axis: from the start of `from` to the end of `to`, also beyond the decisions (the axis of
    // `--from 2018-01-01` starts in 2018); a null date is the end of the fitted range. Set after the items.
    void showDates(const QDate &from, const QDate &to);
    // The scale with its pixel range unset; scaleFor() places it in a geometry.
    const TimelineScale &scale() const { return m_scale; }
    TimelineScale scaleFor(const Geometry &geometry) const;

    // An index into layout().items(), or -1.
    void setSelectedItem(int item) { m_selected = item; }
    int selectedItem() const { return m_selected; }
    void setHoveredItem(int item) { m_hovered = item; }
    int hoveredItem() const { return m_hovered; }
    // Draws the focus frame and the focus ring around the selected decision.
    void setFocused(bool focused) { m_focused = focused; }

    void setTitle(const QString &title) { m_title = title; }
    QString title() const { return m_title; }
    void setLegendVisible(bool visible) { m_legendVisible = visible; }
    // What an empty timeline says; empty for the default, "No decisions match the filters".
    void setEmptyText(const QString &text) { m_emptyText = text; }
    // 0 (the default) sizes the type to the target: larger exports get larger type. The screen passes its font size.
    void setFontPixelSize(double pixels) { m_fontPixels = pixels; }
    void setFontFamily(const QString &family);
    void setShadedPeriods(const QList<ShadedPeriod> &periods) { m_periods = periods; }
    QList<ShadedPeriod> shadedPeriods() const { return m_periods; }
    static ShadedPeriod gdprPeriod();
    void setFlagDirectory(const QString &directory) { m_flags.setDirectory(directory); }

    // The legend is given the room of every entry the data could need (TimelineLegend::entriesFor(layout)) and
    // lists what the frame shows, which fits in it.
    Geometry geometry(const QRectF &target, const Theme &theme) const;
    TimelineFrame frame(const Geometry &geometry, const Theme &theme) const;
    void paint(QPainter *painter, const Geometry &geometry, const TimelineFrame &frame, const Theme &theme) const;

    void render(QPainter *painter, const QRectF &target, const Theme &theme) const override;
    QString renderTitle() const override;

private:
    void itemsChanged(bool wasFitted);
    // The interaction this purpose draws: none for an export.
    int shownSelection() const { return m_purpose == Purpose::Screen ? m_selected : -1; }
    int shownHover() const { return m_purpose == Purpose::Screen ? m_hovered : -1; }
    bool shownFocus() const { return m_purpose == Purpose::Screen && m_focused; }
    TimelineLegend::Reader legendReader() const
    {
        return m_purpose == Purpose::Screen ? TimelineLegend::Reader::Screen : TimelineLegend::Reader::Page;
    }
    // `legendHeight` < 0: measured from every entry the data could need.
    Geometry geometryWith(const QRectF &target, const Theme &theme, double legendHeight) const;
    QFont font(double pixels, bool bold = false) const;
    static void clipTo(QPainter *painter, const QRectF &rect);
    void updateLimits();
    void paintLanes(QPainter *painter, const Geometry &g, const Theme &theme) const;
    void paintAxis(QPainter *painter, const Geometry &g, const TimelineScale &scale, const Theme &theme) const;
    void paintPeriods(QPainter *painter, const Geometry &g, const TimelineScale &scale, const Theme &theme) const;
    void paintToday(QPainter *painter, const Geometry &g, const TimelineScale &scale, const Theme &theme) const;
    QRectF todayLabelBox(const Geometry &g, double x) const;
    void paintContent(QPainter *painter, const Geometry &g, const TimelineFrame &frame, const Theme &theme) const;
    void paintLabels(QPainter *painter, const Geometry &g, const TimelineFrame &frame, const Theme &theme) const;
    void paintGutter(QPainter *painter, const QRectF &rect, const Geometry &g, const Theme &theme) const;
    void paintLegend(QPainter *painter, const Geometry &g, const TimelineFrame &frame, const Theme &theme) const;

    Purpose m_purpose = Purpose::Screen;
    TimelineLayout m_layout;
    TimelineScale m_scale;
    QLocale m_locale;
    QDate m_today = QDate::currentDate();
    int m_selected = -1;
    int m_hovered = -1;
    bool m_focused = false;
    QString m_title;
    bool m_legendVisible = true;
    QString m_emptyText;
    double m_fontPixels = 0;
    QString m_fontFamily;
    QList<ShadedPeriod> m_periods;
    FlagCache m_flags;
    // Filled while painting, which is const: reuse between frames, never state of the timeline.
    mutable TimelinePaintCache m_cache;
    mutable TimelineMarkerSprites m_sprites;
    // Changes with the items, the lane order and the locale: what cached measurements depend on.
    int m_generation = 0;
    mutable double m_legendHeight = 0;
    mutable QString m_legendHeightKey;
};
