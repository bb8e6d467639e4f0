// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartviewbase.h"
#include "countrychartrenderer.h"

class QCheckBox;
class QComboBox;

// Where the money was imposed: the cumulative total stacked by country over time, or sorted bars of the totals
// by country or by authority, with an optional log scale. The controls above the chart switch between them.
class CountryChartView final : public ChartViewBase
{
    Q_OBJECT
public:
    explicit CountryChartView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CountryChartView)

    CountryChartRenderer::Mode mode() const { return m_renderer.mode(); }
    void setMode(CountryChartRenderer::Mode mode);
    CountryChartRenderer::Grouping grouping() const { return m_renderer.grouping(); }
    void setGrouping(CountryChartRenderer::Grouping grouping);
    bool logScale() const { return m_renderer.logScale(); }
    void setLogScale(bool logScale);

    // Follows the model even while the chart is hidden and not rebuilt.
    const CountryChartRenderer &renderer() const
    {
        bringUpToDate();
        return m_renderer;
    }
    // The names of the drawn series: countries (ISO codes) of the stacked view, or "bars".
    QStringList seriesNames() const;

    void render(QPainter *painter, const QRectF &target, const Theme &theme) const override;
    QString renderTitle() const override;

    // The items are the countries (the bands over time, the bars by country) or the authorities (the bars by
    // authority), most money imposed first, as the bars are listed from the top.
    int itemCount() const override;
    QString itemKey(int index) const override;
    int indexOfItemKey(const QString &key) const override;
    QString itemName(int index) const override;
    QRectF itemRect(int index) const override;

protected:
    QChart *createChart(const Theme &theme, const QFont &font, qreal width,
        const ChartInteraction &interaction) const override;
    void updateRenderer() override;
    void updateRange(QChart *chart) override;
    void updateSelection(QChart *chart) override;

private:
    void updateControls();
    QList<CountryChartRenderer::Bar> items() const;
    QString keyOf(const CountryChartRenderer::Bar &bar) const;
    QRectF bandRect(const QString &country) const;
    QRectF barRect(int index, const CountryChartRenderer::Bar &bar, int count) const;

    CountryChartRenderer m_renderer;
    QComboBox *m_modeBox = nullptr;
    QComboBox *m_groupingBox = nullptr;
    QCheckBox *m_logBox = nullptr;
};
