// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads through the SQLite library that Qt's QSQLITE driver itself uses, for the read where Qt SQL's cost per value
// is most of the time: the figures of every decision (`caseline stats`). QSqlQuery turns each value of each row
// into a QVariant and each text into a new QString; at 100,000 decisions that alone takes longer than the whole
// command may. CaseRepository and DecisionIndexReader read through it; WriteStatement (the writes of an import)
// finds the plugin's SQLite through pluginHandle().
//
// The functions are looked up in the driver plugin, so that they are those of the library that made the handle:
// a Qt built with its own copy of SQLite is never mixed with the system's. When they cannot be found (another
// driver, a static Qt, no sqlite3.h to build with), available() is false and the caller reads through QSqlQuery.

#include "isodate.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QDate>
#include <QString>
#include <QVariant>

#include <algorithm>
#include <mutex>
#include <type_traits>
#include <vector>

#if __has_include(<sqlite3.h>) && __has_include(<dlfcn.h>)
#define CASELINE_SQLITE_DIRECT 1
#include <dlfcn.h>
#include <sqlite3.h>
#endif

class SqliteDirect
{
public:
#ifdef CASELINE_SQLITE_DIRECT
    struct Api
    {
        decltype(&sqlite3_prepare_v2) prepare = nullptr;
        decltype(&sqlite3_step) step = nullptr;
        decltype(&sqlite3_finalize) finalize = nullptr;
        decltype(&sqlite3_column_type) type = nullptr;
        decltype(&sqlite3_column_int64) int64 = nullptr;
        decltype(&sqlite3_column_text) text = nullptr;
        decltype(&sqlite3_column_bytes) bytes = nullptr;
        decltype(&sqlite3_errmsg) errmsg = nullptr;
    };
#endif

    explicit SqliteDirect(const QSqlDatabase &db)
    {
#ifdef CASELINE_SQLITE_DIRECT
        Api api;
        m_db = pluginHandle(db, [&api](void *plugin) {
            const auto find = [plugin](auto &function, const char *name) {
                function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(plugin, name));
                return function != nullptr;
            };
            return find(api.prepare, "sqlite3_prepare_v2") && find(api.step, "sqlite3_step")
                && find(api.finalize, "sqlite3_finalize") && find(api.type, "sqlite3_column_type")
                && find(api.int64, "sqlite3_column_int64") && find(api.text, "sqlite3_column_text")
                && find(api.bytes, "sqlite3_column_bytes") && find(api.errmsg, "sqlite3_errmsg");
        });
        if (m_db)
            m_api = api;
#else
        Q_UNUSED(db);
#endif
    }

#ifdef CASELINE_SQLITE_DIRECT
    // Calls `resolve` with the QSQLITE driver plugin of `db` (to look up functions in it with dlsym), before or
    // after the connection opens: the functions of the library the driver itself uses. False when the driver is not
    // QSQLITE, the plugin cannot be found or `resolve` fails.
    template<typename Resolve> static bool inPlugin(const QSqlDatabase &db, Resolve resolve)
    {
        if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
            return false;
        // The driver's meta-object lives in the plugin; the plugin's own lookup finds the SQLite it calls.
        Dl_info info;
        if (!dladdr(db.driver()->metaObject(), &info) || !info.dli_fname)
            return false;
        void *plugin = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
        if (!plugin)
            return false;
        const bool found = resolve(plugin);
        // The plugin stays loaded: the database holds it.
        dlclose(plugin);
        return found;
    }

    // SQLite counts every allocation under a process-wide mutex, for sqlite3_memory_used() and the soft heap limit,
    // neither of which caseline uses: without the count, importing 100,000 decisions took its writing thread about
    // a tenth less CPU. SQLite takes the setting only before its first use in the process (after, the call changes
    // nothing), so CaseDatabase calls this before each of its connections opens; the first one counts.
    static void stopCountingMemory(const QSqlDatabase &db)
    {
        static std::once_flag once;
        std::call_once(once, [&db] {
            inPlugin(db, [](void *plugin) {
                const auto config = reinterpret_cast<decltype(&sqlite3_config)>(dlsym(plugin, "sqlite3_config"));
                return config && config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
            });
        });
    }

    // The sqlite3 handle of an open QSQLITE connection, once `resolve` has looked up what it needs in the driver
    // plugin (inPlugin()). Null when the connection is not open or inPlugin() fails. Shared by the reads here,
    // WriteStatement and LargeWriteSettings.
    template<typename Resolve> static sqlite3 *pluginHandle(const QSqlDatabase &db, Resolve resolve)
    {
        if (!db.isOpen() || !db.driver())
            return nullptr;
        const QVariant handle = db.driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return nullptr;
        sqlite3 *const sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        return sqlite && inPlugin(db, resolve) ? sqlite : nullptr;
    }
