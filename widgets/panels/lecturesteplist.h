// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>
#include <QStyledItemDelegate>

// The steps of a lecture script in the script panel: numbered rows, title cards in bold, decisions missing from the
// database dimmed. When editable, steps are reordered by dragging them (the model's mimeData() and dropMimeData(),
// one undoable moveRows()) or with Ctrl+Up and Ctrl+Down, and removed with Delete; F2 renames a title card in place.
// Those keys are taken before any shortcut of the window (a Delete action for decisions, say) while the list has
// the focus, also when they do nothing here.
class LectureStepList final : public QListView
{
    Q_OBJECT
public:
    explicit LectureStepList(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LectureStepList)

    // Read-only: no dragging, no dropping, no editing in place, and the keys above do nothing.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

Q_SIGNALS:
    // Ctrl+Up (-1) or Ctrl+Down (+1) on the current step.
    void moveRequested(int delta);
    // Delete or Backspace on the current step.
    void removeRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dropEvent(QDropEvent *event) override;

private:
    // What the list does with this key press itself; Unhandled for the rest.
    enum class KeyAction { Unhandled, MoveUp, MoveDown, Remove };
    KeyAction keyAction(const QKeyEvent *event) const;

    bool m_editable = true;
};

// Draws a step as "3  label": the number the lecture and the error messages use, then the model's label.
class LectureStepDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
