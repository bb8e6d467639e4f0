// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseRepository::forEachDecision(): the forward-only reads the command line streams from and the window loads
// its rows with.
#include "caserepository.h"
#include "sqldialect.h"

#include "sqlvalues.h"
#include "sqlitedirect.h"
#include "streamedquery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <vector>

namespace {

using SqlValues::dateFrom;
using SqlValues::moneyFrom;

// What ReadScope::Figures reads of a decision, by both readers, in this order.
const QLatin1String FiguresColumns("d.rowid, d.id, d.country, d.authority_id, d.target, d.decision_type, "
                                   "d.decision_date, d.announce_date, d.timeline_date_override, d.amount_minor, "
                                   "d.currency, d.amount_eur_minor, d.amount_is_maximum, d.include_in_cumulative_fines");

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
    explicit ChildRows(const QSqlDatabase &db) : m_query(db) { }

    // `ids`: the JSON array bound to the statement's one placeholder, when it has one.
    bool start(const QString &statement, const QString &ids = QString())
    {
        if (!m_query.exec(statement, ids))
            return false;
        next();
        return true;
    }
    QString error() const { return m_query.error(); }

    template<typename Take>
    void takeFor(qint64 rowid, Take take)
    {
        while (m_valid && m_rowid == rowid) {
            take(m_query.row());
            next();
        }
    }

private:
    void next()
    {
        m_valid = m_query.next();
        m_rowid = m_valid ? m_query.value(0).toLongLong() : 0;
    }

    StreamedQuery m_query;
    bool m_valid = false;
    qint64 m_rowid = 0;
};

} // namespace

bool CaseRepository::forEachDecision(ReadOrder order, ReadScope scope,
    const std::function<bool(const Decision &)> &visit) const
{
    return read(order, scope, nullptr, [&visit](Decision &d) { return visit(d); });
}

bool CaseRepository::forEachDecisionAmong(ReadOrder order, ReadScope scope, const QStringList *ids,
    const std::function<bool(const Decision &)> &visit) const
{
    return read(order, scope, ids, [&visit](Decision &d) { return visit(d); });
}

std::optional<Decision> CaseRepository::decision(const QString &id) const
{
    std::optional<Decision> found;
    const QStringList ids { id };
    read(ReadOrder::ById, ReadScope::Everything, &ids, [&found](Decision &d) {
        found = std::move(d);
        return false;
    });
    return found;
}

qint64 CaseRepository::decisionCount() const
{
    QSqlQuery count(m_db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM decisions")) || !count.next()) {
        fail(tr("counting decisions"), count.lastError().text());
        return -1;
    }
    return count.value(0).toLongLong();
}

