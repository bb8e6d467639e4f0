// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrychartrenderer.h"

#include "chartbuilder.h"
#include "countryregistry.h"
#include "displayformat.h"
#include "theme.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

using Metric = CumulativeSeries::Metric;

QColor standingColor(const Theme &theme)
{
    return theme.name == QLatin1String("dark") ? theme.categorical.value(0) : theme.categorical.value(5);
}

// Okabe-Ito without its yellow, which disappears on a white background.
QColor bandColor(const Theme &theme, int index)
{
    QList<QColor> colors = theme.categorical;
    colors.removeAt(3);
    return colors.at(index % colors.size());
}

QString euros(qint64 minor, const QLocale &locale)
{
    return DisplayFormat::money(minor, QStringLiteral("EUR"), locale);
}

} // namespace

CountryChartRenderer::CountryChartRenderer(const QList<Decision> &decisions, DateBasis basis)
{
    setDecisions(decisions, basis);
}

void CountryChartRenderer::setDecisions(const QList<Decision> &decisions, DateBasis basis)
{
    m_decisions = decisions;
    m_basis = basis;
    m_series = CumulativeSeries::compute(m_decisions, m_basis);
}

void CountryChartRenderer::setRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
}

QDate CountryChartRenderer::rangeFrom() const
{
    if (m_from.isValid())
        return m_from;
    const QList<QDate> dates = ChartBuilder::datesOf(m_decisions, m_basis);
    return ChartBuilder::fittedFrom(dates, rangeTo());
}

QDate CountryChartRenderer::rangeTo() const
{
    if (m_to.isValid())
        return m_to;
    const QList<QDate> dates = ChartBuilder::datesOf(m_decisions, m_basis);
    return ChartBuilder::fittedTo(dates, today());
}

QList<CountryChartRenderer::Bar> CountryChartRenderer::bars(Grouping grouping) const
{
    QList<CumulativeSeries::GroupFigures> groups;
    if (grouping == Grouping::Country)
        groups = m_series.byCountry().values();
    else
        groups = m_series.byAuthority();
    QList<Bar> bars;
    for (const CumulativeSeries::GroupFigures &group : std::as_const(groups)) {
        if (group.totals.imposedMinor <= 0 && group.totals.standingMinor <= 0)
            continue;
        const QString country = CountryRegistry::name(group.country, m_locale);
        const QString label = grouping == Grouping::Country ? country : tr("%1 (%2)").arg(group.key, country);
        bars.append({group.key, label, group.country, group.decisions, group.totals.imposedMinor,
            group.totals.standingMinor});
    }
    std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) {
        return a.imposedMinor != b.imposedMinor ? a.imposedMinor > b.imposedMinor : a.label < b.label;
    });
    return bars;
}

QString CountryChartRenderer::barToolTip(const Bar &bar) const
{
    return QStringList{bar.label, tr("Imposed: %1").arg(euros(bar.imposedMinor, m_locale)),
        tr("Standing after appeals: %1").arg(euros(bar.standingMinor, m_locale)),
        tr("%n decision(s) in the selection", nullptr, bar.decisions)}
        .join(QLatin1Char('\n'));
}

QString CountryChartRenderer::note() const
{
    ChartBuilder::NoteContent content;
    content.basis = m_basis;
    content.datesShown = m_mode == Mode::OverTime;
    content.standingShown = m_mode == Mode::Totals;
    content.logScale = m_mode == Mode::Totals && m_logScale;
    return ChartBuilder::note(m_series, content, m_locale);
}

