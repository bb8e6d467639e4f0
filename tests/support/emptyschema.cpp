// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptyschema.h"

#include "casedatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace EmptySchema {

QString open(const QString &connection, const QString &file)
{
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
