// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

class QSqlError;
class QVariant;

// Opens the SQLite file of caseline through a named Qt SQL connection: creates it from the bundled data when
// missing, migrates older schemas, and refuses, without writing a byte, anything it cannot trust (not SQLite,
// another application's database, damaged, or a newer schema). The caller then falls back to the bundled data
// in memory, read-only. A file that may not be written (no write bit on it or its folder, even for root; a read-only
// disk; chattr +i) opens read-only and immutable: SQLite then creates no -wal or -shm file beside it.
class CaseDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CaseDatabase)

public:
    // 3: lecture scripts (resources/sql/migrate_3.sql). 4: the French texts of decisions (migrate_4.sql). 5: an index
    // of the orders' texts for the views' read (migrate_5.sql).
    static constexpr int SchemaVersion = 5;
    // PRAGMA application_id: "CSLN". Tells a caseline file from any other SQLite database.
    static constexpr int ApplicationId = 0x43534c4e;

    explicit CaseDatabase(const QString &connectionName = QStringLiteral("caseline"));
    ~CaseDatabase();
    Q_DISABLE_COPY_MOVE(CaseDatabase)

    // Opens PATH, creating it from the bundled data when it does not exist. False with errorString() set when the
    // file is refused; the file is then untouched. A postgresql:// address (ServerAddress) opens that team database.
    bool open(const QString &path);
    // The bundled data in an in-memory database, read-only: the fallback when the user's file is refused.
    bool openBundledReadOnly();
    void close();

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    // For a worker thread (a connection belongs to the thread that opens it): a connection named `name` of its own
    // to the file of the connection `source`, set up as open() sets up the user's file (foreign keys enforced).
    // Closed, with `error` set, when it cannot be opened; the caller removes it (QSqlDatabase::removeDatabase).
    // Not for the bundled data in memory (path() empty), which a new connection would find empty.
    static QSqlDatabase openClone(const QString &source, const QString &name, QString *error);
    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }
    bool isReadOnly() const { return m_readOnly; }
    // True when the database is a team database on a PostgreSQL server (open() was given a postgresql:// address);
    // path() is then the address without its password.
    bool isServer() const { return m_server; }
    // Why the file was refused or opened read-only; empty when all is well.
    QString errorString() const { return m_error; }
    // True when the last open() created the file from the bundled data.
    bool wasCreated() const { return m_created; }
    // True when the file was not closed cleanly last time (a crash or a kill) and was checked in full.
    bool wasRecovered() const { return m_recovered; }
    // True when the last open() ran the full PRAGMA integrity_check: after an unclean close, or when the file's
    // size, change counter or modification time moved since its last clean close (another program wrote to it).
    // Otherwise the file is as caseline's clean close left it, and no page is checked up front: SQLite reports a
    // damaged page when it reads it.
    bool wasFullyChecked() const { return m_fullyChecked; }

    // The message for an SQLite failure on PATH, one per condition (disk full, I/O error, read-only, cannot open,
    // damaged, busy), from SQLite's result code (QSqlError::nativeErrorCode()) and its words.
    static QString sqliteErrorMessage(const QString &path, int sqliteCode, const QString &sqliteText);
    // The refusal of a damaged file: what is wrong, that the file was not changed, and how to recover.
    static QString damagedMessage(const QString &path, const QString &detail);

    // The default location: the application data folder.
    static QString defaultPath();
    // The statements that create a new database (resources/sql/schema.sql with what it includes), in order.
    static QStringList schemaStatements(QString *error);
    // The statements of a text in the ";;" form of schema.sql and the migrations, comment lines left out.
    static QStringList sqlStatements(const QString &text);

private:
    // The value of `PRAGMA name`; invalid, with `error` set, when it cannot be read.
    static QVariant pragma(QSqlDatabase &db, const QString &name, QSqlError *error);
    // How a connection opens the file: Inspect reads it with the write-ahead log but writes nothing into the file;
    // Immutable reads the file alone and creates no side file (for files that may not be written).
    enum class Access { ReadWrite, Inspect, Immutable };

    bool refuse(const QString &reason);
    bool refuseSql(const QString &path, const QSqlError &error);
    void dropConnection();
    bool inspect(const QString &path, bool readOnly);
    bool openServer(const QString &address);
    bool undoUnfinishedWrite(const QString &path);
    bool checkOpenedFile(const QString &path, const QString &fingerprint, bool walHasFrames);
    bool prepareForUse(const QString &path, const QString &readOnlyReason);
    bool createFrom(const QString &path);
    bool createSchemaAndData(QSqlDatabase &db);
    bool migrate(QSqlDatabase &db, int fromVersion);
    bool openConnection(const QString &path, Access access);
    void recordCleanClose();

    QString m_connectionName;
    QString m_path;
    QString m_error;
    bool m_open = false;
    bool m_readOnly = false;
    bool m_server = false;
    bool m_created = false;
    bool m_recovered = false;
    bool m_fullyChecked = false;
    // The modification time recorded by a clean close, set on the file once the connection is closed.
    QDateTime m_stamp;
};
