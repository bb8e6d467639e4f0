// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include <QSqlDriver>

namespace SqlDialect {

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QStringList beginWrite(const QSqlDatabase &db)
{
    if (!isPostgres(db))
        return { QStringLiteral("BEGIN IMMEDIATE") };
    return { QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriteLockKey) };
}

QStringList connectionSetup(const QSqlDatabase &db)
{
    if (!isPostgres(db))
        return { QStringLiteral("PRAGMA foreign_keys = ON") };
    return { QStringLiteral("SET lock_timeout = '30s'") };
}

void readForwardOnly(QSqlQuery &query)
{
    query.setForwardOnly(!query.driver() || query.driver()->dbmsType() != QSqlDriver::PostgreSQL);
}

QString idsOfJsonArray(const QSqlDatabase &db)
{
    if (!isPostgres(db))
        return QStringLiteral("SELECT value FROM json_each(?)");
    return QStringLiteral("SELECT json_array_elements_text(CAST(? AS json))");
}

bool keepsHistory(const QSqlDatabase &db)
{
    return isPostgres(db);
}

QString setMeta(const QSqlDatabase &db)
{
    if (!isPostgres(db))
        return QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    return QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
}

QString tableExists(const QSqlDatabase &db, const QString &table)
{
    if (!isPostgres(db))
        return QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(table);
    return QStringLiteral("SELECT 1 WHERE to_regclass('%1') IS NOT NULL").arg(table);
}

QString columnExists(const QSqlDatabase &db, const QString &table, const QString &column)
{
    if (!isPostgres(db))
        return QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = '%2'").arg(table, column);
    return QStringLiteral("SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                          "AND table_name = '%1' AND column_name = '%2'")
        .arg(table, column);
}

} // namespace SqlDialect
