// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturescriptcommand.h"

#include "lecturescriptmodel.h"

#include <QCoreApplication>

namespace {

// Where a moved block starts once moved, and the destinationChild that moves it back.
int movedTo(int row, int count, int destinationChild)
{
    return destinationChild > row ? destinationChild - count : destinationChild;
}

int backTo(int row, int count, int destinationChild)
{
    const int now = movedTo(row, count, destinationChild);
    return row < now ? row : row + count;
}

} // namespace

LectureScriptCommand::LectureScriptCommand(Kind kind, LectureScriptModel *model, const QString &text)
    : QUndoCommand(text)
    , m_kind(kind)
    , m_model(model)
{
}

LectureScriptCommand *LectureScriptCommand::insert(LectureScriptModel *model, int row, const LectureScriptStep &step)
{
    auto *command = new LectureScriptCommand(Kind::Insert, model,
        step.isDecision() ? tr("Add decision step %1").arg(step.decisionId) : tr("Add title step"));
    command->m_row = row;
    command->m_count = 1;
    command->m_steps = { step };
    return command;
}

LectureScriptCommand *LectureScriptCommand::remove(LectureScriptModel *model, int row, int count)
{
    auto *command = new LectureScriptCommand(
        Kind::Remove, model, count == 1 ? tr("Remove step %1").arg(row + 1) : tr("Remove %1 steps").arg(count));
    command->m_row = row;
    command->m_count = count;
    command->m_steps = model->script().steps.mid(row, count);
    return command;
}

LectureScriptCommand *LectureScriptCommand::move(LectureScriptModel *model, int row, int count, int destinationChild)
{
    auto *command = new LectureScriptCommand(Kind::Move, model,
        count == 1 ? tr("Move step %1 to %2").arg(row + 1).arg(movedTo(row, count, destinationChild) + 1)
                   : tr("Move %1 steps").arg(count));
    command->m_row = row;
    command->m_count = count;
    command->m_destination = destinationChild;
    return command;
}

LectureScriptCommand *LectureScriptCommand::edit(
    LectureScriptModel *model, int row, const LectureScriptStep &after, Field field)
{
    QString text;
    switch (field) {
    case Notes:
        text = tr("Edit notes of step %1");
        break;
    case Title:
        text = tr("Edit title of step %1");
        break;
    case Text:
        text = tr("Edit text of step %1");
        break;
    case Frame:
        text = tr("Edit frame of step %1");
        break;
    case Description:
        break;
    }
    auto *command = new LectureScriptCommand(Kind::Edit, model, text.arg(row + 1));
    command->m_row = row;
    command->m_field = field;
    command->m_steps = { model->stepAt(row), after };
    return command;
}

LectureScriptCommand *LectureScriptCommand::description(LectureScriptModel *model, const QString &after)
{
    auto *command = new LectureScriptCommand(Kind::Description, model, tr("Edit description"));
    command->m_field = Description;
    command->m_before = model->script().description;
    command->m_after = after;
    return command;
}

void LectureScriptCommand::redo()
{
    switch (m_kind) {
    case Kind::Insert:
        m_model->insertStepsAt(m_row, m_steps);
        break;
    case Kind::Remove:
        m_model->removeStepsAt(m_row, m_count);
        break;
    case Kind::Move:
        m_model->moveStepsAt(m_row, m_count, m_destination);
        break;
    case Kind::Edit:
        m_model->replaceStepAt(m_row, m_steps.at(1));
        break;
    case Kind::Description:
        m_model->replaceDescription(m_after);
        break;
    }
}

void LectureScriptCommand::undo()
{
    switch (m_kind) {
    case Kind::Insert:
        m_model->removeStepsAt(m_row, m_count);
        break;
    case Kind::Remove:
        m_model->insertStepsAt(m_row, m_steps);
        break;
    case Kind::Move:
        m_model->moveStepsAt(movedTo(m_row, m_count, m_destination), m_count, backTo(m_row, m_count, m_destination));
        break;
    case Kind::Edit:
        m_model->replaceStepAt(m_row, m_steps.at(0));
        break;
    case Kind::Description:
        m_model->replaceDescription(m_before);
        break;
    }
}

// Edits merge; every other change stands alone (-1).
int LectureScriptCommand::id() const
{
    return m_kind == Kind::Edit || m_kind == Kind::Description ? 1 : -1;
}

bool LectureScriptCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const LectureScriptCommand *>(other);
    if (next->m_kind != m_kind || next->m_field != m_field || next->m_row != m_row)
        return false;
    // Typed and typed back leaves a command that changes nothing; the model's isModified() compares content, so
    // it still says "not modified" then.
    if (m_kind == Kind::Description)
        m_after = next->m_after;
    else
        m_steps[1] = next->m_steps.at(1);
    return true;
}
