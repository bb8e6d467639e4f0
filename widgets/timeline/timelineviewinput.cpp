// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineView's input: mouse, wheel, pinch and keyboard. What they do to the view (zoom, pan, select) is in
// timelineview.cpp; here is only which event does which, and which events make one step of the zoom history.
#include "timelinetooltip.h"
#include "timelineview.h"

#include <QAccessible>
#include <QApplication>
#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace {

// One wheel notch (120) zooms by about a fifth.
constexpr double wheelZoomBase = 1.0015;
// A horizontal scroll of one notch pans by this many pixels.
constexpr double pixelsPerScrollNotch = 60;
// Wheel notches and pinch updates closer together than this are one turn of the wheel, one step back.
constexpr qint64 zoomGestureMs = 400;

} // namespace

ViewState::RangeChange TimelineView::zoomGestureStep() const
{
    const bool continues = m_zoomGesture.isValid() && m_zoomGesture.elapsed() < zoomGestureMs;
    return continues ? ViewState::RangeChange::SameStep : ViewState::RangeChange::NewStep;
}

bool TimelineView::handlesKey(const QKeyEvent *event) const
{
    const int key = event->key();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (key == Qt::Key_0)
        return mods == Qt::ControlModifier || mods == (Qt::ControlModifier | Qt::ShiftModifier);
    if (key == Qt::Key_Plus || key == Qt::Key_Equal || key == Qt::Key_Minus)
        return mods == Qt::NoModifier || mods == Qt::ControlModifier || mods == Qt::ShiftModifier;
    return false;
}

