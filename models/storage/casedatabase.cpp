// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"

#include "serveraddress.h"
#include "sqldialect.h"
#include "sqlitedirect.h"
#include "teamdatabase.h"

#include "caserepository.h"
#include "lecturescriptrepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>
#include <sys/stat.h>
#include <sys/statvfs.h>

namespace {

const QLatin1String CleanShutdownKey("clean_shutdown");
const QLatin1String CleanFingerprintKey("clean_fingerprint");
// Long enough for another caseline's import of a large file to finish: the second writer waits its turn instead
// of failing.
const QLatin1String BusyTimeout("QSQLITE_BUSY_TIMEOUT=30000");
constexpr int SqliteHeaderSize = 100;

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return (quint32(uchar(bytes.at(offset))) << 24) | (quint32(uchar(bytes.at(offset + 1))) << 16)
        | (quint32(uchar(bytes.at(offset + 2))) << 8) | quint32(uchar(bytes.at(offset + 3)));
}

// What a clean close records and the next open compares: the file's size, the change counter of its header (bytes
// 24-27, raised by SQLite when another program commits in rollback mode) and its modification time, which caseline
// sets itself after a clean close. Any write by another program after that moves at least one of them.
QString fingerprint(qint64 size, quint32 changeCounter, qint64 modifiedMs)
{
    // Fixed width, so that storing it rewrites the meta row in place and moves neither size nor counter.
    return QStringLiteral("%1 %2 %3")
        .arg(QString::number(size).rightJustified(20, QLatin1Char('0')),
            QString::number(changeCounter).rightJustified(10, QLatin1Char('0')),
            QString::number(modifiedMs).rightJustified(20, QLatin1Char('0')));
}

// The fingerprint of the file as it is on disk now; empty when it cannot be read.
QString fileFingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(SqliteHeaderSize);
    if (header.size() < SqliteHeaderSize)
        return {};
    return fingerprint(file.size(), bigEndian32(header, 24), QFileInfo(path).lastModified().toMSecsSinceEpoch());
}

bool hasWriteBit(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0;
}

bool onReadOnlyDisk(const QString &path)
{
    struct statvfs vfs
    {
    };
    return ::statvfs(QFile::encodeName(path).constData(), &vfs) == 0 && (vfs.f_flag & ST_RDONLY) != 0;
}

// Why PATH must be opened read-only; empty when it may be written. The mode bits decide, not only access(2): root
// passes access() for any file, so a file or folder without a write bit would otherwise be written anyway. access()
// (QFileInfo::isWritable) still counts for other users' files and for chattr +i, which it reports.
QString readOnlyReason(const QString &path)
{
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    if (onReadOnlyDisk(path))
        return QCoreApplication::translate("CaseDatabase", "it is on a read-only disk");
    if (!hasWriteBit(path) || !file.isWritable())
        return QCoreApplication::translate("CaseDatabase", "the file may not be written");
    // SQLite writes its -wal and -shm files beside the database: a folder that may not be written means read-only.
    if (!hasWriteBit(folder) || !QFileInfo(folder).isWritable())
        return QCoreApplication::translate("CaseDatabase", "its folder may not be written");
    return {};
}

} // namespace

QVariant CaseDatabase::pragma(QSqlDatabase &db, const QString &name, QSqlError *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next()) {
        *error = q.lastError();
        return {};
    }
    return q.value(0);
}

CaseDatabase::CaseDatabase(const QString &connectionName) : m_connectionName(connectionName) { }

CaseDatabase::~CaseDatabase()
{
    close();
}

QString CaseDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/caseline.sqlite");
}

QSqlDatabase CaseDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlDatabase CaseDatabase::openClone(const QString &source, const QString &name, QString *error)
{
    QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
    if (!db.open()) {
        *error = db.lastError().text();
        return db;
    }
    bool set = true;
    {
        QSqlQuery q(db);
        for (const QString &statement : SqlDialect::connectionSetup(db)) {
            set = set && q.exec(statement);
            if (!set) {
                *error = q.lastError().text();
                break;
            }
        }
    }
    if (!set)
        db.close();
    return db;
}

