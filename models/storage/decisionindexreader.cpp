// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionindexreader.h"

#include "sqldialect.h"

#include "sqlitedirect.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <array>
#include <memory>

namespace {

// The orders of CaseRepository::forEachDecision(), as SQL over `decisions d`: the same clauses, so that SQLite
// orders both readers' decisions alike (tst_decisionindexreader compares them). CaseRepository::decisions() is in
// the adopted date's order.
QString orderByOf(CaseRepository::ReadOrder order)
{
    switch (order) {
    case CaseRepository::ReadOrder::ById:
        return QStringLiteral("d.id");
    case CaseRepository::ReadOrder::ByAdoptedDate:
        return QStringLiteral("COALESCE(d.timeline_date_override, d.decision_date, d.announce_date), d.id");
    case CaseRepository::ReadOrder::ByAnnouncedDate:
        return QStringLiteral("COALESCE(d.announce_date, d.decision_date), d.id");
    case CaseRepository::ReadOrder::Stored:
        break;
    }
    return QStringLiteral("d.rowid");
}

#ifdef CASELINE_SQLITE_DIRECT

using Statement = SqliteDirect::Statement;

QString text(const Statement &row, int column)
{
    return QString::fromUtf8(row.utf8(column));
}

// Turns rows into decisions. One cache per column of shared texts, so that one column's values do not push out
// another's.
class Decoder
{
public:
    explicit Decoder(const QHash<qint64, std::pair<QString, QString>> &authorities)
        : m_authorities(authorities)
    {
    }

    // The columns of decision(), in its order; the row version is appended (or 1 for a schema-1 file), then the French
    // outcome and summary (or empty texts for a file older than schema 4).
    static QString decisionColumns(bool hasRowVersion, bool hasFrench)
    {
        return QStringLiteral(
                   "d.id, d.country, d.jurisdiction_name, d.authority_id, d.target, d.decision_type, d.decision_date, "
                   "d.announce_date, d.date_notes, d.amount_minor, d.currency, d.amount_eur_minor, d.fx_rate_used, "
                   "d.amount_is_maximum, d.amount_notes, d.include_in_cumulative_fines, d.law, d.legal_notes, "
                   "d.outcome, d.status, d.reference, d.confidence, d.summary, d.user_modified, "
                   "d.timeline_date_override, ")
            + (hasRowVersion ? QStringLiteral("d.row_version") : QStringLiteral("1"))
            + (hasFrench ? QStringLiteral(", d.outcome_fr, d.summary_fr") : QStringLiteral(", '', ''"));
    }

    // False for a decision whose authority is missing: the inner join of CaseRepository leaves it out.
    bool decision(const Statement &q, Decision &d)
    {
        const auto authority = m_authorities.constFind(q.int64(3));
        if (authority == m_authorities.cend())
            return false;
        d.id = text(q, 0);
        d.country = m_countries(q.utf8(1));
        d.jurisdictionName = m_jurisdictions(q.utf8(2));
        d.authority = authority->first;
        d.authorityType = authority->second;
        d.target = text(q, 4);
        d.decisionType = m_types(q.utf8(5));
        d.decisionDate = m_dates(q, 6);
        d.announceDate = m_dates(q, 7);
        d.dateNotes = m_notes(q.utf8(8));
        if (!q.isNull(9))
            d.amount = Money { q.int64(9), m_currencies(q.utf8(10)) };
        if (!q.isNull(11))
            d.amountEur = Money { q.int64(11), m_euro };
        d.fxRateUsed = m_fxRates(q.utf8(12));
        d.amountIsMaximum = q.int64(13) != 0;
        d.amountNotes = text(q, 14);
        d.includeInCumulativeFines = q.int64(15) != 0;
        d.legalBasis.law = m_laws(q.utf8(16));
        d.legalBasis.notes = text(q, 17);
        d.outcome = text(q, 18);
        d.status = m_statuses(q.utf8(19));
        d.reference = text(q, 20);
        d.confidence = m_confidences(q.utf8(21));
        d.summary = text(q, 22);
        d.userModified = q.int64(23) != 0;
        d.timelineDateOverride = m_dates(q, 24);
        d.rowVersion = q.int64(25);
        d.outcomeFr = text(q, 26);
        d.summaryFr = text(q, 27);
        return true;
    }

