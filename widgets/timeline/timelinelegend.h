// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

class QFont;
class QPainter;
class TimelineFrame;
class TimelineLayout;
struct Theme;

// The key to the timeline's symbols: one entry per decision type present (shape and colour), the sizes of money,
// the standing marks, clusters, duration bars and arrows, each only when the timeline can show it. Entries wrap
// into rows that fill the given width.
class TimelineLegend
{
public:
    struct Entry
    {
        // More: "+3 more", the text that ends a legend cut to one row (no symbol).
        enum class Kind { Type, Money, SetAside, Contested, Cluster, Deadline, PenaltyWindow, Ban, Relation, More };
        Kind kind = Kind::Type;
        QString type; // for Kind::Type
        QString text;
    };

    // Who reads the legend: on screen a cluster invites zooming in; on a slide or a page nothing can be zoomed.
    enum class Reader { Screen, Page };

    // Every entry the data could need, whatever part of it is in view: the room the legend is given.
    static QList<Entry> entriesFor(const TimelineLayout &layout, Reader reader = Reader::Screen);
    // What `frame` shows: the types and standings of its single markers (a type seen only inside clusters is not
    // seen), clusters, bars and arrows. Never more entries than entriesFor(layout), in the same order.
    static QList<Entry> entriesFor(
        const TimelineLayout &layout, const TimelineFrame &frame, Reader reader = Reader::Screen);
    static double height(const QList<Entry> &entries, double width, const QFont &font);
    // The height of one row of entries.
    static double rowHeight(const QFont &font);
    // What fits in one row of `width`, in order; when some do not fit, the last ones give way to "+N more".
    static QList<Entry> oneRow(const QList<Entry> &entries, double width, const QFont &font);
    static void paint(
        QPainter *painter, const QList<Entry> &entries, const QRectF &rect, const QFont &font, const Theme &theme);
};
