// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseRepository's writes: decisions, their authorities and countries, the size claims and meta values. The reads
// and the transaction helpers every write runs in are in caserepository.cpp.
#include "caserepository.h"

#include "countryregistry.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// Qt binds a null QString as SQL NULL, which NOT NULL DEFAULT '' columns refuse: absent texts are stored empty.
QVariant notNull(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant minorOrNull(const std::optional<Money> &m)
{
    return m ? QVariant(m->minor) : QVariant(QMetaType(QMetaType::LongLong));
}

QString textKind(int index)
{
    static const char *const kinds[] = {"provision", "order", "fact", "low_confidence"};
    return QString::fromLatin1(kinds[index]);
}

} // namespace

bool CaseRepository::ensureCountry(const QString &code)
{
    QSqlQuery q(m_db);
    // Not INSERT OR IGNORE: that would also swallow the CHECK on the code, and a bad code must fail here.
    q.prepare(QStringLiteral(
        "INSERT INTO countries (code, name_en, name_fr) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING"));
    q.addBindValue(code);
    q.addBindValue(notNull(CountryRegistry::nameEn(code)));
    q.addBindValue(notNull(CountryRegistry::nameFr(code)));
    return q.exec() || fail(tr("saving country %1").arg(code), q.lastError().text());
}

std::optional<qint64> CaseRepository::authorityId(const Decision &d)
{
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO authorities (name, authority_type, country) VALUES (?, ?, ?) "
                                  "ON CONFLICT (name, country) DO UPDATE SET authority_type = excluded.authority_type"));
    insert.addBindValue(notNull(d.authority));
    insert.addBindValue(notNull(d.authorityType));
    insert.addBindValue(d.country);
    if (!insert.exec()) {
        fail(tr("saving authority of %1").arg(d.id), insert.lastError().text());
        return std::nullopt;
    }
    QSqlQuery select(m_db);
    select.prepare(QStringLiteral("SELECT id FROM authorities WHERE name = ? AND country = ?"));
    select.addBindValue(notNull(d.authority));
    select.addBindValue(d.country);
    if (!select.exec() || !select.next()) {
        fail(tr("finding authority of %1").arg(d.id), select.lastError().text());
        return std::nullopt;
    }
    return select.value(0).toLongLong();
}

bool CaseRepository::deleteChildren(const QString &id)
{
    static const char *const tables[] = {"decision_texts", "sources", "relations", "status_changes", "periodic_penalties"};
    for (const char *table : tables) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE decision_id = ?").arg(QString::fromLatin1(table)));
        q.addBindValue(id);
        if (!q.exec())
            return fail(tr("replacing %1").arg(id), q.lastError().text());
    }
    return true;
}

