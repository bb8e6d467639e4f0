// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartinteraction.h"
#include "cumulativeseries.h"
#include "datebasis.h"
#include "dbsizeclaim.h"
#include "decision.h"
#include "renderable.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

#include <memory>

class QChart;

// The cumulative step chart (imposed, standing, collected) built from plain data: the chart view shows it on
// screen and `caseline export cumulative` renders it into an image, through the same createChart().
class CumulativeChartRenderer final : public Renderable
{
    Q_DECLARE_TR_FUNCTIONS(CumulativeChartRenderer)
public:
    CumulativeChartRenderer() = default;
    CumulativeChartRenderer(const QList<Decision> &decisions, DateBasis basis,
        const QList<DbSizeClaim> &dbSizeClaims = QList<DbSizeClaim>());

    // `decisions` already filtered; the chart computes its series from them on `basis`.
    void setDecisions(const QList<Decision> &decisions, DateBasis basis);
    void setDbSizeClaims(const QList<DbSizeClaim> &claims);
    // The claimed database size is drawn on a second axis when this is on and claims were given (on by default).
    void setDbSizeClaimsVisible(bool visible) { m_claimsVisible = visible; }
    bool dbSizeClaimsVisible() const { return m_claimsVisible; }
    // The time range to show; null dates fit the data (from the first decision to today).
    void setRange(const QDate &from, const QDate &to);
    // The day the lines end at; today unless set (tests and reproducible exports set it).
    void setToday(const QDate &today) { m_today = today; }
    void setLocale(const QLocale &locale) { m_locale = locale; }

    const CumulativeSeries &series() const { return m_series; }
    QDate rangeFrom() const;
    QDate rangeTo() const;

    // The plain-text tooltip of a step, a potential amount, or a database size claim.
    QString stepToolTip(int stepIndex) const;
    QString potentialToolTip(int potentialIndex) const;
    QString claimToolTip(int claimIndex) const;
    // The lines printed under the chart: the currency rule, the collected caveat, the date basis.
    QString note() const;

    // A new chart (the caller owns it) in `theme` with `font`, `width` pixels wide for tick spacing;
    // `interaction` (may be null) receives clicks and hovers on steps.
    QChart *createChart(const Theme &theme, const QFont &font, qreal width,
        const ChartInteraction *interaction = nullptr) const;

    // Moves `chart`, made by createChart(), to the current range in place: the time axis and its ticks, and the
    // ends of the step lines. The view calls it on a timeline pan or zoom instead of building a new chart.
    void applyRange(QChart *chart) const;
    // Rings the marks of `selectedId` (none when empty) on `chart`, in place.
    void applySelection(QChart *chart, const QString &selectedId) const;

    void render(QPainter *painter, const QRectF &target, const Theme &theme) const override;
    QString renderTitle() const override;

private:
    std::shared_ptr<const CumulativeChartRenderer> snapshot() const;
    QString decisionName(const QString &id) const;
    QDate today() const;

    QList<Decision> m_decisions;
    QHash<QString, int> m_indexById;
    DateBasis m_basis = DateBasis::Adopted;
    CumulativeSeries m_series;
    QList<DbSizeClaim> m_claims;
    bool m_claimsVisible = true;
    QDate m_from;
    QDate m_to;
    QDate m_today;
    QLocale m_locale;
};
