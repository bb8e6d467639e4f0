// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisioneditcommand.h"

#include "caserepository.h"
#include "decisionmodel.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <utility>

DecisionEditCommand::DecisionEditCommand(const QString &text, CaseRepository *repository, DecisionModel *model,
    const QList<Decision> &before, const QList<Decision> &after, FailureHandler onFailure)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_model(model)
    , m_before(before)
    , m_after(after)
    , m_onFailure(std::move(onFailure))
{
    for (const Decision &decision : before)
        m_rows.insert(decision.id, model->rowOf(decision.id));
}

bool DecisionEditCommand::apply(QString *error)
{
    m_applied = write(m_before, m_after, error);
    return m_applied;
}

QString DecisionEditCommand::conflictMessage(const QStringList &ids)
{
    return QCoreApplication::translate("DecisionEditCommand",
        "changed by another caseline or another program since it was loaded: %1. Your change was not saved; "
        "the latest data is shown.")
        .arg(ids.join(QLatin1String(", ")));
}

QStringList DecisionEditCommand::ids() const
{
    QStringList out;
    for (const QList<Decision> *list : { &m_before, &m_after }) {
        for (const Decision &decision : *list) {
            if (!out.contains(decision.id))
                out.append(decision.id);
        }
    }
    return out;
}

void DecisionEditCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    QString error;
    if (!write(m_before, m_after, &error) && m_onFailure)
        m_onFailure(error);
}

void DecisionEditCommand::undo()
{
    QString error;
    if (!write(m_after, m_before, &error) && m_onFailure)
        m_onFailure(error);
}

bool DecisionEditCommand::write(const QList<Decision> &from, const QList<Decision> &to, QString *error)
{
    QSet<QString> kept;
    for (const Decision &decision : to)
        kept.insert(decision.id);
    QStringList removed;
    for (const Decision &decision : from) {
        if (!kept.contains(decision.id))
            removed.append(decision.id);
    }

    // Each decision is written only while the database still holds the version the model has (the one this
    // process last read or wrote; none for a decision the model does not have): a change another caseline or
    // program made meanwhile is reported as a conflict, never overwritten.
    const auto modelVersion = [this](const QString &id) {
        const int row = m_model->rowOf(id);
        return row < 0 ? qint64(0) : m_model->table().rowVersion(row);
    };
    QList<Decision> saved = to;
    for (Decision &decision : saved)
        decision.rowVersion = modelVersion(decision.id);
    QList<Decision> deleted;
    for (const QString &id : std::as_const(removed)) {
        Decision gone;
        gone.id = id;
        gone.rowVersion = modelVersion(id);
        deleted.append(gone);
    }
    if (!m_repository->saveIfUnchanged(saved, deleted)) {
        const QStringList conflicts = m_repository->conflictIds();
        *error = conflicts.isEmpty() ? m_repository->lastError() : conflictMessage(conflicts);
        return false;
    }

    // Bottom-up, so that the rows still to remove keep their numbers.
    QList<int> removedRows;
    for (const QString &id : std::as_const(removed)) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            removedRows.append(row);
    }
    std::sort(removedRows.begin(), removedRows.end(), std::greater<int>());
    for (const int row : std::as_const(removedRows))
        m_model->removeDecision(row);

    // Top-down, each at the row it had before this command; new decisions go last.
    QList<std::pair<int, const Decision *>> inserted;
    for (const Decision &decision : std::as_const(saved)) {
        const int row = m_model->rowOf(decision.id);
        if (row >= 0)
            m_model->replaceDecision(row, decision);
        else
            inserted.append({ m_rows.value(decision.id, m_model->rowCount()), &decision });
    }
    std::stable_sort(inserted.begin(), inserted.end(),
        [](const std::pair<int, const Decision *> &a, const std::pair<int, const Decision *> &b) {
            return a.first < b.first;
        });
    for (const auto &[row, decision] : std::as_const(inserted))
        m_model->insertDecision(std::min(row, m_model->rowCount()), *decision);
    return true;
}