std::optional<qint64> CaseRepository::storedVersion(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT row_version FROM decisions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(tr("reading the version of %1").arg(id), q.lastError().text());
        return std::nullopt;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

// Returns the decision's new row version. An upsert, not INSERT OR REPLACE: the row stays the same row, so its
// version can count the writes.
std::optional<qint64> CaseRepository::writeDecision(const Decision &d)
{
    if (!ensureCountry(d.country))
        return std::nullopt;
    const std::optional<qint64> authority = authorityId(d);
    if (!authority)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO decisions (id, country, jurisdiction_name, authority_id, target, decision_type, "
        "decision_date, announce_date, date_notes, amount_minor, currency, amount_eur_minor, fx_rate_used, "
        "amount_is_maximum, amount_notes, include_in_cumulative_fines, law, legal_notes, outcome, status, reference, "
        "confidence, summary, user_modified, timeline_date_override) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT (id) DO UPDATE SET country = excluded.country, jurisdiction_name = excluded.jurisdiction_name, "
        "authority_id = excluded.authority_id, target = excluded.target, decision_type = excluded.decision_type, "
        "decision_date = excluded.decision_date, announce_date = excluded.announce_date, "
        "date_notes = excluded.date_notes, amount_minor = excluded.amount_minor, currency = excluded.currency, "
        "amount_eur_minor = excluded.amount_eur_minor, fx_rate_used = excluded.fx_rate_used, "
        "amount_is_maximum = excluded.amount_is_maximum, amount_notes = excluded.amount_notes, "
        "include_in_cumulative_fines = excluded.include_in_cumulative_fines, law = excluded.law, "
        "legal_notes = excluded.legal_notes, outcome = excluded.outcome, status = excluded.status, "
        "reference = excluded.reference, confidence = excluded.confidence, summary = excluded.summary, "
        "user_modified = excluded.user_modified, timeline_date_override = excluded.timeline_date_override, "
        "row_version = decisions.row_version + 1"));
    q.addBindValue(d.id);
    q.addBindValue(d.country);
    q.addBindValue(notNull(d.jurisdictionName));
    q.addBindValue(*authority);
    q.addBindValue(notNull(d.target));
    q.addBindValue(d.decisionType);
    q.addBindValue(dateOrNull(d.decisionDate));
    q.addBindValue(dateOrNull(d.announceDate));
    q.addBindValue(notNull(d.dateNotes));
    q.addBindValue(minorOrNull(d.amount));
    q.addBindValue(d.amount ? QVariant(d.amount->currency) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(minorOrNull(d.amountEur));
    q.addBindValue(notNull(d.fxRateUsed));
    q.addBindValue(d.amountIsMaximum);
    q.addBindValue(notNull(d.amountNotes));
    q.addBindValue(d.includeInCumulativeFines);
    q.addBindValue(notNull(d.legalBasis.law));
    q.addBindValue(notNull(d.legalBasis.notes));
    q.addBindValue(notNull(d.outcome));
    q.addBindValue(notNull(d.status));
    q.addBindValue(notNull(d.reference));
    q.addBindValue(notNull(d.confidence));
    q.addBindValue(notNull(d.summary));
    q.addBindValue(d.userModified);
    q.addBindValue(dateOrNull(d.timelineDateOverride));
    if (!q.exec()) {
        fail(tr("saving %1").arg(d.id), q.lastError().text());
        return std::nullopt;
    }
    if (!deleteChildren(d.id))
        return std::nullopt;

    QSqlQuery text(m_db);
    text.prepare(QStringLiteral("INSERT INTO decision_texts (decision_id, kind, position, text) VALUES (?, ?, ?, ?)"));
    const QStringList *lists[] = {&d.legalBasis.provisionsViolated, &d.orders, &d.facts, &d.lowConfidenceDetails};
    for (int k = 0; k < 4; ++k) {
        for (qsizetype i = 0; i < lists[k]->size(); ++i) {
            text.bindValue(0, d.id);
            text.bindValue(1, textKind(k));
            text.bindValue(2, i);
            text.bindValue(3, notNull(lists[k]->at(i)));
            if (!text.exec()) {
                fail(tr("saving texts of %1").arg(d.id), text.lastError().text());
                return std::nullopt;
            }
        }
    }
    QSqlQuery source(m_db);
    source.prepare(QStringLiteral("INSERT INTO sources (decision_id, position, url, confirms, title, publisher, "
                                  "language) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < d.sources.size(); ++i) {
        const Source &s = d.sources.at(i);
        source.bindValue(0, d.id);
        source.bindValue(1, i);
        source.bindValue(2, textOrNull(s.url.isEmpty() ? QString() : s.url));
        source.bindValue(3, notNull(s.confirms));
        source.bindValue(4, notNull(s.title));
        source.bindValue(5, notNull(s.publisher));
        source.bindValue(6, notNull(s.language));
        if (!source.exec()) {
            fail(tr("saving sources of %1").arg(d.id), source.lastError().text());
            return std::nullopt;
        }
    }
    QSqlQuery relation(m_db);
    relation.prepare(QStringLiteral("INSERT INTO relations (decision_id, position, related_id) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < d.relatedTo.size(); ++i) {
        relation.bindValue(0, d.id);
        relation.bindValue(1, i);
        relation.bindValue(2, notNull(d.relatedTo.at(i)));
        if (!relation.exec()) {
            fail(tr("saving relations of %1").arg(d.id), relation.lastError().text());
            return std::nullopt;
        }
    }
    QSqlQuery change(m_db);
    change.prepare(QStringLiteral("INSERT INTO status_changes (decision_id, position, change_date, status, standing, "
                                  "by_decision_id, note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < d.statusChanges.size(); ++i) {
        const StatusChange &c = d.statusChanges.at(i);
        change.bindValue(0, d.id);
        change.bindValue(1, i);
        change.bindValue(2, c.date.toString(Qt::ISODate));
        change.bindValue(3, notNull(c.status));
        change.bindValue(4, c.standing);
        change.bindValue(5, notNull(c.byDecisionId));
        change.bindValue(6, notNull(c.note));
        if (!change.exec()) {
            fail(tr("saving status changes of %1").arg(d.id), change.lastError().text());
            return std::nullopt;
        }
    }
    if (!d.periodicPenalty.isEmpty()) {
        const PeriodicPenalty &p = d.periodicPenalty;
        const std::optional<Money> &any = p.perDay ? p.perDay : p.maxTotal;
        QSqlQuery penalty(m_db);
        penalty.prepare(QStringLiteral("INSERT INTO periodic_penalties (decision_id, per_day_minor, max_total_minor, "
                                       "currency, starts, instrument, liquidated_in, is_maximum) VALUES (?,?,?,?,?,?,?,?)"));
        penalty.addBindValue(d.id);
        penalty.addBindValue(minorOrNull(p.perDay));
        penalty.addBindValue(minorOrNull(p.maxTotal));
        penalty.addBindValue(any ? QVariant(any->currency) : QVariant(QMetaType(QMetaType::QString)));
        penalty.addBindValue(notNull(p.starts));
        penalty.addBindValue(notNull(p.instrument));
        penalty.addBindValue(notNull(p.liquidatedIn));
        penalty.addBindValue(p.isMaximum);
        if (!penalty.exec()) {
            fail(tr("saving periodic penalty of %1").arg(d.id), penalty.lastError().text());
            return std::nullopt;
        }
    }
    return storedVersion(d.id);
}

bool CaseRepository::saveDecisions(const QList<Decision> &decisions)
{
    m_conflicts.clear();
    return inTransaction(tr("saving decisions"), [&] {
        for (const Decision &d : decisions) {
            if (!writeDecision(d))
                return false;
        }
        return true;
    });
}

bool CaseRepository::saveIfUnchanged(QList<Decision> &save, const QList<Decision> &remove)
{
    m_conflicts.clear();
    QList<qint64> versions;
    const bool saved = inTransaction(tr("saving decisions"), [&] {
        // Checked inside the write transaction: no other writer can commit between this check and the writes.
        QStringList conflicts;
        for (const QList<Decision> *list : { &remove, static_cast<const QList<Decision> *>(&save) }) {
            for (const Decision &d : *list) {
                const std::optional<qint64> stored = storedVersion(d.id);
                if (!stored)
                    return false;
                if (*stored != d.rowVersion && !conflicts.contains(d.id))
                    conflicts.append(d.id);
            }
        }
        if (!conflicts.isEmpty()) {
            m_conflicts = conflicts;
            return fail(tr("saving decisions"),
                tr("changed by another caseline or another program since they were read: %1")
                    .arg(conflicts.join(QLatin1String(", "))));
        }
        for (const Decision &d : remove) {
            if (!deleteDecision(d.id))
                return false;
        }
        for (const Decision &d : std::as_const(save)) {
            const std::optional<qint64> version = writeDecision(d);
            if (!version)
                return false;
            versions.append(*version);
        }
        return true;
    });
    if (!saved)
        return false;
    for (qsizetype i = 0; i < save.size(); ++i)
        save[i].rowVersion = versions.at(i);
    return true;
}

bool CaseRepository::deleteDecision(const QString &id)
{
    if (!deleteChildren(id))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM decisions WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() || fail(tr("deleting %1").arg(id), q.lastError().text());
}

bool CaseRepository::deleteDecisions(const QStringList &ids)
{
    m_conflicts.clear();
    return inTransaction(tr("deleting decisions"), [&] {
        for (const QString &id : ids) {
            if (!deleteDecision(id))
                return false;
        }
        return true;
    });
}

bool CaseRepository::replaceDbSizeClaims(const QList<DbSizeClaim> &claims)
{
    return inTransaction(tr("saving database-size claims"), [&] {
        QSqlQuery clear(m_db);
        if (!clear.exec(QStringLiteral("DELETE FROM db_size_sources"))
            || !clear.exec(QStringLiteral("DELETE FROM db_size_claims")))
            return fail(tr("clearing database-size claims"), clear.lastError().text());
        QSqlQuery claim(m_db);
        claim.prepare(QStringLiteral("INSERT INTO db_size_claims (id, claim_date, images, label, claimed_by, kind, "
                                     "date_note, note, confidence, date_precision) VALUES (?,?,?,?,?,?,?,?,?,?)"));
        QSqlQuery source(m_db);
        source.prepare(QStringLiteral("INSERT INTO db_size_sources (claim_id, position, url, confirms, title, publisher, "
                                      "language) VALUES (?,?,?,?,?,?,?)"));
        for (qsizetype i = 0; i < claims.size(); ++i) {
            const DbSizeClaim &c = claims.at(i);
            const QVariant values[] = {i + 1, c.dateText, c.images, notNull(c.label), notNull(c.claimedBy),
                notNull(c.kind), notNull(c.dateNote), notNull(c.note), notNull(c.confidence), notNull(c.datePrecision)};
            for (int v = 0; v < 10; ++v)
                claim.bindValue(v, values[v]);
            if (!claim.exec())
                return fail(tr("saving database-size claim %1").arg(c.dateText), claim.lastError().text());
            for (qsizetype s = 0; s < c.sources.size(); ++s) {
                const Source &src = c.sources.at(s);
                source.bindValue(0, i + 1);
                source.bindValue(1, s);
                source.bindValue(2, textOrNull(src.url.isEmpty() ? QString() : src.url));
                source.bindValue(3, notNull(src.confirms));
                source.bindValue(4, notNull(src.title));
                source.bindValue(5, notNull(src.publisher));
                source.bindValue(6, notNull(src.language));
                if (!source.exec())
                    return fail(tr("saving sources of claim %1").arg(c.dateText), source.lastError().text());
            }
        }
        return true;
    });
}

bool CaseRepository::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(notNull(value));
    return q.exec() || fail(tr("saving %1").arg(key), q.lastError().text());
}