    // The child rows: column 0 is the decision's position in the order, the others as ChildTable::columns lists
    // them.
    void texts(const Statement &row, Decision &d)
    {
        const QByteArrayView kind = row.utf8(1);
        if (kind == "provision")
            d.legalBasis.provisionsViolated.append(m_provisions(row.utf8(2)));
        else if (kind == "order")
            d.orders.append(m_orders(row.utf8(2)));
        else if (kind == "fact")
            d.facts.append(text(row, 2));
        else if (kind == "low_confidence")
            d.lowConfidenceDetails.append(text(row, 2));
        else if (kind == "order_fr")
            d.ordersFr.append(text(row, 2));
        else if (kind == "fact_fr")
            d.factsFr.append(text(row, 2));
    }
    void source(const Statement &row, Decision &d)
    {
        d.sources.append({ row.isNull(1) ? QString() : text(row, 1), text(row, 2), text(row, 3),
            m_publishers(row.utf8(4)), m_languages(row.utf8(5)) });
    }
    void relation(const Statement &row, Decision &d) { d.relatedTo.append(text(row, 1)); }
    void statusChange(const Statement &row, Decision &d)
    {
        d.statusChanges.append(
            { m_dates(row, 1), m_changeStatuses(row.utf8(2)), row.int64(3) != 0, text(row, 4), text(row, 5) });
    }
    void penalty(const Statement &row, Decision &d)
    {
        PeriodicPenalty &p = d.periodicPenalty;
        const QString currency = m_currencies(row.utf8(3));
        if (!row.isNull(1))
            p.perDay = Money { row.int64(1), currency };
        if (!row.isNull(2))
            p.maxTotal = Money { row.int64(2), currency };
        p.starts = text(row, 4);
        p.instrument = text(row, 5);
        p.liquidatedIn = text(row, 6);
        p.isMaximum = row.int64(7) != 0;
    }

private:
    const QHash<qint64, std::pair<QString, QString>> &m_authorities;
    const QString m_euro = QStringLiteral("EUR");
    SqliteDirect::Texts m_countries, m_jurisdictions, m_types, m_currencies, m_fxRates, m_laws, m_statuses,
        m_confidences, m_notes, m_provisions, m_orders, m_changeStatuses, m_languages, m_publishers;
    SqliteDirect::Dates m_dates;
};

// A table of child rows of decisions, read in its primary key's order within each decision.
struct ChildTable
{
    const char *table;
    const char *columns; // of `c`, the table; Decoder's functions read them from column 1 on
    const char *within;
    void (Decoder::*apply)(const Statement &row, Decision &d);
};

const std::array<ChildTable, 5> ChildTables { {
    { "decision_texts", "c.kind, c.text", "c.kind, c.position", &Decoder::texts },
    { "sources", "c.url, c.confirms, c.title, c.publisher, c.language", "c.position", &Decoder::source },
    { "relations", "c.related_id", "c.position", &Decoder::relation },
    { "status_changes", "c.change_date, c.status, c.standing, c.by_decision_id, c.note", "c.position",
        &Decoder::statusChange },
    { "periodic_penalties",
        "c.per_day_minor, c.max_total_minor, c.currency, c.starts, c.instrument, c.liquidated_in, c.is_maximum",
        "c.decision_id", &Decoder::penalty },
} };

// Reads the decisions in the order of `order`, a table of (decision_rowid, id) whose rowid is the position, and
// merges their child rows, which come in the same order.
bool readInOrder(const SqliteDirect &direct, const QString &order, bool hasRowVersion, bool hasFrench,
    const QHash<qint64, std::pair<QString, QString>> &authorities, const std::function<bool(const Decision &)> &visit,
    QString *error)
{
    const auto fail = [error](const Statement &statement) {
        *error = DecisionIndexReader::tr("reading decisions: %1").arg(statement.error());
        return false;
    };
    // The position last, so that Decoder::decision() reads the decision's columns from 0.
    constexpr int PositionColumn = 28;
    Statement decisions(direct,
        QStringLiteral("SELECT ") + Decoder::decisionColumns(hasRowVersion, hasFrench)
            + QStringLiteral(", o.rowid FROM ") + order
            + QStringLiteral(" o JOIN decisions d ON d.rowid = o.decision_rowid ORDER BY o.rowid"));
    if (decisions.failed())
        return fail(decisions);
    struct Children
    {
        const ChildTable *table;
        std::unique_ptr<Statement> rows;
        bool left;
    };
    std::vector<Children> children;
    for (const ChildTable &table : ChildTables) {
        auto rows = std::make_unique<Statement>(direct,
            QStringLiteral("SELECT o.rowid, %1 FROM %2 o JOIN %3 c ON c.decision_id = o.id ORDER BY o.rowid, %4")
                .arg(QLatin1String(table.columns), order, QLatin1String(table.table), QLatin1String(table.within)));
        const bool left = rows->next();
        if (rows->failed())
            return fail(*rows);
        children.push_back({ &table, std::move(rows), left });
    }

    Decoder decoder(authorities);
    while (decisions.next()) {
        const qint64 position = decisions.int64(PositionColumn);
        Decision d;
        const bool known = decoder.decision(decisions, d);
        for (Children &child : children) {
            for (; child.left && child.rows->int64(0) == position; child.left = child.rows->next()) {
                if (known)
                    (decoder.*child.table->apply)(*child.rows, d);
            }
            if (child.rows->failed())
                return fail(*child.rows);
        }
        if (known && !visit(d))
            return true;
    }
    if (decisions.failed())
        return fail(decisions);
    return true;
}

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
    const auto collect = [&out](const Decision &d) {
        out.append(d);
        return true;
    };
    const std::optional<bool> read = forEachDirect(orderByOf(CaseRepository::ReadOrder::ByAdoptedDate), nullptr, collect);
    m_direct = read.has_value();
    if (!read) {
        CaseRepository repository(m_db);
        out = repository.decisions();
        m_lastError = repository.lastError();
    } else if (!*read) {
        out.clear();
    }
    return out;
}

