// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamedquery.h"

#include "sqldialect.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

#include <dlfcn.h>

namespace {

bool isPostgres(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

enum class Block { Unknown, Outside, Inside };

// Whether the PostgreSQL connection is inside a transaction block: libpq's PQtransactionStatus, looked up in the
// libpq that Qt's driver plugin loaded (caseline does not link libpq itself), on the driver's own PGconn. Unknown
// when either cannot be found: the read then goes without cursors, as Qt's driver reads.
Block transactionBlock(const QSqlDatabase &db)
{
    using Status = int (*)(const void *);
    static const Status status = [] {
        void *libpq = dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD);
        return libpq ? reinterpret_cast<Status>(dlsym(libpq, "PQtransactionStatus")) : nullptr;
    }();
    if (!status || !isPostgres(db))
        return Block::Unknown;
    const QVariant handle = db.driver()->handle();
    // The driver's QVariant names the type by libpq's struct ("pg_conn*") or its typedef ("PGconn*").
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return Block::Unknown;
    const void *connection = *static_cast<void *const *>(handle.constData());
    if (!connection)
        return Block::Unknown;
    constexpr int Idle = 0; // PQTRANS_IDLE; INTRANS and INERROR are inside a block
    return status(connection) == Idle ? Block::Outside : Block::Inside;
}

} // namespace

StreamedQuery::StreamedQuery(const QSqlDatabase &db) : m_db(db), m_query(db)
{
    SqlDialect::readForwardOnly(m_query);
}

StreamedQuery::~StreamedQuery()
{
    if (!m_cursor.isEmpty() && m_active) {
        QSqlQuery close(m_db);
        close.exec(QStringLiteral("CLOSE ") + m_cursor);
    }
}

bool StreamedQuery::exec(const QString &select, const QString &bound)
{
    // Cursors need a transaction block, which the StreamScope made before this (or the caller's write is in).
    if (transactionBlock(m_db) != Block::Inside) {
        if (!m_query.prepare(select)) {
            m_error = m_query.lastError().text();
            return false;
        }
        if (!bound.isNull())
            m_query.addBindValue(bound);
        m_active = m_query.exec();
        if (!m_active)
            m_error = m_query.lastError().text();
        return m_active;
    }
    // A cursor's query cannot be a prepared statement: the value goes in as a literal, quoted by the driver.
    QString statement = select;
    if (!bound.isNull()) {
        QSqlField field(QString(), QMetaType(QMetaType::QString));
        field.setValue(bound);
        const qsizetype placeholder = statement.indexOf(QLatin1Char('?'));
        if (placeholder >= 0)
            statement.replace(placeholder, 1, m_db.driver()->formatValue(field));
    }
    static QAtomicInt serial;
    m_cursor = QStringLiteral("caseline_read_%1").arg(serial.fetchAndAddRelaxed(1));
    QSqlQuery declare(m_db);
    if (!declare.exec(QStringLiteral("DECLARE ") + m_cursor + QStringLiteral(" NO SCROLL CURSOR FOR ") + statement)) {
        m_error = declare.lastError().text();
        return false;
    }
    m_active = true;
    return fetch();
}

bool StreamedQuery::fetch()
{
    if (!m_query.exec(QStringLiteral("FETCH %1 FROM ").arg(FetchSize) + m_cursor)) {
        m_error = m_query.lastError().text();
        m_active = false;
        return false;
    }
    m_rowsInBatch = 0;
    m_lastBatch = m_query.size() >= 0 && m_query.size() < FetchSize;
    return true;
}

bool StreamedQuery::next()
{
    if (!m_active)
        return false;
    if (m_query.next()) {
        ++m_rowsInBatch;
        return true;
    }
    if (m_cursor.isEmpty() || m_lastBatch || m_rowsInBatch == 0)
        return false;
    return fetch() && next();
}

StreamScope::StreamScope(const QSqlDatabase &db) : m_db(db)
{
    if (transactionBlock(db) != Block::Outside)
        return;
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"))) {
        m_error = begin.lastError().text();
        return;
    }
    m_began = true;
    // Every row is read: plan for the whole result, not for the first tenth that a cursor is planned for by default
    // (which chose index scans over a sort and made the window's load 40% slower).
    if (!begin.exec(QStringLiteral("SET LOCAL cursor_tuple_fraction = 1")))
        m_error = begin.lastError().text();
}

StreamScope::~StreamScope()
{
    if (!m_began)
        return;
    QSqlQuery end(m_db);
    end.exec(QStringLiteral("COMMIT"));
}
