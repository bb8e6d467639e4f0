// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lecturescript.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUndoCommand>

class LectureScriptModel;

// One undoable change to the script a LectureScriptModel edits. Unlike DecisionEditCommand it writes nothing: the
// editor saves the whole script when asked, so undo and redo only change the model (with its row signals, so the
// views keep their selection). Each change keeps what it needs to go both ways: the steps it inserted or removed,
// the rows of a move, the step before and after an edit.
class LectureScriptCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(LectureScriptCommand)

public:
    // What an edit changes, so that consecutive edits of the same field of the same step merge (typing a note is
    // one undo step, not one per key).
    enum Field { Notes = 1, Title, Text, Frame, Description };

    static LectureScriptCommand *insert(LectureScriptModel *model, int row, const LectureScriptStep &step);
    static LectureScriptCommand *remove(LectureScriptModel *model, int row, int count);
    // Qt's moveRows() arguments: `destinationChild` is the row, before the move, in front of which the steps go.
    static LectureScriptCommand *move(LectureScriptModel *model, int row, int count, int destinationChild);
    static LectureScriptCommand *edit(LectureScriptModel *model, int row, const LectureScriptStep &after, Field field);
    static LectureScriptCommand *description(LectureScriptModel *model, const QString &after);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    enum class Kind { Insert, Remove, Move, Edit, Description };

    LectureScriptCommand(Kind kind, LectureScriptModel *model, const QString &text);

    Kind m_kind;
    LectureScriptModel *m_model;
    int m_row = 0;
    int m_count = 0;
    int m_destination = 0; // Move
    Field m_field = Notes; // Edit
    QList<LectureScriptStep> m_steps; // Insert, Remove: the steps; Edit: before and after
    QString m_before; // Description
    QString m_after;
};
