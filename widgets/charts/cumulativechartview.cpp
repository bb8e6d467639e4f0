// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cumulativechartview.h"

#include "chartbuilder.h"
#include "chartinteraction.h"

#include <QChart>
#include <QCheckBox>
#include <QGraphicsLayout>
#include <QXYSeries>

CumulativeChartView::CumulativeChartView(QWidget *parent) : ChartViewBase(parent)
{
    // On screen the overlay is one click away and on by default; an export shows it only when asked for.
    m_renderer.setDbSizeClaimsVisible(true);
    m_claimsBox = new QCheckBox(tr("Claimed database size"), this);
    m_claimsBox->setToolTip(tr("Clearview's image database as claimed over time, with who made each claim"));
    m_claimsBox->setChecked(m_renderer.dbSizeClaimsVisible());
    m_claimsBox->setEnabled(false);
    connect(m_claimsBox, &QCheckBox::toggled, this, &CumulativeChartView::setDbSizeOverlayVisible);
    addControl(m_claimsBox);
    scheduleRebuild();
}

void CumulativeChartView::setDbSizeClaims(const QList<DbSizeClaim> &claims)
{
    m_renderer.setDbSizeClaims(claims);
    m_claimsBox->setEnabled(!claims.isEmpty());
    scheduleRebuild();
}

void CumulativeChartView::setDbSizeOverlayVisible(bool visible)
{
    {
        const QSignalBlocker blocker(m_claimsBox);
        m_claimsBox->setChecked(visible);
    }
    if (visible == m_renderer.dbSizeClaimsVisible())
        return;
    m_renderer.setDbSizeClaimsVisible(visible);
    scheduleRebuild();
}

QList<QPointF> CumulativeChartView::linePoints(const QString &name) const
{
    const QXYSeries *line = ChartBuilder::findLine(chart(), name);
    return line ? line->points() : QList<QPointF>();
}

QPoint CumulativeChartView::markPosition(const QString &decisionId, CumulativeSeries::StepKind kind) const
{
    if (!chart())
        return QPoint();
    // The note under the plot changes the margins once the chart has its width: settle the layout first.
    if (QGraphicsLayout *layout = chart()->layout())
        layout->activate();
    const std::optional<QPointF> value = m_renderer.markValue(decisionId, kind);
    QXYSeries *marks = ChartBuilder::findLine(chart(),
        kind == CumulativeSeries::StepKind::Imposed ? QStringLiteral("imposedMarks") : QStringLiteral("changeMarks"));
    if (!value || !marks)
        return QPoint();
    return viewportPosition(chart()->mapToPosition(*value, marks));
}

void CumulativeChartView::render(QPainter *painter, const QRectF &target, const Theme &theme) const
{
    bringUpToDate();
    m_renderer.render(painter, target, theme);
}

QString CumulativeChartView::renderTitle() const
{
    return m_renderer.renderTitle();
}

QChart *CumulativeChartView::createChart(const Theme &theme, const QFont &font, qreal width,
    const ChartInteraction &interaction) const
{
    return m_renderer.createChart(theme, font, width, &interaction);
}

void CumulativeChartView::updateRenderer()
{
    m_renderer.setLocale(locale());
    m_renderer.setDecisions(decisions(), dateBasis());
    m_renderer.setRange(rangeFrom(), rangeTo());
}

void CumulativeChartView::updateRange(QChart *chart)
{
    m_renderer.setRange(rangeFrom(), rangeTo());
    m_renderer.applyRange(chart);
}

void CumulativeChartView::updateSelection(QChart *chart)
{
    m_renderer.applySelection(chart, selectedDecisionId());
}