bool CaseDatabase::refuse(const QString &reason)
{
    m_error = reason;
    m_open = false;
    return false;
}

QString CaseDatabase::damagedMessage(const QString &path, const QString &detail)
{
    return tr("%1 is damaged (%2). Your file was not changed. To recover: export your decisions from a copy with the "
              "sqlite3 tool's .recover command, or start again from the bundled data by moving the file away.")
        .arg(path, detail);
}

QString CaseDatabase::sqliteErrorMessage(const QString &path, int sqliteCode, const QString &sqliteText)
{
    // Extended result codes carry the primary code in their low byte.
    switch (sqliteCode & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("%1 is in use: another caseline or another program is writing to it. Try again when it has "
                  "finished (%2).")
            .arg(path, sqliteText);
    case 8: // SQLITE_READONLY
        return tr("%1 cannot be written: the file, its folder or its disk is read-only (%2).").arg(path, sqliteText);
    case 10: // SQLITE_IOERR
        return tr("%1 cannot be read or written: the disk reported an input/output error (%2). Check the disk; "
                  "your file was not changed by caseline.")
            .arg(path, sqliteText);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return damagedMessage(path, sqliteText);
    case 13: // SQLITE_FULL
        return tr("%1 cannot be written: the disk is full (%2). Free some space and try again; nothing was saved.")
            .arg(path, sqliteText);
    case 14: // SQLITE_CANTOPEN
        return tr("%1 cannot be opened: the file or its folder is missing or may not be read (%2).")
            .arg(path, sqliteText);
    default:
        break;
    }
    return tr("%1 cannot be used: %2").arg(path, sqliteText);
}

bool CaseDatabase::refuseSql(const QString &path, const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return refuse(sqliteErrorMessage(path, error.nativeErrorCode().toInt(), text));
}

// Called once no QSqlDatabase handle of the connection is left in scope, so Qt can really close it.
void CaseDatabase::dropConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool CaseDatabase::openConnection(const QString &path, Access access)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
#ifdef CASELINE_SQLITE_DIRECT
    SqliteDirect::stopCountingMemory(db);
#endif
    QString options = BusyTimeout;
    switch (access) {
    case Access::ReadWrite:
        db.setDatabaseName(path);
        break;
    case Access::Inspect:
        db.setDatabaseName(path);
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        break;
    case Access::Immutable:
        // immutable=1: no locks, no write-ahead log, no side file; the file is only read. The path is
        // percent-encoded so that '?', '#', '%' and spaces in it stay part of the name.
        db.setDatabaseName(QStringLiteral("file:")
            + QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/"))
            + QStringLiteral("?mode=ro&immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
        break;
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        refuseSql(path, db.lastError());
        db = QSqlDatabase();
        dropConnection();
        return false;
    }
    return true;
}

// Marks the file closed cleanly and records its fingerprint. The fingerprint must describe the file as it stays
// after the close, so the log is checkpointed into the file first, the record rewritten until reading the file
// back confirms it, and the modification time set last (a checkpoint moves it). When another connection keeps the
// log open, no fingerprint is recorded: the next open then checks in full, which is the safe side.
void CaseDatabase::recordCleanClose()
{
    QSqlDatabase db = connection();
    CaseRepository repository(db);
    const QDateTime stamp = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch());
    QString recorded = fingerprint(0, 0, 0);
    if (!repository.setMeta(CleanShutdownKey, QStringLiteral("1"))
        || !repository.setMeta(CleanFingerprintKey, recorded))
        return;
    bool stable = false;
    for (int attempt = 0; attempt < 3 && !stable; ++attempt) {
        QSqlQuery checkpoint(db);
        // TRUNCATE: every frame copied into the file and the log emptied; the first column is 1 when another
        // connection prevented that.
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next()
            || checkpoint.value(0).toInt() != 0)
            break;
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            break;
        const QByteArray header = file.read(SqliteHeaderSize);
        if (header.size() < SqliteHeaderSize)
            break;
        const QString now = fingerprint(file.size(), bigEndian32(header, 24), stamp.toMSecsSinceEpoch());
        stable = now == recorded;
        if (!stable && !repository.setMeta(CleanFingerprintKey, now))
            break;
        recorded = now;
    }
    if (!stable)
        repository.setMeta(CleanFingerprintKey, QString());
    m_stamp = stable ? stamp : QDateTime();
}

