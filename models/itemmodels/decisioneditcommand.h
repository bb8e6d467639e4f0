// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <functional>

class CaseRepository;
class DecisionModel;

// One undoable change to the decisions, kept as the versions before and after of every decision it touches: an
// id only in `after` is added, an id only in `before` deleted, an id in both replaced. Redo and undo write through
// the repository (each write one transaction) and then update the model row by row, so the views keep their
// selection; an undone deletion returns to its old row.
class DecisionEditCommand final : public QUndoCommand
{
public:
    // Called when a later undo or redo cannot be written: the database and the model may then differ.
    using FailureHandler = std::function<void(const QString &message)>;

    // `before` must be the decisions as the model holds them now.
    DecisionEditCommand(const QString &text, CaseRepository *repository, DecisionModel *model,
        const QList<Decision> &before, const QList<Decision> &after, FailureHandler onFailure);

    // Makes the change now; false with `error` set when the database refuses it. Call it once, before pushing the
    // command: QUndoStack::push() then runs redo(), which knows the change is already made.
    bool apply(QString *error);

    // What the user is told when the decisions `ids` were changed elsewhere first.
    static QString conflictMessage(const QStringList &ids);

    void redo() override;
    void undo() override;

    // The decisions this command writes when undone or redone.
    QStringList ids() const;

private:
    bool write(const QList<Decision> &from, const QList<Decision> &to, QString *error);

    CaseRepository *m_repository = nullptr;
    DecisionModel *m_model = nullptr;
    QList<Decision> m_before;
    QList<Decision> m_after;
    // The model row of each decision of `before` when the command was made.
    QHash<QString, int> m_rows;
    FailureHandler m_onFailure;
    bool m_applied = false;
};
