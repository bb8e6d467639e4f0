// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dbsizeclaim.h"
#include "decision.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

// Every SQL statement of caseline on the decision data: prepared and bound, returning plain value types.
// Writes of several rows run in one transaction, so that a failure or a kill leaves the file as it was. Every
// transaction is a write transaction from its first statement (BEGIN IMMEDIATE), so that what it reads is still
// current when it writes: two caseline processes on one file take turns instead of overwriting each other.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    explicit CaseRepository(const QSqlDatabase &db);

    QList<Decision> decisions() const;
    std::optional<Decision> decision(const QString &id) const;
    QStringList decisionIds() const;
    QList<DbSizeClaim> dbSizeClaims() const;

    // Inserts new ids and replaces existing ones, all or nothing, whatever their stored row versions: for data
    // that is not an edit of what was read (the bundled data, its merge).
    bool saveDecisions(const QList<Decision> &decisions);
    bool deleteDecisions(const QStringList &ids);
    // Saves `save` and deletes `remove` in one write transaction, but only while every decision named is still
    // stored at the rowVersion its copy carries (0: the id must not be stored). On success each copy in `save`
    // carries its new row version. Otherwise nothing is written; when the reason is a conflict, conflictIds()
    // names the decisions that another writer changed, added or deleted since they were read.
    bool saveIfUnchanged(QList<Decision> &save, const QList<Decision> &remove = {});
    // The ids of the last saveIfUnchanged() refused for a conflict; empty after any other outcome.
    QStringList conflictIds() const { return m_conflicts; }

    // Runs `body` in one write transaction, committed when it returns true and rolled back otherwise. The write
    // lock is taken before `body` reads anything (waiting up to the busy timeout for another writer), so a
    // read-modify-write inside it always starts from the latest data. Writes of this repository inside `body` join
    // it. False with lastError() set when the transaction cannot start or commit, or when `body` fails.
    bool inWriteTransaction(const std::function<bool()> &body);
    bool replaceDbSizeClaims(const QList<DbSizeClaim> &claims);

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    // The last error, for the user: "what failed: SQLite's words".
    QString lastError() const { return m_lastError; }

private:
    std::optional<qint64> writeDecision(const Decision &decision);
    std::optional<qint64> storedVersion(const QString &id);
    bool hasRowVersion() const;
    bool ensureCountry(const QString &code);
    std::optional<qint64> authorityId(const Decision &decision);
    bool deleteChildren(const QString &id);
    bool deleteDecision(const QString &id);
    bool fail(const QString &what, const QString &sqlError) const;
    bool exec(const QString &statement, const QString &what);
    bool inTransaction(const QString &what, const std::function<bool()> &body);

    QSqlDatabase m_db;
    mutable QString m_lastError;
    QStringList m_conflicts;
    // Open transactions of this repository: the outermost is BEGIN IMMEDIATE, inner ones are savepoints.
    int m_depth = 0;
};
