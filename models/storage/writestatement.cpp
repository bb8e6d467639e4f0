// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "writestatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <type_traits>

#include "sqlitedirect.h"

struct WriteStatement::Direct
{
#ifdef CASELINE_SQLITE_DIRECT
    sqlite3 *db = nullptr;
    decltype(&sqlite3_prepare_v2) prepare = nullptr;
    decltype(&sqlite3_step) step = nullptr;
    decltype(&sqlite3_reset) reset = nullptr;
    decltype(&sqlite3_finalize) finalize = nullptr;
    decltype(&sqlite3_bind_text) bindText = nullptr;
    decltype(&sqlite3_bind_int64) bindInt64 = nullptr;
    decltype(&sqlite3_bind_null) bindNull = nullptr;
    decltype(&sqlite3_column_int64) columnInt64 = nullptr;
    decltype(&sqlite3_errmsg) errmsg = nullptr;
#endif
};

// As SqliteDirect: the functions of the plugin's own SQLite, so that a Qt built with its own copy is never mixed
// with the system's; nullptr when the driver is not QSQLITE or the functions cannot be found.
std::shared_ptr<const WriteStatement::Direct> WriteStatement::direct(const QSqlDatabase &db)
{
#ifdef CASELINE_SQLITE_DIRECT
    auto api = std::make_shared<Direct>();
    api->db = SqliteDirect::pluginHandle(db, [&api](void *plugin) {
        const auto find = [plugin](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(plugin, name));
            return function != nullptr;
        };
        return find(api->prepare, "sqlite3_prepare_v2") && find(api->step, "sqlite3_step")
            && find(api->reset, "sqlite3_reset") && find(api->finalize, "sqlite3_finalize")
            && find(api->bindText, "sqlite3_bind_text") && find(api->bindInt64, "sqlite3_bind_int64")
            && find(api->bindNull, "sqlite3_bind_null") && find(api->columnInt64, "sqlite3_column_int64")
            && find(api->errmsg, "sqlite3_errmsg");
    });
    return api->db ? api : nullptr;
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

WriteStatement::WriteStatement(
    const QSqlDatabase &db, const std::shared_ptr<const Direct> &direct, const QString &sql)
    : m_db(db)
    , m_direct(direct)
    , m_query(db)
{
#ifdef CASELINE_SQLITE_DIRECT
    if (m_direct) {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt *statement = nullptr;
        m_prepared = m_direct->prepare(m_direct->db, utf8.constData(), int(utf8.size()), &statement, nullptr)
            == SQLITE_OK;
        if (!m_prepared)
            m_directError = QString::fromUtf8(m_direct->errmsg(m_direct->db));
        m_statement = statement;
        return;
    }
#endif
    m_prepared = m_query.prepare(sql);
}

WriteStatement::~WriteStatement()
{
#ifdef CASELINE_SQLITE_DIRECT
    if (m_direct && m_statement)
        m_direct->finalize(static_cast<sqlite3_stmt *>(m_statement));
#endif
}

void WriteStatement::resetIfRun()
{
#ifdef CASELINE_SQLITE_DIRECT
    if (m_run) {
        m_direct->reset(static_cast<sqlite3_stmt *>(m_statement));
        m_run = false;
    }
#endif
}

void WriteStatement::bindText(int i, const QString &text)
{
#ifdef CASELINE_SQLITE_DIRECT
    if (m_direct) {
        resetIfRun();
        // Converted here rather than by SQLite, which converts one character at a time into memory it allocates
        // for each value: most of the texts of an import are ASCII, which Qt's encoder copies many at a time.
        if (m_utf8.size() <= size_t(i))
            m_utf8.resize(size_t(i) + 1);
        QByteArray &utf8 = m_utf8[size_t(i)];
        const qsizetype room = m_encoder.requiredSpace(text.size());
        if (utf8.size() < room)
            utf8.resize(room);
        const qsizetype length = m_encoder.appendToBuffer(utf8.data(), text) - utf8.constData();
        // constData() is never null (SQLite would bind NULL): a null or empty QString is bound as '', as the
        // QSqlQuery path binds it.
        m_direct->bindText(
            static_cast<sqlite3_stmt *>(m_statement), i + 1, utf8.constData(), int(length), SQLITE_STATIC);
        return;
    }
#endif
    // Qt binds a null QString as SQL NULL, which NOT NULL DEFAULT '' columns refuse.
    m_query.bindValue(i, text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text));
}

void WriteStatement::bindTextOrNull(int i, const QString &text)
{
    if (text.isNull())
        bindNull(i);
    else
        bindText(i, text);
}

void WriteStatement::bindInt(int i, qint64 value)
{
#ifdef CASELINE_SQLITE_DIRECT
    if (m_direct) {
        resetIfRun();
        m_direct->bindInt64(static_cast<sqlite3_stmt *>(m_statement), i + 1, value);
        return;
    }
#endif
    m_query.bindValue(i, value);
}

void WriteStatement::bindNull(int i)
{
#ifdef CASELINE_SQLITE_DIRECT
    if (m_direct) {
        resetIfRun();
        m_direct->bindNull(static_cast<sqlite3_stmt *>(m_statement), i + 1);
        return;
    }
#endif
    m_query.bindValue(i, QVariant(QMetaType(QMetaType::QString)));
}

bool WriteStatement::exec()
{
    m_hasRow = false;
    if (!m_prepared)
        return false;
#ifdef CASELINE_SQLITE_DIRECT
    if (m_direct) {
        resetIfRun();
        const int result = m_direct->step(static_cast<sqlite3_stmt *>(m_statement));
        m_run = true;
        if (result == SQLITE_ROW) {
            m_hasRow = true;
            return true;
        }
        if (result == SQLITE_DONE)
            return true;
        // The error is the statement's, read before reset() clears it from the connection.
        m_directError = QString::fromUtf8(m_direct->errmsg(m_direct->db));
        resetIfRun();
        return false;
    }
#endif
    if (!m_query.exec())
        return false;
    m_hasRow = m_query.next();
    return true;
}

qint64 WriteStatement::int64(int column) const
{
#ifdef CASELINE_SQLITE_DIRECT
    if (m_direct)
        return m_direct->columnInt64(static_cast<sqlite3_stmt *>(m_statement), column);
#endif
    return m_query.value(column).toLongLong();
}

void WriteStatement::finish()
{
    m_hasRow = false;
#ifdef CASELINE_SQLITE_DIRECT
    if (m_direct) {
        resetIfRun();
        return;
    }
#endif
    m_query.finish();
}

QString WriteStatement::error() const
{
    if (m_direct)
        return m_directError;
    return m_query.lastError().text();
}
