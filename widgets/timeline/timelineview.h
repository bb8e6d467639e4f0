// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyhelp.h"
#include "theme.h"
#include "timelineframe.h"
#include "timelineitems.h"
#include "timelinerenderer.h"
#include "viewstate.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QPointer>
#include <QWidget>
#include <optional>

class QAction;

// The interactive multi-country timeline. It reads the window's filtered model, follows and drives the window's one
// selection model, and reads and writes the visible range of the ViewState so the charts follow it. It paints
// through TimelineRenderer, the same function every export uses, and lays out only what is visible, so it stays
// smooth with 100,000 decisions.
//
// Mouse: wheel zooms around the cursor, horizontal scroll and drag pan, pinch zooms, dragging along the axis zooms
// into that range, a click selects a decision or zooms into a cluster, a double click activates. Keyboard:
// Left/Right previous/next decision in time, Up/Down the neighbouring lane, +/- zoom, Ctrl+0 fit all, Home/End first
// and last, Enter activates (keyHelp() lists them for Help > Keyboard Shortcuts). With the keyboard focus it draws a
// focus frame around the plot and a ring around the selected decision.
//
// Assistive technology sees a list of the decisions it lays out (TimelineAccessible); a keyboard or mouse move of
// the selection moves the accessible focus to the decision's item, which a screen reader then says.
class TimelineView final : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;
    Q_DISABLE_COPY_MOVE(TimelineView)

    // The filtered model (the DecisionFilterProxy over the DecisionModel); rows are read through DecisionModel roles.
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    // The window's selection model over that same model.
    void setSelectionModel(QItemSelectionModel *selectionModel);
    QItemSelectionModel *selectionModel() const { return m_selection; }
    // Date basis, theme, lane order and visible range come from the ViewState; zoom and pan write the visible range
    // back, one gesture as one step of its zoom history.
    void setViewState(ViewState *state);
    // What the view says while it has no decision to draw; empty for the default ("No decisions match the filters").
    void setEmptyText(const QString &text);
    ViewState *viewState() const { return m_state; }

    // What the view paints with, laid out for the current model: export it to get exactly what is shown.
    const TimelineRenderer &renderer() const
    {
        ensureBuilt();
        return m_renderer;
    }
    Theme theme() const { return m_theme; }

    QDate visibleFrom() const { return renderer().scale().visibleFromDate(); }
    QDate visibleTo() const { return renderer().scale().visibleToDate(); }
    bool isFitAll() const { return renderer().isFitAll(); }
    // The selected decision's id, or empty.
    QString selectedId() const { return m_selectedId; }
    // Where a decision is drawn, in widget coordinates (the cluster's centre when merged); nullopt when out of view.
    std::optional<QPointF> markerPosition(const QString &id) const;
    // The box of that marker (its cluster's when merged); nullopt when out of view.
    std::optional<QRectF> markerRect(const QString &id) const;
    bool isClustered(const QString &id) const;
    // The decision under a point, or empty; a cluster gives "".
    QString decisionIdAt(const QPoint &pos) const;
    // The tooltip for a point as plain text, or empty.
    QString toolTipTextAt(const QPoint &pos) const;

    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }
    QAction *fitAllAction() const { return m_fitAllAction; }
    QAction *zoomToSelectionAction() const { return m_zoomToSelectionAction; }

    // The keys the view handles itself, as Help > Keyboard Shortcuts lists them.
    static KeyHelpSection keyHelp();

    QSize sizeHint() const override { return QSize(900, 420); }
    QSize minimumSizeHint() const override { return QSize(240, 140); }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitAll();
    // The selected decision and those related to it; a lone decision gets a month either side.
    void zoomToSelection();

Q_SIGNALS:
    // Enter or a double click on a decision: open its details.
    void activated(const QString &id);
    void visibleRangeChanged(const QDate &from, const QDate &to);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag { None, Pending, Pan, AxisRange };

    void invalidateItems();
    void invalidateFrame();
    void ensureBuilt() const;
    void ensureFrame() const;
    DateBasis dateBasis() const;
    void applyTheme();
    void applyLaneOrder();
    void applyFont();
    void followSelection();
    void followStateRange(const QDate &from, const QDate &to);
    void selectItem(int item);
    void clearSelection();
    void ensureItemVisible(int item);
    void zoomAround(double factor, double x, ViewState::RangeChange change = ViewState::RangeChange::NewStep);
    void setVisibleDays(double from, double to, ViewState::RangeChange change = ViewState::RangeChange::NewStep);
    void rangeChanged(ViewState::RangeChange change = ViewState::RangeChange::NewStep);
    // Wheel notches and pinch updates that follow each other closely are one zoom gesture.
    ViewState::RangeChange zoomGestureStep() const;
    int itemAt(const QPoint &pos, int *marker = nullptr) const;
    double anchorX() const;
    bool handlesKey(const QKeyEvent *event) const;
    void updateActions();
    // Moves the accessible focus to the selected decision (to the view when none is), while the keyboard is here
    // and only when assistive technology listens.
    void announceSelection();

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QPointer<ViewState> m_state;
    Theme m_theme = Theme::named(QStringLiteral("light"));
    // Built on demand from const accessors and paintEvent: the model is read once per change, however many
    // signals announced it.
    mutable TimelineRenderer m_renderer;
    // Each decision's item, kept while only the filter or the sort changes.
    mutable TimelineItemCache m_itemCache;
    mutable bool m_itemsDirty = true;
    mutable bool m_frameDirty = true;
    mutable TimelineRenderer::Geometry m_geometry;
    mutable TimelineFrame m_frame;
    QString m_selectedId;
    bool m_writingRange = false;
    bool m_selecting = false;
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    double m_lastPanX = 0;
    double m_rangeStartX = 0;
    double m_rangeEndX = 0;
    // Since the last wheel or pinch change; invalid when any other change of the range came after it.
    QElapsedTimer m_zoomGesture;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAllAction = nullptr;
    QAction *m_zoomToSelectionAction = nullptr;
};
