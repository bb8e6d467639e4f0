// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetooltip.h"

#include "displayformat.h"
#include "plaintext.h"

#include "decisiontype.h"
#include "money.h"
#include "timelinelayout.h"
#include "timelinescale.h"

#include <QLocale>
#include <QStringList>

QString TimelineToolTip::text(const TimelineLayout &layout, const TimelineFrame::Marker &marker, const QLocale &locale)
{
    QStringList lines;
    if (marker.isCluster()) {
        lines << tr("%n decisions", nullptr, marker.count);
        lines << tr("%1 to %2")
                     .arg(DisplayFormat::date(TimelineScale::dateOf(marker.firstDay), locale),
                         DisplayFormat::date(TimelineScale::dateOf(marker.lastDay), locale));
        if (marker.fineSumEurMinor > 0)
            lines << tr("Fines and penalty payments: %1")
                         .arg(DisplayFormat::money(marker.fineSumEurMinor, QStringLiteral("EUR"), locale));
        lines << tr("Click to zoom in");
        return lines.join(QLatin1Char('\n'));
    }
    const TimelineItem &item = layout.item(marker.item);
    lines << DisplayFormat::longDate(QDate::fromJulianDay(item.day), locale);
    lines << item.authority;
    QString type = DecisionType::label(item.type);
    if (item.standing == TimelineItem::Standing::SetAside)
        type = tr("%1 (set aside or annulled)").arg(type);
    else if (item.standing == TimelineItem::Standing::Contested)
        type = tr("%1 (contested)").arg(type);
    lines << type;
    if (const std::optional<Money> money = item.amount()) {
        QString amount = DisplayFormat::money(*money, locale);
        if (item.amountIsMaximum)
            amount = tr("up to %1").arg(amount);
        if (money->currency != QLatin1String("EUR") && item.amountEurMinor >= 0)
            amount = tr("%1 (about %2)")
                         .arg(amount, DisplayFormat::money(item.amountEurMinor, QStringLiteral("EUR"), locale));
        lines << amount;
    }
    return lines.join(QLatin1Char('\n'));
}

QString TimelineToolTip::escaped(const QString &text)
{
    return PlainText::toolTip(text);
}
