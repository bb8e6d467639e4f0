// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

// Files as the tests prepare and compare them.
namespace TestFiles {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Empty when the file cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The bytes SQLite keeps the data in, the database file and its write-ahead log, as one hash: equal before and
// after, nothing was written.
inline QByteArray fileState(const QString &dbPath)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(readFile(dbPath));
    hash.addData(readFile(dbPath + QStringLiteral("-wal")));
    return hash.result();
}

// What the database holds, as one hash: its schema, its header's versions and every row of every table, read
// through a connection of its own. Equal before and after, nothing was committed, even where the bytes differ: an
// import moves the write-ahead log into the file before it begins (LargeWriteSettings). Empty when it cannot be read.
inline QByteArray databaseContent(const QString &dbPath)
{
    const QString name = QStringLiteral("databaseContent-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool read = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            const auto addRows = [&hash](QSqlQuery &q) {
                while (q.next()) {
                    const QSqlRecord record = q.record();
                    for (int i = 0; i < record.count(); ++i) {
                        const QVariant value = q.value(i);
                        hash.addData(value.isNull() ? QByteArrayView("null") : QByteArrayView(value.typeName()));
                        hash.addData(value.toString().toUtf8());
                        hash.addData(QByteArrayView("\t"));
                    }
                    hash.addData(QByteArrayView("\n"));
                }
            };
            QSqlQuery q(db);
            read = q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"));
            addRows(q);
            read = read && q.exec(QStringLiteral("PRAGMA user_version"));
            addRows(q);
            QStringList tables;
            if (read && q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"))) {
                while (q.next())
                    tables.append(q.value(0).toString());
            }
            for (const QString &table : std::as_const(tables)) {
                read = read && q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
                addRows(q);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return read ? hash.result() : QByteArray();
}

// The rows whose references do not hold (PRAGMA foreign_key_check), as "table rowid -> parent" lines: none after
// a write that kept them, such as an import, which writes without SQLite checking them (LargeWriteSettings).
inline QStringList foreignKeyProblems(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return { QStringLiteral("cannot check: ") + q.lastError().text() };
    QStringList problems;
    while (q.next()) {
        problems.append(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QStringLiteral(" -> ")
            + q.value(2).toString());
    }
    return problems;
}

} // namespace TestFiles
