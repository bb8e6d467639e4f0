// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseRepository: every decision as the window keeps them (ReadScope::Views), into a list or the window's compact
// rows, a large file in two halves at once.
#include "caserepository.h"

#include <algorithm>
#include <atomic>
#include <limits>
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
    // The count failed (lastError() says why): reserving -1 rows would throw.
    if (total < 0)
        return false;
    // One part of the read: its rows, and each row's day for the sort.
    struct Part
    {
        DecisionTable rows;
        std::vector<std::pair<qint64, qsizetype>> dayOfRow;
    };
    Part parts[2];
    // The first part has room for every row (the second part's are moved in after it); room not written to is never
    // touched, so it costs no memory. The second part, when there is one, has a little more than half: rowids rarely
    // split the rows exactly in two, and growing a part doubles it.
    parts[0].rows.reserve(total);
    parts[0].dayOfRow.reserve(size_t(qMax<qint64>(total, 0)));
    constexpr qsizetype ProgressEvery = 8192;
    std::atomic<qint64> readSoFar { 0 };
    std::atomic<bool> stopped { false };
    // A large file in two halves at once (forEachDecisionInParts); the first part tells `progress` how far both have
    // read, the second only counts.
    const bool read = forEachDecisionInParts(ReadScope::Views, [&](int index, const Decision &d) {
        Part &part = parts[index];
        if (index == 1 && part.rows.isEmpty()) {
            const qint64 half = total / 2 + total / 32 + 1024;
            part.rows.reserve(half);
            part.dayOfRow.reserve(size_t(half));
        }
        const QDate day = d.timelineDate();
        part.dayOfRow.emplace_back(day.isValid() ? day.toJulianDay() : std::numeric_limits<qint64>::min(), part.rows.size());
        part.rows.append(d);
        if (part.rows.size() % ProgressEvery == 0) {
            const qint64 done = readSoFar += ProgressEvery;
            if (index == 0 && progress && !progress(qMin(done, total), total))
                stopped = true;
        }
        return !stopped;
    });
    if (!read || stopped)
        return false;

    // The second part's rows follow the first's.
    Part &first = parts[0];
    const qsizetype offset = first.rows.size();
    for (const auto &entry : parts[1].dayOfRow)
        first.dayOfRow.emplace_back(entry.first, entry.second + offset);
    parts[1].dayOfRow = {};
    first.rows.append(std::move(parts[1].rows));
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
