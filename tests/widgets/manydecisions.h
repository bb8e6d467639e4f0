// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QDate>
#include <QList>
#include <QString>

// Many decisions of every kind the cumulative chart draws, on few days so that days carry several of them: fines
// (some set aside by a ruling, some reinstated), rulings, and amounts not imposed of each kind. Deterministic: the
// same count gives the same decisions.
namespace ManyDecisions {

inline Money eur(qint64 cents)
{
    return Money{cents, QStringLiteral("EUR")};
}

inline QList<Decision> make(int count, int days = 400)
{
    QList<Decision> decisions;
    decisions.reserve(count);
    const QDate first(2015, 1, 1);
    for (int i = 0; i < count; ++i) {
        Decision d;
        d.id = QStringLiteral("d%1").arg(i, 6, 10, QLatin1Char('0'));
        d.country = i % 3 == 0 ? QStringLiteral("FR") : (i % 3 == 1 ? QStringLiteral("IT") : QStringLiteral("DE"));
        d.authority = QStringLiteral("Authority of %1 (A%1)").arg(d.country);
        d.target = QStringLiteral("Clearview AI Inc.");
        // Spread over `days` days, several a day: (i * 7) % days visits every day.
        d.decisionDate = first.addDays((qint64(i) * 7) % days * 3);
        d.announceDate = d.decisionDate;
        const qint64 cents = 100000 + qint64(i % 97) * 2500000;
        switch (i % 10) {
        case 0:
        case 1:
        case 2:
        case 3:
        case 4:
            d.decisionType = QStringLiteral("fine");
            d.amount = eur(cents);
            d.amountEur = d.amount;
            d.includeInCumulativeFines = true;
            // Every eleventh fine is set aside by the ruling made just after it (d(i+1)), which later stands down.
            if (i % 11 == 0 && i + 1 < count) {
                d.statusChanges << StatusChange{d.decisionDate.addDays(30), QStringLiteral("annulled"), false,
                    QStringLiteral("d%1").arg(i + 1, 6, 10, QLatin1Char('0')), QString()};
                if (i % 2 == 0)
                    d.statusChanges << StatusChange{d.decisionDate.addDays(400), QStringLiteral("reinstated"), true,
                        QString(), QString()};
            }
            if (i % 20 == 0)
                d.periodicPenalty.maxTotal = eur(cents / 4);
            if (i % 30 == 5)
                d.periodicPenalty.perDay = eur(1000000);
            break;
        case 5:
            d.decisionType = QStringLiteral("provisional_notice");
            d.amount = eur(cents * 2);
            break;
        case 6:
            d.decisionType = QStringLiteral("fine");
            d.amount = eur(cents);
            d.amountIsMaximum = true;
            break;
        case 7:
            d.decisionType = QStringLiteral("settlement");
            d.amount = eur(cents);
            break;
        case 8:
            d.decisionType = QStringLiteral("fine");
            d.target = QStringLiteral("A public body");
            d.amount = eur(cents);
            break;
        default:
            d.decisionType = QStringLiteral("court_ruling");
            break;
        }
        decisions << d;
    }
    return decisions;
}

} // namespace ManyDecisions
