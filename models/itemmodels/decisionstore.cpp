// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionstore.h"

#include "bundleddata.h"
#include "caserepository.h"
#include "decisioneditcommand.h"
#include "decisionmodel.h"
#include "decisionrelations.h"
#include "decisionvalidator.h"
#include "frenchtexts.h"

#include <QHash>
#include <QUndoStack>
#include <algorithm>
#include <memory>

namespace {

QString problemsText(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines.append(p.field + QLatin1String(": ") + p.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

DecisionStore::DecisionStore(CaseRepository *repository, DecisionModel *model, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_model(model)
    , m_undoStack(new QUndoStack(this))
{
}

DecisionStore::~DecisionStore() = default;

void DecisionStore::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    // Nothing can be undone in a file that cannot be written.
    if (readOnly)
        m_undoStack->clear();
}

QSet<QString> DecisionStore::ids() const
{
    QSet<QString> ids;
    const DecisionTable &table = m_model->table();
    ids.reserve(table.size());
    for (qsizetype row = 0; row < table.size(); ++row)
        ids.insert(table.id(row));
    return ids;
}

bool DecisionStore::refuseIfReadOnly(QString *error) const
{
    if (!m_readOnly)
        return false;
    *error = m_readOnlyReason.isEmpty()
        ? tr("This database is read-only: changes cannot be saved.")
        : tr("This database is read-only: changes cannot be saved (%1).").arg(m_readOnlyReason);
    return true;
}

bool DecisionStore::push(
    const QString &text, const QList<Decision> &before, const QList<Decision> &after, QString *error)
{
    auto command = std::make_unique<DecisionEditCommand>(
        text, m_repository, m_model, before, after, [this](const QString &message) { recoverFromFailure(message); });
    QString why;
    m_conflict = false;
    // Every change made here is one write (adds, edits and restores save, deletions delete), so a refusal leaves the
    // file and the model as they were.
    if (!command->apply(&why)) {
        *error = tr("The change could not be saved: %1").arg(why);
        // Another writer changed these decisions: show what the file holds now. The undo history described the
        // copies it replaced, so it goes too.
        if (!m_repository->conflictIds().isEmpty()) {
            m_conflict = true;
            reload();
        }
        return false;
    }
    m_undoStack->push(command.release());
    return true;
}

bool DecisionStore::addDecision(const Decision &decision, QString *error)
{
    if (refuseIfReadOnly(error))
        return false;
    const QList<FieldProblem> problems = DecisionValidator::validate(decision, DecisionValidator::Mode::Add, ids());
    if (!problems.isEmpty()) {
        *error = problemsText(problems);
        return false;
    }
    Decision added = decision;
    added.userModified = true;
    return push(tr("Add %1").arg(decision.id), {}, { added }, error);
}

bool DecisionStore::updateDecision(const Decision &decision, QString *error)
{
    m_conflict = false;
    if (refuseIfReadOnly(error))
        return false;
    // Whole: the undo step must bring back every text, also those the model keeps only in the database.
    const std::optional<Decision> current = m_model->wholeDecisionById(decision.id);
    // Saved over the model's version, an edit of an older one would silently drop the change in between.
    if (decision.rowVersion != 0 && (!current || current->rowVersion != decision.rowVersion)) {
        m_conflict = true;
        *error = tr("The change could not be saved: %1")
                     .arg(DecisionEditCommand::conflictMessage({ decision.id }));
        return false;
    }
    // An English text changed by an edit that knows no French (the form) takes its translation with it.
    Decision edited = current ? FrenchTexts::withoutStaleTranslations(*current, decision) : decision;
    const QList<FieldProblem> problems = DecisionValidator::validate(edited, DecisionValidator::Mode::Edit, ids());
    if (!problems.isEmpty()) {
        *error = problemsText(problems);
        return false;
    }
    Q_ASSERT(current); // the validator refuses unknown ids
    // Saving a form without changing anything is not a change: it neither marks the decision nor adds an undo step.
    if (*current == edited)
        return true;
    edited.userModified = true;
    return push(tr("Edit %1").arg(decision.id), { *current }, { edited }, error);
}

QStringList DecisionStore::referencesTo(const QString &id) const
{
    return m_model->referencesTo(id);
}

bool DecisionStore::deleteDecision(const QString &id, QString *error)
{
    if (refuseIfReadOnly(error))
        return false;
    const std::optional<Decision> current = m_model->wholeDecisionById(id);
    if (!current) {
        *error = tr("There is no decision with the id '%1'.").arg(id);
        return false;
    }
    const QStringList referring = referencesTo(id);
    if (!referring.isEmpty()) {
        *error = tr("%1 cannot be deleted while other decisions refer to it: %2. Edit or delete those first.")
                     .arg(id, referring.join(QLatin1String(", ")));
        return false;
    }
    return push(tr("Delete %1").arg(id), { *current }, {}, error);
}

void DecisionStore::setBundledDecisions(const QList<Decision> &decisions)
{
    m_bundled = decisions;
}

const QList<Decision> *DecisionStore::bundled(QString *error) const
{
    if (!m_bundled) {
        QString why;
        const BundledData data = BundledData::load(&why);
        if (!why.isEmpty()) {
            if (error)
                *error = tr("The bundled data cannot be read: %1").arg(why);
            return nullptr;
        }
        m_bundled = data.decisions;
    }
    return &*m_bundled;
}

std::optional<Decision> DecisionStore::bundledVersion(const QString &id) const
{
    const QList<Decision> *decisions = bundled(nullptr);
    if (!decisions)
        return std::nullopt;
    for (const Decision &d : *decisions) {
        if (d.id == id)
            return d;
    }
    return std::nullopt;
}

bool DecisionStore::hasBundledVersion(const QString &id) const
{
    return bundledVersion(id).has_value();
}

bool DecisionStore::restoreBundled(const QString &id, QString *error)
{
    if (refuseIfReadOnly(error) || !bundled(error))
        return false;
    std::optional<Decision> original = bundledVersion(id);
    if (!original) {
        *error = tr("%1 is not part of the bundled data: there is nothing to restore.").arg(id);
        return false;
    }
    original->userModified = false;
    const std::optional<Decision> current = m_model->wholeDecisionById(id);
    if (current && *current == *original && !current->userModified)
        return true;
    const QList<Decision> before = current ? QList<Decision> { *current } : QList<Decision> {};
    return push(tr("Restore bundled %1").arg(id), before, { *original }, error);
}

bool DecisionStore::restoreAllBundled(QString *error)
{
    if (refuseIfReadOnly(error))
        return false;
    const QList<Decision> *decisions = bundled(error);
    if (!decisions)
        return false;
    // The bundled decisions the model has, read whole in one go to compare every field.
    QList<int> rows;
    for (const Decision &original : *decisions) {
        if (const int row = m_model->rowOf(original.id); row >= 0)
            rows.append(row);
    }
    QHash<QString, Decision> currentById;
    for (Decision &d : m_model->wholeDecisions(rows))
        currentById.insert(d.id, std::move(d));
    QList<Decision> before;
    QList<Decision> after;
    for (Decision original : *decisions) {
        original.userModified = false;
        const auto current = currentById.constFind(original.id);
        const bool stored = current != currentById.cend();
        if (stored && *current == original && !current->userModified)
            continue;
        if (stored)
            before.append(*current);
        after.append(original);
    }
    if (after.isEmpty())
        return true;
    return push(tr("Restore all bundled data"), before, after, error);
}

bool DecisionStore::keepsViews() const
{
    // A model that reads whole decisions on demand keeps its rows as the window loaded them: without long texts.
    return m_model->hasWholeDecisions();
}

DecisionTable DecisionStore::readDecisions(const CaseRepository &repository, bool views)
{
    // Straight into the model's compact rows: a list of a million Decisions would be 1 GB more on the way.
    DecisionTable table;
    if (views) {
        repository.decisionsForViews(&table, {});
    } else {
        const QList<Decision> whole = repository.decisions();
        table.reserve(whole.size());
        for (const Decision &d : whole)
            table.append(d);
    }
    return table;
}

void DecisionStore::reload()
{
    reload(readDecisions(*m_repository, keepsViews()));
}

void DecisionStore::reload(DecisionTable &&decisions)
{
    m_model->setDecisions(std::move(decisions));
    m_undoStack->clear();
}

void DecisionStore::reloadAfterChangesElsewhere()
{
    reloadAfterChangesElsewhere(readDecisions(*m_repository, keepsViews()));
}

void DecisionStore::reloadAfterChangesElsewhere(DecisionTable &&fresh)
{
    const auto versions = [](const DecisionTable &table) {
        QHash<QString, qint64> out;
        out.reserve(table.size());
        for (qsizetype row = 0; row < table.size(); ++row)
            out.insert(table.id(row), table.rowVersion(row));
        return out;
    };
    const QHash<QString, qint64> before = versions(m_model->table());
    const QHash<QString, qint64> after = versions(fresh);
    bool touched = false;
    for (int i = 0; i < m_undoStack->count() && !touched; ++i) {
        const auto *command = dynamic_cast<const DecisionEditCommand *>(m_undoStack->command(i));
        const QStringList ids = command ? command->ids() : QStringList();
        touched = !command
            || std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
                   return before.value(id, -1) != after.value(id, -1);
               });
    }
    m_model->setDecisions(std::move(fresh));
    if (touched)
        m_undoStack->clear();
}

void DecisionStore::recoverFromFailure(const QString &message)
{
    m_model->setDecisions(readDecisions(*m_repository, keepsViews()));
    Q_EMIT writeFailed(tr("An undo or redo could not be saved, so the undo history was cleared: %1").arg(message));
    // The stack is in the middle of undo() or redo() here; it is cleared once that has returned.
    if (!m_recoveryQueued) {
        m_recoveryQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_recoveryQueued = false;
                m_undoStack->clear();
            },
            Qt::QueuedConnection);
    }
}
