// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"
#include "keyhelp.h"
#include "renderable.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>

class QAbstractAxis;
class ChartCanvas;
class QAbstractItemModel;
class QChart;
class QKeyEvent;
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
//
// The chart's items (what a subclass lists with itemCount() and the item functions) are what the keyboard moves
// between on the chart's canvas: Left or Up the previous, Right or Down the next, Home and End the first and last,
// Enter activates (keyHelp() lists them). The keyboard's place is the current item, ringed on the canvas;
// assistive technology sees the items as a list (ChartAccessible) and the accessible focus follows the current item.
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
    // The widget that takes the keyboard: the chart's canvas, around chartViewport().
    QWidget *chartCanvas() const;
    QAbstractItemModel *model() const;

    // The chart's items in reading order, for the keyboard and assistive technology: what it draws now.
    virtual int itemCount() const = 0;
    // What identifies an item while it is drawn, whatever its index (the range and the data move indexes).
    virtual QString itemKey(int index) const = 0;
    // -1 when no item has that key.
    virtual int indexOfItemKey(const QString &key) const = 0;
    // What a screen reader says for it.
    virtual QString itemName(int index) const = 0;
    // Where it is drawn, in chartViewport() coordinates; empty when it is not drawn.
    virtual QRectF itemRect(int index) const = 0;
    // Where the keyboard is: an index, or -1.
    int currentItem() const;
    // Moves the keyboard there (-1: nowhere), as the arrow keys do.
    void setCurrentItem(int index);
    // The keys the chart's canvas handles, as Help > Keyboard Shortcuts lists them.
    static KeyHelpSection keyHelp();

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
    // The decision an item stands for (empty when none: a country's bar), and the first item of a decision (-1 for
    // none): the keyboard starts from the selected decision's item.
    virtual QString itemDecisionId(int index) const;
    virtual int itemOfDecision(const QString &decisionId) const;
    // The keyboard moved to an item; Enter on it. Both do nothing unless a subclass says otherwise.
    virtual void itemBecameCurrent(int index);
    virtual void activateItem(int index);
    // Selects the decision's row in the window's selection.
    void selectDecision(const QString &decisionId);
    // The same, and tells decisionClicked(): what a click on its mark does.
    void activateDecision(const QString &decisionId);

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
    bool handleKey(QKeyEvent *event);
    void updateTabOrder();
    // Moves the accessible focus to the current item, while the keyboard is on the canvas and only when assistive
    // technology listens.
    void announceCurrentItem();
    void showHover(const QString &text);
    void updateSelectedId();

    ChartCanvas *m_view = nullptr;
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
    // The current item's key: it stays on its item while the range and the data move indexes.
    QString m_currentKey;
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
