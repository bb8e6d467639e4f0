// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptyschema.h"

#include "casedatabase.h"
#include "teamdatabase.h"
#include "temporarypostgres.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// One server for the whole test process, stopped as the application object goes (a static's destructor would
// run after it, too late to wait for pg_ctl).
TemporaryPostgres &server()
{
    static TemporaryPostgres *instance = [] {
        auto *made = new TemporaryPostgres;
        qAddPostRoutine([] { delete instance; });
        return made;
    }();
    return *instance;
}

QString openOnPostgres(const QString &connection)
{
    TemporaryPostgres &postgres = server();
    if (!postgres.isRunning())
        return postgres.error();
    static int serial = 0;
    const QString name = QStringLiteral("schema_%1").arg(++serial);
    const QString made = postgres.runSql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + name);
    QString error;
    if (!TeamDatabase::connect(ServerAddress::parse(postgres.uri(name)), connection, &error))
        return made + error;
    QSqlQuery q(QSqlDatabase::database(connection));
    const QStringList statements = TeamDatabase::schemaStatements(&error);
    if (statements.isEmpty())
        return error;
    for (const QString &statement : statements) {
        if (!q.exec(statement))
            return q.lastError().text() + QLatin1String(" in ") + statement;
    }
    return {};
}

} // namespace

namespace EmptySchema {

bool onPostgres()
{
    return qEnvironmentVariable("CASELINE_TEST_ENGINE") == QLatin1String("postgresql");
}

QString newTeamDatabase(QString *error)
{
    TemporaryPostgres &postgres = server();
    if (!postgres.isRunning()) {
        *error = postgres.error();
        return {};
    }
    static int serial = 0;
    const QString name = QStringLiteral("team_%1").arg(++serial);
    *error = postgres.makeTeamDatabase(name);
    return error->isEmpty() ? postgres.uri(name) : QString();
}

QString open(const QString &connection, const QString &file)
{
    if (onPostgres())
        return openOnPostgres(connection);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    database.setDatabaseName(file);
    if (!database.open())
        return database.lastError().text();
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return q.lastError().text();
    QString error;
    const QStringList statements = CaseDatabase::schemaStatements(&error);
    if (statements.isEmpty())
        return error.isEmpty() ? QStringLiteral("the bundled schema is empty") : error;
    for (const QString &statement : statements) {
        if (!q.exec(statement))
            return q.lastError().text() + QLatin1String(" in ") + statement;
    }
    return {};
}

void close(const QString &connection)
{
    QSqlDatabase::database(connection, false).close();
    QSqlDatabase::removeDatabase(connection);
}

} // namespace EmptySchema