bool DecisionIndexReader::forEach(
    CaseRepository::ReadOrder order, const std::function<bool(const Decision &)> &visit) const
{
    m_lastError.clear();
    const std::optional<bool> read = forEachDirect(orderByOf(order), nullptr, visit);
    m_direct = read.has_value();
    if (read)
        return *read;
    const CaseRepository repository(m_db);
    const bool ok = repository.forEachDecision(order, CaseRepository::ReadScope::Everything, visit);
    m_lastError = repository.lastError();
    return ok;
}

bool DecisionIndexReader::forEachAmong(const QStringList &ids, const std::function<bool(const Decision &)> &visit) const
{
    m_lastError.clear();
    const std::optional<bool> read = forEachDirect(QString(), &ids, visit);
    m_direct = read.has_value();
    if (read)
        return *read;
    // A slice at a time, so that memory stays flat: each is read through the primary key, then visited in order.
    constexpr qsizetype Slice = 1000;
    const CaseRepository repository(m_db);
    for (qsizetype from = 0; from < ids.size(); from += Slice) {
        const QStringList slice = ids.mid(from, Slice);
        QHash<QString, Decision> byId;
        const bool ok = repository.forEachDecisionAmong(CaseRepository::ReadOrder::ById,
            CaseRepository::ReadScope::Everything, &slice, [&byId](const Decision &d) {
                byId.insert(d.id, d);
                return true;
            });
        if (!ok) {
            m_lastError = repository.lastError();
            return false;
        }
        for (const QString &id : slice) {
            const auto it = byId.constFind(id);
            if (it != byId.cend() && !visit(*it))
                return true;
        }
    }
    return true;
}

