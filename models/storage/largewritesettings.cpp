// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "largewritesettings.h"

#include "sqlitedirect.h"

#include <QSqlQuery>
#include <QVariant>

#include <type_traits>

namespace {

std::optional<QVariant> pragma(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement) || !q.next())
        return std::nullopt;
    return q.value(0);
}

} // namespace

LargeWriteSettings::LargeWriteSettings(const QSqlDatabase &db) : m_db(db)
{
    if (m_db.driverName() != QLatin1String("QSQLITE"))
        return;
    keepStatementJournalsInMemory();
    m_rollbackJournal = useRollbackJournal();
    m_triggersOff = onlyLimitTriggers() && setTriggersEnabled(false);
    // SQLite reads it outside transactions only.
    const std::optional<QVariant> foreignKeys = pragma(m_db, QStringLiteral("PRAGMA foreign_keys"));
    m_foreignKeysOff = foreignKeys && foreignKeys->toInt() == 1
        && QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

LargeWriteSettings::~LargeWriteSettings()
{
    if (m_triggersOff)
        setTriggersEnabled(true);
    QSqlQuery q(m_db);
    if (m_foreignKeysOff)
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // Back to the log for every later write. Switching to it needs no lock that another connection could hold;
    // if it failed all the same, the next CaseDatabase::open() switches.
    if (m_rollbackJournal)
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (m_tempStore)
        q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(*m_tempStore));
}

// Every INSERT that may abort half-way (a trigger that raises, a foreign key) is run with a statement journal
// inside a transaction: the first copy of every page the statement changes, to undo that statement alone. Past
// 64 KiB SQLite moves it into a temporary file and then writes every later statement's pages there (at 100,000
// imported decisions, 380,000 pages: 760,000 system calls and 1.5 GB copied through the kernel). With temporary
// storage in memory, the journal of each statement stays in memory and is emptied when the statement ends. SQLite
// reads the setting when a transaction begins. Changing it drops the connection's temporary tables, triggers and
// views: with any, it is left as it is.
bool LargeWriteSettings::keepStatementJournalsInMemory()
{
    const std::optional<QVariant> temporary = pragma(m_db, QStringLiteral("SELECT count(*) FROM temp.sqlite_schema"));
    if (!temporary || temporary->toInt() != 0)
        return false;
    const std::optional<QVariant> before = pragma(m_db, QStringLiteral("PRAGMA temp_store"));
    // 2 is MEMORY.
    if (!before || !QSqlQuery(m_db).exec(QStringLiteral("PRAGMA temp_store = 2")))
        return false;
    m_tempStore = before->toInt();
    return true;
}

// Leaving the write-ahead log takes an exclusive lock: it fails at once (no busy wait) while another connection, of
// this process or another, has the file open, and the log stays.
bool LargeWriteSettings::useRollbackJournal()
{
    const std::optional<QVariant> mode = pragma(m_db, QStringLiteral("PRAGMA journal_mode"));
    if (!mode || mode->toString() != QLatin1String("wal"))
        return false;
    const std::optional<QVariant> timeout = pragma(m_db, QStringLiteral("PRAGMA busy_timeout"));
    if (!timeout || !QSqlQuery(m_db).exec(QStringLiteral("PRAGMA busy_timeout = 0")))
        return false;
    const std::optional<QVariant> switched = pragma(m_db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(timeout->toInt()));
    return switched && switched->toString() == QLatin1String("delete");
}

// The schema's length limits are triggers named after their table and event (limits.sql, lecture_limits.sql). Any
// other trigger, of the file or of this connection, may do what the write needs: then none is turned off.
bool LargeWriteSettings::onlyLimitTriggers() const
{
    const QString others = QStringLiteral(
        "SELECT count(*) FROM %1 WHERE type = 'trigger' AND name NOT LIKE '%\\_limits\\_insert' ESCAPE '\\' "
        "AND name NOT LIKE '%\\_limits\\_update' ESCAPE '\\'");
    for (const char *schema : { "main.sqlite_schema", "temp.sqlite_schema" }) {
        const std::optional<QVariant> count = pragma(m_db, others.arg(QLatin1String(schema)));
        if (!count || count->toInt() != 0)
            return false;
    }
    return true;
}

// SQLITE_DBCONFIG_ENABLE_TRIGGER: this connection's statements run without (or again with) the schema's triggers.
// SQLite expires the prepared statements when it changes, so every statement is prepared again as it says.
bool LargeWriteSettings::setTriggersEnabled(bool enabled)
{
#ifdef CASELINE_SQLITE_DIRECT
    decltype(&sqlite3_db_config) dbConfig = nullptr;
    sqlite3 *const handle = SqliteDirect::pluginHandle(m_db, [&dbConfig](void *plugin) {
        dbConfig = reinterpret_cast<decltype(&sqlite3_db_config)>(dlsym(plugin, "sqlite3_db_config"));
        return dbConfig != nullptr;
    });
    if (!handle)
        return false;
    int now = -1;
    return dbConfig(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, enabled ? 1 : 0, &now) == SQLITE_OK
        && now == (enabled ? 1 : 0);
#else
    Q_UNUSED(enabled);
    return false;
#endif
}
