// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturesteplist.h"

#include "lecturescriptmodel.h"

#include <QDrag>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>

LectureStepList::LectureStepList(QWidget *parent)
    : QListView(parent)
{
    setItemDelegate(new LectureStepDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // A script may hold LectureScript::MaxSteps steps of one line each: no per-row measuring, no wrapping.
    setUniformItemSizes(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    // Double-click presents the step; the title is edited below the list, or here with F2.
    setEditTriggers(QAbstractItemView::EditKeyPressed);
    setDragDropOverwriteMode(false);
    setDefaultDropAction(Qt::MoveAction);
    setEditable(true);
}

void LectureStepList::setEditable(bool editable)
{
    m_editable = editable;
    setDragEnabled(editable);
    setAcceptDrops(editable);
    setDropIndicatorShown(editable);
    setDragDropMode(editable ? QAbstractItemView::InternalMove : QAbstractItemView::NoDragDrop);
    setEditTriggers(editable ? QAbstractItemView::EditKeyPressed : QAbstractItemView::NoEditTriggers);
}

LectureStepList::KeyAction LectureStepList::keyAction(const QKeyEvent *event) const
{
    // Taken even when there is nothing to move or remove, or the list is read-only: Delete in the script's steps
    // must never reach a window shortcut that deletes something else (the selected decision).
    if (state() == QAbstractItemView::EditingState)
        return KeyAction::Unhandled;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::ControlModifier && event->key() == Qt::Key_Up)
        return KeyAction::MoveUp;
    if (modifiers == Qt::ControlModifier && event->key() == Qt::Key_Down)
        return KeyAction::MoveDown;
    if (modifiers == Qt::NoModifier && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace))
        return KeyAction::Remove;
    return KeyAction::Unhandled;
}

bool LectureStepList::event(QEvent *event)
{
    // Accepting the override makes these keys key presses of the list rather than shortcuts of the window.
    if (event->type() == QEvent::ShortcutOverride
        && keyAction(static_cast<QKeyEvent *>(event)) != KeyAction::Unhandled) {
        event->accept();
        return true;
    }
    return QListView::event(event);
}

void LectureStepList::keyPressEvent(QKeyEvent *event)
{
    const KeyAction action = keyAction(event);
    if (action != KeyAction::Unhandled && (!m_editable || !currentIndex().isValid())) {
        event->accept();
        return;
    }
    switch (action) {
    case KeyAction::MoveUp:
        Q_EMIT moveRequested(-1);
        event->accept();
        return;
    case KeyAction::MoveDown:
        Q_EMIT moveRequested(1);
        event->accept();
        return;
    case KeyAction::Remove:
        Q_EMIT removeRequested();
        event->accept();
        return;
    case KeyAction::Unhandled:
        break;
    }
    QListView::keyPressEvent(event);
}

// QAbstractItemView::startDrag removes the dragged rows when the drop reports a MoveAction: here the model's
// dropMimeData() has already moved them, so removing would delete the steps it just moved.
void LectureStepList::startDrag(Qt::DropActions supportedActions)
{
    if (!m_editable || !model() || !(supportedActions & Qt::MoveAction))
        return;
    const QModelIndexList indexes = selectedIndexes();
    if (indexes.isEmpty())
        return;
    QMimeData *dragged = model()->mimeData(indexes);
    if (!dragged)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(dragged);
    const QRect rect = visualRect(indexes.constFirst()).intersected(viewport()->rect());
    if (!rect.isEmpty()) {
        drag->setPixmap(viewport()->grab(rect));
        drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - rect.topLeft());
    }
    drag->exec(Qt::MoveAction, Qt::MoveAction);
}

// QListView's own drop handling for InternalMove moves rows and may then let QAbstractItemView drop them again;
// the item view's drop alone hands the drop to the model's dropMimeData() exactly once.
void LectureStepList::dropEvent(QDropEvent *event)
{
    if (!m_editable || event->source() != this) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    QAbstractItemView::dropEvent(event);
}

void LectureStepDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = tr("%1  %2").arg(index.row() + 1).arg(option->text);
    const auto kind = LectureScriptStep::Kind(index.data(LectureScriptModel::KindRole).toInt());
    if (kind == LectureScriptStep::Kind::Title)
        option->font.setBold(true);
    if (index.data(LectureScriptModel::DecisionMissingRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
}
