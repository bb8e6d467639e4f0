// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserepository.h"

#include "isodate.h"
#include "sqlitedirect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

std::optional<Money> moneyFrom(const QVariant &minor, const QString &currency)
{
    if (minor.isNull())
        return std::nullopt;
    return Money{minor.toLongLong(), currency};
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : IsoDate::parse(v.toString());
}

// What ReadScope::Figures reads of a decision, by both readers, in this order.
const QLatin1String FiguresColumns("d.rowid, d.id, d.country, d.authority_id, d.target, d.decision_type, "
                                   "d.decision_date, d.announce_date, d.timeline_date_override, d.amount_minor, "
                                   "d.currency, d.amount_eur_minor, d.amount_is_maximum, d.include_in_cumulative_fines");

} // namespace

CaseRepository::CaseRepository(const QSqlDatabase &db) : m_db(db) { }

bool CaseRepository::fail(const QString &what, const QString &sqlError) const
{
    m_lastError = what + QLatin1String(": ") + sqlError;
    return false;
}

bool CaseRepository::exec(const QString &statement, const QString &what)
{
    QSqlQuery q(m_db);
    if (q.exec(statement))
        return true;
    const QSqlError error = q.lastError();
    // SQLITE_BUSY (5): the busy timeout ran out while another connection held the write lock.
    if ((error.nativeErrorCode().toInt() & 0xff) == 5) {
        return fail(what,
            tr("another caseline or another program is writing to the database; try again when it has finished (%1)")
                .arg(error.text()));
    }
    return fail(what, error.text());
}

// Qt's QSqlDatabase::transaction() issues a deferred BEGIN, which takes the write lock only at the first write:
// another process may commit between what the transaction reads and what it writes, and SQLite then either
// refuses the write (SQLITE_BUSY) or, with nothing read yet, lets it overwrite. BEGIN IMMEDIATE takes the lock
// first, waiting for the busy timeout. Nested calls use savepoints, so an inner failure undoes only its part and
// the outermost caller decides.
bool CaseRepository::inTransaction(const QString &what, const std::function<bool()> &body)
{
    const bool outermost = m_depth == 0;
    const QString savepoint = QStringLiteral("caseline_%1").arg(m_depth);
    if (!exec(outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint, what))
        return false;
    ++m_depth;
    const bool ok = body();
    --m_depth;
    if (!ok) {
        QSqlQuery undo(m_db);
        if (outermost) {
            undo.exec(QStringLiteral("ROLLBACK"));
        } else {
            undo.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
            undo.exec(QStringLiteral("RELEASE ") + savepoint);
        }
        return false;
    }
    if (!exec(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint, what)) {
        QSqlQuery undo(m_db);
        undo.exec(outermost ? QStringLiteral("ROLLBACK") : QStringLiteral("ROLLBACK TO ") + savepoint);
        return false;
    }
    return true;
}

bool CaseRepository::inWriteTransaction(const std::function<bool()> &body)
{
    return inTransaction(tr("writing to the database"), body);
}

// A schema-1 file opened read-only cannot be migrated; its decisions read as version 1, the column's default.
bool CaseRepository::hasRowVersion() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('decisions') WHERE name = 'row_version'"))
        && q.next();
}

