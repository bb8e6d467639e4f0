// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabasefiles.h"

#include "casedatabase.h"
#include "caserepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

QString createCaselineFile(const QString &path)
{
    CaseDatabase database(QStringLiteral("tst_casedatabase_fixture"));
    if (!database.open(path))
        return database.errorString();
    database.close();
    return {};
}

QString runSql(const QString &path, const QStringList &statements)
{
    static int run = 0;
    const QString name = QStringLiteral("tst_casedatabase_raw_%1").arg(++run);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString &statement : statements) {
                if (!q.exec(statement)) {
                    error = statement + QLatin1String(": ") + q.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

qsizetype decisionCount(const CaseDatabase &database)
{
    return CaseRepository(database.connection()).decisions().size();
}
