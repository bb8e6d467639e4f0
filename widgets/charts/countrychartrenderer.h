// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartinteraction.h"
#include "cumulativeseries.h"
#include "datebasis.h"
#include "decision.h"
#include "renderable.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QString>

class QChart;

// Where the money was imposed: the cumulative total stacked by country over time, or bars of the totals by
// country or by authority (largest first, optionally on a log scale). Built from plain data, so the view and
// `caseline export countries` draw it through the same createChart().
class CountryChartRenderer final : public Renderable
{
    Q_DECLARE_TR_FUNCTIONS(CountryChartRenderer)
public:
    enum class Mode { OverTime, Totals };
    enum class Grouping { Country, Authority };

    // One bar of the totals chart.
    struct Bar
    {
        QString key; // ISO code or the authority's short name
        QString label; // "France", or "CNIL (France)"
        QString country;
        int decisions = 0;
        qint64 imposedMinor = 0;
        qint64 standingMinor = 0;
    };

    CountryChartRenderer() = default;
    CountryChartRenderer(const QList<Decision> &decisions, DateBasis basis);

    void setDecisions(const QList<Decision> &decisions, DateBasis basis);
    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }
    Grouping grouping() const { return m_grouping; }
    void setGrouping(Grouping grouping) { m_grouping = grouping; }
    bool logScale() const { return m_logScale; }
    void setLogScale(bool logScale) { m_logScale = logScale; }
    // The time range of the stacked view; null dates fit the data (from the first decision to today).
    void setRange(const QDate &from, const QDate &to);
    void setToday(const QDate &today) { m_today = today; }
    void setLocale(const QLocale &locale) { m_locale = locale; }

    const CumulativeSeries &series() const { return m_series; }
    // Countries or authorities with money imposed or standing, most imposed first.
    QList<Bar> bars() const { return bars(m_grouping); }
    QList<Bar> bars(Grouping grouping) const;
    QString barToolTip(const Bar &bar) const;
    QString note() const;

    QChart *createChart(const Theme &theme, const QFont &font, qreal width,
        const ChartInteraction *interaction = nullptr) const;

    // Moves the stacked view on `chart`, made by createChart(), to the current range in place: the time axis and
    // its ticks, and the ends of the bands. Bars have no time range: nothing changes.
    void applyRange(QChart *chart) const;

    void render(QPainter *painter, const QRectF &target, const Theme &theme) const override;
    QString renderTitle() const override;

private:
    void addStackedSeries(QChart *chart, const Theme &theme, const QFont &font, qreal width,
        const ChartInteraction *interaction) const;
    void addBarSeries(QChart *chart, const Theme &theme, const QFont &font, const ChartInteraction *interaction) const;
    QDate rangeFrom() const;
    QDate rangeTo() const;
    QDate today() const;

    QList<Decision> m_decisions;
    DateBasis m_basis = DateBasis::Adopted;
    CumulativeSeries m_series;
    Mode m_mode = Mode::OverTime;
    Grouping m_grouping = Grouping::Country;
    bool m_logScale = false;
    QDate m_from;
    QDate m_to;
    QDate m_today;
    QLocale m_locale;
};
