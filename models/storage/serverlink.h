// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// A team database's connection to its server after the server went away (stopped, restarted, the network cut):
// whether it still answers, whether a new connection would, and opening the same connection again, so that
// every repository holding it works on without being made anew.
class ServerLink
{
    Q_DECLARE_TR_FUNCTIONS(ServerLink)

public:
    // One round trip on `db` (SELECT 1). False with `error` set when the server does not answer. Quick when the
    // server is stopped or restarted; on a cut network, libpq's tcp_user_timeout (TeamDatabase::connect sets it)
    // bounds the wait.
    static bool answers(const QSqlDatabase &db, QString *error);

    // Closes `db` and opens it again with the parameters it was opened with, then runs the connection's set-up
    // (SqlDialect::connectionSetup). A LISTEN made before is gone: subscribe again. False with `error` set.
    static bool reopen(QSqlDatabase db, QString *error);

    // Whether a new connection with the parameters of `db` is accepted, from any thread: the parameters are copied
    // when the Probe is made, in the thread that owns `db`, and run() opens and closes a connection of its own, so
    // that a server that does not answer (connect_timeout) never holds up the window.
    class Probe
    {
    public:
        explicit Probe(const QSqlDatabase &db);
        bool run(QString *error) const;

    private:
        QString m_host;
        int m_port = -1;
        QString m_user;
        QString m_password;
        QString m_database;
        QString m_options;
    };
};
