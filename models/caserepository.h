// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dbsizeclaim.h"
#include "decision.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Every SQL statement of caseline on the decision data: prepared and bound, returning plain value types.
// Writes of several rows run in one transaction, so that a failure or a kill leaves the file as it was.
class CaseRepository
{
public:
    explicit CaseRepository(const QSqlDatabase &db);

    QList<Decision> decisions() const;
    std::optional<Decision> decision(const QString &id) const;
    QStringList decisionIds() const;
    QList<DbSizeClaim> dbSizeClaims() const;

    // Inserts new ids and replaces existing ones, all or nothing.
    bool saveDecisions(const QList<Decision> &decisions);
    bool deleteDecisions(const QStringList &ids);
    bool replaceDbSizeClaims(const QList<DbSizeClaim> &claims);

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    // The last error, for the user: "what failed: SQLite's words".
    QString lastError() const { return m_lastError; }

private:
    bool writeDecision(const Decision &decision);
    bool ensureCountry(const QString &code);
    std::optional<qint64> authorityId(const Decision &decision);
    bool deleteChildren(const QString &id);
    bool fail(const QString &what, const QString &sqlError) const;
    template<typename Body>
    bool inTransaction(const QString &what, Body body);

    QSqlDatabase m_db;
    mutable QString m_lastError;
};
