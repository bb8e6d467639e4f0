// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseRepository::forEachDecisionInParts(): the figures of a large file read as two halves at once, for a caller
// that accumulates them (`caseline stats`).
#include "caserepository.h"

#include "sqlitedirect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <atomic>
#include <thread>

bool CaseRepository::forEachDecisionInParts(ReadScope scope, const PartVisitor &visit) const
{
    // The halves are read straight through SQLite by rowid (readRows), which reads the figures and the views only;
    // a database in memory has no second connection.
    qint64 firstRow = 0;
    qint64 lastRow = -1;
    if (scope != ReadScope::Everything && QThread::idealThreadCount() >= 2 && hasFile()
        && SqliteDirect(m_db).available()) {
        // The span of rowids, not count(*): SQLite finds both ends through the table's b-tree, where counting walks
        // an index of every decision. A table with gaps only reads in two parts a little earlier.
        QSqlQuery bounds(m_db);
        if (bounds.exec(QStringLiteral("SELECT min(rowid), max(rowid) FROM decisions")) && bounds.next()
            && !bounds.value(0).isNull()) {
            firstRow = bounds.value(0).toLongLong();
            lastRow = bounds.value(1).toLongLong();
        }
    }
    if (lastRow <= firstRow || lastRow - firstRow + 1 < s_parallelReadFrom) {
        return read(ReadOrder::Stored, scope, nullptr, [&visit](Decision &d) { return visit(0, d); });
    }

    const bool views = scope == ReadScope::Views;
    const qint64 middle = firstRow + (lastRow - firstRow) / 2;
    // Either part stopping (its visitor, or a failure) stops the other at its next decision.
    std::atomic<bool> stop { false };
    const auto visitorOf = [&visit, &stop](int part) {
        return [&visit, &stop, part](Decision &d) {
            if (!visit(part, d))
                stop = true;
            return !stop;
        };
    };
    std::optional<bool> secondRead;
    QString secondError;
    const QString source = m_db.connectionName();
    std::thread second([&] {
        const QString name = QStringLiteral("caseline-parts-%1").arg(quintptr(&secondRead));
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
            if (db.open()) {
                const CaseRepository repository(db);
                secondRead = repository.readRows(middle + 1, lastRow, views, visitorOf(1));
                secondError = repository.lastError();
                db.close();
            } else {
                secondRead = false;
                secondError = tr("reading decisions") + QLatin1String(": ") + db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        if (!secondRead || !*secondRead)
            stop = true;
    });
    const std::optional<bool> firstRead = readRows(firstRow, middle, views, visitorOf(0));
    if (!firstRead || !*firstRead)
        stop = true;
    second.join();
    // Both connections go through the same driver, which was found usable above: neither part says it cannot
    // read straight through SQLite. If one did, its decisions would be missing, so that is a failure too.
    if (!firstRead || !*firstRead) {
        if (!firstRead)
            fail(tr("reading decisions"), QString());
        return false;
    }
    if (!secondRead || !*secondRead) {
        m_lastError = secondRead ? secondError : tr("reading decisions") + QLatin1String(": ");
        return false;
    }
    return true;
}
