// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionstats.h"

#include "cumulativeseries.h"

DecisionStats DecisionStats::compute(const QList<Decision> &decisions, DateBasis basis, const QDate &asOf)
{
    // The money comes from the one computation the charts draw, so `stats` and the charts can never disagree.
    return compute(decisions, CumulativeSeries::compute(decisions, basis, asOf));
}

DecisionStats DecisionStats::compute(const QList<Decision> &decisions, const CumulativeSeries &series)
{
    DecisionStats stats;
    for (const Decision &decision : decisions) {
        ++stats.decisions;
        ++stats.byType[decision.decisionType];
        ++stats.byCountry[decision.country].decisions;
    }
    const CumulativeSeries::Totals totals = series.totals();
    stats.imposedEur.minor = totals.imposedMinor;
    stats.standingEur.minor = totals.standingMinor;
    stats.collectedEur.minor = totals.collectedMinor;
    stats.overflowed = series.overflowed();
    for (auto it = series.byCountry().cbegin(); it != series.byCountry().cend(); ++it) {
        CountryFigures &country = stats.byCountry[it.key()];
        country.imposedEur.minor = it->totals.imposedMinor;
        country.standingEur.minor = it->totals.standingMinor;
    }
    return stats;
}
