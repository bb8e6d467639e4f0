// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlink.h"

#include "sqldialect.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString words(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text() : text;
}

} // namespace

bool ServerLink::answers(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT 1")) && q.next())
        return true;
    *error = words(q.lastError());
    return false;
}

bool ServerLink::reopen(QSqlDatabase db, QString *error)
{
    db.close();
    if (!db.open()) {
        *error = words(db.lastError());
        return false;
    }
    QSqlQuery q(db);
    for (const QString &statement : SqlDialect::connectionSetup(db)) {
        if (!q.exec(statement)) {
            *error = words(q.lastError());
            return false;
        }
    }
    return true;
}

ServerLink::Probe::Probe(const QSqlDatabase &db)
    : m_host(db.hostName())
    , m_port(db.port())
    , m_user(db.userName())
    , m_password(db.password())
    , m_database(db.databaseName())
    , m_options(db.connectOptions())
{
}

bool ServerLink::Probe::run(QString *error) const
{
    static QAtomicInt serial;
    const QString name = QStringLiteral("caseline-probe-%1").arg(serial.fetchAndAddRelaxed(1));
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setUserName(m_user);
        db.setPassword(m_password);
        db.setDatabaseName(m_database);
        db.setConnectOptions(m_options);
        opened = db.open();
        if (!opened)
            *error = words(db.lastError());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return opened;
}
