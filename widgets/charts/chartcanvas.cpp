// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcanvas.h"

#include "chartaccessible.h"
#include "chartviewbase.h"
#include "theme.h"

#include <QApplication>
#include <QChart>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QWheelEvent>
#include <algorithm>

ChartCanvas::ChartCanvas(ChartViewBase *owner)
    : QChartView(owner)
    , m_owner(owner)
{
    setFocusPolicy(Qt::StrongFocus);
    ChartAccessible::installFactory();
}

void ChartCanvas::mousePressEvent(QMouseEvent *event)
{
    m_dragging = event->button() == Qt::LeftButton && chart() && chart()->plotArea().contains(event->position());
    m_origin = event->position().toPoint();
    QChartView::mousePressEvent(event);
}

void ChartCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const int x = event->position().toPoint().x();
    if (m_dragging && (event->buttons() & Qt::LeftButton)
        && std::abs(x - m_origin.x()) >= QApplication::startDragDistance()) {
        if (!m_band)
            m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
        const QRectF plot = chart()->plotArea();
        const int left = std::clamp(std::min(x, m_origin.x()), int(plot.left()), int(plot.right()));
        const int right = std::clamp(std::max(x, m_origin.x()), int(plot.left()), int(plot.right()));
        m_band->setGeometry(QRect(QPoint(left, int(plot.top())), QPoint(right, int(plot.bottom()))));
        m_band->show();
    }
    QChartView::mouseMoveEvent(event);
}

void ChartCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    const bool selected = event->button() == Qt::LeftButton && m_band && m_band->isVisible();
    m_dragging = false;
    QRect band;
    if (selected) {
        band = m_band->geometry();
        m_band->hide();
    }
    QChartView::mouseReleaseEvent(event);
    if (selected && band.width() > 2 && spanSelected)
        spanSelected(band.left(), band.right());
}

void ChartCanvas::wheelEvent(QWheelEvent *event)
{
    if ((event->modifiers() & Qt::ControlModifier) && chart() && wheelZoomed && event->angleDelta().y() != 0) {
        wheelZoomed(event->angleDelta().y() > 0 ? 1.25 : 0.8, event->position().x());
        event->accept();
        return;
    }
    QChartView::wheelEvent(event);
}

void ChartCanvas::keyPressEvent(QKeyEvent *event)
{
    // Before QGraphicsView, whose arrow keys would scroll a scene that always fits.
    if (keyPressed && keyPressed(event)) {
        event->accept();
        return;
    }
    QChartView::keyPressEvent(event);
}

void ChartCanvas::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
    if (focusEntered)
        focusEntered();
}

void ChartCanvas::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

void ChartCanvas::paintEvent(QPaintEvent *event)
{
    QChartView::paintEvent(event);
    if (!hasFocus())
        return;
    // As the timeline shows the keyboard: a dotted frame in the accent colour around the plot, a ring around the
    // current item in the text colour.
    const Theme theme = m_owner->theme();
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(theme.accent, 1.5, Qt::DotLine));
    painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
    const int current = m_owner->currentItem();
    const QRectF item = current < 0 ? QRectF() : m_owner->itemRect(current);
    if (!item.isEmpty()) {
        painter.setPen(QPen(theme.text, 2.0, Qt::DotLine));
        painter.drawRoundedRect(item.adjusted(-4, -4, 4, 4), 4, 4);
    }
}
