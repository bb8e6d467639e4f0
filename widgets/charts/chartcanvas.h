// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QPoint>
#include <functional>

class ChartViewBase;
class QRubberBand;

// The area a chart is drawn in, inside a ChartViewBase: the part that takes the keyboard. Dragging across the
// plot selects a time span and Ctrl+wheel zooms around the pointer; with the focus, the keys move between the
// chart's items (ChartViewBase::keyHelp()), and a focus frame and a ring around the current item show where the
// keyboard is. Assistive technology sees the items as a list (ChartAccessible).
//
// QChartView's own rubber band swallows the clicks meant for the marks unless ClickThroughRubberBand is set, and
// with that flag Qt 6.4 no longer stretches a horizontal band to the plot's height, so nothing zooms. This view
// draws its own band and reports the span, so the new range goes through the ViewState like any other and the
// timeline follows.
class ChartCanvas final : public QChartView
{
    Q_OBJECT
public:
    explicit ChartCanvas(ChartViewBase *owner);

    // The chart view whose items this canvas shows.
    ChartViewBase *owner() const { return m_owner; }

    // In pixels of the chart: the view shows the chart at its origin.
    std::function<void(qreal left, qreal right)> spanSelected;
    // factor > 1 zooms in, around anchorX.
    std::function<void(qreal factor, qreal anchorX)> wheelZoomed;
    // A key press while the canvas has the focus; true when it was used.
    std::function<bool(QKeyEvent *event)> keyPressed;
    // The canvas got the keyboard focus.
    std::function<void()> focusEntered;

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    ChartViewBase *m_owner;
    QPoint m_origin;
    bool m_dragging = false;
    QRubberBand *m_band = nullptr;
};