void CaseDatabase::close()
{
    m_stamp = QDateTime();
    if (m_open && !m_readOnly && !m_server && QSqlDatabase::contains(m_connectionName))
        recordCleanClose();
    m_server = false;
    dropConnection();
    // Only when this was the last connection (SQLite removed the log): otherwise another writer may still change
    // the file, and the unmatched fingerprint makes the next open check it in full.
    if (m_stamp.isValid() && !QFileInfo::exists(m_path + QStringLiteral("-wal"))) {
        QFile file(m_path);
        if (file.open(QIODevice::ReadWrite))
            file.setFileTime(m_stamp, QFileDevice::FileModificationTime);
    }
    m_stamp = QDateTime();
    m_open = false;
}

// Reads the file without writing to it and decides whether it can be trusted.
bool CaseDatabase::inspect(const QString &path, bool readOnly)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(SqliteHeaderSize);
    const qint64 size = file.size();
    file.close();
    if (header.isEmpty())
        return refuse(tr("%1 is empty: it is not a caseline database").arg(path));
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return refuse(tr("%1 is not a caseline database (not an SQLite file)").arg(path));
    // A write with the rollback journal (a large import, LargeWriteSettings) that did not finish left the pages it
    // changed in the file and their earlier content in the journal. The file is what it was only once they are put
    // back, which SQLite does when a connection that may write first reads it; a read-only one cannot.
    const QString journal = path + QStringLiteral("-journal");
    if (QFileInfo(journal).size() > 0) {
        if (readOnly) {
            return refuse(tr("%1 may not be written and was not closed cleanly: a write that did not finish must be "
                             "undone from %2, which caseline cannot do without writing to the file. Your file was "
                             "not changed. Make the file and its folder writable, then open it again.")
                              .arg(path, journal));
        }
        if (!undoUnfinishedWrite(path))
            return false;
        // Read again as it now is. A journal still there belongs to a write that is running (SQLite undoes only
        // one whose writer is gone): the file is then read with locks, below.
        if (!QFileInfo::exists(journal))
            return inspect(path, readOnly);
    }
    if (header.size() < SqliteHeaderSize) {
        return refuse(damagedMessage(path,
            tr("it is truncated: %1 bytes, shorter than the %2-byte SQLite header")
                .arg(QString::number(size), QString::number(SqliteHeaderSize))));
    }
    const quint32 rawPageSize = (quint32(uchar(header.at(16))) << 8) | quint32(uchar(header.at(17)));
    const quint32 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return refuse(damagedMessage(path, tr("its header is not valid")));

    const QString wal = path + QStringLiteral("-wal");
    const bool walExists = QFileInfo::exists(wal);
    const bool walHasFrames = QFileInfo(wal).size() > 0;
    // The page count of the header is valid when its "version valid for" number matches the change counter.
    const quint32 headerPages = bigEndian32(header, 28);
    if (!walHasFrames && headerPages > 0 && bigEndian32(header, 92) == bigEndian32(header, 24)
        && size < qint64(headerPages) * pageSize) {
        return refuse(damagedMessage(path,
            tr("it is truncated: %1 bytes where its header announces %2")
                .arg(QString::number(size), QString::number(qint64(headerPages) * pageSize))));
    }
    if (readOnly && walHasFrames) {
        return refuse(tr("%1 may not be written and was not closed cleanly: its last changes are still in %2, "
                         "which caseline cannot apply without writing beside the file. Your file was not changed. "
                         "Make the file and its folder writable, then open it again.")
                          .arg(path, wal));
    }
    const QString onDisk = fileFingerprint(path);

    // Reading a file in WAL mode makes SQLite create its -wal and -shm files; a refused file keeps none beside it.
    QStringList sidecars;
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString sidecar = path + QLatin1String(suffix);
        if (!QFileInfo::exists(sidecar))
            sidecars.append(sidecar);
    }
    // With no log or journal beside it, the file alone is the database: read it immutable, creating nothing.
    const Access access = (walExists || QFileInfo::exists(journal)) && !readOnly ? Access::Inspect : Access::Immutable;
    const bool trusted = openConnection(path, access) && checkOpenedFile(path, onDisk, walHasFrames);
    dropConnection();
    if (!trusted) {
        for (const QString &sidecar : std::as_const(sidecars)) {
            // A read-only connection writes no frames: an empty log and the index are all it can have made.
            if (sidecar.endsWith(QLatin1String("-shm")) || QFileInfo(sidecar).size() == 0)
                QFile::remove(sidecar);
        }
    }
    return trusted;
}

