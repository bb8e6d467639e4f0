// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetooltip.h"

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
                     .arg(locale.toString(TimelineScale::dateOf(marker.firstDay), QLocale::ShortFormat),
                         locale.toString(TimelineScale::dateOf(marker.lastDay), QLocale::ShortFormat));
        if (marker.fineSumEurMinor > 0)
            lines << tr("Fines and penalty payments: %1")
                         .arg(Money { marker.fineSumEurMinor, QStringLiteral("EUR") }.toDisplayString(locale));
        lines << tr("Click to zoom in");
        return lines.join(QLatin1Char('\n'));
    }
    const TimelineItem &item = layout.item(marker.item);
    lines << locale.toString(QDate::fromJulianDay(item.day), QLocale::LongFormat);
    lines << item.authority;
    QString type = DecisionType::label(item.type);
    if (item.standing == TimelineItem::Standing::SetAside)
        type = tr("%1 (set aside or annulled)").arg(type);
    else if (item.standing == TimelineItem::Standing::Contested)
        type = tr("%1 (contested)").arg(type);
    lines << type;
    if (item.amount) {
        QString amount = item.amount->toDisplayString(locale);
        if (item.amountIsMaximum)
            amount = tr("up to %1").arg(amount);
        if (item.amount->currency != QLatin1String("EUR") && item.amountEurMinor >= 0)
            amount = tr("%1 (about %2)")
                         .arg(amount, Money { item.amountEurMinor, QStringLiteral("EUR") }.toDisplayString(locale));
        lines << amount;
    }
    return lines.join(QLatin1Char('\n'));
}

QString TimelineToolTip::escaped(const QString &text)
{
    return PlainText::toolTip(text);
}
