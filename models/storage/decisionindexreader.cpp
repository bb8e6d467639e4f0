// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionindexreader.h"

#include "caserepository.h"
#include "sqlitedirect.h"

#include <QHash>
#include <algorithm>
#include <vector>

namespace {

#ifdef CASELINE_SQLITE_DIRECT

// SQLite's BINARY collation on UTF-8 text: bytes as unsigned, then the shorter first.
int compareBytes(QByteArrayView a, QByteArrayView b)
{
    // memcmp on the common length, then the shorter first.
    return QtPrivate::compareMemory(a, b);
}

// "2022-05-18" as 20220518; -1 for any other text.
qint64 dayNumber(QByteArrayView text)
{
    if (text.size() != 10)
        return -1;
    qint64 n = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        const char c = text.at(i);
        if (i == 4 || i == 7) {
            if (c != '-')
                return -1;
        } else if (c >= '0' && c <= '9') {
            n = n * 10 + (c - '0');
        } else {
            return -1;
        }
    }
    return n;
}

// The decisions in id order, so that child rows read in id order are merged in one pass, without a hash lookup
// (and a QString made of the id) for each of them.
class IdCursor
{
public:
    explicit IdCursor(const std::vector<std::pair<QByteArray, qsizetype>> &byId)
        : m_byId(byId)
    {
    }

    // The index in the output of the decision with this id, or -1 (a child row of no decision, skipped as
    // CaseRepository skips it). Ids must come in ascending order.
    qsizetype find(QByteArrayView id)
    {
        while (m_at < m_byId.size() && compareBytes(m_byId[m_at].first, id) < 0)
            ++m_at;
        if (m_at < m_byId.size() && compareBytes(m_byId[m_at].first, id) == 0)
            return m_byId[m_at].second;
        return -1;
    }

private:
    const std::vector<std::pair<QByteArray, qsizetype>> &m_byId;
    size_t m_at = 0;
};

#endif

} // namespace

