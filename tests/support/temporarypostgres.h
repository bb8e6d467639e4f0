// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// A PostgreSQL server of the test's own (Debian's postgresql package: initdb and pg_ctl), in a temporary folder,
// listening on a Unix socket in that folder only, stopped and removed with this object. Run as root (as CI does),
// the server runs as the postgres user, which initdb requires. Connections need no password (trust): the
// superuser is "postgres".
class TemporaryPostgres
{
public:
    TemporaryPostgres();
    ~TemporaryPostgres();
    Q_DISABLE_COPY_MOVE(TemporaryPostgres)

    // Empty when the server runs; otherwise what failed, with the server's log.
    QString error() const { return m_error; }
    bool isRunning() const { return m_running; }

    // The folder of the server's socket and the port it is named after.
    QString socketDirectory() const;
    static constexpr int Port = 5432;
    // A libpq connection URI to `database` as `user`: postgresql://USER@%2Fsocket%2Ffolder:5432/DATABASE.
    QString uri(const QString &database, const QString &user = QStringLiteral("postgres")) const;

    // Runs SQL as the superuser in `database` (CREATE DATABASE, CREATE ROLE...); empty, or psql's error.
    QString runSql(const QString &database, const QString &sql) const;
    // A new database `name` made a caseline team database (TeamDatabase::init), for a test that needs one rather
    // than tests making one; empty, or what failed.
    QString makeTeamDatabase(const QString &name) const;
    // makeTeamDatabase(), then `database` opened on it as the window opens a team database; empty, or what failed.
    QString openNewTeamDatabase(class CaseDatabase *database, const QString &name) const;
    // Stops the server at once, as a crash or a pulled cable would (pg_ctl -m immediate); start() starts it again.
    bool stopAbruptly();
    bool start();

private:
    bool runTool(const QString &tool, const QStringList &arguments, QString *output = nullptr) const;
    QString toolPath(const QString &tool) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binaries;
    QString m_error;
    bool m_running = false;
    bool m_asPostgresUser = false;
};
