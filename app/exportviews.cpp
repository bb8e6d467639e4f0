// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportviews.h"

#include "countrychartrenderer.h"
#include "cumulativechartrenderer.h"
#include "timelineitem.h"
#include "timelinerenderer.h"

namespace ExportViews {

QStringList names()
{
    return {QStringLiteral("timeline"), QStringLiteral("cumulative"), QStringLiteral("countries")};
}

std::unique_ptr<Renderable> create(const QString &name, const QList<Decision> &decisions, DateBasis basis,
    const QList<DbSizeClaim> &claims)
{
    if (name == QLatin1String("timeline")) {
        auto timeline = std::make_unique<TimelineRenderer>();
        timeline->setShadedPeriods({TimelineRenderer::gdprPeriod()});
        timeline->setItems(TimelineItem::fromDecisions(decisions, basis));
        timeline->fitAll();
        return timeline;
    }
    if (name == QLatin1String("cumulative"))
        return std::make_unique<CumulativeChartRenderer>(decisions, basis, claims);
    if (name == QLatin1String("countries")) {
        // Sorted totals read best on a slide; the window also offers the stacked view over time.
        auto countries = std::make_unique<CountryChartRenderer>(decisions, basis);
        countries->setMode(CountryChartRenderer::Mode::Totals);
        return countries;
    }
    return nullptr;
}

} // namespace ExportViews