DecisionIndexReader::DecisionIndexReader(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<Decision> DecisionIndexReader::decisions() const
{
    m_lastError.clear();
    QList<Decision> out;
    m_direct = readDirect(&out);
    if (m_direct)
        return out;
    CaseRepository repository(m_db);
    out = repository.decisions();
    m_lastError = repository.lastError();
    return out;
}

bool DecisionIndexReader::readDirect([[maybe_unused]] QList<Decision> *out) const
{
#ifdef CASELINE_SQLITE_DIRECT
    const SqliteDirect direct(m_db);
    if (!direct.available())
        return false;
    using Statement = SqliteDirect::Statement;
    const auto text = [](const Statement &row, int column) { return QString::fromUtf8(row.utf8(column)); };

    // A schema-1 file opened read-only has no row version; its decisions read as version 1, the column's default.
    bool hasRowVersion = false;
    {
        Statement q(direct, QStringLiteral("SELECT 1 FROM pragma_table_info('decisions') WHERE name = 'row_version'"));
        hasRowVersion = q.next();
        if (q.failed())
            return false;
    }

    // Authorities are few: read once, rather than joined to every decision.
    QHash<qint64, std::pair<QString, QString>> authorityById;
    {
        Statement a(direct, QStringLiteral("SELECT id, name, authority_type FROM authorities"));
        while (a.next())
            authorityById.insert(a.int64(0), { text(a, 1), text(a, 2) });
        if (a.failed())
            return false;
    }

    // The columns of CaseRepository::decisions(), as stored: SQLite would sort the whole rows, texts and all, in a
    // temporary b-tree; sorting indices by a day number here is a small fraction of that.
    Statement q(direct,
        QStringLiteral(
            "SELECT d.id, d.country, d.jurisdiction_name, d.authority_id, d.target, d.decision_type, "
            "d.decision_date, d.announce_date, d.date_notes, d.amount_minor, d.currency, d.amount_eur_minor, "
            "d.fx_rate_used, d.amount_is_maximum, d.amount_notes, d.include_in_cumulative_fines, d.law, "
            "d.legal_notes, d.outcome, d.status, d.reference, d.confidence, d.summary, d.user_modified, "
            "d.timeline_date_override, ")
            + (hasRowVersion ? QStringLiteral("d.row_version") : QStringLiteral("1"))
            + QStringLiteral(" FROM decisions d"));
    if (q.failed())
        return false;
    // One cache per column of shared texts, so that one column's values do not push out another's.
    SqliteDirect::Texts countries, jurisdictions, authorities, authorityTypes, types, currencies, fxRates, laws,
        statuses, confidences, notes;
    SqliteDirect::Dates dates;
    std::vector<std::pair<QByteArray, qsizetype>> byId;
    // Sized once: growing a list of Decisions moves every Decision each time.
    {
        Statement count(direct, QStringLiteral("SELECT count(*) FROM decisions"));
        if (count.next()) {
            out->reserve(count.int64(0));
            byId.reserve(size_t(count.int64(0)));
        }
    }
    const QString eur = QStringLiteral("EUR");
    // COALESCE(decision_date, announce_date) as the number YYYYMMDD, which orders as the ISO text does.
    std::vector<qint64> dayOfRow;
    dayOfRow.reserve(byId.capacity());
    bool plainDays = true;
    while (q.next()) {
        const qint64 authorityId = q.int64(3);
        const auto authority = authorityById.constFind(authorityId);
        // The inner join of CaseRepository::decisions() leaves out a decision without its authority.
        if (authority == authorityById.cend())
            continue;
        Decision d;
        const QByteArrayView id = q.utf8(0);
        d.id = QString::fromUtf8(id);
        d.country = countries(q.utf8(1));
        d.jurisdictionName = jurisdictions(q.utf8(2));
        d.authority = authority->first;
        d.authorityType = authority->second;
        d.target = text(q, 4);
        d.decisionType = types(q.utf8(5));
        d.decisionDate = dates(q, 6);
        d.announceDate = dates(q, 7);
        d.dateNotes = notes(q.utf8(8));
        if (!q.isNull(9))
            d.amount = Money { q.int64(9), currencies(q.utf8(10)) };
        if (!q.isNull(11))
            d.amountEur = Money { q.int64(11), eur };
        d.fxRateUsed = fxRates(q.utf8(12));
        d.amountIsMaximum = q.int64(13) != 0;
        d.amountNotes = text(q, 14);
        d.includeInCumulativeFines = q.int64(15) != 0;
        d.legalBasis.law = laws(q.utf8(16));
        d.legalBasis.notes = text(q, 17);
        d.outcome = text(q, 18);
        d.status = statuses(q.utf8(19));
        d.reference = text(q, 20);
        d.confidence = confidences(q.utf8(21));
        d.summary = text(q, 22);
        d.userModified = q.int64(23) != 0;
        d.timelineDateOverride = dates(q, 24);
        d.rowVersion = q.int64(25);
        const int dayColumn = q.isNull(6) ? 7 : 6;
        const qint64 day = q.isNull(dayColumn) ? -1 : dayNumber(q.utf8(dayColumn));
        plainDays = plainDays && (day >= 0 || q.isNull(dayColumn));
        dayOfRow.push_back(day);
        byId.emplace_back(id.toByteArray(), out->size());
        out->append(std::move(d));
    }
    if (q.failed()) {
        m_lastError = tr("reading decisions: %1").arg(q.error());
        out->clear();
        return true;
    }
    // A date stored in another form than YYYY-MM-DD would not order as its text does: leave it to CaseRepository.
    if (!plainDays) {
        out->clear();
        return false;
    }
    std::sort(
        byId.begin(), byId.end(), [](const auto &a, const auto &b) { return compareBytes(a.first, b.first) < 0; });
    // By day (no day first, as SQLite puts NULL first), then by id: the order of CaseRepository::decisions().
    {
        std::vector<qsizetype> rankById(out->size());
        for (size_t i = 0; i < byId.size(); ++i)
            rankById[size_t(byId[i].second)] = qsizetype(i);
        std::vector<qsizetype> order(out->size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = qsizetype(i);
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const qint64 da = dayOfRow[size_t(a)];
            const qint64 db = dayOfRow[size_t(b)];
            return da != db ? da < db : rankById[size_t(a)] < rankById[size_t(b)];
        });
        QList<Decision> sorted;
        sorted.reserve(out->size());
        std::vector<qsizetype> newIndex(out->size());
        for (size_t i = 0; i < order.size(); ++i) {
            newIndex[size_t(order[i])] = qsizetype(i);
            sorted.append(std::move((*out)[order[i]]));
        }
        *out = std::move(sorted);
        for (auto &entry : byId)
            entry.second = newIndex[size_t(entry.second)];
    }

    // Each child query is read in decision id order and merged with the decisions in one pass.
    const auto children = [&](const QString &sql, const auto &apply) {
        Statement rows(direct, sql);
        IdCursor cursor(byId);
        while (rows.next()) {
            const qsizetype at = cursor.find(rows.utf8(0));
            if (at >= 0)
                apply(rows, (*out)[at]);
        }
    };
    SqliteDirect::Texts provisions, orders, statusTexts, languages, publishers;
    children(QStringLiteral("SELECT decision_id, kind, text FROM decision_texts ORDER BY decision_id, kind, position"),
        [&](const Statement &row, Decision &d) {
            const QByteArrayView kind = row.utf8(1);
            if (kind == "provision")
                d.legalBasis.provisionsViolated.append(provisions(row.utf8(2)));
            else if (kind == "order")
                d.orders.append(orders(row.utf8(2)));
            else if (kind == "fact")
                d.facts.append(text(row, 2));
            else if (kind == "low_confidence")
                d.lowConfidenceDetails.append(text(row, 2));
        });
    children(QStringLiteral("SELECT decision_id, url, confirms, title, publisher, language FROM sources "
                            "ORDER BY decision_id, position"),
        [&](const Statement &row, Decision &d) {
            d.sources.append({ row.isNull(1) ? QString() : text(row, 1), text(row, 2), text(row, 3),
                publishers(row.utf8(4)), languages(row.utf8(5)) });
        });
    children(QStringLiteral("SELECT decision_id, related_id FROM relations ORDER BY decision_id, position"),
        [&](const Statement &row, Decision &d) { d.relatedTo.append(text(row, 1)); });
    children(QStringLiteral("SELECT decision_id, change_date, status, standing, by_decision_id, note "
                            "FROM status_changes ORDER BY decision_id, position"),
        [&](const Statement &row, Decision &d) {
            d.statusChanges.append(
                { dates(row, 1), statusTexts(row.utf8(2)), row.int64(3) != 0, text(row, 4), text(row, 5) });
        });
    children(QStringLiteral("SELECT decision_id, per_day_minor, max_total_minor, currency, starts, instrument, "
                            "liquidated_in, is_maximum FROM periodic_penalties ORDER BY decision_id"),
        [&](const Statement &row, Decision &d) {
            PeriodicPenalty &p = d.periodicPenalty;
            const QString currency = currencies(row.utf8(3));
            if (!row.isNull(1))
                p.perDay = Money { row.int64(1), currency };
            if (!row.isNull(2))
                p.maxTotal = Money { row.int64(2), currency };
            p.starts = text(row, 4);
            p.instrument = text(row, 5);
            p.liquidatedIn = text(row, 6);
            p.isMaximum = row.int64(7) != 0;
        });
    return true;
#else
    return false;
#endif
}
