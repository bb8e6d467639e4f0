// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cumulativechartview.h"

#include "chartbuilder.h"
#include "chartinteraction.h"
#include "chartspeech.h"
#include "uilanguage.h"

#include <QChart>
#include <QCheckBox>
#include <QFontMetricsF>
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
    UiLanguage::follow(chartCanvas(), [this] { chartCanvas()->setAccessibleName(tr("Cumulative fines chart")); });
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

namespace {

// "fr-cnil-2022-fine|0|2022-10-17": a step is its decision, its kind and its date (a fine set aside twice has two).
QString keyOf(const CumulativeSeries::Step &step)
{
    return step.decisionId + QLatin1Char('|') + QString::number(int(step.kind)) + QLatin1Char('|')
        + step.date.toString(Qt::ISODate);
}

} // namespace

int CumulativeChartView::stepOf(int index) const
{
    const auto [first, end] = renderer().stepsInRange();
    return index >= 0 && index < end - first ? first + index : -1;
}

int CumulativeChartView::itemCount() const
{
    const auto [first, end] = renderer().stepsInRange();
    return end - first;
}

QString CumulativeChartView::itemKey(int index) const
{
    const int step = stepOf(index);
    return step < 0 ? QString() : keyOf(renderer().series().steps().at(step));
}

int CumulativeChartView::indexOfItemKey(const QString &key) const
{
    const QDate date = QDate::fromString(key.section(QLatin1Char('|'), 2, 2), Qt::ISODate);
    if (!date.isValid())
        return -1;
    const QList<CumulativeSeries::Step> &steps = renderer().series().steps();
    const auto [first, end] = renderer().stepsInRange();
    // Steps are in date order: only that day's are compared.
    auto it = std::lower_bound(steps.cbegin() + first, steps.cbegin() + end, date,
        [](const CumulativeSeries::Step &step, const QDate &day) { return step.date < day; });
    for (; it != steps.cbegin() + end && it->date == date; ++it) {
        if (keyOf(*it) == key)
            return int(it - steps.cbegin()) - first;
    }
    return -1;
}

QString CumulativeChartView::itemName(int index) const
{
    const int step = stepOf(index);
    return step < 0 ? QString() : ChartSpeech::step(renderer().series().steps().at(step), locale());
}

QRectF CumulativeChartView::itemRect(int index) const
{
    const std::optional<QPointF> value = renderer().stepMarkValue(stepOf(index));
    if (!value || !chart())
        return QRectF();
    const bool imposed = renderer().series().steps().at(stepOf(index)).kind == CumulativeSeries::StepKind::Imposed;
    QXYSeries *marks
        = ChartBuilder::findLine(chart(), imposed ? QStringLiteral("imposedMarks") : QStringLiteral("changeMarks"));
    if (!marks)
        return QRectF();
    // The note under the plot changes the margins once the chart has its width: settle the layout first.
    if (QGraphicsLayout *layout = chart()->layout())
        layout->activate();
    const QPointF centre = viewportPosition(chart()->mapToPosition(*value, marks));
    // About the size of a mark (CumulativeChartRenderer sizes them from the font).
    const qreal side = QFontMetricsF(font()).height();
    return QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side);
}

QString CumulativeChartView::itemDecisionId(int index) const
{
    const int step = stepOf(index);
    return step < 0 ? QString() : renderer().series().steps().at(step).decisionId;
}

int CumulativeChartView::itemOfDecision(const QString &decisionId) const
{
    if (decisionId.isEmpty())
        return -1;
    const QList<CumulativeSeries::Step> &steps = renderer().series().steps();
    const auto [first, end] = renderer().stepsInRange();
    for (int i = first; i < end; ++i) {
        if (steps.at(i).decisionId == decisionId)
            return i - first;
    }
    return -1;
}

void CumulativeChartView::itemBecameCurrent(int index)
{
    const QString id = itemDecisionId(index);
    if (!id.isEmpty() && id != selectedDecisionId())
        selectDecision(id);
}

void CumulativeChartView::activateItem(int index)
{
    const QString id = itemDecisionId(index);
    if (!id.isEmpty())
        activateDecision(id);
}