QList<Decision> CaseRepository::decisions() const
{
    QList<Decision> out;
    QHash<QString, qsizetype> index;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString version = hasRowVersion() ? QStringLiteral("d.row_version") : QStringLiteral("1");
    if (!q.exec(QStringLiteral(
                    "SELECT d.id, d.country, d.jurisdiction_name, a.name, a.authority_type, d.target, d.decision_type, "
                    "d.decision_date, d.announce_date, d.date_notes, d.amount_minor, d.currency, d.amount_eur_minor, "
                    "d.fx_rate_used, d.amount_is_maximum, d.amount_notes, d.include_in_cumulative_fines, d.law, "
                    "d.legal_notes, d.outcome, d.status, d.reference, d.confidence, d.summary, d.user_modified, "
                    "d.timeline_date_override, ")
            + version
            + QStringLiteral(" FROM decisions d JOIN authorities a ON a.id = d.authority_id "
                             "ORDER BY COALESCE(d.decision_date, d.announce_date), d.id"))) {
        fail(tr("reading decisions"), q.lastError().text());
        return out;
    }
    while (q.next()) {
        Decision d;
        d.id = q.value(0).toString();
        d.country = q.value(1).toString();
        d.jurisdictionName = q.value(2).toString();
        d.authority = q.value(3).toString();
        d.authorityType = q.value(4).toString();
        d.target = q.value(5).toString();
        d.decisionType = q.value(6).toString();
        d.decisionDate = dateFrom(q.value(7));
        d.announceDate = dateFrom(q.value(8));
        d.dateNotes = q.value(9).toString();
        d.amount = moneyFrom(q.value(10), q.value(11).toString());
        d.amountEur = moneyFrom(q.value(12), QStringLiteral("EUR"));
        d.fxRateUsed = q.value(13).toString();
        d.amountIsMaximum = q.value(14).toBool();
        d.amountNotes = q.value(15).toString();
        d.includeInCumulativeFines = q.value(16).toBool();
        d.legalBasis.law = q.value(17).toString();
        d.legalBasis.notes = q.value(18).toString();
        d.outcome = q.value(19).toString();
        d.status = q.value(20).toString();
        d.reference = q.value(21).toString();
        d.confidence = q.value(22).toString();
        d.summary = q.value(23).toString();
        d.userModified = q.value(24).toBool();
        d.timelineDateOverride = dateFrom(q.value(25));
        d.rowVersion = q.value(26).toLongLong();
        index.insert(d.id, out.size());
        out.append(d);
    }

    QSqlQuery texts(m_db);
    texts.setForwardOnly(true);
    texts.exec(QStringLiteral("SELECT decision_id, kind, text FROM decision_texts ORDER BY decision_id, kind, position"));
    while (texts.next()) {
        const auto it = index.constFind(texts.value(0).toString());
        if (it == index.cend())
            continue;
        Decision &d = out[*it];
        const QString kind = texts.value(1).toString();
        const QString text = texts.value(2).toString();
        if (kind == QLatin1String("provision"))
            d.legalBasis.provisionsViolated.append(text);
        else if (kind == QLatin1String("order"))
            d.orders.append(text);
        else if (kind == QLatin1String("fact"))
            d.facts.append(text);
        else if (kind == QLatin1String("low_confidence"))
            d.lowConfidenceDetails.append(text);
    }

    QSqlQuery sources(m_db);
    sources.setForwardOnly(true);
    sources.exec(QStringLiteral(
        "SELECT decision_id, url, confirms, title, publisher, language FROM sources ORDER BY decision_id, position"));
    while (sources.next()) {
        const auto it = index.constFind(sources.value(0).toString());
        if (it != index.cend())
            out[*it].sources.append({sources.value(1).toString(), sources.value(2).toString(),
                sources.value(3).toString(), sources.value(4).toString(), sources.value(5).toString()});
    }

    QSqlQuery relations(m_db);
    relations.setForwardOnly(true);
    relations.exec(QStringLiteral("SELECT decision_id, related_id FROM relations ORDER BY decision_id, position"));
    while (relations.next()) {
        const auto it = index.constFind(relations.value(0).toString());
        if (it != index.cend())
            out[*it].relatedTo.append(relations.value(1).toString());
    }

    QSqlQuery changes(m_db);
    changes.setForwardOnly(true);
    changes.exec(QStringLiteral("SELECT decision_id, change_date, status, standing, by_decision_id, note "
                                "FROM status_changes ORDER BY decision_id, position"));
    while (changes.next()) {
        const auto it = index.constFind(changes.value(0).toString());
        if (it != index.cend())
            out[*it].statusChanges.append({dateFrom(changes.value(1)), changes.value(2).toString(),
                changes.value(3).toBool(), changes.value(4).toString(), changes.value(5).toString()});
    }

    QSqlQuery penalties(m_db);
    penalties.setForwardOnly(true);
    penalties.exec(QStringLiteral("SELECT decision_id, per_day_minor, max_total_minor, currency, starts, instrument, "
                                  "liquidated_in, is_maximum FROM periodic_penalties"));
    while (penalties.next()) {
        const auto it = index.constFind(penalties.value(0).toString());
        if (it == index.cend())
            continue;
        PeriodicPenalty &p = out[*it].periodicPenalty;
        const QString currency = penalties.value(3).toString();
        p.perDay = moneyFrom(penalties.value(1), currency);
        p.maxTotal = moneyFrom(penalties.value(2), currency);
        p.starts = penalties.value(4).toString();
        p.instrument = penalties.value(5).toString();
        p.liquidatedIn = penalties.value(6).toString();
        p.isMaximum = penalties.value(7).toBool();
    }
    return out;
}

