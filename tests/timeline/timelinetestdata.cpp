// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetestdata.h"

const QDate day0(2021, 1, 1);

Decision decision(const QString &id, const QString &country, const QString &type, int dayOffset, qint64 eurMinor)
{
    Decision d;
    d.id = id;
    d.country = country;
    d.decisionType = type;
    d.decisionDate = day0.addDays(dayOffset);
    d.authority = QStringLiteral("Authority of %1 (A%1)").arg(country);
    if (eurMinor >= 0) {
        d.amount = Money { eurMinor, QStringLiteral("EUR") };
        d.amountEur = d.amount;
    }
    return d;
}

TimelineItem item(const Decision &d)
{
    return *TimelineItem::fromDecision(d, DateBasis::Adopted);
}
