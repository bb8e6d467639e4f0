// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrychartview.h"

#include "chartbuilder.h"
#include "chartinteraction.h"
#include "chartspeech.h"
#include "uilanguage.h"

#include <QAbstractSeries>
#include <QAreaSeries>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLogValueAxis>
#include <algorithm>

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
    UiLanguage::follow(chartCanvas(), [this] { chartCanvas()->setAccessibleName(tr("Money by country chart")); });
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

QList<CountryChartRenderer::Bar> CountryChartView::items() const
{
    // Over time the bands are countries whatever the grouping the bars would use.
    const CountryChartRenderer &r = renderer();
    return r.mode() == CountryChartRenderer::Mode::OverTime ? r.bars(CountryChartRenderer::Grouping::Country)
                                                            : r.bars();
}

QString CountryChartView::keyOf(const CountryChartRenderer::Bar &bar) const
{
    // A band and a bar of one country are different things on different charts.
    if (m_renderer.mode() == CountryChartRenderer::Mode::OverTime)
        return QStringLiteral("band:") + bar.key;
    return (m_renderer.grouping() == CountryChartRenderer::Grouping::Country ? QStringLiteral("country:")
                                                                             : QStringLiteral("authority:"))
        + bar.key;
}

int CountryChartView::itemCount() const
{
    return int(items().size());
}

QString CountryChartView::itemKey(int index) const
{
    const QList<CountryChartRenderer::Bar> bars = items();
    return index >= 0 && index < bars.size() ? keyOf(bars.at(index)) : QString();
}

int CountryChartView::indexOfItemKey(const QString &key) const
{
    const QList<CountryChartRenderer::Bar> bars = items();
    for (int i = 0; i < bars.size(); ++i) {
        if (keyOf(bars.at(i)) == key)
            return i;
    }
    return -1;
}

QString CountryChartView::itemName(int index) const
{
    const QList<CountryChartRenderer::Bar> bars = items();
    if (index < 0 || index >= bars.size())
        return QString();
    const CountryChartRenderer::Bar &bar = bars.at(index);
    return ChartSpeech::group(bar.label, bar.imposedMinor, bar.standingMinor, bar.decisions, locale());
}

QRectF CountryChartView::itemRect(int index) const
{
    const QList<CountryChartRenderer::Bar> bars = items();
    if (index < 0 || index >= bars.size() || !chart())
        return QRectF();
    if (QGraphicsLayout *layout = chart()->layout())
        layout->activate();
    if (m_renderer.mode() == CountryChartRenderer::Mode::OverTime)
        return bandRect(bars.at(index).key);
    return barRect(index, bars.at(index), int(bars.size()));
}

QRectF CountryChartView::bandRect(const QString &country) const
{
    // The right end of the country's band, where its label is: its top and bottom at the last point.
    for (QAbstractSeries *series : chart()->series()) {
        auto *area = qobject_cast<QAreaSeries *>(series);
        if (!area || area->objectName() != country || !area->upperSeries() || area->upperSeries()->count() == 0)
            continue;
        const QPointF upper = area->upperSeries()->points().constLast();
        const QPointF lower = area->lowerSeries() && area->lowerSeries()->count() > 0
            ? area->lowerSeries()->points().constLast()
            : QPointF(upper.x(), 0);
        const QRectF plot = chart()->plotArea();
        const qreal x = std::clamp(chart()->mapToPosition(upper, area).x(), plot.left(), plot.right());
        const qreal top = chart()->mapToPosition(upper, area).y();
        const qreal bottom = chart()->mapToPosition(lower, area).y();
        const qreal width = QFontMetricsF(font()).height();
        const QPointF topLeft = viewportPosition(QPointF(x - width, top));
        const QPointF bottomRight = viewportPosition(QPointF(x, std::max(bottom, top + 2)));
        return QRectF(topLeft, bottomRight);
    }
    return QRectF();
}

QRectF CountryChartView::barRect(int index, const CountryChartRenderer::Bar &bar, int count) const
{
    QAbstractBarSeries *bars = nullptr;
    for (QAbstractSeries *series : chart()->series()) {
        if (series->objectName() == QLatin1String("bars"))
            bars = qobject_cast<QAbstractBarSeries *>(series);
    }
    if (!bars)
        return QRectF();
    // The largest bar is listed first and drawn on top: categories run from the bottom.
    const qreal category = count - 1 - index;
    // Any value on the money axis maps the category's height; a log axis has no 0.
    qreal origin = 0;
    if (const auto *log = qobject_cast<QLogValueAxis *>(chart()->axes(Qt::Horizontal).value(0)))
        origin = log->min();
    const qreal value = ChartBuilder::toMillions(std::max(bar.imposedMinor, bar.standingMinor));
    const QRectF plot = chart()->plotArea();
    const qreal top = chart()->mapToPosition(QPointF(origin, category + 0.4), bars).y();
    const qreal bottom = chart()->mapToPosition(QPointF(origin, category - 0.4), bars).y();
    const qreal right = value > origin ? chart()->mapToPosition(QPointF(value, category), bars).x() : plot.left();
    return QRectF(viewportPosition(QPointF(plot.left(), std::min(top, bottom))),
        viewportPosition(QPointF(std::clamp(right, plot.left() + 2, plot.right()), std::max(top, bottom))));
}
