// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// The statements that differ between the two engines caseline stores decisions in: an SQLite file (QSQLITE) and a
// team database on PostgreSQL (QPSQL). Every other statement of the repositories is the same text on both.
namespace SqlDialect {

bool isPostgres(const QSqlDatabase &db);

// Begins a write transaction holding the write lock, so that what it reads is still current when it writes and
// two caselines take turns: SQLite's BEGIN IMMEDIATE; on PostgreSQL, BEGIN and a transaction-level advisory lock
// that every caseline writer takes (readers never wait). Run in order; the transaction is open once all ran.
QStringList beginWrite(const QSqlDatabase &db);
// Runs beginWrite()'s statements through the caller's `exec` (which says why one failed); when one fails after
// the transaction began, it is rolled back. True once the transaction is open.
template<typename Exec> bool beginWriteWith(const QSqlDatabase &db, Exec exec)
{
    const QStringList statements = beginWrite(db);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!exec(statements.at(i))) {
            if (i > 0)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}

// Sets meta's value of a key (bind key, then value): INSERT OR REPLACE, or INSERT ... ON CONFLICT on PostgreSQL.
QString setMeta(const QSqlDatabase &db);

// Whether the table exists: sqlite_master, or PostgreSQL's to_regclass in the connection's search path.
QString tableExists(const QSqlDatabase &db, const QString &table);

// Whether the table has the column (older files lack some): a row when it has, none when not.
QString columnExists(const QSqlDatabase &db, const QString &table, const QString &column);

// What every connection runs once open: SQLite enforces foreign keys only when asked; PostgreSQL waits for another
// caseline's write lock as long as a file's busy timeout (30 s), then says so.
QStringList connectionSetup(const QSqlDatabase &db);

// Marks a query to be read once, front to back, so that the driver keeps no row already read (SQLite). Not on
// PostgreSQL, where Qt's driver can stream only one query at a time per connection and the reads merge several:
// there each result is fetched whole.
void readForwardOnly(QSqlQuery &query);

// The ids of a JSON array bound as one text parameter, as a subquery's rows: SQLite's json_each, PostgreSQL's
// json_array_elements_text. For "id IN (...)".
QString idsOfJsonArray(const QSqlDatabase &db);

// Whether the database records every write of a decision, with who and when (decision_history): a team database.
bool keepsHistory(const QSqlDatabase &db);

// The advisory lock's key on PostgreSQL: "CSLN", as the SQLite file's application_id.
constexpr qint64 WriteLockKey = 0x43534c4e;

} // namespace SqlDialect
