// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"
#include "decisiontable.h"
#include "lecturescript.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

class LectureScriptRepository;
class QMimeData;
class QUndoStack;

// The steps of one lecture script, one row each, for the script editor beside the timeline. Every change (insert a
// decision or a title step, remove, reorder, edit notes, title, text, frame or the description) is one command on
// undoStack(), so Edit > Undo takes it back; consecutive edits of one field of one step (typing) merge into one.
// Changes stay in the model until save(), which writes the whole script in one transaction; isModified() says
// whether there is anything to save. Nothing is checked while editing (a new title step starts with an empty title
// being typed): save() refuses, with every problem, what LectureScriptChecks refuses, and the edits are kept.
//
// Reordering is the standard moveRows(), so a keyboard shortcut only has to call it. Drag and drop goes through it
// too: mimeData() names the dragged rows and this model, and dropMimeData() of a MoveAction from the same model
// moves them with moveRows() (one undo step). Nothing is ever copied or removed by a drop, so a view that removes
// the source rows after a MoveAction (QAbstractItemView::startDrag does) must not: see LectureStepList.
class LectureScriptModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    // The MIME type of dragged steps: which model they come from and their rows, never their content.
    static const QString StepsMimeType;

    enum Roles {
        KindRole = Qt::UserRole, // int: LectureScriptStep::Kind
        DecisionIdRole, // QString; empty for a title step
        TitleRole, // QString; empty for a decision step
        TextRole, // QString; empty for a decision step
        NotesRole, // QString
        FrameFromRole, // QDate; invalid without a frame
        FrameToRole, // QDate; invalid without a frame
        DecisionMissingRole, // bool: a decision step whose decision is not among setDecisions()
        StepRole, // LectureScriptStep
    };

    explicit LectureScriptModel(QObject *parent = nullptr);
    ~LectureScriptModel() override;
    Q_DISABLE_COPY_MOVE(LectureScriptModel)

    // Shows `script` (as LectureScriptRepository::script() read it, or a new one with rowVersion 0) and clears the
    // undo history: the commands described another script.
    void setScript(const LectureScript &script);
    const LectureScript &script() const { return m_script; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // True when the script differs from what was last set or saved.
    bool isModified() const;
    // The stored script was renamed (LectureScriptRepository::rename) to `name`, now at `rowVersion`: the model
    // edits it under its new name, keeping its edits, whether saved or not, and their undo history.
    void setStoredName(const QString &name, qint64 rowVersion);

    // The decisions of the database, for the rows' labels ("17 Oct 2022 · CNIL · Fine") and DecisionMissingRole.
    void setDecisions(const QList<Decision> &decisions);
    void setDecisions(const DecisionTable &decisions);

    const LectureScriptStep &stepAt(int row) const { return m_script.steps.at(row); }

    // Each is one undoable change. `row` is where the new step goes (0 to rowCount()). False, changing nothing,
    // for a row out of range, an empty decision id, a script already at LectureScript::MaxSteps, or an edit that
    // changes nothing.
    bool insertDecisionStep(int row, const QString &decisionId, const QString &notes = QString());
    bool insertTitleStep(
        int row, const QString &title, const QString &text = QString(), const QString &notes = QString());
    bool removeSteps(int row, int count = 1);
    // Moves one step so that it ends up at `toRow` (keyboard reordering: row - 1 or row + 1).
    bool moveStep(int row, int toRow);
    bool setNotes(int row, const QString &notes);
    // Title steps only.
    bool setTitle(int row, const QString &title);
    bool setText(int row, const QString &text);
    bool setFrame(int row, const std::optional<LectureFrame> &frame);
    bool setDescription(const QString &description);

    // Writes the script through `repository` (one transaction, checked against the row version it was read at).
    // On success the model is no longer modified; otherwise `error` says why (LectureScriptRepository::isConflict()
    // tells a conflict) and every edit is kept, to save again, under another name, or to drop by reloading.
    bool save(LectureScriptRepository &repository, QString *error);
    // Saves the edited script as a new script named `name` (after a conflict, or to keep both versions); the model
    // then edits that one.
    bool saveAsNew(LectureScriptRepository &repository, const QString &name, QString *error);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // NotesRole, TextRole, TitleRole and Qt::EditRole (a title step's title), each through the undo stack.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Undoable, as the named functions above.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
        int destinationChild) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

    // Drag and drop: steps move within this model, never between models (another panel's script, another caseline).
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    // Moves the dragged rows in front of `row` (-1, or dropped on the list's empty space: to the end; dropped onto
    // a step: in front of it), as one undoable moveRows(). False, changing nothing, for anything else.
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;

Q_SIGNALS:
    // The description or the name changed (setScript, an edit or its undo, saveAsNew).
    void scriptChanged();

private:
    friend class LectureScriptCommand;

    // What the commands do and undo, with the model's signals; they never touch the undo stack.
    void insertStepsAt(int row, const QList<LectureScriptStep> &steps);
    QList<LectureScriptStep> removeStepsAt(int row, int count);
    void moveStepsAt(int row, int count, int destinationChild);
    void replaceStepAt(int row, const LectureScriptStep &step);
    void replaceDescription(const QString &description);

    bool editStep(int row, const LectureScriptStep &after, int field);
    QString label(const LectureScriptStep &step) const;
    bool isMissing(const LectureScriptStep &step) const;
    // The first dragged row and how many, from this model's MIME data; nullopt for anything else.
    std::optional<std::pair<int, int>> draggedRows(const QMimeData *data) const;

    LectureScript m_script;
    // What was last set or saved: isModified() compares content, so an edit undone, or typed back, is no change.
    LectureScript m_saved;
    QUndoStack *m_undoStack = nullptr;
    // Decision id -> row label; empty until setDecisions().
    QHash<QString, QString> m_labels;
    bool m_decisionsKnown = false;
};
