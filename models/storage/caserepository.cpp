// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserepository.h"

#include "decisionjson.h"
#include "largewritesettings.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "sqlitedirect.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using SqlValues::dateFrom;
using SqlValues::moneyFrom;

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
    const auto run = [&](const QString &statement) { return exec(statement, what); };
    if (outermost ? !SqlDialect::beginWriteWith(m_db, run) : !run(QStringLiteral("SAVEPOINT ") + savepoint))
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

// The settings of a large write (LargeWriteSettings) are set before its transaction begins, as SQLite requires, and
// put back once it has ended.
bool CaseRepository::inLargeWriteTransaction(const std::function<bool()> &body)
{
    if (m_depth > 0)
        return inWriteTransaction(body);
    const LargeWriteSettings settings(m_db);
    return inWriteTransaction(body);
}

bool CaseRepository::keepsHistory() const
{
    return SqlDialect::keepsHistory(m_db);
}

QList<CaseRepository::HistoryEntry> CaseRepository::history(const QString &id, QString *error) const
{
    QList<HistoryEntry> entries;
    if (!SqlDialect::keepsHistory(m_db))
        return entries;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT row_version, change, changed_by, changed_at, decision FROM decision_history "
                             "WHERE decision_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(tr("reading the history of %1").arg(id), q.lastError().text());
        if (error)
            *error = m_lastError;
        return entries;
    }
    while (q.next()) {
        QStringList errors;
        const Decision decision
            = DecisionJson::fromJson(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(), &errors);
        entries.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toDateTime(), decision });
    }
    return entries;
}

// A schema-1 file opened read-only cannot be migrated; its decisions read as version 1, the column's default.
bool CaseRepository::hasRowVersion() const
{
    QSqlQuery q(m_db);
    return q.exec(SqlDialect::columnExists(m_db, QStringLiteral("decisions"), QStringLiteral("row_version")))
        && q.next();
}

QString CaseRepository::frenchColumns() const
{
    QSqlQuery q(m_db);
    const bool french
        = q.exec(SqlDialect::columnExists(m_db, QStringLiteral("decisions"), QStringLiteral("summary_fr"))) && q.next();
    return french ? QStringLiteral("d.outcome_fr, d.summary_fr") : QStringLiteral("'', ''");
}

QList<Decision> CaseRepository::decisions() const
{
    QList<Decision> out;
    QHash<QString, qsizetype> index;
    QSqlQuery q(m_db);
    SqlDialect::readForwardOnly(q);
    const QString version = hasRowVersion() ? QStringLiteral("d.row_version") : QStringLiteral("1");
    if (!q.exec(QStringLiteral(
                    "SELECT d.id, d.country, d.jurisdiction_name, a.name, a.authority_type, d.target, d.decision_type, "
                    "d.decision_date, d.announce_date, d.date_notes, d.amount_minor, d.currency, d.amount_eur_minor, "
                    "d.fx_rate_used, d.amount_is_maximum, d.amount_notes, d.include_in_cumulative_fines, d.law, "
                    "d.legal_notes, d.outcome, d.status, d.reference, d.confidence, d.summary, d.user_modified, "
                    "d.timeline_date_override, ")
            + version + QStringLiteral(", ") + frenchColumns()
            + QStringLiteral(" FROM decisions d JOIN authorities a ON a.id = d.authority_id "
                             "ORDER BY COALESCE(d.timeline_date_override, d.decision_date, d.announce_date), d.id"))) {
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
        d.outcomeFr = q.value(27).toString();
        d.summaryFr = q.value(28).toString();
        index.insert(d.id, out.size());
        out.append(d);
    }

    QSqlQuery texts(m_db);
    SqlDialect::readForwardOnly(texts);
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
        else if (kind == QLatin1String("order_fr"))
            d.ordersFr.append(text);
        else if (kind == QLatin1String("fact_fr"))
            d.factsFr.append(text);
    }

    QSqlQuery sources(m_db);
    SqlDialect::readForwardOnly(sources);
    sources.exec(QStringLiteral(
        "SELECT decision_id, url, confirms, title, publisher, language FROM sources ORDER BY decision_id, position"));
    while (sources.next()) {
        const auto it = index.constFind(sources.value(0).toString());
        if (it != index.cend())
            out[*it].sources.append({sources.value(1).toString(), sources.value(2).toString(),
                sources.value(3).toString(), sources.value(4).toString(), sources.value(5).toString()});
    }

    QSqlQuery relations(m_db);
    SqlDialect::readForwardOnly(relations);
    relations.exec(QStringLiteral("SELECT decision_id, related_id FROM relations ORDER BY decision_id, position"));
    while (relations.next()) {
        const auto it = index.constFind(relations.value(0).toString());
        if (it != index.cend())
            out[*it].relatedTo.append(relations.value(1).toString());
    }

    QSqlQuery changes(m_db);
    SqlDialect::readForwardOnly(changes);
    changes.exec(QStringLiteral("SELECT decision_id, change_date, status, standing, by_decision_id, note "
                                "FROM status_changes ORDER BY decision_id, position"));
    while (changes.next()) {
        const auto it = index.constFind(changes.value(0).toString());
        if (it != index.cend())
            out[*it].statusChanges.append({dateFrom(changes.value(1)), changes.value(2).toString(),
                changes.value(3).toBool(), changes.value(4).toString(), changes.value(5).toString()});
    }

    QSqlQuery penalties(m_db);
    SqlDialect::readForwardOnly(penalties);
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

QStringList CaseRepository::decisionIds() const
{
    QStringList ids;
    QSqlQuery q(m_db);
    SqlDialect::readForwardOnly(q);
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
    SqlDialect::readForwardOnly(q);
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
    SqlDialect::readForwardOnly(s);
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