QDate CountryChartRenderer::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void CountryChartRenderer::applyRange(QChart *chart) const
{
    if (m_mode != Mode::OverTime || !chart)
        return;
    const CumulativeSeries::Stack stack = m_series.stackedByCountry(Metric::Imposed);
    const QDate to = rangeTo();
    // Each band runs on to the end of the range (or today), and at least to its last step.
    const QDate end
        = stack.dates.isEmpty() ? std::min(today(), to) : std::max(std::min(today(), to), stack.dates.constLast());
    const auto stepPoints = [&stack, &end](const QList<qint64> &values) {
        QList<QPointF> points;
        qint64 previous = 0;
        for (int d = 0; d < stack.dates.size(); ++d) {
            const qreal x = ChartBuilder::dayX(stack.dates.at(d));
            points << QPointF(x, ChartBuilder::toMillions(previous))
                   << QPointF(x, ChartBuilder::toMillions(values.at(d)));
            previous = values.at(d);
        }
        points << QPointF(ChartBuilder::dayX(end), ChartBuilder::toMillions(previous));
        return points;
    };
    // Each country's band lies on the ones before it; `below` is the running top of the stack at each date.
    QList<qint64> below(stack.dates.size(), 0);
    const QList<QAbstractSeries *> series = chart->series();
    for (int k = 0; k < stack.keys.size(); ++k) {
        QList<qint64> above = below;
        for (int d = 0; d < stack.dates.size(); ++d)
            above[d] += stack.values.at(k).at(d);
        for (QAbstractSeries *s : series) {
            auto *area = qobject_cast<QAreaSeries *>(s);
            if (!area || area->objectName() != stack.keys.at(k))
                continue;
            area->upperSeries()->replace(stepPoints(above));
            area->lowerSeries()->replace(stepPoints(below));
        }
        below = above;
    }
    ChartBuilder::setTimeRange(chart, rangeFrom(), to);
}

QChart *CountryChartRenderer::createChart(const Theme &theme, const QFont &font, qreal width,
    const ChartInteraction *interaction) const
{
    QString title;
    if (m_mode == Mode::OverTime)
        title = tr("Money imposed on Clearview AI by country, cumulative");
    else if (m_grouping == Grouping::Country)
        title = tr("Money imposed on Clearview AI: totals by country");
    else
        title = tr("Money imposed on Clearview AI: totals by authority");
    QChart *chart = ChartBuilder::createChart(title, theme, font, m_locale);
    if (m_mode == Mode::OverTime)
        addStackedSeries(chart, theme, font, width, interaction);
    else
        addBarSeries(chart, theme, font, interaction);
    ChartBuilder::setNote(chart, note(), theme, font);
    return chart;
}

void CountryChartRenderer::addStackedSeries(QChart *chart, const Theme &theme, const QFont &font, qreal width,
    const ChartInteraction *interaction) const
{
    const CumulativeSeries::Stack stack = m_series.stackedByCountry(Metric::Imposed);
    QCategoryAxis *timeAxis = ChartBuilder::addTimeAxis(chart, width * 0.85, theme, font);
    const qint64 total = m_series.totals().imposedMinor;
    QValueAxis *moneyAxis = ChartBuilder::createLinearAxis(ChartBuilder::toMillions(total), tr("Amount"), theme, font);
    ChartBuilder::setEuroMillionsLabels(moneyAxis, m_locale);
    moneyAxis->setObjectName(QStringLiteral("money"));
    chart->addAxis(moneyAxis, Qt::AlignLeft);

    // The bands get their points from applyRange(), which a range change calls again on the same chart.
    qint64 below = 0;
    QList<ChartBuilder::Label> labels;
    QAreaSeries *firstArea = nullptr;
    const qreal lastX = stack.dates.isEmpty() ? 0 : ChartBuilder::dayX(stack.dates.constLast());
    for (int k = 0; k < stack.keys.size(); ++k) {
        const QString &country = stack.keys.at(k);
        auto *area = new QAreaSeries(new QLineSeries(chart), new QLineSeries(chart));
        const qint64 final = stack.values.at(k).constLast();
        area->setName(CountryRegistry::name(country, m_locale));
        area->setObjectName(country);
        const QColor color = bandColor(theme, k);
        area->setBrush(color);
        area->setPen(QPen(color.darker(theme.name == QLatin1String("dark") ? 60 : 140), 1.5));
        chart->addSeries(area);
        area->attachAxis(timeAxis);
        area->attachAxis(moneyAxis);
        if (!firstArea)
            firstArea = area;

        // Named at the right end of its band, wherever the range ends after its last step.
        const QString text = tr("%1 %2").arg(CountryRegistry::name(country, m_locale), DisplayFormat::millions(final, QStringLiteral("EUR"), m_locale));
        ChartBuilder::Label label { QPointF(lastX, ChartBuilder::toMillions(below + final / 2)), text, theme.text,
            { ChartBuilder::Placement::Left } };
        label.holdsUntil = ChartBuilder::dayX(today());
        labels << label;
        if (interaction && interaction->hovered) {
            const auto hovered = interaction->hovered;
            const QString tip = QStringList{CountryRegistry::name(country, m_locale),
                tr("Imposed: %1").arg(euros(final, m_locale)),
                tr("Standing after appeals: %1").arg(euros(m_series.byCountry().value(country).totals.standingMinor, m_locale))}
                                    .join(QLatin1Char('\n'));
            QObject::connect(area, &QAreaSeries::hovered, chart,
                [hovered, tip](const QPointF &, bool state) { hovered(state ? tip : QString()); });
        }
        below += final;
    }
    applyRange(chart);
    if (firstArea)
        ChartBuilder::addLabels(chart, firstArea, labels, {}, theme, font);
}