bool TimelineView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // Zoom keys reach the view before any window-wide action with the same shortcut.
        if (handlesKey(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        break;
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipTextAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // The data is shown as text, never interpreted as markup.
            QToolTip::showText(help->globalPos(), TimelineToolTip::escaped(text), this);
        }
        return true;
    }
    case QEvent::FocusIn:
    case QEvent::FocusOut:
        m_renderer.setFocused(event->type() == QEvent::FocusIn);
        update();
        // Qt moves the accessible focus to the view once this event has been handled: the selected decision's item
        // takes it after that.
        if (event->type() == QEvent::FocusIn && QAccessible::isActive() && !m_selectedId.isEmpty())
            QMetaObject::invokeMethod(this, &TimelineView::announceSelection, Qt::QueuedConnection);
        break;
    case QEvent::Leave:
        m_renderer.setHoveredItem(-1);
        update();
        break;
    case QEvent::NativeGesture: {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAround(1 + gesture->value(), gesture->position().x(), zoomGestureStep());
            m_zoomGesture.start();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    ensureFrame();
    QPoint delta = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    // Shift turns a vertical wheel into a horizontal scroll, as in most applications.
    if (event->modifiers() & Qt::ShiftModifier)
        delta = QPoint(delta.y() != 0 ? delta.y() : delta.x(), 0);
    if (std::abs(delta.x()) > std::abs(delta.y())) {
        const double dx = !pixels.isNull() && !(event->modifiers() & Qt::ShiftModifier)
            ? pixels.x()
            : delta.x() / 120.0 * pixelsPerScrollNotch;
        TimelineScale scale = m_renderer.scaleFor(m_geometry);
        scale.pan(dx);
        setVisibleDays(scale.fromDay(), scale.toDay(), zoomGestureStep());
        m_zoomGesture.start();
    } else if (delta.y() != 0) {
        zoomAround(std::pow(wheelZoomBase, delta.y()), event->position().x(), zoomGestureStep());
        m_zoomGesture.start();
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    ensureFrame();
    m_pressPos = event->position().toPoint();
    const QPointF pos = event->position();
    const bool onAxis = (m_geometry.axis.contains(pos) || m_geometry.periods.contains(pos))
        && pos.x() >= m_geometry.plot.left() && pos.x() <= m_geometry.plot.right();
    if (onAxis) {
        m_drag = Drag::AxisRange;
        m_rangeStartX = m_rangeEndX = pos.x();
    } else {
        m_drag = Drag::Pending;
        m_lastPanX = pos.x();
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    switch (m_drag) {
    case Drag::None: {
        int marker = -1;
        itemAt(pos.toPoint(), &marker);
        const int hovered = marker < 0 ? -1 : m_frame.markers().at(marker).firstItem;
        if (hovered != m_renderer.hoveredItem()) {
            m_renderer.setHoveredItem(hovered);
            update();
        }
        const bool onAxis = m_geometry.axis.contains(pos) || m_geometry.periods.contains(pos);
        setCursor(marker >= 0 ? Qt::PointingHandCursor : onAxis ? Qt::SplitHCursor : Qt::OpenHandCursor);
        break;
    }
    case Drag::Pending:
    case Drag::Pan: {
        // The first move of a drag starts a step of the zoom history and the rest of the drag extends it.
        const bool starts = m_drag == Drag::Pending;
        if (starts) {
            if ((event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
                break;
            m_drag = Drag::Pan;
            setCursor(Qt::ClosedHandCursor);
        }
        TimelineScale scale = m_renderer.scaleFor(m_geometry);
        scale.pan(pos.x() - m_lastPanX);
        m_lastPanX = pos.x();
        setVisibleDays(scale.fromDay(), scale.toDay(),
            starts ? ViewState::RangeChange::NewStep : ViewState::RangeChange::SameStep);
        break;
    }
    case Drag::AxisRange:
        m_rangeEndX = qBound(m_geometry.plot.left(), pos.x(), m_geometry.plot.right());
        update();
        break;
    }
    QWidget::mouseMoveEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    setCursor(Qt::OpenHandCursor);
    if (drag == Drag::Pending) {
        int marker = -1;
        const int item = itemAt(event->position().toPoint(), &marker);
        if (item >= 0) {
            selectItem(item);
        } else if (marker >= 0) {
            // A cluster: zoom into the span of its decisions, with room for their markers.
            const TimelineFrame::Marker m = m_frame.markers().at(marker);
            const double pad = qMax((m.lastDay - m.firstDay) * 0.25, 2.0);
            setVisibleDays(m.firstDay - pad, m.lastDay + pad);
        } else {
            clearSelection();
        }
    } else if (drag == Drag::AxisRange) {
        const double left = qMin(m_rangeStartX, m_rangeEndX);
        const double right = qMax(m_rangeStartX, m_rangeEndX);
        if (right - left >= 4) {
            const TimelineScale scale = m_renderer.scaleFor(m_geometry);
            setVisibleDays(scale.dayForX(left), scale.dayForX(right));
        }
        update();
    }
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int item = itemAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && item >= 0)
        Q_EMIT activated(m_renderer.layout().item(item).id);
    else
        QWidget::mouseDoubleClickEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    ensureBuilt();
    const TimelineLayout &layout = m_renderer.layout();
    const int current = m_renderer.selectedItem();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    // Arrow keys, Home and End move the selection; a lane boundary or the end of time leaves it where it is.
    static const QHash<int, TimelineLayout::Step> steps
        = { { Qt::Key_Right, TimelineLayout::Step::Next }, { Qt::Key_Left, TimelineLayout::Step::Previous },
              { Qt::Key_Up, TimelineLayout::Step::LaneUp }, { Qt::Key_Down, TimelineLayout::Step::LaneDown },
              { Qt::Key_Home, TimelineLayout::Step::First }, { Qt::Key_End, TimelineLayout::Step::Last } };
    const auto step = steps.constFind(event->key());
    if (step != steps.cend()) {
        const int next = layout.step(current, *step);
        if (next >= 0)
            selectItem(next);
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        if (mods == (Qt::ControlModifier | Qt::ShiftModifier))
            zoomToSelection();
        else if (mods == Qt::ControlModifier)
            fitAll();
        else
            QWidget::keyPressEvent(event);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current >= 0)
            Q_EMIT activated(layout.item(current).id);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

KeyHelpSection TimelineView::keyHelp()
{
    // What keyPressEvent() and the view's actions do, in the words of the menus: keep the three together.
    const auto keys = &KeyHelp::names;
    return { tr("Timeline"),
        { { keys({ Qt::Key_Left, Qt::Key_Right }), tr("Previous or next decision in time") },
            { keys({ Qt::Key_Up, Qt::Key_Down }), tr("The nearest decision in the lane above or below") },
            { keys({ Qt::Key_Home, Qt::Key_End }), tr("First or last decision") },
            { keys({ Qt::Key_Return }), tr("Open the selected decision's details") },
            { keys({ Qt::Key_Plus, Qt::Key_Minus }), tr("Zoom in or out around the selected decision") },
            { keys({ QKeySequence(Qt::CTRL | Qt::Key_0) }), tr("Fit all decisions") },
            { keys({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0) }),
                tr("Zoom to the selected decision and those related to it") } } };
}
