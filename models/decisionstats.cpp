// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionstats.h"

namespace {

// The euro amount a decision adds to the imposed total, in cents; 0 when it adds nothing.
qint64 imposedEurMinor(const Decision &decision, DateBasis basis, const QDate &asOf)
{
    if (!decision.includeInCumulativeFines || !decision.amountEur)
        return 0;
    if (asOf.isValid()) {
        const QDate date = dateFor(decision, basis);
        if (!date.isValid() || date > asOf)
            return 0;
    }
    return decision.amountEur->minor;
}

// Adds exactly, or records the overflow instead of wrapping around.
void addTo(Money *total, qint64 minor, bool *overflowed)
{
    if (__builtin_add_overflow(total->minor, minor, &total->minor))
        *overflowed = true;
}

} // namespace

DecisionStats DecisionStats::compute(const QList<Decision> &decisions, DateBasis basis, const QDate &asOf)
{
    DecisionStats stats;
    for (const Decision &decision : decisions) {
        ++stats.decisions;
        ++stats.byType[decision.decisionType];
        CountryFigures &country = stats.byCountry[decision.country];
        ++country.decisions;
        const qint64 imposed = imposedEurMinor(decision, basis, asOf);
        addTo(&country.imposedEur, imposed, &stats.overflowed);
        addTo(&stats.imposedEur, imposed, &stats.overflowed);
    }
    return stats;
}
