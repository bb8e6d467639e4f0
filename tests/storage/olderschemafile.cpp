// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "olderschemafile.h"

#include "casedatabase.h"
#include "caserepository.h"
#include "decisionjson.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <functional>

namespace {

// Runs `body` with a connection of its own to PATH, removed afterwards.
QString withConnection(const QString &path, const std::function<QString(QSqlDatabase &)> &body)
{
    static int run = 0;
    const QString name = QStringLiteral("olderschemafile_%1").arg(++run);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        error = db.open() ? body(db) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString execAll(QSqlQuery &q, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (!q.exec(statement))
            return statement.left(80) + QLatin1String(": ") + q.lastError().text();
    }
    return {};
}

// The tables that hold decisions, parents first.
const char *const DecisionTables[] = { "countries", "authorities", "decisions", "periodic_penalties", "decision_texts",
    "sources", "relations", "status_changes" };

} // namespace

QString createOlderSchemaFile(
    const QString &path, const QString &frozenSchema, int version, const QList<Decision> &decisions)
{
    QFile schemaFile(frozenSchema);
    if (!schemaFile.open(QIODevice::ReadOnly))
        return frozenSchema + QLatin1String(": ") + schemaFile.errorString();
    const QStringList older = CaseDatabase::sqlStatements(QString::fromUtf8(schemaFile.readAll()));
    QString error;
    const QStringList current = CaseDatabase::schemaStatements(&error);
    if (!error.isEmpty())
        return error;

    const QString scratch = path + QLatin1String(".current");
    error = withConnection(scratch, [&](QSqlDatabase &db) -> QString {
        QSqlQuery q(db);
        const QString failed = execAll(q, current);
        if (!failed.isEmpty())
            return failed;
        CaseRepository repository(db);
        return repository.saveDecisions(decisions) ? QString() : repository.lastError();
    });
    if (!error.isEmpty())
        return error;

    error = withConnection(path, [&](QSqlDatabase &db) -> QString {
        QSqlQuery q(db);
        QString failed = execAll(q, older);
        if (!failed.isEmpty())
            return failed;
        if (!q.exec(QStringLiteral("ATTACH DATABASE '%1' AS scratch")
                        .arg(QString(scratch).replace(QLatin1Char('\''), QLatin1String("''")))))
            return q.lastError().text();
        for (const char *table : DecisionTables) {
            QStringList columns;
            QSqlQuery info(db);
            info.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(QLatin1String(table)));
            while (info.next())
                columns.append(info.value(0).toString());
            info.finish();
            const QString list = columns.join(QLatin1String(", "));
            // The older kinds of texts only: an older CHECK refuses the others.
            const QString where = QLatin1String(table) == QLatin1String("decision_texts")
                ? QStringLiteral(" WHERE kind IN ('provision', 'order', 'fact', 'low_confidence')")
                : QString();
            if (!q.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM scratch.%1%3")
                            .arg(QLatin1String(table), list, where)))
                return QLatin1String(table) + QLatin1String(": ") + q.lastError().text();
        }
        failed = execAll(q,
            { QStringLiteral("DETACH DATABASE scratch"),
                QStringLiteral("PRAGMA application_id = %1").arg(CaseDatabase::ApplicationId),
                QStringLiteral("PRAGMA user_version = %1").arg(version) });
        return failed;
    });
    QFile::remove(scratch);
    return error;
}

QList<Decision> previousBundledDecisions(const QString &testData, QString *error)
{
    QFile file(testData + QLatin1String("/previous-bundled-data/clearview-cases.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QLatin1String(": ") + file.errorString();
        return {};
    }
    QStringList errors;
    const QList<Decision> decisions = DecisionJson::decisionsFromDocument(file.readAll(), &errors);
    if (!errors.isEmpty())
        *error = errors.join(QLatin1Char('\n'));
    return decisions;
}
