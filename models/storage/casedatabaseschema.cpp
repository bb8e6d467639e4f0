// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseDatabase: the schema of a new file, with the bundled data, and the migrations of an older one.
#include "casedatabase.h"

#include "bundleddata.h"
#include "caserepository.h"
#include "lecturescriptrepository.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QLatin1String BundledVersionKey("bundled_version");

// The text of a bundled SQL file (resources/sql/NAME), with each line "@include OTHER.sql" replaced by that file's
// text: what schema.sql and a migration share (the length limits) is written once. Null when a file is missing.
QString bundledSql(const QString &name)
{
    QFile file(QStringLiteral(":/sql/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("@include "))) {
            lines.append(line);
            continue;
        }
        const QString included = bundledSql(line.mid(9).trimmed());
        if (included.isNull())
            return {};
        lines.append(included);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// Statements in schema.sql and the migrations end with ";;" so they can be split without parsing SQL. Comment
// lines go first: they may mention the separator itself (schema.sql's header does).
QStringList CaseDatabase::sqlStatements(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            lines.append(line);
    }
    QStringList statements;
    for (const QString &part : lines.join(QLatin1Char('\n')).split(QLatin1String(";;"))) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
    }
    return statements;
}

QStringList CaseDatabase::schemaStatements(QString *error)
{
    const QString schema = bundledSql(QStringLiteral("schema.sql"));
    if (schema.isNull()) {
        *error = QCoreApplication::translate("CaseDatabase", "cannot read the bundled schema");
        return {};
    }
    return sqlStatements(schema);
}

bool CaseDatabase::createSchemaAndData(QSqlDatabase &db)
{
    QString error;
    const QStringList statements = schemaStatements(&error);
    if (!error.isEmpty())
        return refuse(error);
    const BundledData bundled = BundledData::load(&error);
    if (!error.isEmpty())
        return refuse(error);
    if (!db.transaction())
        return refuse(db.lastError().text());
    QSqlQuery q(db);
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            const QString why = q.lastError().text();
            db.rollback();
            return refuse(tr("creating the schema failed: %1").arg(why));
        }
    }
    q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    if (!db.commit())
        return refuse(db.lastError().text());
    CaseRepository repository(db);
    if (!repository.saveDecisions(bundled.decisions) || !repository.replaceDbSizeClaims(bundled.dbSizeClaims)
        || !repository.setMeta(BundledVersionKey, bundled.version))
        return refuse(tr("loading the bundled data failed: %1").arg(repository.lastError()));
    LectureScriptRepository lectures(db);
    if (!lectures.addBundledExampleOnce())
        return refuse(tr("loading the bundled data failed: %1").arg(lectures.lastError()));
    return true;
}

bool CaseDatabase::migrate(QSqlDatabase &db, int fromVersion)
{
    // One file per step, resources/sql/migrate_<to>.sql. Each step is one write transaction that re-reads the
    // version first: another caseline opening the same file at the same time may have migrated it already.
    for (int to = fromVersion + 1; to <= SchemaVersion; ++to) {
        const QString migration = bundledSql(QStringLiteral("migrate_%1.sql").arg(to));
        if (migration.isNull()) {
            return refuse(tr("%1 cannot be opened: no migration from schema version %2 to %3")
                              .arg(m_path, QString::number(to - 1), QString::number(to)));
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return refuseSql(m_path, q.lastError());
        QSqlError error;
        const int current = pragma(db, QStringLiteral("user_version"), &error).toInt();
        if (error.isValid()) {
            q.exec(QStringLiteral("ROLLBACK"));
            return refuseSql(m_path, error);
        }
        if (current >= to) {
            q.exec(QStringLiteral("COMMIT"));
            continue;
        }
        for (const QString &statement : sqlStatements(migration)) {
            if (!q.exec(statement)) {
                const QString why = q.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
                return refuse(
                    tr("%1: migrating to schema version %2 failed: %3").arg(m_path, QString::number(to), why));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(to)) || !q.exec(QStringLiteral("COMMIT"))) {
            const QSqlError why = q.lastError();
            q.exec(QStringLiteral("ROLLBACK"));
            return refuseSql(m_path, why);
        }
    }
    return true;
}
