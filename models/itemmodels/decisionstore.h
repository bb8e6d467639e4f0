// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"
#include "decisiontable.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <optional>

class CaseRepository;
class DecisionModel;
class QUndoStack;

// The one way the GUI changes decisions: add, edit, delete and "Restore bundled data", each checked with the
// rules of an import (DecisionValidator), written through the repository in a transaction, mirrored in the model
// row by row (the selection stays), and pushed on an undo stack. Edited decisions are marked userModified;
// restored ones are not. A read-only database refuses every change with the reason. Every write, undo and redo
// included, is saved only while the database holds the row versions the model has: when another caseline or
// program changed a decision meanwhile, the change is refused as a conflict and the decisions are re-read.
class DecisionStore final : public QObject
{
    Q_OBJECT
public:
    // The model must hold the repository's decisions; the store keeps the two in step from then on.
    DecisionStore(CaseRepository *repository, DecisionModel *model, QObject *parent = nullptr);
    ~DecisionStore() override;
    Q_DISABLE_COPY_MOVE(DecisionStore)

    QUndoStack *undoStack() const { return m_undoStack; }

    // `reason` is said to the user when a change is refused (CaseDatabase::errorString()).
    void setReadOnly(bool readOnly, const QString &reason = QString());
    bool isReadOnly() const { return m_readOnly; }

    // The ids in the database: what DecisionEditor checks new ids and relations against.
    QSet<QString> ids() const;

    bool addDecision(const Decision &decision, QString *error);
    // `decision` is an edit of the version its rowVersion names (the model's current one when 0): when the model
    // now holds another version (a live update came in while the form was open), or the database does, the edit
    // is refused as a conflict (wasConflict()) and the model shows the latest data; nothing is overwritten.
    // An edit that changes an English outcome, orders, facts or summary but leaves its French twin as it was drops
    // that twin, now stale (FrenchTexts::withoutStaleTranslations); undo brings it back.
    bool updateDecision(const Decision &decision, QString *error);
    // True when the last change was refused because another caseline or program had changed or deleted the
    // decision first: the caller may offer to merge (DecisionMerge) with what the model now holds.
    bool wasConflict() const { return m_conflict; }
    // Refused while other decisions name this one (related_to, a status change, a liquidated penalty).
    bool deleteDecision(const QString &id, QString *error);

    // The compiled-in decisions that "Restore bundled data" goes back to; read from BundledData on first use
    // unless set here.
    void setBundledDecisions(const QList<Decision> &decisions);
    // True when `id` is part of the bundled data (whether or not it was changed or deleted).
    bool hasBundledVersion(const QString &id) const;
    // Back to the bundled version of one decision, or of every bundled decision (decisions the user added are
    // kept). Nothing is pushed when nothing differs.
    bool restoreBundled(const QString &id, QString *error);
    bool restoreAllBundled(QString *error);

    // After a write that bypassed the store (an import, the start-up merge): re-reads the decisions and clears
    // the undo history, whose commands no longer describe the file.
    void reload();
    // reload() with the decisions read elsewhere (on a worker thread, over a connection of its own: at 100,000
    // decisions the read is most of a reload), read as the model keeps them: without their long texts
    // (CaseRepository::decisionsForViews) when keepsViews(), otherwise whole.
    void reload(DecisionTable &&decisions);
    bool keepsViews() const;
    // After another caseline changed the database (a team database's live update): reads the decisions again like
    // reload(), but keeps the undo history when none of the decisions it would write was changed, added or deleted
    // meanwhile: each step then still finds the version it wrote. Otherwise the history goes, as in reload(), since
    // an undo would write over the other person's change.
    void reloadAfterChangesElsewhere();
    // The same with the decisions read elsewhere (on a worker thread), as readDecisions(keepsViews()) reads them.
    void reloadAfterChangesElsewhere(DecisionTable &&decisions);
    // The decisions as the model keeps them (reload()'s read), from any connection.
    static DecisionTable readDecisions(const CaseRepository &repository, bool views);

Q_SIGNALS:
    // An undo or redo could not be written. The decisions were re-read from the database and the history cleared.
    void writeFailed(const QString &message);

private:
    bool refuseIfReadOnly(QString *error) const;
    bool push(const QString &text, const QList<Decision> &before, const QList<Decision> &after, QString *error);
    const QList<Decision> *bundled(QString *error) const;
    std::optional<Decision> bundledVersion(const QString &id) const;
    QStringList referencesTo(const QString &id) const;
    void recoverFromFailure(const QString &message);

    CaseRepository *m_repository = nullptr;
    DecisionModel *m_model = nullptr;
    QUndoStack *m_undoStack = nullptr;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    mutable std::optional<QList<Decision>> m_bundled;
    bool m_recoveryQueued = false;
    bool m_conflict = false;
};
