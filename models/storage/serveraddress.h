// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A team database's address: a libpq connection URI, postgresql://[USER[:PASSWORD]@][HOST][:PORT][/DBNAME][?K=V&...]
// (postgres:// too), read by the rules of libpq's documentation (each part percent-decoded, so a Unix socket's
// folder is written as a host %2Fvar%2Frun%2Fpostgresql) into what Qt's QPSQL driver takes. Parameters of the query
// string go to libpq as they are (sslmode, connect_timeout, application_name...); a host or port among them replaces
// the one before. A password written in the address is used for that connection and never kept: display() leaves it
// out (libpq also finds it in PGPASSWORD and ~/.pgpass).
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    // Whether `text` names a team database (a postgresql:// or postgres:// URI) rather than a file.
    static bool isServerAddress(const QString &text);
    // The address `text` describes; error() says what is wrong with it when it cannot be read.
    static ServerAddress parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString host() const { return m_host; } // empty: libpq's default (PGHOST, then the local socket)
    int port() const { return m_port; } // -1: libpq's default (PGPORT, then 5432)
    QString user() const { return m_user; } // empty: libpq's default (PGUSER, then the login name)
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; } // empty: libpq's default (the user name)
    // The query string's parameters, "key=value", in order: QSqlDatabase::setConnectOptions() joins them with ';'.
    QStringList options() const { return m_options; }

    // The address without its password, as caseline shows it and remembers it.
    QString display() const;

private:
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QStringList m_options;
    QString m_error;
};
