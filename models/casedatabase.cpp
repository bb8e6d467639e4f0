// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"

#include "bundleddata.h"
#include "caserepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {

const QLatin1String CleanShutdownKey("clean_shutdown");
const QLatin1String BundledVersionKey("bundled_version");

QVariant pragma(QSqlDatabase &db, const QString &name, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next()) {
        *error = q.lastError().text();
        return {};
    }
    return q.value(0);
}

// Statements in schema.sql and the migrations end with ";;" so they can be split without parsing SQL. Comment
// lines go first: they may mention the separator itself (schema.sql's header does).
QStringList sqlStatements(const QString &text)
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

QStringList schemaStatements(QString *error)
{
    QFile file(QStringLiteral(":/sql/schema.sql"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the bundled schema");
        return {};
    }
    return sqlStatements(QString::fromUtf8(file.readAll()));
}

} // namespace

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

bool CaseDatabase::refuse(const QString &reason)
{
    m_error = reason;
    m_open = false;
    return false;
}

// Called once no QSqlDatabase handle of the connection is left in scope, so Qt can really close it.
void CaseDatabase::dropConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool CaseDatabase::openConnection(const QString &path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        refuse(QStringLiteral("%1 cannot be opened: %2").arg(path, db.lastError().text()));
        db = QSqlDatabase();
        dropConnection();
        return false;
    }
    return true;
}

void CaseDatabase::close()
{
    if (m_open && !m_readOnly && QSqlDatabase::contains(m_connectionName))
        CaseRepository(connection()).setMeta(CleanShutdownKey, QStringLiteral("1"));
    dropConnection();
    m_open = false;
}

// Reads the file without writing to it and decides whether it can be trusted.
bool CaseDatabase::inspect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty())
        return refuse(QStringLiteral("%1 is empty: it is not a caseline database").arg(path));
    if (header != QByteArray("SQLite format 3\0", 16))
        return refuse(QStringLiteral("%1 is not a caseline database (not an SQLite file)").arg(path));
    // Reading a file in WAL mode makes SQLite create its -wal and -shm files; a refused file keeps none beside it.
    QStringList sidecars;
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString sidecar = path + QLatin1String(suffix);
        if (!QFileInfo::exists(sidecar))
            sidecars.append(sidecar);
    }
    const bool trusted = openConnection(path, true) && checkOpenedFile(path);
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

bool CaseDatabase::checkOpenedFile(const QString &path)
{
    QSqlDatabase db = connection();
    QString error;
    const QVariant appId = pragma(db, QStringLiteral("application_id"), &error);
    const QVariant version = pragma(db, QStringLiteral("user_version"), &error);
    if (!error.isEmpty())
        return refuse(QStringLiteral("%1 is corrupt or unreadable: %2").arg(path, error));
    if (appId.toInt() != ApplicationId)
        return refuse(QStringLiteral("%1 is not a caseline database (it belongs to another application)").arg(path));
    if (version.toInt() > SchemaVersion) {
        return refuse(QStringLiteral("%1 was written by a newer caseline (schema version %2, this version reads up to %3)")
                          .arg(path)
                          .arg(version.toInt())
                          .arg(SchemaVersion));
    }
    const bool clean = CaseRepository(db).meta(CleanShutdownKey) != QLatin1String("0");
    // A full check after a crash or a kill; the quick check otherwise keeps start-up fast on large files.
    const QVariant check = pragma(db, clean ? QStringLiteral("quick_check") : QStringLiteral("integrity_check"), &error);
    if (!error.isEmpty() || check.toString() != QLatin1String("ok"))
        return refuse(QStringLiteral("%1 is corrupt: %2").arg(path, error.isEmpty() ? check.toString() : error));
    m_recovered = !clean;
    return true;
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
            return refuse(QStringLiteral("creating the schema failed: %1").arg(why));
        }
    }
    q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    if (!db.commit())
        return refuse(db.lastError().text());
    CaseRepository repository(db);
    if (!repository.saveDecisions(bundled.decisions) || !repository.replaceDbSizeClaims(bundled.dbSizeClaims)
        || !repository.setMeta(BundledVersionKey, bundled.version))
        return refuse(QStringLiteral("loading the bundled data failed: %1").arg(repository.lastError()));
    return true;
}

// Builds the new file beside its final place and renames it, so that a crash never leaves half a database.
bool CaseDatabase::createFrom(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return refuse(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    const QString partial = path + QStringLiteral(".creating");
    QFile::remove(partial);
    if (!openConnection(partial, false))
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
        return refuse(QStringLiteral("cannot create %1").arg(path));
    }
    m_created = true;
    return true;
}

bool CaseDatabase::migrate(QSqlDatabase &db, int fromVersion)
{
    // One file per step, resources/sql/migrate_<to>.sql; none exists yet because version 1 is the first schema.
    for (int to = fromVersion + 1; to <= SchemaVersion; ++to) {
        QFile file(QStringLiteral(":/sql/migrate_%1.sql").arg(to));
        if (!file.open(QIODevice::ReadOnly))
            return refuse(QStringLiteral("no migration from schema version %1 to %2").arg(to - 1).arg(to));
        if (!db.transaction())
            return refuse(db.lastError().text());
        QSqlQuery q(db);
        for (const QString &statement : sqlStatements(QString::fromUtf8(file.readAll()))) {
            if (!q.exec(statement)) {
                const QString why = q.lastError().text();
                db.rollback();
                return refuse(QStringLiteral("migrating to schema version %1 failed: %2").arg(to).arg(why));
            }
        }
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(to));
        if (!db.commit())
            return refuse(db.lastError().text());
    }
    return true;
}

bool CaseDatabase::open(const QString &path)
{
    close();
    m_error.clear();
    m_path = path;
    m_created = false;
    m_recovered = false;
    m_readOnly = false;
    if (!QFileInfo::exists(path) && !createFrom(path))
        return false;
    if (!inspect(path))
        return false;
    const QFileInfo info(path);
    const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    if (!openConnection(path, !writable) || !prepareForUse(path, writable)) {
        dropConnection();
        return false;
    }
    m_open = true;
    return true;
}

bool CaseDatabase::prepareForUse(const QString &path, bool writable)
{
    QSqlDatabase db = connection();
    if (writable) {
        QString error;
        const int version = pragma(db, QStringLiteral("user_version"), &error).toInt();
        if (version < SchemaVersion && !migrate(db, version))
            return false;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        CaseRepository(db).setMeta(CleanShutdownKey, QStringLiteral("0"));
    } else {
        m_readOnly = true;
        m_error = QStringLiteral("%1 is read-only: you can explore it, but changes cannot be saved").arg(path);
    }
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
