// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelegend.h"

#include "decisiontype.h"
#include "theme.h"
#include "timelinelayout.h"
#include "timelinemarkerpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QSet>

namespace {

double rowHeightOf(const QFontMetricsF &fm)
{
    return fm.height() * 1.6;
}

double symbolWidth(const QFontMetricsF &fm)
{
    return fm.height() * 1.3;
}

double entryWidth(const TimelineLegend::Entry &entry, const QFontMetricsF &fm)
{
    if (entry.kind == TimelineLegend::Entry::Kind::More)
        return fm.horizontalAdvance(entry.text) + fm.height() * 1.1;
    return symbolWidth(fm) + fm.height() * 0.35 + fm.horizontalAdvance(entry.text) + fm.height() * 1.1;
}

void paintSymbol(QPainter *painter, const TimelineLegend::Entry &entry, const QRectF &box, const Theme &theme)
{
    const QPointF c = box.center();
    const double r = box.height() * 0.3;
    using Kind = TimelineLegend::Entry::Kind;
    switch (entry.kind) {
    case Kind::Type:
        TimelineMarkerPainter::paintDecision(painter, entry.type, TimelineItem::Standing::Standing, c, r, theme);
        return;
    case Kind::Money:
        // Two fines, one with four times the money: twice the radius.
        TimelineMarkerPainter::paintDecision(painter, QStringLiteral("fine"), TimelineItem::Standing::Standing,
            QPointF(box.left() + r * 0.5, c.y() + r * 0.5), r * 0.5, theme);
        TimelineMarkerPainter::paintDecision(painter, QStringLiteral("fine"), TimelineItem::Standing::Standing,
            QPointF(box.right() - r, c.y()), r, theme);
        return;
    case Kind::SetAside:
        TimelineMarkerPainter::paintDecision(
            painter, QStringLiteral("fine"), TimelineItem::Standing::SetAside, c, r, theme);
        return;
    case Kind::Contested:
        TimelineMarkerPainter::paintDecision(
            painter, QStringLiteral("fine"), TimelineItem::Standing::Contested, c, r * 0.8, theme);
        return;
    case Kind::Cluster: {
        TimelineFrame::Marker marker;
        marker.centre = c;
        marker.radius = box.height() * 0.42;
        marker.count = 3;
        TimelineMarkerPainter::paintCluster(painter, marker, theme);
        return;
    }
    case Kind::Deadline:
    case Kind::PenaltyWindow:
    case Kind::Ban: {
        const TimelineSpan::Kind kind = entry.kind == Kind::Deadline ? TimelineSpan::Kind::ComplianceDeadline
            : entry.kind == Kind::PenaltyWindow                      ? TimelineSpan::Kind::PenaltyWindow
                                                                     : TimelineSpan::Kind::Ban;
        const QRectF bar(box.left(), c.y() - box.height() * 0.12, box.width() - 2, box.height() * 0.24);
        TimelineMarkerPainter::paintBar(painter, kind, bar, theme.mutedText, theme);
        return;
    }
    case Kind::Relation: {
        TimelineFrame::Arrow arrow;
        arrow.from = QPointF(box.left(), c.y() + r * 0.6);
        arrow.to = QPointF(box.right(), c.y() + r * 0.6);
        TimelineMarkerPainter::paintArrow(painter, arrow, box.height() * 0.3, theme);
        return;
    }
    case Kind::More:
        return;
    }
}

} // namespace

QList<TimelineLegend::Entry> TimelineLegend::entriesFor(const TimelineLayout &layout, Reader reader)
{
    using Kind = Entry::Kind;
    QList<Entry> entries;
    bool money = false;
    for (const QString &type : layout.typesPresent()) {
        entries.append({ Kind::Type, type, DecisionType::label(type) });
        money = money || DecisionType::isMonetary(type);
    }
    if (money)
        entries.append({ Kind::Money, {}, QCoreApplication::translate("TimelineLegend", "Area by euro amount") });
    if (layout.hasStanding(TimelineItem::Standing::SetAside))
        entries.append({ Kind::SetAside, {}, QCoreApplication::translate("TimelineLegend", "Set aside or annulled") });
    if (layout.hasStanding(TimelineItem::Standing::Contested))
        entries.append({ Kind::Contested, {}, QCoreApplication::translate("TimelineLegend", "Contested") });
    if (layout.itemCount() > 1) {
        entries.append({ Kind::Cluster, {},
            reader == Reader::Screen
                ? QCoreApplication::translate("TimelineLegend", "Several decisions (zoom in)")
                : QCoreApplication::translate("TimelineLegend", "Several decisions, close in time") });
    }
    if (layout.hasSpanKind(TimelineSpan::Kind::ComplianceDeadline))
        entries.append({ Kind::Deadline, {}, QCoreApplication::translate("TimelineLegend", "Compliance period") });
    if (layout.hasSpanKind(TimelineSpan::Kind::PenaltyWindow))
        entries.append(
            { Kind::PenaltyWindow, {}, QCoreApplication::translate("TimelineLegend", "Periodic penalty accruing") });
    if (layout.hasSpanKind(TimelineSpan::Kind::Ban))
        entries.append({ Kind::Ban, {}, QCoreApplication::translate("TimelineLegend", "Ban period") });
    if (layout.hasRelations())
        entries.append({ Kind::Relation, {}, QCoreApplication::translate("TimelineLegend", "Follows from") });
    return entries;
}

