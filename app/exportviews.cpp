// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportviews.h"

#include "countrychartrenderer.h"
#include "countryregistry.h"
#include "cumulativechartrenderer.h"
#include "renderablecolumn.h"
#include "timelinetableitems.h"
#include "timelinerenderer.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace {

// The translation context of this file's words; lupdate reads Text::tr() under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportViews)
};

std::unique_ptr<TimelineRenderer> timeline(const DecisionTable &decisions, const ExportViewOptions &options)
{
    auto view = std::make_unique<TimelineRenderer>();
    view->setPurpose(TimelineRenderer::Purpose::Export);
    view->setLocale(options.locale);
    view->setShadedPeriods({ TimelineRenderer::gdprPeriod() });
    view->setItems(TimelineTableItems::fromTable(decisions, options.basis));
    view->showDates(options.from, options.to);
    return view;
}

std::unique_ptr<CumulativeChartRenderer> cumulative(const DecisionTable &decisions, const ExportViewOptions &options)
{
    // The chart keeps decisions whole (its running totals and labels read them): built here, once.
    auto view = std::make_unique<CumulativeChartRenderer>(
        (options.cumulativeDecisions.isEmpty() ? decisions : options.cumulativeDecisions).decisions(), options.basis,
        options.claims);
    view->setLocale(options.locale);
    view->setRange(options.from, options.to);
    // Said either way: the chart's own default is not what an export promises.
    view->setDbSizeClaimsVisible(options.dbSizeOverlay);
    return view;
}

// The timeline above the cumulative chart, on one page: when and where, then how much.
class Dashboard final : public Renderable
{
    Q_DECLARE_TR_FUNCTIONS(ExportViews)

public:
    Dashboard(const DecisionTable &decisions, const ExportViewOptions &options)
        : m_timeline(timeline(decisions, options))
        , m_cumulative(cumulative(decisions, options))
        , m_column(tr("caseline: enforcement dashboard"))
    {
        m_column.add(*m_timeline, 0.55);
        m_column.add(*m_cumulative, 0.45);
    }

    void render(QPainter *painter, const QRectF &target, const Theme &theme) const override
    {
        m_column.render(painter, target, theme);
    }
    QString renderTitle() const override { return m_column.renderTitle(); }

private:
    std::unique_ptr<TimelineRenderer> m_timeline;
    std::unique_ptr<CumulativeChartRenderer> m_cumulative;
    RenderableColumn m_column;
};

// "France", "France and Italy", "France, Italy and Spain".
QString listed(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    return Text::tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QLatin1String(", ")), names.constLast());
}

} // namespace

namespace ExportViews {

QStringList names()
{
    return { QStringLiteral("timeline"), QStringLiteral("cumulative"), QStringLiteral("countries"),
        QStringLiteral("dashboard") };
}

std::unique_ptr<Renderable> create(
    const QString &name, const DecisionTable &decisions, const ExportViewOptions &options)
{
    if (name == QLatin1String("timeline"))
        return timeline(decisions, options);
    if (name == QLatin1String("cumulative"))
        return cumulative(decisions, options);
    if (name == QLatin1String("countries")) {
        // Sorted totals read best on a slide; the window also offers the stacked view over time.
        auto countries = std::make_unique<CountryChartRenderer>(decisions.decisions(), options.basis);
        countries->setLocale(options.locale);
        countries->setRange(options.from, options.to);
        countries->setMode(CountryChartRenderer::Mode::Totals);
        return countries;
    }
    if (name == QLatin1String("dashboard"))
        return std::make_unique<Dashboard>(decisions, options);
    return nullptr;
}

QString defaultTitle(const QString &name)
{
    if (name == QLatin1String("cumulative"))
        return Text::tr("Fines imposed on Clearview AI over time");
    if (name == QLatin1String("countries"))
        return Text::tr("Money imposed on Clearview AI, by country");
    if (name == QLatin1String("dashboard"))
        return Text::tr("Clearview AI: enforcement decisions and fines");
    return Text::tr("Decisions against Clearview AI");
}

QString defaultSubtitle(
    const DecisionTable &decisions, const DecisionFilter &filter, DateBasis basis, const QLocale &locale)
{
    QSet<QString> seen;
    QStringList countries;
    QDate first;
    QDate last;
    for (qsizetype row = 0; row < decisions.size(); ++row) {
        const QString &country = decisions.country(row);
        if (!seen.contains(country)) {
            seen.insert(country);
            countries.append(country);
        }
        const QDate date = decisions.dateFor(row, basis);
        if (date.isValid() && (!first.isValid() || date < first))
            first = date;
        if (date.isValid() && (!last.isValid() || date > last))
            last = date;
    }
    const int count = int(decisions.size());
    QString text = Text::tr("%Ln decision(s)", nullptr, count);
    // A few countries are named; many are counted.
    if (countries.size() <= 3) {
        QStringList names;
        for (const QString &code : std::as_const(countries))
            names.append(CountryRegistry::name(code, locale));
        std::sort(names.begin(), names.end(),
            [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
        if (!names.isEmpty())
            text = Text::tr("%1 in %2").arg(text, listed(names));
    } else {
        text = Text::tr("%1 in %2 countries").arg(text, locale.toString(countries.size()));
    }
    if (filter.from.isValid())
        first = filter.from;
    if (filter.to.isValid())
        last = filter.to;
    if (!first.isValid() || !last.isValid())
        return text;
    const QString format = QStringLiteral("MMMM yyyy");
    const QString from = locale.toString(first, format);
    const QString to = locale.toString(last, format);
    return from == to ? Text::tr("%1, %2").arg(text, from) : Text::tr("%1, %2 to %3").arg(text, from, to);
}

} // namespace ExportViews
