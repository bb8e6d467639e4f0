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
    Counter counter;
    for (const Decision &decision : decisions)
        counter.add(decision);
    return counter.finish(series);
}

void DecisionStats::Counter::add(const Decision &decision)
{
    ++m_decisions;
    ++m_byType[decision.decisionType];
    ++m_byCountry[decision.country];
}

void DecisionStats::Counter::append(const Counter &other)
{
    m_decisions += other.m_decisions;
    for (qsizetype i = 0; i < other.m_byType.texts().size(); ++i)
        m_byType[other.m_byType.texts().at(i)] += other.m_byType.values().at(i);
    for (qsizetype i = 0; i < other.m_byCountry.texts().size(); ++i)
        m_byCountry[other.m_byCountry.texts().at(i)] += other.m_byCountry.values().at(i);
}

DecisionStats DecisionStats::Counter::finish(const CumulativeSeries &series) const
{
    DecisionStats stats;
    stats.decisions = m_decisions;
    for (qsizetype i = 0; i < m_byType.texts().size(); ++i)
        stats.byType.insert(m_byType.texts().at(i), m_byType.values().at(i));
    for (qsizetype i = 0; i < m_byCountry.texts().size(); ++i)
        stats.byCountry[m_byCountry.texts().at(i)].decisions = m_byCountry.values().at(i);
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
