// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions and readings of a CumulativeSeries shared by its tests (tst_cumulativeseries, tst_cumulativeseriesbuilder).
#pragma once

#include "cumulativeseries.h"

#include <QStringList>

#include <algorithm>

namespace CumulativeSeriesTestData {

inline const QString clearview = QStringLiteral("Clearview AI Inc.");

inline Money eur(qint64 euros)
{
    return Money{euros * 100, QStringLiteral("EUR")};
}

inline Decision fine(const QString &id, const QString &country, const QDate &adopted, qint64 euros,
    const QDate &announced = QDate())
{
    Decision d;
    d.id = id;
    d.country = country;
    d.authority = QStringLiteral("Authority of %1 (A%1)").arg(country);
    d.target = clearview;
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = adopted;
    d.announceDate = announced.isValid() ? announced : adopted;
    d.amount = eur(euros);
    d.amountEur = d.amount;
    d.includeInCumulativeFines = true;
    return d;
}

inline Decision ruling(const QString &id, const QString &country, const QDate &adopted, const QDate &announced)
{
    Decision d;
    d.id = id;
    d.country = country;
    d.authority = QStringLiteral("Tribunal of %1").arg(country);
    d.target = clearview;
    d.decisionType = QStringLiteral("court_ruling");
    d.decisionDate = adopted;
    d.announceDate = announced;
    return d;
}

inline StatusChange change(const QDate &date, bool standing, const QString &by, const QString &status = QString())
{
    StatusChange c;
    c.date = date;
    c.standing = standing;
    c.byDecisionId = by;
    c.status = status.isEmpty() ? (standing ? QStringLiteral("reinstated") : QStringLiteral("set_aside")) : status;
    return c;
}

inline QString kindName(CumulativeSeries::StepKind kind)
{
    switch (kind) {
    case CumulativeSeries::StepKind::Imposed:
        return QStringLiteral("imposed");
    case CumulativeSeries::StepKind::SetAside:
        return QStringLiteral("set-aside");
    case CumulativeSeries::StepKind::Reinstated:
        return QStringLiteral("reinstated");
    case CumulativeSeries::StepKind::Collected:
        return QStringLiteral("collected");
    }
    return QString();
}

// "2022-05-18 imposed uk 10/10/0": date, kind, decision and the totals in whole euros after the step.
inline QStringList describe(const CumulativeSeries &series)
{
    QStringList lines;
    for (const CumulativeSeries::Step &step : series.steps()) {
        lines << QStringLiteral("%1 %2 %3 %4/%5/%6")
                     .arg(step.date.toString(Qt::ISODate), kindName(step.kind), step.decisionId)
                     .arg(step.after.imposedMinor / 100)
                     .arg(step.after.standingMinor / 100)
                     .arg(step.after.collectedMinor / 100);
    }
    return lines;
}

// The UK case in miniature: a fine set aside by a tribunal, then restored on appeal.
inline QList<Decision> annulledAndRestored()
{
    Decision uk = fine(QStringLiteral("uk"), QStringLiteral("GB"), QDate(2022, 5, 18), 10, QDate(2022, 5, 23));
    uk.statusChanges = {change(QDate(2023, 10, 17), false, QStringLiteral("ftt")),
        change(QDate(2025, 10, 6), true, QStringLiteral("ut"))};
    return {uk, ruling(QStringLiteral("ftt"), QStringLiteral("GB"), QDate(2023, 10, 17), QDate(2023, 10, 18)),
        ruling(QStringLiteral("ut"), QStringLiteral("GB"), QDate(2025, 10, 6), QDate(2025, 10, 8))};
}

inline qint64 cents(qint64 euros)
{
    return euros * 100;
}

inline QString moneyText(const std::optional<Money> &money)
{
    return money ? money->toDecimalString() + QLatin1Char(' ') + money->currency : QStringLiteral("none");
}

// Everything a series holds, a line per entry in its order, for comparing two series whole.
inline QStringList everything(const CumulativeSeries &series)
{
    QStringList lines;
    for (const CumulativeSeries::Step &step : series.steps()) {
        lines << QStringLiteral("step %1 %2 %3 by %4 %5/%6/%7 moved %8 of %9 (%10, %11, %12) note %13")
                     .arg(step.date.toString(Qt::ISODate), kindName(step.kind), step.decisionId, step.causeId)
                     .arg(step.after.imposedMinor)
                     .arg(step.after.standingMinor)
                     .arg(step.after.collectedMinor)
                     .arg(step.amountMinor)
                     .arg(moneyText(step.original), step.country, step.authority, step.decisionType, step.note);
    }
    for (const CumulativeSeries::GroupFigures &group : series.byCountry())
        lines << QStringLiteral("country %1: %2 decisions, %3/%4/%5")
                     .arg(group.key)
                     .arg(group.decisions)
                     .arg(group.totals.imposedMinor)
                     .arg(group.totals.standingMinor)
                     .arg(group.totals.collectedMinor);
    for (const CumulativeSeries::GroupFigures &group : series.byAuthority())
        lines << QStringLiteral("authority %1 of %2: %3 decisions, %4/%5/%6")
                     .arg(group.key, group.country)
                     .arg(group.decisions)
                     .arg(group.totals.imposedMinor)
                     .arg(group.totals.standingMinor)
                     .arg(group.totals.collectedMinor);
    for (const CumulativeSeries::CountPoint &point : series.decisionCounts())
        lines << QStringLiteral("count %1 %2 %3").arg(point.date.toString(Qt::ISODate), point.decisionId).arg(point.decisions);
    for (const CumulativeSeries::Potential &potential : series.potential())
        lines << QStringLiteral("potential %1 %2 %3 %4 eur %5")
                     .arg(int(potential.kind))
                     .arg(potential.decisionId, potential.date.toString(Qt::ISODate), moneyText(potential.amount),
                         moneyText(potential.amountEur));
    for (const QString &id : series.undatedIds())
        lines << QStringLiteral("undated ") + id;
    lines << QStringLiteral("overflowed %1").arg(series.overflowed());
    return lines;
}

} // namespace CumulativeSeriesTestData
