// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"
#include "renderable.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>

class QAbstractAxis;
class QAbstractItemModel;
class QChart;
class QChartView;
class QCheckBox;
class QHBoxLayout;
class QToolButton;
class QItemSelectionModel;
class ViewState;
struct ChartInteraction;
struct Theme;

// What every chart view shares (after qtcharts' chartsgallery ContentWidget): a row of controls above a chart,
// the decisions read from the filtered model, the shared selection, the ViewState's date basis, theme and
// visible range, tooltips, and export through the same chart code. Subclasses say what the chart draws.
class ChartViewBase : public QWidget, public Renderable
{
    Q_OBJECT
public:
    explicit ChartViewBase(QWidget *parent = nullptr);
    ~ChartViewBase() override;
    Q_DISABLE_COPY_MOVE(ChartViewBase)

    // The filtered decisions (a DecisionFilterProxy over a DecisionModel: rows give DecisionModel::DecisionRole);
    // the chart is rebuilt when its rows change.
    void setModel(QAbstractItemModel *model);
    // The window's selection: a click on a decision's mark selects its row there, and the selected decision is
    // ringed on the chart. The selection model may be over the filtered model or over its source.
    void setSelectionModel(QItemSelectionModel *selectionModel);
    // Follows the date basis and theme, and the visible range while linked to the timeline.
    void setViewState(ViewState *state);

    bool isLinkedToTimeline() const { return m_linked; }
    void setLinkedToTimeline(bool linked);

    QList<Decision> decisions() const { return m_decisions; }
    DateBasis dateBasis() const;
    Theme theme() const;
    QString selectedDecisionId() const { return m_selectedId; }
    // The tooltip last shown for a hovered mark, as shown: HTML in which data text is escaped (PlainText::toolTip).
    // Empty once the pointer left it.
    QString hoverText() const { return m_hoverText; }
    // The widget the chart is painted on, for tests and event filters.
    QWidget *chartViewport() const;

public Q_SLOTS:
    // Rebuilds the chart now (changes are otherwise gathered and applied once control returns to the event loop).
    void refresh();

Q_SIGNALS:
    void decisionClicked(const QString &decisionId);
    void linkedToTimelineChanged(bool linked);

protected:
    // A new chart of the current data in `theme`, for the screen; `interaction` routes clicks and hovers back.
    virtual QChart *createChart(const Theme &theme, const QFont &font, qreal width,
        const ChartInteraction &interaction) const = 0;
    // Called before every rebuild: hand the current decisions, basis and range to the renderer.
    virtual void updateRenderer() = 0;
    // For render(): the renderer follows the model even while the chart is hidden and not rebuilt.
    void bringUpToDate() const;
    // Hand the current range (rangeFrom(), rangeTo()) to the renderer and move `chart` to it in place.
    virtual void updateRange(QChart *chart) = 0;
    // Show the current selection (selectedDecisionId()) on `chart` in place.
    virtual void updateSelection(QChart *chart) = 0;

    // The range to draw: the timeline's while linked, the user's own zoom otherwise; null dates fit the data.
    QDate rangeFrom() const;
    QDate rangeTo() const;
    QChart *chart() const;
    // Adds a control to the row above the chart, before the timeline link.
    void addControl(QWidget *control);
    // Where a point of the chart (in chart item coordinates) is in chartViewport().
    QPoint viewportPosition(const QPointF &chartPosition) const;
    // Gathers changes into one rebuild: for what changes the data or the drawing (decisions, basis, theme, size,
    // what is drawn). A new range or selection only updates the chart in place (scheduleRangeUpdate()).
    void scheduleRebuild();
    void scheduleRangeUpdate();
    void scheduleSelectionUpdate();
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum PendingChange { RangeChange = 0x1, SelectionChange = 0x2, Rebuild = 0x4 };

    void reloadDecisions();
    void rebuild();
    // Applies the changes gathered since the last time: a rebuild, or updates in place.
    void applyPending();
    // Shows the days between two x values of the time axis (TimelineScale days), through the ViewState when linked.
    void zoomToDays(double fromDay, double toDay);
    void fitRange();
    void activateDecision(const QString &decisionId);
    void showHover(const QString &text);
    void updateSelectedId();

    QChartView *m_view = nullptr;
    QHBoxLayout *m_controls = nullptr;
    QCheckBox *m_linkBox = nullptr;
    QToolButton *m_fitButton = nullptr;
    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QPointer<ViewState> m_state;
    QList<QMetaObject::Connection> m_modelConnections;
    QList<QMetaObject::Connection> m_selectionConnections;
    QList<QMetaObject::Connection> m_stateConnections;
    QList<Decision> m_decisions;
    QString m_selectedId;
    QString m_hoverText;
    bool m_linked = true;
    bool m_reloadPending = false;
    // The renderer has not taken the latest changes yet (the chart is hidden, or its rebuild is still scheduled).
    bool m_rendererStale = true;
    QDate m_localFrom;
    QDate m_localTo;
    int m_pending = 0;
    QTimer m_rebuildTimer;
    qreal m_builtWidth = 0;
};