bool CaseRepository::read(ReadOrder order, ReadScope scope, const QStringList *ids, const Visitor &visit) const
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
    const bool views = scope != ReadScope::Figures;
    // A few ids are found through the primary key: the ids are bound as one JSON array.
    const QString idsJson = ids ? QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*ids)).toJson(QJsonDocument::Compact))
                                : QString();
    const QString where
        = ids ? QStringLiteral(" WHERE d.id IN (") + SqlDialect::idsOfJsonArray(m_db) + QLatin1Char(')') : QString();

    // The few authorities once, instead of joining them to every decision: two strings less per row, shared by
    // all the decisions of one authority.
    QHash<qint64, std::pair<QString, QString>> authorities;
    if (!readAuthorities(&authorities))
        return false;

    if (!everything && !ids) {
        if (const std::optional<bool> read = forEachFigures(orderBy, views, authorities, visit))
            return *read;
    }

    // The columns of the figures, then the others only when asked for: every column selected is a value the driver
    // converts, and often a string it allocates, for each row.
    QString columns = FiguresColumns;
    if (views) {
        columns += QStringLiteral(", d.status, d.confidence, d.user_modified, ")
            + (hasRowVersion() ? QStringLiteral("d.row_version") : QStringLiteral("1"))
            + QStringLiteral(", d.jurisdiction_name, d.date_notes, d.amount_notes");
    }
    if (everything) {
        columns += QStringLiteral(", d.fx_rate_used, d.law, d.legal_notes, d.outcome, d.reference, d.summary, ")
            + frenchColumns();
    }
    // Declared before the queries, so that on PostgreSQL their cursors close before its transaction ends.
    const StreamScope streaming(m_db);
    if (!streaming.error().isEmpty())
        return fail(tr("reading decisions"), streaming.error());
    StreamedQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM decisions d") + where
                + QStringLiteral(" ORDER BY ") + orderBy,
            ids ? idsJson : QString()))
        return fail(tr("reading decisions"), q.error());

    // Each child table joined to its decision only for the order; its own key orders the rows of one decision.
    // (QString, not auto: with QStringBuilder an auto return would point into the lambda's temporaries.)
    const auto childQuery = [&orderBy, &where](const QString &columnsOfChild, const QString &table,
                                const QString &within, const QString &condition = QString()) -> QString {
        QString filter = where;
        if (!condition.isEmpty())
            filter += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
        return QStringLiteral("SELECT d.rowid, ") + columnsOfChild + QStringLiteral(" FROM ") + table
            + QStringLiteral(" c JOIN decisions d ON d.id = c.decision_id") + filter + QStringLiteral(" ORDER BY ")
            + orderBy + QStringLiteral(", ") + within;
    };
    ChildRows texts(m_db);
    ChildRows sources(m_db);
    ChildRows relations(m_db);
    ChildRows changes(m_db);
    ChildRows penalties(m_db);
    // The views read only the English orders of the texts (the timeline draws their deadlines).
    const bool started = (!views
                             || (texts.start(childQuery(QStringLiteral("c.kind, c.text"), QStringLiteral("decision_texts"),
                                                 QStringLiteral("c.kind, c.position"),
                                                 everything ? QString() : QStringLiteral("c.kind = 'order'")),
                                     idsJson)
                                 && relations.start(childQuery(QStringLiteral("c.related_id"),
                                                        QStringLiteral("relations"), QStringLiteral("c.position")),
                                     idsJson)))
        && (!everything
            || sources.start(childQuery(QStringLiteral("c.url, c.confirms, c.title, c.publisher, c.language"),
                                 QStringLiteral("sources"), QStringLiteral("c.position")),
                idsJson))
        && changes.start(childQuery(QStringLiteral("c.change_date, c.status, c.standing, c.by_decision_id, c.note"),
                             QStringLiteral("status_changes"), QStringLiteral("c.position")),
            idsJson)
        && penalties.start(childQuery(QStringLiteral("c.per_day_minor, c.max_total_minor, c.currency, c.starts, "
                                                     "c.instrument, c.liquidated_in, c.is_maximum"),
                               QStringLiteral("periodic_penalties"), QStringLiteral("c.decision_id")),
            idsJson);
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
        if (views) {
            d.status = shared(q.value(14));
            d.confidence = shared(q.value(15));
            d.userModified = q.value(16).toBool();
            d.rowVersion = q.value(17).toLongLong();
            d.jurisdictionName = shared(q.value(18));
            d.dateNotes = q.value(19).toString();
            d.amountNotes = q.value(20).toString();
            d.longTextsOmitted = !everything;
        }
        if (everything) {
            d.fxRateUsed = q.value(21).toString();
            d.legalBasis.law = q.value(22).toString();
            d.legalBasis.notes = q.value(23).toString();
            d.outcome = q.value(24).toString();
            d.reference = q.value(25).toString();
            d.summary = q.value(26).toString();
            d.outcomeFr = q.value(27).toString();
            d.summaryFr = q.value(28).toString();
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
            else if (kind == QLatin1String("order_fr"))
                d.ordersFr.append(line);
            else if (kind == QLatin1String("fact_fr"))
                d.factsFr.append(line);
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
    if (!q.error().isEmpty())
        return fail(tr("reading decisions"), q.error());
    return true;
}

bool CaseRepository::readAuthorities(QHash<qint64, std::pair<QString, QString>> *authorities) const
{
    QSqlQuery a(m_db);
    SqlDialect::readForwardOnly(a);
    if (!a.exec(QStringLiteral("SELECT id, name, authority_type FROM authorities")))
        return fail(tr("reading decisions"), a.lastError().text());
    while (a.next())
        authorities->insert(a.value(0).toLongLong(), { a.value(1).toString(), a.value(2).toString() });
    return true;
}