#endif

    bool available() const
    {
#ifdef CASELINE_SQLITE_DIRECT
        return m_db && m_api.step;
#else
        return false;
#endif
    }

#ifdef CASELINE_SQLITE_DIRECT
    // One prepared statement, finalized when it goes out of scope.
    class Statement
    {
    public:
        Statement(const SqliteDirect &direct, const QString &sql) : m_api(direct.m_api), m_db(direct.m_db)
        {
            const QByteArray utf8 = sql.toUtf8();
            if (m_api.prepare(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
                m_failed = true;
        }
        ~Statement()
        {
            if (m_statement)
                m_api.finalize(m_statement);
        }
        Q_DISABLE_COPY_MOVE(Statement)

        // The next row; false at the end or on an error (failed() tells which).
        bool next()
        {
            if (m_failed || !m_statement)
                return false;
            const int result = m_api.step(m_statement);
            m_failed = result != SQLITE_ROW && result != SQLITE_DONE;
            return result == SQLITE_ROW;
        }
        bool failed() const { return m_failed; }
        QString error() const { return QString::fromUtf8(m_api.errmsg(m_db)); }

        bool isNull(int column) const { return m_api.type(m_statement, column) == SQLITE_NULL; }
        qint64 int64(int column) const { return m_api.int64(m_statement, column); }
        // The text of a column as SQLite stores it (UTF-8), valid until the next call on this statement.
        QByteArrayView utf8(int column) const
        {
            const auto *text = reinterpret_cast<const char *>(m_api.text(m_statement, column));
            return QByteArrayView(text, text ? m_api.bytes(m_statement, column) : 0);
        }

    private:
        const Api &m_api;
        sqlite3 *m_db;
        sqlite3_stmt *m_statement = nullptr;
        bool m_failed = false;
    };

    // The texts of one column, each distinct one decoded once and shared: most columns of the figures hold a few
    // values (countries, types, currencies), found again by their bytes without allocating. A column with many
    // values is decoded row by row once the cache is full.
    class Texts
    {
    public:
        QString operator()(QByteArrayView bytes)
        {
            Entry &entry = m_entries[slotOf(bytes)];
            if (entry.bytes.size() == bytes.size() && std::equal(bytes.begin(), bytes.end(), entry.bytes.cbegin()))
                return entry.text;
            const QString text = QString::fromUtf8(bytes);
            if (entry.bytes.isNull() || ++m_replaced < MaxReplaced)
                entry = {bytes.toByteArray(), text};
            return text;
        }

    private:
        struct Entry
        {
            QByteArray bytes;
            QString text;
        };
        static constexpr int Slots = 256;
        static constexpr int MaxReplaced = 4096;
        static int slotOf(QByteArrayView bytes)
        {
            // FNV-1a: a few instructions a byte, for the short texts of these columns.
            quint32 hash = 2166136261u;
            for (const char c : bytes)
                hash = (hash ^ quint8(c)) * 16777619u;
            return int(hash % Slots);
        }
        Entry m_entries[Slots];
        int m_replaced = 0;
    };

    // Dates as stored, each distinct day read once by IsoDate::parse, the one strict reader: decisions share days.
    // A text of the form YYYY-MM-DD is keyed by its digits as one number; any other text is read every time.
    class Dates
    {
    public:
        QDate operator()(const Statement &row, int column)
        {
            if (row.isNull(column))
                return QDate();
            const QByteArrayView bytes = row.utf8(column);
            int key = bytes.size() == 10 ? 0 : -1;
            for (qsizetype i = 0; i < bytes.size() && key >= 0; ++i) {
                const char c = bytes.at(i);
                if (i == 4 || i == 7)
                    key = c == '-' ? key : -1;
                else
                    key = c >= '0' && c <= '9' ? key * 10 + (c - '0') : -1;
            }
            if (key < 0)
                return IsoDate::parse(QString::fromUtf8(bytes));
            Entry &entry = m_entries[key % Slots];
            if (entry.key != key)
                entry = {key, IsoDate::parse(QString::fromUtf8(bytes))};
            return entry.date;
        }

    private:
        struct Entry
        {
            int key = -1;
            QDate date;
        };
        // Direct-mapped by the day's number: 8,192 slots hold more than twenty years of distinct days.
        static constexpr int Slots = 8192;
        std::vector<Entry> m_entries = std::vector<Entry>(Slots);
    };

private:
    Api m_api;
    sqlite3 *m_db = nullptr;
#endif
};
