// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartviewbase.h"
#include "cumulativechartrenderer.h"
#include "dbsizeclaim.h"

#include <QList>
#include <QPointF>

class QCheckBox;

// The running totals over time, imposed, standing after appeals and collected, as step lines with a mark per day
// on which they move: hover names its decisions, a click selects the largest. Clearview's claimed database size on
// a second axis, on by default here and off in exports.
class CumulativeChartView final : public ChartViewBase
{
    Q_OBJECT
public:
    explicit CumulativeChartView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CumulativeChartView)

    void setDbSizeClaims(const QList<DbSizeClaim> &claims);
    bool isDbSizeOverlayVisible() const { return m_renderer.dbSizeClaimsVisible(); }
    void setDbSizeOverlayVisible(bool visible);

    // The data and settings the chart is drawn from, e.g. for the export dialog.
    // Follows the model even while the chart is hidden and not rebuilt.
    const CumulativeChartRenderer &renderer() const
    {
        bringUpToDate();
        return m_renderer;
    }
    // The points of a drawn series ("imposed", "standing", "collected", "imposedMarks", "changeMarks", "selection",
    // "claims", "potential-provisional" and the other kinds of CumulativeChartMarks): x in days of
    // TimelineScale (ChartBuilder::dayX(), the middle of the day), y in millions of euros (billions of images).
    QList<QPointF> linePoints(const QString &name) const;
    // Where the mark of a decision's step of `kind` is (the mark of its day), in chartViewport() coordinates; null
    // if not drawn.
    QPoint markPosition(const QString &decisionId,
        CumulativeSeries::StepKind kind = CumulativeSeries::StepKind::Imposed) const;

    void render(QPainter *painter, const QRectF &target, const Theme &theme) const override;
    QString renderTitle() const override;

    // The items are the steps drawn (those in the range), in time order: the keyboard walks the money as it moved,
    // and a step becoming current selects its decision, as a click on its mark does.
    int itemCount() const override;
    QString itemKey(int index) const override;
    int indexOfItemKey(const QString &key) const override;
    QString itemName(int index) const override;
    QRectF itemRect(int index) const override;

protected:
    QString itemDecisionId(int index) const override;
    int itemOfDecision(const QString &decisionId) const override;
    void itemBecameCurrent(int index) override;
    void activateItem(int index) override;

    QChart *createChart(const Theme &theme, const QFont &font, qreal width,
        const ChartInteraction &interaction) const override;
    void updateRenderer() override;
    void updateRange(QChart *chart) override;
    void updateSelection(QChart *chart) override;

private:
    // The step of an item: an index into the series' steps, or -1.
    int stepOf(int index) const;

    CumulativeChartRenderer m_renderer;
    QCheckBox *m_claimsBox = nullptr;
};
