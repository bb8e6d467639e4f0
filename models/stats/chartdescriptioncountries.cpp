// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the chart by country (ChartDescription::countries).
#include "chartdescription.h"

#include "countryregistry.h"
#include "displayformat.h"

#include <QLocale>

#include <algorithm>

namespace {

using Group = CumulativeSeries::GroupFigures;

QString number(qint64 value, const QLocale &locale)
{
    return DisplayFormat::number(value, locale, DisplayFormat::Reader::ScreenReader);
}

} // namespace

ViewDescription ChartDescription::countries(const CumulativeSeries &series, const QLocale &locale)
{
    const auto name = [&locale](const Group &group) { return CountryRegistry::name(group.key, locale); };
    QList<Group> withMoney;
    QList<Group> without;
    for (const Group &group : series.byCountry()) {
        const bool money = group.totals.imposedMinor != 0 || group.totals.standingMinor != 0;
        (money ? withMoney : without).append(group);
    }
    // The bars' order (CountryChartRenderer::bars): most imposed first, ties by name as the chart sorts them, so
    // that the words rank the countries as the bars stand. Countries without money, which have no bar, after them:
    // most decisions first.
    std::stable_sort(withMoney.begin(), withMoney.end(), [&name](const Group &a, const Group &b) {
        return a.totals.imposedMinor != b.totals.imposedMinor ? a.totals.imposedMinor > b.totals.imposedMinor
                                                              : name(a) < name(b);
    });
    std::sort(without.begin(), without.end(), [&name](const Group &a, const Group &b) {
        if (a.decisions != b.decisions)
            return a.decisions > b.decisions;
        return QString::localeAwareCompare(name(a), name(b)) < 0;
    });

    ViewDescription description;
    QStringList &s = description.sentences;
    if (withMoney.isEmpty()) {
        s.append(tr("No money imposed on Clearview AI is counted in what is shown."));
    } else {
        const int n = int(withMoney.size());
        s.append(tr("Money was imposed in %1 country(ies).", nullptr, n).arg(number(n, locale)));
        QStringList ranked;
        QStringList lessStanding;
        for (const Group &group : std::as_const(withMoney)) {
            ranked.append(tr("%1 (%2)", "a country and the money imposed there")
                              .arg(name(group), euros(group.totals.imposedMinor, locale)));
            if (group.totals.standingMinor != group.totals.imposedMinor) {
                lessStanding.append(tr("%1 (%2 of %3)", "a country, the money standing there and the money imposed")
                                        .arg(name(group), euros(group.totals.standingMinor, locale),
                                            euros(group.totals.imposedMinor, locale)));
            }
        }
        s.append(n == 1 ? tr("All of it was imposed in %1.").arg(ranked.constFirst())
                        : tr("From most to least: %1.").arg(locale.createSeparatedList(ranked)));
        s += totalsSentences(series.totals(), locale);
        if (!lessStanding.isEmpty())
            s.append(tr("After appeals, less stands in %1.").arg(locale.createSeparatedList(lessStanding)));
    }
    if (!without.isEmpty()) {
        QStringList names;
        for (const Group &group : std::as_const(without))
            names.append(name(group));
        const int n = int(without.size());
        const QString list = locale.createSeparatedList(names);
        s.append(withMoney.isEmpty()
                ? tr("The decisions come from %1 country(ies): %2.", nullptr, n).arg(number(n, locale), list)
                : tr("%1 other country(ies) have decisions but no money imposed: %2.", nullptr, n).arg(number(n, locale), list));
    }

    ViewDescription::Table table;
    table.header = {tr("Rank"), tr("Country"), tr("Decisions"), tr("Imposed"), tr("Standing")};
    table.figures = {true, false, true, true, true};
    int rank = 0;
    for (const Group &group : std::as_const(withMoney)) {
        table.rows.append({number(++rank, locale), name(group), number(group.decisions, locale),
            euros(group.totals.imposedMinor, locale), euros(group.totals.standingMinor, locale)});
    }
    // Countries without money share no rank.
    for (const Group &group : std::as_const(without)) {
        table.rows.append({QString(), name(group), number(group.decisions, locale), euros(0, locale), euros(0, locale)});
    }
    if (!table.rows.isEmpty())
        description.tables.append(table);
    return description;
}