std::optional<Decision> CaseRepository::decision(const QString &id) const
{
    // The data set is small enough that one code path for reading keeps the mapping in one place.
    const QList<Decision> all = decisions();
    for (const Decision &d : all) {
        if (d.id == id)
            return d;
    }
    return std::nullopt;
}

QStringList CaseRepository::decisionIds() const
{
    QStringList ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id FROM decisions ORDER BY id"));
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

QList<DbSizeClaim> CaseRepository::dbSizeClaims() const
{
    QList<DbSizeClaim> out;
    QHash<qint64, qsizetype> index;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, claim_date, images, label, claimed_by, kind, date_note, note, confidence, "
                               "date_precision FROM db_size_claims ORDER BY claim_date, id"))) {
        fail(tr("reading database-size claims"), q.lastError().text());
        return out;
    }
    while (q.next()) {
        DbSizeClaim c;
        c.dateText = q.value(1).toString();
        c.images = q.value(2).toLongLong();
        c.label = q.value(3).toString();
        c.claimedBy = q.value(4).toString();
        c.kind = q.value(5).toString();
        c.dateNote = q.value(6).toString();
        c.note = q.value(7).toString();
        c.confidence = q.value(8).toString();
        c.datePrecision = q.value(9).toString();
        index.insert(q.value(0).toLongLong(), out.size());
        out.append(c);
    }
    QSqlQuery s(m_db);
    s.setForwardOnly(true);
    s.exec(QStringLiteral("SELECT claim_id, url, confirms, title, publisher, language FROM db_size_sources "
                          "ORDER BY claim_id, position"));
    while (s.next()) {
        const auto it = index.constFind(s.value(0).toLongLong());
        if (it != index.cend())
            out[*it].sources.append({s.value(1).toString(), s.value(2).toString(), s.value(3).toString(),
                s.value(4).toString(), s.value(5).toString()});
    }
    return out;
}

QString CaseRepository::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

namespace {

// Low-cardinality columns (country, type, authority, currency...) repeat on every row: sharing one QString per
// distinct value keeps the decisions a caller collects small. Capped, so that a column of unique values (an
// imported target per decision) costs no more than not sharing.
class SharedStrings
{
public:
    QString operator()(const QVariant &value)
    {
        const QString text = value.toString();
        const auto it = m_seen.constFind(text);
        if (it != m_seen.cend())
            return *it;
        if (m_seen.size() < MaxShared)
            m_seen.insert(text, text);
        return text;
    }

private:
    static constexpr qsizetype MaxShared = 4096;
    QHash<QString, QString> m_seen;
};

// The rows of one child table, in the same decision order as the decisions query: each decision takes the rows
// at the front that name it (by the decision's rowid, an integer compare), so the reader only ever moves forward.
class ChildRows
{
public:
    explicit ChildRows(const QSqlDatabase &db) : m_query(db) { m_query.setForwardOnly(true); }

    bool start(const QString &statement)
    {
        if (!m_query.exec(statement))
            return false;
        next();
        return true;
    }
    QString error() const { return m_query.lastError().text(); }

    template<typename Take>
    void takeFor(qint64 rowid, Take take)
    {
        while (m_valid && m_rowid == rowid) {
            take(m_query);
            next();
        }
    }

private:
    void next()
    {
        m_valid = m_query.next();
        m_rowid = m_valid ? m_query.value(0).toLongLong() : 0;
    }

