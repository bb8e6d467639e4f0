// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartbuilder.h"
#include "chartinteraction.h"
#include "cumulativechartmarks.h"
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
#include <optional>
#include <utility>

class QChart;

// The cumulative step chart (imposed, standing, collected) built from plain data: the chart view shows it on
// screen and `caseline export cumulative` renders it into an image, through the same createChart(). It draws a
// bounded number of series whatever the number of decisions, with one mark per day (CumulativeChartMarks), and
// follows its range entirely: the time axis, the steps drawn, the money axis and the totals in the title are those
// of the range; what happened before it is the level the lines start at.
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
    // The claimed database size is drawn on a second axis when this is on and claims were given. Off by default,
    // so that an export shows it only when asked for (`--overlay db-size`); the window's view turns it on.
    void setDbSizeClaimsVisible(bool visible) { m_claimsVisible = visible; }
    bool dbSizeClaimsVisible() const { return m_claimsVisible; }
    // The time range to show, both days included; null dates fit the data (from the first decision to today).
    // Only the steps in the range are drawn: to start the lines at the level earlier decisions left, give those
    // decisions too (a filter's date bounds belong here, not in the decisions).
    void setRange(const QDate &from, const QDate &to);
    // The day the lines end at; today unless set (tests and reproducible exports set it).
    void setToday(const QDate &today) { m_today = today; }
    void setLocale(const QLocale &locale) { m_locale = locale; }

    const CumulativeSeries &series() const { return m_series; }
    const CumulativeChartMarks &marks() const { return m_marks; }
    QDate rangeFrom() const;
    QDate rangeTo() const;
    // The totals at the end of the range, as the chart prints them under its title:
    // "EUR 74.12m imposed · EUR 65.2m standing · EUR 0 collected".
    QString headline() const;
    // Where the mark of a decision's step of `kind` is drawn, in the chart's value coordinates; none when the
    // decision has no such step or it is outside the range.
    std::optional<QPointF> markValue(const QString &decisionId, CumulativeSeries::StepKind kind) const;
    // The steps the chart draws: indexes [first, end) into series().steps(), those dated in the range.
    std::pair<int, int> stepsInRange() const;
    // Where the mark of a step (an index into series().steps()) is drawn, in value coordinates; none outside the
    // range.
    std::optional<QPointF> stepMarkValue(int stepIndex) const;

    // The plain-text tooltip of a step, a potential amount, or a database size claim.
    QString stepToolTip(int stepIndex) const;
    QString potentialToolTip(int potentialIndex) const;
    QString claimToolTip(int claimIndex) const;
    // The tooltip of a mark: of its step or amount when it stands for one, else a list of them.
    QString markToolTip(const CumulativeChartMarks::Mark &mark, bool potential) const;
    // The legend's name of a kind of amount not imposed.
    static QString potentialKindName(CumulativeSeries::PotentialKind kind);
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
    const Decision *decisionOf(const QString &id) const;
    QString decisionName(const QString &id) const;
    QDate today() const;
    // The colours of the labels: imposed steps, changes, the collected line, amounts not imposed.
    struct LabelColors
    {
        QColor imposed;
        QColor changes;
        QColor collected;
        QColor potential;
    };
    QList<ChartBuilder::Label> labels(const QFont &font, qreal width, const LabelColors &colors) const;
    void connectInteraction(QChart *chart, const ChartInteraction &interaction) const;

    QList<Decision> m_decisions;
    // Decisions by id, for names in tooltips and labels: made when first needed, which a large chart may never do.
    mutable QHash<QString, int> m_indexById;
    mutable bool m_indexed = false;
    DateBasis m_basis = DateBasis::Adopted;
    CumulativeSeries m_series;
    CumulativeChartMarks m_marks;
    // The first and last date of the decisions on the basis, for the fitted range.
    QDate m_firstDate;
    QDate m_lastDate;
    QList<DbSizeClaim> m_claims;
    bool m_claimsVisible = false;
    QDate m_from;
    QDate m_to;
    QDate m_today;
    QLocale m_locale;
};
