// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseRepository: every decision as the window keeps them (ReadScope::Views), into a list or the window's compact
// rows, a large file in two halves at once.
#include "caserepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <limits>
#include <thread>
#include <vector>

namespace {


// decisions()'s order, (day, id), for rows read in another order: sorted by day alone (integers), then each day's
// few rows by id. Comparing ids across the whole list was most of the sort's 0.7 s at a million decisions.
template <typename IdOf>
void sortByDayThenId(std::vector<std::pair<qint64, qsizetype>> &dayOfRow, IdOf &&idOf)
{
    std::sort(dayOfRow.begin(), dayOfRow.end());
    for (auto first = dayOfRow.begin(); first != dayOfRow.end();) {
        auto last = first + 1;
        while (last != dayOfRow.end() && last->first == first->first)
            ++last;
        if (last - first > 1)
            std::sort(first, last, [&](const auto &a, const auto &b) { return idOf(a.second) < idOf(b.second); });
        first = last;
    }
}

} // namespace

QList<Decision> CaseRepository::decisionsForViews() const
{
    QList<Decision> out;
    decisionsForViews(&out, {});
    return out;
}

bool CaseRepository::decisionsForViews(QList<Decision> *decisions, const Progress &progress) const
{
    decisions->clear();
    QList<Decision> out;
    std::vector<std::pair<qint64, qsizetype>> dayOfRow;
    // Sized once: growing a list of Decisions moves every one of them each time.
    const qint64 total = decisionCount();
    if (total > 0) {
        out.reserve(total);
        dayOfRow.reserve(size_t(total));
    }
    // Often enough for a progress bar to move smoothly, rarely enough to cost nothing.
    constexpr qsizetype ProgressEvery = 8192;
    bool stopped = false;
    // The table's own order, one pass over its pages; sorted here on the day, which costs a fraction of having
    // SQLite sort every row and every child row. Each decision is moved in, not copied.
    const bool ok = read(ReadOrder::Stored, ReadScope::Views, nullptr, [&](Decision &d) {
        const QDate day = d.timelineDate();
        dayOfRow.emplace_back(day.isValid() ? day.toJulianDay() : std::numeric_limits<qint64>::min(), out.size());
        out.append(std::move(d));
        if (progress && out.size() % ProgressEvery == 0 && !progress(out.size(), total)) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (!ok || stopped)
        return false;
    // decisions()'s order: by the timeline's date on the adopted basis (no date first), then by id.
    sortByDayThenId(dayOfRow, [&out](qsizetype row) -> const QString & { return out.at(row).id; });
    decisions->reserve(out.size());
    for (const auto &entry : dayOfRow)
        decisions->append(std::move(out[entry.second]));
    return true;
}

void CaseRepository::setParallelReadFrom(qint64 decisions)
{
    s_parallelReadFrom = decisions;
}

bool CaseRepository::decisionsForViews(DecisionTable *decisions, const Progress &progress) const
{
    decisions->clear();
    const qint64 total = decisionCount();
    // One part of the read: its rows, and each row's day for the sort.
    struct Part
    {
        DecisionTable rows;
        std::vector<std::pair<qint64, qsizetype>> dayOfRow;
        std::optional<bool> read;
        QString error;
    };
    constexpr qsizetype ProgressEvery = 8192;
    std::atomic<qint64> readSoFar { 0 };
    std::atomic<bool> stop { false };
    // `reports`: this part tells `progress` how far both have read (the other part only counts).
    const auto visitor = [&](Part &part, bool reports) {
        return [&part, &readSoFar, &stop, &progress, total, reports](Decision &d) {
            const QDate day = d.timelineDate();
            part.dayOfRow.emplace_back(
                day.isValid() ? day.toJulianDay() : std::numeric_limits<qint64>::min(), part.rows.size());
            part.rows.append(d);
            if (part.rows.size() % ProgressEvery == 0) {
                const qint64 done = readSoFar += ProgressEvery;
                if (reports && progress && !progress(qMin(done, total), total))
                    stop = true;
            }
            return !stop;
        };
    };

    Part first;
    Part second;
    // In two halves at once (s_parallelReadFrom). A database in memory has no second connection (a new one would be
    // another, empty, database).
    qint64 firstRow = 0;
    qint64 lastRow = -1;
    if (total >= s_parallelReadFrom && QThread::idealThreadCount() >= 2 && hasFile()) {
        QSqlQuery bounds(m_db);
        if (bounds.exec(QStringLiteral("SELECT min(rowid), max(rowid) FROM decisions")) && bounds.next()) {
            firstRow = bounds.value(0).toLongLong();
            lastRow = bounds.value(1).toLongLong();
        }
    }
    if (lastRow > firstRow) {
        const qint64 middle = firstRow + (lastRow - firstRow) / 2;
        // Rowids rarely split the rows exactly in two: a little room more than half, as growing a part doubles it.
        const qint64 half = total / 2 + total / 32 + 1024;
        first.rows.reserve(half);
        second.rows.reserve(half);
        const QString source = m_db.connectionName();
        std::thread other([&] {
            const QString name = QStringLiteral("caseline-views-part-%1").arg(quintptr(&second));
            {
                QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
                if (db.open()) {
                    const CaseRepository repository(db);
                    second.read = repository.readRows(middle + 1, lastRow, true, visitor(second, false));
                    second.error = repository.lastError();
                    db.close();
                } else {
                    second.read = false;
                    second.error = db.lastError().text();
                }
            }
            QSqlDatabase::removeDatabase(name);
        });
        first.read = readRows(firstRow, middle, true, visitor(first, true));
        if (!first.read || !*first.read)
            stop = true;
        other.join();
        if (second.read && !*second.read) {
            // Refused (not merely unavailable): say why.
            fail(tr("reading decisions"), second.error);
            return false;
        }
    }
    if (!first.read || !second.read) {
        // In one pass, as the table is stored.
        first = Part();
        second = Part();
        stop = false;
        readSoFar = 0;
        first.rows.reserve(total);
        first.dayOfRow.reserve(size_t(qMax<qint64>(total, 0)));
        first.read = read(ReadOrder::Stored, ReadScope::Views, nullptr, visitor(first, true));
    }
    if (!*first.read || stop)
        return false;

    // The second part's rows follow the first's.
    const qsizetype offset = first.rows.size();
    for (const auto &entry : second.dayOfRow)
        first.dayOfRow.emplace_back(entry.first, entry.second + offset);
    second.dayOfRow = {};
    first.rows.append(std::move(second.rows));
    DecisionTable &out = first.rows;
    std::vector<std::pair<qint64, qsizetype>> &dayOfRow = first.dayOfRow;
    sortByDayThenId(dayOfRow, [&out](qsizetype row) -> const QString & { return out.id(row); });
    std::vector<qsizetype> order;
    order.reserve(dayOfRow.size());
    for (const auto &entry : dayOfRow)
        order.push_back(entry.second);
    dayOfRow = {};
    out.reorder(order);
    out.buildIdIndex(); // here, on the reader's thread, rather than on the window's first lookup
    *decisions = std::move(out);
    return true;
}

std::optional<bool> CaseRepository::readRows(qint64 first, qint64 last, bool views, const Visitor &visit) const
{
    QHash<qint64, std::pair<QString, QString>> authorities;
    if (!readAuthorities(&authorities))
        return false;
    return forEachFigures(QStringLiteral("d.rowid"), views, authorities, visit,
        QStringLiteral("d.rowid BETWEEN %1 AND %2").arg(first).arg(last));
}

bool CaseRepository::hasFile() const
{
    const QString file = m_db.databaseName();
    return !file.isEmpty() && file != QLatin1String(":memory:") && !file.contains(QLatin1String("mode=memory"));
}