// The first read of a connection that may write puts back what an unfinished write left in the journal.
bool CaseDatabase::undoUnfinishedWrite(const QString &path)
{
    if (!openConnection(path, Access::ReadWrite))
        return false;
    bool undone = false;
    {
        QSqlDatabase db = connection();
        QSqlQuery q(db);
        undone = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next();
        if (!undone)
            refuseSql(path, q.lastError());
    }
    dropConnection();
    return undone;
}

bool CaseDatabase::checkOpenedFile(const QString &path, const QString &onDisk, bool walHasFrames)
{
    QSqlDatabase db = connection();
    QSqlError error;
    const QVariant appId = pragma(db, QStringLiteral("application_id"), &error);
    const QVariant version = error.isValid() ? QVariant() : pragma(db, QStringLiteral("user_version"), &error);
    if (error.isValid())
        return refuseSql(path, error);
    if (appId.toInt() != ApplicationId)
        return refuse(tr("%1 is not a caseline database (it belongs to another application)").arg(path));
    // caseline writes version 1 and up; anything else in a caseline file was not written by caseline.
    if (version.toInt() < 1)
        return refuse(damagedMessage(path, tr("impossible schema version %1").arg(version.toInt())));
    if (version.toInt() > SchemaVersion) {
        return refuse(tr("%1 was written by a newer caseline (schema version %2, this version reads up to %3)")
                          .arg(path, QString::number(version.toInt()), QString::number(SchemaVersion)));
    }
    const CaseRepository repository(db);
    const bool clean = repository.meta(CleanShutdownKey) == QLatin1String("1");
    const QString recorded = repository.meta(CleanFingerprintKey);
    // A file closed cleanly by caseline and untouched since is the file caseline checked and wrote: its pages are
    // not read again (the quick check read every page, 2.2 s at 1,000,000 decisions, on every command). SQLite
    // still reports a damaged page when it reads one (SQLITE_CORRUPT, sqliteErrorMessage()). After a crash, a kill
    // or another program's write, the full check runs, indexes compared with their tables.
    const bool untouched = !walHasFrames && !recorded.isEmpty() && recorded == onDisk;
    const bool full = !clean || !untouched;
    if (full) {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA integrity_check(20)")))
            return refuseSql(path, check.lastError());
        QStringList problems;
        while (check.next())
            problems.append(check.value(0).toString());
        if (problems != QStringList { QStringLiteral("ok") }) {
            const QString detail = problems.isEmpty() ? tr("the check returned nothing")
                                                      : problems.mid(0, 3).join(QLatin1String("; "));
            return refuse(damagedMessage(path, detail));
        }
    }
    m_recovered = !clean;
    m_fullyChecked = full;
    return true;
}