void CountryChartRenderer::addBarSeries(QChart *chart, const Theme &theme, const QFont &font,
    const ChartInteraction *interaction) const
{
    const QList<Bar> list = bars();
    // Horizontal bars list the first category at the bottom: reversed, the largest is on top.
    QStringList categories;
    auto *imposed = new QBarSet(tr("Imposed"));
    auto *standing = new QBarSet(tr("Standing after appeals"));
    qreal largest = 0;
    qreal smallest = 0;
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        // Qt Charts draws axis labels as HTML: a name is escaped so that it shows as written.
        categories << it->label.toHtmlEscaped();
        const qreal imposedValue = ChartBuilder::toMillions(it->imposedMinor);
        const qreal standingValue = ChartBuilder::toMillions(it->standingMinor);
        *imposed << imposedValue;
        *standing << standingValue;
        largest = std::max({largest, imposedValue, standingValue});
        for (const qreal value : {imposedValue, standingValue}) {
            if (value > 0 && (smallest == 0 || value < smallest))
                smallest = value;
        }
    }
    imposed->setColor(theme.accent);
    imposed->setBorderColor(theme.accent);
    standing->setColor(standingColor(theme));
    standing->setBorderColor(standingColor(theme));
    for (QBarSet *set : {imposed, standing}) {
        set->setLabelColor(theme.text);
        set->setLabelFont(font);
    }

    auto *series = new QHorizontalBarSeries;
    series->setObjectName(QStringLiteral("bars"));
    // The first set is drawn lowest in each group: standing goes first so that imposed reads first, on top.
    series->append(standing);
    series->append(imposed);
    series->setBarWidth(0.8);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(tr("EUR @valuem"));
    series->setLabelsPrecision(4);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    ChartBuilder::styleAxis(categoryAxis, QString(), theme, font);
    categoryAxis->setGridLineVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    QAbstractAxis *valueAxis = nullptr;
    if (m_logScale) {
        auto *log = new QLogValueAxis;
        const qreal low = smallest > 0 ? std::pow(10.0, std::floor(std::log10(smallest))) : 0.1;
        // Room on the right for the value labels.
        const qreal high = std::pow(10.0, std::ceil(std::log10(std::max(largest * 1.8, low * 10))));
        log->setBase(10);
        log->setRange(low, high);
        log->setLabelFormat(QStringLiteral("%.%1f").arg(low < 1 ? qRound(-std::log10(low)) : 0));
        log->setMinorTickCount(8);
        valueAxis = log;
        ChartBuilder::styleAxis(log, tr("EUR million (log scale)"), theme, font);
        log->setMinorGridLinePen(QPen(theme.grid, 0.5, Qt::DotLine));
        log->setMinorGridLineVisible(true);
    } else {
        QValueAxis *linear = ChartBuilder::createLinearAxis(largest * 1.12, tr("Amount"), theme, font);
        ChartBuilder::setEuroMillionsLabels(linear, m_locale);
        valueAxis = linear;
    }
    valueAxis->setObjectName(QStringLiteral("money"));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);

    if (interaction && interaction->hovered) {
        const auto hovered = interaction->hovered;
        const auto self = std::make_shared<const CountryChartRenderer>(*this);
        QObject::connect(series, &QHorizontalBarSeries::hovered, chart,
            [hovered, self, list](bool state, int index, QBarSet *) {
                const int bar = list.size() - 1 - index;
                hovered(state && bar >= 0 && bar < list.size() ? self->barToolTip(list.at(bar)) : QString());
            });
    }
}

void CountryChartRenderer::render(QPainter *painter, const QRectF &target, const Theme &theme) const
{
    const QFont font = ChartBuilder::exportFont(target.size(), theme);
    ChartBuilder::render(createChart(theme, font, target.width()), painter, target);
}

QString CountryChartRenderer::renderTitle() const
{
    return m_mode == Mode::OverTime ? tr("caseline: money imposed on Clearview AI by country")
                                    : tr("caseline: totals imposed on Clearview AI");
}
