// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// Opens the SQLite file of caseline through a named Qt SQL connection: creates it from the bundled data when
// missing, migrates older schemas, and refuses, without writing a byte, anything it cannot trust (not SQLite,
// another application's database, corrupt, or a newer schema). The caller then falls back to the bundled data
// in memory, read-only.
class CaseDatabase
{
public:
    static constexpr int SchemaVersion = 1;
    // PRAGMA application_id: "CSLN". Tells a caseline file from any other SQLite database.
    static constexpr int ApplicationId = 0x43534c4e;

    explicit CaseDatabase(const QString &connectionName = QStringLiteral("caseline"));
    ~CaseDatabase();
    Q_DISABLE_COPY_MOVE(CaseDatabase)

    // Opens PATH, creating it from the bundled data when it does not exist. False with errorString() set when the
    // file is refused; the file is then untouched.
    bool open(const QString &path);
    // The bundled data in an in-memory database, read-only: the fallback when the user's file is refused.
    bool openBundledReadOnly();
    void close();

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the file was refused or opened read-only; empty when all is well.
    QString errorString() const { return m_error; }
    // True when the last open() created the file from the bundled data.
    bool wasCreated() const { return m_created; }
    // True when the file was not closed cleanly last time (a crash or a kill) and was checked in full.
    bool wasRecovered() const { return m_recovered; }

    // The default location: the application data folder.
    static QString defaultPath();

private:
    bool refuse(const QString &reason);
    void dropConnection();
    bool inspect(const QString &path);
    bool checkOpenedFile(const QString &path);
    bool prepareForUse(const QString &path, bool writable);
    bool createFrom(const QString &path);
    bool createSchemaAndData(QSqlDatabase &db);
    bool migrate(QSqlDatabase &db, int fromVersion);
    bool openConnection(const QString &path, bool readOnly);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    bool m_open = false;
    bool m_readOnly = false;
    bool m_created = false;
    bool m_recovered = false;
};