// Builds the new file beside its final place and renames it, so that a crash never leaves half a database.
bool CaseDatabase::createFrom(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return refuse(tr("cannot create the folder %1").arg(info.absolutePath()));
    if (!hasWriteBit(info.absolutePath()) || onReadOnlyDisk(info.absolutePath()))
        return refuse(tr("cannot create %1: its folder may not be written").arg(path));
    const QString partial = path + QStringLiteral(".creating");
    QFile::remove(partial);
    if (!openConnection(partial, Access::ReadWrite))
        return false;
    bool created = false;
    {
        QSqlDatabase db = connection();
        created = createSchemaAndData(db) && CaseRepository(db).setMeta(CleanShutdownKey, QStringLiteral("1"));
    }
    dropConnection();
    if (!created) {
        QFile::remove(partial);
        return false;
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return refuse(tr("cannot create %1").arg(path));
    }
    m_created = true;
    return true;
}

bool CaseDatabase::open(const QString &path)
{
    if (ServerAddress::isServerAddress(path))
        return openServer(path);
    close();
    m_error.clear();
    m_path = path;
    m_created = false;
    m_recovered = false;
    m_fullyChecked = false;
    m_readOnly = false;
    if (!QFileInfo::exists(path) && !createFrom(path))
        return false;
    const QString readOnly = readOnlyReason(path);
    if (!inspect(path, !readOnly.isEmpty()))
        return false;
    if (!openConnection(path, readOnly.isEmpty() ? Access::ReadWrite : Access::Immutable)
        || !prepareForUse(path, readOnly)) {
        dropConnection();
        return false;
    }
    m_open = true;
    return true;
}

bool CaseDatabase::prepareForUse(const QString &path, const QString &readOnlyReason)
{
    QSqlDatabase db = connection();
    if (!readOnlyReason.isEmpty()) {
        m_readOnly = true;
        m_error = tr("%1 is read-only (%2): you can explore it, but changes cannot be saved").arg(path, readOnlyReason);
        return true;
    }
    QSqlError error;
    const int version = pragma(db, QStringLiteral("user_version"), &error).toInt();
    if (error.isValid())
        return refuseSql(path, error);
    if (version < SchemaVersion && !migrate(db, version))
        return false;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return refuseSql(path, q.lastError());
    // The first write: from here on the file counts as open, and a kill leaves it marked for the full check.
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '0')"));
    mark.addBindValue(CleanShutdownKey);
    if (!mark.exec())
        return refuseSql(path, mark.lastError());
    // A file made before lecture scripts gets the example once, never over a script of the user's. Not being able
    // to add it (another writer held the lock too long) is no reason to refuse the user's file.
    LectureScriptRepository lectures(db);
    if (!lectures.addBundledExampleOnce())
        qWarning("%s", qPrintable(lectures.lastError()));
    return true;
}

// A team database: connected through QPSQL, and refused, unchanged, unless it is a caseline team database of this
// version. Nothing of a file's checks applies: the server keeps its own data whole.
bool CaseDatabase::openServer(const QString &address)
{
    close();
    m_error.clear();
    m_created = false;
    m_recovered = false;
    m_fullyChecked = false;
    m_readOnly = false;
    const ServerAddress parsed = ServerAddress::parse(address);
    m_path = parsed.isValid() ? parsed.display() : address;
    QString error;
    if (!TeamDatabase::connect(parsed, m_connectionName, &error))
        return refuse(error);
    const QString problem = TeamDatabase::checkSchema(connection(), m_path);
    if (!problem.isEmpty()) {
        dropConnection();
        return refuse(problem);
    }
    m_server = true;
    m_open = true;
    // A role without write rights (a student, a reader) explores the database; the reason is said where edits are.
    const QString readOnly = TeamDatabase::readOnlyReason(connection(), m_path);
    m_readOnly = !readOnly.isEmpty();
    m_error = readOnly;
    return true;
}

bool CaseDatabase::openBundledReadOnly()
{
    close();
    m_path.clear();
    m_created = false;
    bool loaded = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
#ifdef CASELINE_SQLITE_DIRECT
        SqliteDirect::stopCountingMemory(db);
#endif
        db.setDatabaseName(QStringLiteral(":memory:"));
        loaded = db.open() ? createSchemaAndData(db) : refuse(db.lastError().text());
    }
    if (!loaded) {
        dropConnection();
        return false;
    }
    m_readOnly = true;
    m_open = true;
    return true;
}
