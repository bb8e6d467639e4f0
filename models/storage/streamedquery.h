// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// One SELECT read forward, holding only a batch of its rows in memory, so that a read of a million decisions stays
// flat on both engines. On SQLite the query itself, forward-only (SQLite steps through the table). On PostgreSQL a
// server-side cursor fetched FetchSize rows at a time: Qt's driver otherwise receives a whole result before the
// first row, and in its one-row mode allows only one query at a time, where a read merges six.
// On PostgreSQL a cursor lives in a transaction: read inside a StreamScope.
class StreamedQuery
{
public:
    static constexpr int FetchSize = 2000;

    explicit StreamedQuery(const QSqlDatabase &db);
    ~StreamedQuery();
    Q_DISABLE_COPY_MOVE(StreamedQuery)

    // Runs `select`; `bound`, when not null, is the value of its one '?' placeholder.
    bool exec(const QString &select, const QString &bound = QString());
    bool next();
    QVariant value(int index) const { return m_query.value(index); }
    // The current row, for readers that take a QSqlQuery.
    const QSqlQuery &row() const { return m_query; }
    bool isActive() const { return m_active; }
    // Empty when nothing failed.
    QString error() const { return m_error; }

private:
    bool fetch();

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_cursor; // empty on SQLite
    int m_rowsInBatch = 0;
    bool m_lastBatch = false;
    bool m_active = false;
    QString m_error;
};

// The transaction the cursors of one read live in, on PostgreSQL: a read-only one (one snapshot for all the read's
// queries) when the connection is in none, else the one it is in (a read inside a write). Nothing on SQLite.
// Made before the read's StreamedQuery objects, so that it ends after their cursors are closed.
class StreamScope
{
public:
    explicit StreamScope(const QSqlDatabase &db);
    ~StreamScope();
    Q_DISABLE_COPY_MOVE(StreamScope)

    // Empty when the read may go on.
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_began = false;
    QString m_error;
};
