// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrychartview.h"

#include "chartinteraction.h"

#include <QAbstractSeries>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>

CountryChartView::CountryChartView(QWidget *parent) : ChartViewBase(parent)
{
    m_modeBox = new QComboBox(this);
    m_modeBox->addItem(tr("Over time, stacked by country"), int(CountryChartRenderer::Mode::OverTime));
    m_modeBox->addItem(tr("Totals"), int(CountryChartRenderer::Mode::Totals));
    connect(m_modeBox, &QComboBox::activated, this,
        [this]() { setMode(CountryChartRenderer::Mode(m_modeBox->currentData().toInt())); });
    m_groupingBox = new QComboBox(this);
    m_groupingBox->addItem(tr("By country"), int(CountryChartRenderer::Grouping::Country));
    m_groupingBox->addItem(tr("By authority"), int(CountryChartRenderer::Grouping::Authority));
    connect(m_groupingBox, &QComboBox::activated, this,
        [this]() { setGrouping(CountryChartRenderer::Grouping(m_groupingBox->currentData().toInt())); });
    m_logBox = new QCheckBox(tr("Log scale"), this);
    m_logBox->setToolTip(tr("A logarithmic money axis, so that small totals stay visible beside large ones"));
    connect(m_logBox, &QCheckBox::toggled, this, &CountryChartView::setLogScale);
    addControl(m_modeBox);
    addControl(m_groupingBox);
    addControl(m_logBox);
    updateControls();
    scheduleRebuild();
}

void CountryChartView::setMode(CountryChartRenderer::Mode mode)
{
    if (mode == m_renderer.mode())
        return;
    m_renderer.setMode(mode);
    updateControls();
    scheduleRebuild();
}

void CountryChartView::setGrouping(CountryChartRenderer::Grouping grouping)
{
    if (grouping == m_renderer.grouping())
        return;
    m_renderer.setGrouping(grouping);
    updateControls();
    scheduleRebuild();
}

void CountryChartView::setLogScale(bool logScale)
{
    if (logScale == m_renderer.logScale())
        return;
    m_renderer.setLogScale(logScale);
    updateControls();
    scheduleRebuild();
}

QStringList CountryChartView::seriesNames() const
{
    QStringList names;
    if (chart()) {
        const QList<QAbstractSeries *> series = chart()->series();
        for (const QAbstractSeries *s : series)
            names << s->objectName();
    }
    return names;
}

void CountryChartView::render(QPainter *painter, const QRectF &target, const Theme &theme) const
{
    bringUpToDate();
    m_renderer.render(painter, target, theme);
}

QString CountryChartView::renderTitle() const
{
    return m_renderer.renderTitle();
}

QChart *CountryChartView::createChart(const Theme &theme, const QFont &font, qreal width,
    const ChartInteraction &interaction) const
{
    return m_renderer.createChart(theme, font, width, &interaction);
}

void CountryChartView::updateRenderer()
{
    m_renderer.setLocale(locale());
    m_renderer.setDecisions(decisions(), dateBasis());
    m_renderer.setRange(rangeFrom(), rangeTo());
}

void CountryChartView::updateRange(QChart *chart)
{
    m_renderer.setRange(rangeFrom(), rangeTo());
    m_renderer.applyRange(chart);
}

void CountryChartView::updateSelection(QChart *)
{
    // Bands and bars are countries and authorities, not decisions: there is no mark to ring.
}

void CountryChartView::updateControls()
{
    const bool totals = m_renderer.mode() == CountryChartRenderer::Mode::Totals;
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(m_renderer.mode())));
    m_groupingBox->setCurrentIndex(m_groupingBox->findData(int(m_renderer.grouping())));
    m_groupingBox->setEnabled(totals);
    {
        const QSignalBlocker blocker(m_logBox);
        m_logBox->setChecked(m_renderer.logScale());
    }
    m_logBox->setEnabled(totals);
}