    QSqlQuery m_query;
    bool m_valid = false;
    qint64 m_rowid = 0;
};

} // namespace

bool CaseRepository::forEachDecision(ReadOrder order, ReadScope scope,
    const std::function<bool(const Decision &)> &visit) const
{
    // Every query lists its decisions in this order, so that the child rows can be merged without an index of
    // the decisions read so far. It is total (rowid and id are unique) and the same in every query. Stored is the
    // table's own order: one pass over its pages, where an order by id or date visits them at random.
    const QString orderBy = order == ReadOrder::ById ? QStringLiteral("d.id")
        : order == ReadOrder::ByAdoptedDate
        ? QStringLiteral("COALESCE(d.timeline_date_override, d.decision_date, d.announce_date), d.id")
        : order == ReadOrder::ByAnnouncedDate ? QStringLiteral("COALESCE(d.announce_date, d.decision_date), d.id")
                                              : QStringLiteral("d.rowid");
    const bool everything = scope == ReadScope::Everything;

    // The few authorities once, instead of joining them to every decision: two strings less per row, shared by
    // all the decisions of one authority.
    QHash<qint64, std::pair<QString, QString>> authorities;
    {
        QSqlQuery a(m_db);
        a.setForwardOnly(true);
        if (!a.exec(QStringLiteral("SELECT id, name, authority_type FROM authorities")))
            return fail(tr("reading decisions"), a.lastError().text());
        while (a.next())
            authorities.insert(a.value(0).toLongLong(), { a.value(1).toString(), a.value(2).toString() });
    }

    if (!everything) {
        if (const std::optional<bool> read = forEachFigures(orderBy, authorities, visit))
            return *read;
    }

    // The columns of the figures, then the others only when everything is read: every column selected is a value
    // the driver converts, and often a string it allocates, for each row.
    QString columns = FiguresColumns;
    if (everything) {
        columns += QStringLiteral(", d.fx_rate_used, d.status, d.confidence, d.user_modified, ")
            + (hasRowVersion() ? QStringLiteral("d.row_version") : QStringLiteral("1"))
            + QStringLiteral(", d.jurisdiction_name, d.date_notes, d.amount_notes, d.law, d.legal_notes, d.outcome, "
                             "d.reference, d.summary");
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM decisions d ORDER BY ") + orderBy))
        return fail(tr("reading decisions"), q.lastError().text());

    // Each child table joined to its decision only for the order; its own key orders the rows of one decision.
    // (QString, not auto: with QStringBuilder an auto return would point into the lambda's temporaries.)
    const auto childQuery = [&orderBy](const QString &columnsOfChild, const QString &table,
                                const QString &within) -> QString {
        return QStringLiteral("SELECT d.rowid, ") + columnsOfChild + QStringLiteral(" FROM ") + table
            + QStringLiteral(" c JOIN decisions d ON d.id = c.decision_id ORDER BY ") + orderBy
            + QStringLiteral(", ") + within;
    };
    ChildRows texts(m_db);
    ChildRows sources(m_db);
    ChildRows relations(m_db);
    ChildRows changes(m_db);
    ChildRows penalties(m_db);
    const bool started = (!everything
                             || (texts.start(childQuery(QStringLiteral("c.kind, c.text"), QStringLiteral("decision_texts"),
                                     QStringLiteral("c.kind, c.position")))
                                 && sources.start(childQuery(
                                     QStringLiteral("c.url, c.confirms, c.title, c.publisher, c.language"),
                                     QStringLiteral("sources"), QStringLiteral("c.position")))
                                 && relations.start(childQuery(QStringLiteral("c.related_id"),
                                     QStringLiteral("relations"), QStringLiteral("c.position")))))
        && changes.start(childQuery(QStringLiteral("c.change_date, c.status, c.standing, c.by_decision_id, c.note"),
            QStringLiteral("status_changes"), QStringLiteral("c.position")))
        && penalties.start(childQuery(QStringLiteral("c.per_day_minor, c.max_total_minor, c.currency, c.starts, "
                                                     "c.instrument, c.liquidated_in, c.is_maximum"),
            QStringLiteral("periodic_penalties"), QStringLiteral("c.decision_id")));
    if (!started) {
        for (const ChildRows *rows : { &texts, &sources, &relations, &changes, &penalties }) {
            if (!rows->error().isEmpty())
                return fail(tr("reading decisions"), rows->error());
        }
        return fail(tr("reading decisions"), QString());
    }

    SharedStrings shared;
    while (q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        const auto authority = authorities.constFind(q.value(3).toLongLong());
        Decision d;
        d.id = q.value(1).toString();
        d.country = shared(q.value(2));
        if (authority != authorities.cend()) {
            d.authority = authority->first;
            d.authorityType = authority->second;
        }
        d.target = shared(q.value(4));
        d.decisionType = shared(q.value(5));
        d.decisionDate = dateFrom(q.value(6));
        d.announceDate = dateFrom(q.value(7));
        d.timelineDateOverride = dateFrom(q.value(8));
        d.amount = moneyFrom(q.value(9), shared(q.value(10)));
        d.amountEur = moneyFrom(q.value(11), QStringLiteral("EUR"));
        d.amountIsMaximum = q.value(12).toBool();
        d.includeInCumulativeFines = q.value(13).toBool();
        if (everything) {
            d.fxRateUsed = q.value(14).toString();
            d.status = shared(q.value(15));
            d.confidence = shared(q.value(16));
            d.userModified = q.value(17).toBool();
            d.rowVersion = q.value(18).toLongLong();
            d.jurisdictionName = shared(q.value(19));
            d.dateNotes = q.value(20).toString();
            d.amountNotes = q.value(21).toString();
            d.legalBasis.law = q.value(22).toString();
            d.legalBasis.notes = q.value(23).toString();
            d.outcome = q.value(24).toString();
            d.reference = q.value(25).toString();
            d.summary = q.value(26).toString();
        }

        texts.takeFor(rowid, [&d](const QSqlQuery &row) {
            const QString kind = row.value(1).toString();
            const QString line = row.value(2).toString();
            if (kind == QLatin1String("provision"))
                d.legalBasis.provisionsViolated.append(line);
            else if (kind == QLatin1String("order"))
                d.orders.append(line);
            else if (kind == QLatin1String("fact"))
                d.facts.append(line);
            else if (kind == QLatin1String("low_confidence"))
                d.lowConfidenceDetails.append(line);
        });
        sources.takeFor(rowid, [&d](const QSqlQuery &row) {
            d.sources.append({ row.value(1).toString(), row.value(2).toString(), row.value(3).toString(),
                row.value(4).toString(), row.value(5).toString() });
        });
        relations.takeFor(rowid, [&d](const QSqlQuery &row) { d.relatedTo.append(row.value(1).toString()); });
        changes.takeFor(rowid, [&d](const QSqlQuery &row) {
            d.statusChanges.append({ dateFrom(row.value(1)), row.value(2).toString(), row.value(3).toBool(),
                row.value(4).toString(), row.value(5).toString() });
        });
        penalties.takeFor(rowid, [&d](const QSqlQuery &row) {
            PeriodicPenalty &p = d.periodicPenalty;
            const QString currency = row.value(3).toString();
            p.perDay = moneyFrom(row.value(1), currency);
            p.maxTotal = moneyFrom(row.value(2), currency);
            p.starts = row.value(4).toString();
            p.instrument = row.value(5).toString();
            p.liquidatedIn = row.value(6).toString();
            p.isMaximum = row.value(7).toBool();
        });
        // As a join would: a decision whose authority is missing (the foreign key rules it out) is not visited,
        // once its child rows are passed.
        if (authority != authorities.cend() && !visit(d))
            return true;
    }
    if (q.lastError().isValid())
        return fail(tr("reading decisions"), q.lastError().text());
    return true;
}

std::optional<bool> CaseRepository::forEachFigures([[maybe_unused]] const QString &orderBy,
    [[maybe_unused]] const QHash<qint64, std::pair<QString, QString>> &authorities,
    [[maybe_unused]] const std::function<bool(const Decision &)> &visit) const
{
#ifdef CASELINE_SQLITE_DIRECT
    const SqliteDirect direct(m_db);
    if (!direct.available())
        return std::nullopt;
    // The same columns, order and child rows as the QSqlQuery read of the figures; the child rows are merged by
    // the decision's rowid.
    SqliteDirect::Statement q(
        direct, QStringLiteral("SELECT ") + FiguresColumns + QStringLiteral(" FROM decisions d ORDER BY ") + orderBy);
    SqliteDirect::Statement changes(direct,
        QStringLiteral("SELECT d.rowid, c.change_date, c.status, c.standing, c.by_decision_id, c.note "
                       "FROM status_changes c JOIN decisions d ON d.id = c.decision_id ORDER BY ")
            + orderBy + QStringLiteral(", c.position"));
    SqliteDirect::Statement penalties(direct,
        QStringLiteral("SELECT d.rowid, c.per_day_minor, c.max_total_minor, c.currency, c.starts, c.instrument, "
                       "c.liquidated_in, c.is_maximum FROM periodic_penalties c JOIN decisions d ON d.id = c.decision_id "
                       "ORDER BY ")
            + orderBy + QStringLiteral(", c.decision_id"));
    const auto failed = [&]() -> const SqliteDirect::Statement * {
        for (const SqliteDirect::Statement *statement : {&q, &changes, &penalties}) {
            if (statement->failed())
                return statement;
        }
        return nullptr;
    };
    if (const SqliteDirect::Statement *statement = failed())
        return fail(tr("reading decisions"), statement->error());
    const auto money = [](const SqliteDirect::Statement &row, int minor, const QString &currency) {
        return row.isNull(minor) ? std::optional<Money>() : Money{row.int64(minor), currency};
    };
    SqliteDirect::Texts country, target, type, currency, changeStatus, penaltyCurrency;
    SqliteDirect::Dates dates;
    bool changesLeft = changes.next();
    bool penaltiesLeft = penalties.next();
    const QString euro = QStringLiteral("EUR");
    while (q.next()) {
        const qint64 rowid = q.int64(0);
        const auto authority = authorities.constFind(q.int64(3));
        Decision d;
        d.id = QString::fromUtf8(q.utf8(1));
        d.country = country(q.utf8(2));
        if (authority != authorities.cend()) {
            d.authority = authority->first;
            d.authorityType = authority->second;
        }
        d.target = target(q.utf8(4));
        d.decisionType = type(q.utf8(5));
        d.decisionDate = dates(q, 6);
        d.announceDate = dates(q, 7);
        d.timelineDateOverride = dates(q, 8);
        d.amount = money(q, 9, currency(q.utf8(10)));
        d.amountEur = money(q, 11, euro);
        d.amountIsMaximum = q.int64(12) != 0;
        d.includeInCumulativeFines = q.int64(13) != 0;
        for (; changesLeft && changes.int64(0) == rowid; changesLeft = changes.next()) {
            d.statusChanges.append({ dates(changes, 1), changeStatus(changes.utf8(2)), changes.int64(3) != 0,
                QString::fromUtf8(changes.utf8(4)), QString::fromUtf8(changes.utf8(5)) });
        }
        for (; penaltiesLeft && penalties.int64(0) == rowid; penaltiesLeft = penalties.next()) {
            PeriodicPenalty &p = d.periodicPenalty;
            const QString currencyOfPenalty = penaltyCurrency(penalties.utf8(3));
            p.perDay = money(penalties, 1, currencyOfPenalty);
            p.maxTotal = money(penalties, 2, currencyOfPenalty);
            p.starts = QString::fromUtf8(penalties.utf8(4));
            p.instrument = QString::fromUtf8(penalties.utf8(5));
            p.liquidatedIn = QString::fromUtf8(penalties.utf8(6));
            p.isMaximum = penalties.int64(7) != 0;
        }
        // As a join would: a decision whose authority is missing (the foreign key rules it out) is not visited.
        if (authority != authorities.cend() && !visit(d))
            return true;
    }
    if (const SqliteDirect::Statement *statement = failed())
        return fail(tr("reading decisions"), statement->error());
    return true;
#else
    return std::nullopt;
#endif
}