std::optional<bool> DecisionIndexReader::forEachDirect([[maybe_unused]] const QString &orderBy,
    [[maybe_unused]] const QStringList *ids, [[maybe_unused]] const std::function<bool(const Decision &)> &visit) const
{
#ifdef CASELINE_SQLITE_DIRECT
    const SqliteDirect direct(m_db);
    if (!direct.available())
        return std::nullopt;
    const auto fail = [this](const Statement &statement) {
        m_lastError = tr("reading decisions: %1").arg(statement.error());
        return false;
    };
    const auto run = [&direct](const QString &sql) {
        Statement statement(direct, sql);
        statement.next();
        return !statement.failed();
    };

    // A schema-1 file opened read-only has no row version; its decisions read as version 1, the column's default.
    bool hasRowVersion = false;
    {
        Statement q(direct, SqlDialect::columnExists(m_db, QStringLiteral("decisions"), QStringLiteral("row_version")));
        hasRowVersion = q.next();
        if (q.failed())
            return fail(q);
    }
    // A file older than schema 4 opened read-only has no French outcome and summary; they read as empty.
    bool hasFrench = false;
    {
        Statement q(direct, SqlDialect::columnExists(m_db, QStringLiteral("decisions"), QStringLiteral("summary_fr")));
        hasFrench = q.next();
        if (q.failed())
            return fail(q);
    }
    // Authorities are few: read once, rather than joined to every decision.
    QHash<qint64, std::pair<QString, QString>> authorities;
    {
        Statement a(direct, QStringLiteral("SELECT id, name, authority_type FROM authorities"));
        while (a.next())
            authorities.insert(a.int64(0), { text(a, 1), text(a, 2) });
        if (a.failed())
            return fail(a);
    }

    // One read transaction, so that every statement below sees the database as it was when the read began,
    // whatever another process commits meanwhile. (Inside a transaction of the caller's, BEGIN fails and the
    // caller's transaction does that.)
    const bool ownTransaction = run(QStringLiteral("BEGIN"));
    // The order of the decisions, made once: SQLite sorts only their keys, into a temporary table (kept on disk
    // past its page cache, so memory stays flat) whose rowid is the position in the order. The decisions and each
    // table of child rows are then read by joining that table, in its order, through their primary keys: no
    // statement sorts again, and each runs once, where a statement for each decision costs more than its rows.
    const QString order = QStringLiteral("temp.caseline_read_order");
    run(QStringLiteral("DROP TABLE IF EXISTS ") + order);
    // Where no temporary table can be made (no folder for SQLite's temporary files), the caller reads through
    // CaseRepository instead: slower, never refused.
    bool ordered = false;
    if (ids) {
        // The ids bound as one JSON array, in their order (json_each's key is the position in the array).
        QSqlQuery make(m_db);
        make.prepare(QStringLiteral(
            "CREATE TEMP TABLE caseline_read_order AS SELECT d.rowid AS decision_rowid, d.id AS id "
            "FROM json_each(?) j JOIN decisions d ON d.id = j.value ORDER BY j.key"));
        make.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*ids)).toJson(QJsonDocument::Compact)));
        ordered = make.exec();
    } else {
        ordered = run(QStringLiteral("CREATE TEMP TABLE caseline_read_order AS SELECT d.rowid AS decision_rowid, "
                                     "d.id AS id FROM decisions d ORDER BY ")
            + orderBy);
    }
    std::optional<bool> read;
    if (ordered) {
        read = readInOrder(direct, order, hasRowVersion, hasFrench, authorities, visit, &m_lastError);
        run(QStringLiteral("DROP TABLE IF EXISTS ") + order);
    }
    if (ownTransaction)
        run(QStringLiteral("COMMIT"));
    return read;
#else
    return std::nullopt;
#endif
}
