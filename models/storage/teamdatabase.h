// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serveraddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// A team database: caseline's tables on a PostgreSQL server, reached through Qt's QPSQL driver (Debian's
// libqt6sql6-psql). The same repositories read and write it as a file (SqlDialect holds what differs); this is
// what only a server has: connecting, and making a new team database (caseline team init).
class TeamDatabase
{
    Q_DECLARE_TR_FUNCTIONS(TeamDatabase)

public:
    // The notification every committed change sends (postgres_schema.sql's triggers; TeamUpdates listens).
    static constexpr const char *ChangesChannel = "caseline_changes";

    // Adds the QPSQL connection `name` to `address` and opens it. False with `error` set, the connection removed,
    // when the driver is missing or the server refuses. The password, when the address has none, is libpq's to
    // find (PGPASSWORD, ~/.pgpass); caseline never stores it.
    static bool connect(const ServerAddress &address, const QString &name, QString *error);

    // Empty when the connected database is a caseline team database this version reads; otherwise why not.
    static QString checkSchema(const QSqlDatabase &db, const QString &shownAs);

    // The statements that make the schema: postgres_schema.sql, then each length limit of limits.sql and
    // lecture_limits.sql as a CHECK constraint named as SQLite's trigger says it ("decisions.summary longer than
    // 65536 characters"), so that both engines refuse the same text in the same words.
    static QStringList schemaStatements(QString *error);

    // Empty when the connected role may change the decisions; otherwise why the database is read-only for it.
    static QString readOnlyReason(const QSqlDatabase &db, const QString &shownAs);

    // What a role may do in a team database: read it, or read and change it (decisions, lecture scripts, everything
    // caseline writes). caseline team grant ADDRESS ROLE read|edit, run by the database's owner: GRANT and REVOKE
    // on caseline's tables; the role itself is the server administrator's to create.
    enum class Rights { Read, Edit };
    static bool grant(const QString &address, const QString &role, Rights rights, QString *done, QString *error);

    // caseline team init ADDRESS: in the empty database the address names, the schema and the bundled data, in one
    // transaction (a failure leaves the database as it was). False with `error` set; `done` says what was made.
    static bool init(const QString &address, QString *done, QString *error);
};