std::optional<bool> CaseRepository::forEachFigures([[maybe_unused]] const QString &orderBy, [[maybe_unused]] bool views,
    [[maybe_unused]] const QHash<qint64, std::pair<QString, QString>> &authorities,
    [[maybe_unused]] const Visitor &visit, [[maybe_unused]] const QString &rows) const
{
#ifdef CASELINE_SQLITE_DIRECT
    const SqliteDirect direct(m_db);
    if (!direct.available())
        return std::nullopt;
    // The same columns, order and child rows as the QSqlQuery read of the figures; the child rows are merged by
    // the decision's rowid.
    const QString viewColumns = !views ? QString()
        : QStringLiteral(", d.status, d.confidence, d.user_modified, ")
            + (hasRowVersion() ? QStringLiteral("d.row_version") : QStringLiteral("1"))
            + QStringLiteral(", d.jurisdiction_name, d.date_notes, d.amount_notes");
    // The limit on the rows read, for the decisions table and for the child tables joined to it.
    const QString where = rows.isEmpty() ? QString() : QStringLiteral(" WHERE ") + rows;
    const QString andRows = rows.isEmpty() ? QString() : QStringLiteral(" AND ") + rows;
    SqliteDirect::Statement q(direct,
        QStringLiteral("SELECT ") + FiguresColumns + viewColumns + QStringLiteral(" FROM decisions d") + where
            + QStringLiteral(" ORDER BY ") + orderBy);
    // The views' child rows; for the figures alone, statements that return nothing.
    SqliteDirect::Statement relations(direct,
        views ? QStringLiteral("SELECT d.rowid, c.related_id FROM relations c CROSS JOIN decisions d "
                               "ON d.id = c.decision_id")
                + where + QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(", c.position")
              : QStringLiteral("SELECT 0, '' WHERE 0"));
    SqliteDirect::Statement orders(direct,
        views ? QStringLiteral("SELECT d.rowid, c.text FROM decision_texts c CROSS JOIN decisions d "
                               "ON d.id = c.decision_id WHERE c.kind = 'order'")
                + andRows + QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(", c.position")
              : QStringLiteral("SELECT 0, '' WHERE 0"));
    // CROSS JOIN: the child table drives, each of its rows finding its decision through the primary key, and only
    // those rows are sorted. With a plain JOIN SQLite scans every decision in order instead (no sort), seeking its
    // child rows: a second pass over the whole decisions table, texts and all, 1.2 s at 1,000,000 decisions for
    // a few thousand status changes and penalties.
    SqliteDirect::Statement changes(direct,
        QStringLiteral("SELECT d.rowid, c.change_date, c.status, c.standing, c.by_decision_id, c.note "
                       "FROM status_changes c CROSS JOIN decisions d ON d.id = c.decision_id")
            + where + QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(", c.position"));
    SqliteDirect::Statement penalties(direct,
        QStringLiteral("SELECT d.rowid, c.per_day_minor, c.max_total_minor, c.currency, c.starts, c.instrument, "
                       "c.liquidated_in, c.is_maximum FROM periodic_penalties c CROSS JOIN decisions d "
                       "ON d.id = c.decision_id")
            + where + QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(", c.decision_id"));
    const auto failed = [&]() -> const SqliteDirect::Statement * {
        for (const SqliteDirect::Statement *statement : {&q, &changes, &penalties, &relations, &orders}) {
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
    SqliteDirect::Texts country, target, type, currency, changeStatus, penaltyCurrency, status, confidence,
        jurisdiction, notes, orderTexts;
    SqliteDirect::Dates dates;
    bool changesLeft = changes.next();
    bool penaltiesLeft = penalties.next();
    bool relationsLeft = relations.next();
    bool ordersLeft = orders.next();
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
        if (views) {
            d.status = status(q.utf8(14));
            d.confidence = confidence(q.utf8(15));
            d.userModified = q.int64(16) != 0;
            d.rowVersion = q.int64(17);
            d.jurisdictionName = jurisdiction(q.utf8(18));
            d.dateNotes = notes(q.utf8(19));
            d.amountNotes = QString::fromUtf8(q.utf8(20));
            d.longTextsOmitted = true;
        }
        for (; relationsLeft && relations.int64(0) == rowid; relationsLeft = relations.next())
            d.relatedTo.append(QString::fromUtf8(relations.utf8(1)));
        for (; ordersLeft && orders.int64(0) == rowid; ordersLeft = orders.next())
            d.orders.append(orderTexts(orders.utf8(1)));
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
