// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The window's read of every decision at start-up: the same decisions, fields and order as
// CaseRepository::decisions(), read straight through SQLite (SqliteDirect) where the driver allows. Through QSqlQuery
// each value of each row becomes a QVariant and each text a new QString, and the child rows (texts, sources,
// relations, status changes, penalties) are found by a hash of their decision's id; at 100,000 decisions that was
// a third of the time to the first paint. Here the child rows are merged in id order, the short texts that many
// decisions share (countries, authorities, types, statuses, currencies) are decoded once and shared, and days are
// parsed once each. Where SqliteDirect cannot be used, it reads through CaseRepository.
class DecisionIndexReader
{
    Q_DECLARE_TR_FUNCTIONS(DecisionIndexReader)
public:
    explicit DecisionIndexReader(const QSqlDatabase &db);

    // Every decision, ordered as CaseRepository::decisions() orders them (by date, then id).
    QList<Decision> decisions() const;
    // Empty after a successful read.
    QString lastError() const { return m_lastError; }
    // Whether the last read went straight through SQLite (for tests: both paths must give the same decisions).
    bool usedDirectRead() const { return m_direct; }

private:
    bool readDirect(QList<Decision> *out) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
    mutable bool m_direct = false;
};
