// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caserepository.h"
#include "decision.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

// Every decision with every field, read straight through SQLite (SqliteDirect) where the driver allows: the
// streams of `list` and `export-data` (DecisionOutput), and decisions() for whoever needs them all at once. Through
// QSqlQuery each value of each row becomes a QVariant and each text a new QString, and
// CaseRepository::forEachDecision() has SQLite sort every child row, texts and all, by its decision's date: at
// 100,000 decisions those were most of the time of `list --format json`. Here SQLite sorts only the decisions' keys,
// once, into a temporary table; the decisions and each table of child rows are then read by joining it, in its
// order, through their primary keys, and merged as they come, so that memory stays flat however many decisions
// there are. The short texts that many decisions share (countries, authorities, types, statuses, currencies) are
// decoded once and shared, and days are parsed once each. Where SqliteDirect cannot be used, it reads through
// CaseRepository.
class DecisionIndexReader
{
    Q_DECLARE_TR_FUNCTIONS(DecisionIndexReader)
public:
    explicit DecisionIndexReader(const QSqlDatabase &db);

    // Every decision, ordered as CaseRepository::decisions() orders them (by date, then id).
    QList<Decision> decisions() const;
    // Calls `visit` with each decision, every field read, in `order` as CaseRepository::forEachDecision() orders
    // them, as it is read. `visit` returns false to stop early. False with lastError() set when reading fails;
    // decisions already visited stay visited.
    bool forEach(CaseRepository::ReadOrder order, const std::function<bool(const Decision &)> &visit) const;
    // forEach() of the stored decisions among `ids`, in the order of `ids` (a window's table, as the user sorted
    // it); ids not stored are left out. Found through the primary key, in one read transaction where SqliteDirect
    // can be used (otherwise a slice of ids at a time through CaseRepository).
    bool forEachAmong(const QStringList &ids, const std::function<bool(const Decision &)> &visit) const;
    // Empty after a successful read.
    QString lastError() const { return m_lastError; }
    // Whether the last read went straight through SQLite (for tests: both paths must give the same decisions).
    bool usedDirectRead() const { return m_direct; }

private:
    // forEach() in the order of this ORDER BY clause (over `decisions d`), or of `ids` when not null, straight
    // through SQLite; nullopt when that cannot be used.
    std::optional<bool> forEachDirect(const QString &orderBy, const QStringList *ids,
        const std::function<bool(const Decision &)> &visit) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
    mutable bool m_direct = false;
};
