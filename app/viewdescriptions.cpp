// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewdescriptions.h"

#include "chartdescription.h"
#include "cumulativeseries.h"
#include "timelinedescription.h"

namespace ViewDescriptions {

ViewDescription describe(
    const QString &view, const DecisionTable &decisions, const ExportViewOptions &options, int tableRows)
{
    if (view == QLatin1String("timeline"))
        return TimelineDescription::describe(decisions, options.basis, options.locale, tableRows);
    if (view == QLatin1String("cumulative")) {
        // As the chart: its running totals start where the decisions before the range left them.
        const DecisionTable &counted = options.cumulativeDecisions.isEmpty() ? decisions : options.cumulativeDecisions;
        return ChartDescription::cumulative(
            CumulativeSeries::compute(counted, options.basis), options.locale, options.from, options.to);
    }
    if (view == QLatin1String("countries"))
        return ChartDescription::countries(CumulativeSeries::compute(decisions, options.basis), options.locale);
    if (view == QLatin1String("dashboard")) {
        ViewDescription description = describe(QStringLiteral("timeline"), decisions, options, tableRows);
        description.append(describe(QStringLiteral("cumulative"), decisions, options, tableRows));
        return description;
    }
    return {};
}

} // namespace ViewDescriptions