QList<TimelineLegend::Entry> TimelineLegend::entriesFor(
    const TimelineLayout &layout, const TimelineFrame &frame, Reader reader)
{
    QSet<QString> types;
    QSet<int> standings;
    bool money = false;
    bool clusters = false;
    for (const TimelineFrame::Marker &marker : frame.markers()) {
        if (marker.isCluster()) {
            clusters = true;
            continue;
        }
        const TimelineItem &item = layout.item(marker.item);
        types.insert(item.type);
        standings.insert(int(item.standing));
        money = money || item.monetary;
    }
    QSet<int> spans;
    for (const TimelineFrame::Bar &bar : frame.bars())
        spans.insert(int(bar.kind));

    using Kind = Entry::Kind;
    const auto spanShown = [&spans](TimelineSpan::Kind kind) { return spans.contains(int(kind)); };
    QList<Entry> shown;
    for (const Entry &entry : entriesFor(layout, reader)) {
        bool keep = false;
        switch (entry.kind) {
        case Kind::Type:
            keep = types.contains(entry.type);
            break;
        case Kind::Money:
            keep = money;
            break;
        case Kind::SetAside:
            keep = standings.contains(int(TimelineItem::Standing::SetAside));
            break;
        case Kind::Contested:
            keep = standings.contains(int(TimelineItem::Standing::Contested));
            break;
        case Kind::Cluster:
            keep = clusters;
            break;
        case Kind::Deadline:
            keep = spanShown(TimelineSpan::Kind::ComplianceDeadline);
            break;
        case Kind::PenaltyWindow:
            keep = spanShown(TimelineSpan::Kind::PenaltyWindow);
            break;
        case Kind::Ban:
            keep = spanShown(TimelineSpan::Kind::Ban);
            break;
        case Kind::Relation:
            keep = !frame.arrows().isEmpty();
            break;
        case Kind::More:
            break;
        }
        if (keep)
            shown.append(entry);
    }
    return shown;
}

double TimelineLegend::height(const QList<Entry> &entries, double width, const QFont &font)
{
    if (entries.isEmpty())
        return 0;
    const QFontMetricsF fm(font);
    int rows = 1;
    double x = 0;
    for (const Entry &entry : entries) {
        const double w = entryWidth(entry, fm);
        if (x > 0 && x + w > width) {
            ++rows;
            x = 0;
        }
        x += w;
    }
    return rows * rowHeightOf(fm);
}

double TimelineLegend::rowHeight(const QFont &font)
{
    return rowHeightOf(QFontMetricsF(font));
}

QList<TimelineLegend::Entry> TimelineLegend::oneRow(const QList<Entry> &entries, double width, const QFont &font)
{
    const QFontMetricsF fm(font);
    const auto more = [](qsizetype hidden) {
        Entry entry;
        entry.kind = Entry::Kind::More;
        entry.text = QCoreApplication::translate("TimelineLegend", "+%1 more").arg(hidden);
        return entry;
    };
    QList<Entry> row;
    double x = 0;
    for (const Entry &entry : entries) {
        const double w = entryWidth(entry, fm);
        if (x + w > width && !row.isEmpty())
            break;
        row.append(entry);
        x += w;
    }
    // Make room for "+N more" by giving up entries from the end, the least needed (types come first).
    while (row.size() < entries.size() && !row.isEmpty()) {
        double used = 0;
        for (const Entry &entry : std::as_const(row))
            used += entryWidth(entry, fm);
        if (used + entryWidth(more(entries.size() - row.size()), fm) <= width)
            break;
        row.removeLast();
    }
    if (row.size() < entries.size())
        row.append(more(entries.size() - row.size()));
    return row;
}

void TimelineLegend::paint(
    QPainter *painter, const QList<Entry> &entries, const QRectF &rect, const QFont &font, const Theme &theme)
{
    const QFontMetricsF fm(font);
    const double row = rowHeightOf(fm);
    double x = rect.left();
    double y = rect.top();
    painter->setFont(font);
    for (const Entry &entry : entries) {
        const double w = entryWidth(entry, fm);
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += row;
        }
        if (entry.kind == Entry::Kind::More) {
            painter->setPen(theme.mutedText);
            painter->drawText(QPointF(x, y + (row - fm.height()) / 2 + fm.ascent()), entry.text);
            x += w;
            continue;
        }
        const QRectF symbol(x, y + (row - fm.height()) / 2, symbolWidth(fm), fm.height());
        painter->save();
        paintSymbol(painter, entry, symbol, theme);
        painter->restore();
        painter->setPen(theme.text);
        const double textX = symbol.right() + fm.height() * 0.35;
        painter->drawText(QPointF(textX, y + (row - fm.height()) / 2 + fm.ascent()), entry.text);
        x += w;
    }
}
