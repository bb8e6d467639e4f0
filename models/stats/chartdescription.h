// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cumulativeseries.h"
#include "viewdescription.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class QLocale;

// The text alternatives of the money charts, from the CumulativeSeries they draw, so that the words never give a
// figure the chart does not. Every amount is exact, to the cent where there are cents, as DisplayFormat::money
// writes it for a screen reader.
class ChartDescription
{
    Q_DECLARE_TR_FUNCTIONS(ChartDescription)
public:
    // The cumulative chart: the dates it covers, the totals imposed, standing and collected at its end, the largest
    // amounts, each amount set aside, reinstated or collected, and what is shown but not counted; then each step of
    // the totals as a row. `from` and `to` (both included; null: the whole series) are the chart's range: the steps
    // in it are described and the totals are those at its end, starting from what earlier steps left.
    static ViewDescription cumulative(const CumulativeSeries &series, const QLocale &locale, const QDate &from = QDate(),
        const QDate &to = QDate());
    // The chart by country: the countries ranked by the money imposed there, what stands after appeals where it
    // differs, the countries with decisions but no money; then a row per country.
    static ViewDescription countries(const CumulativeSeries &series, const QLocale &locale);

    // "In all, €104,620,279 was imposed.", "€104,620,279 still stands after appeals.", "€0 is recorded as
    // collected."; with `asOf`, the totals on that day: "By 31 December 2023, €74,120,279 had been imposed in all."
    static QStringList totalsSentences(
        const CumulativeSeries::Totals &totals, const QLocale &locale, const QDate &asOf = QDate());
    // The word for a change of the totals in a table: "imposed", "set aside", "reinstated", "collected".
    static QString changeName(CumulativeSeries::StepKind kind);
    // Euro cents as a screen reader should hear them: "€20,000,000", "20 000 000 €" (no-break spaces).
    static QString euros(qint64 minor, const QLocale &locale);
};
