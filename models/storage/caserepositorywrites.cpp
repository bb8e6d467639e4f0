// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseRepository's writes: decisions, their authorities and countries, the size claims and meta values. The reads
// and the transaction helpers every write runs in are in caserepository.cpp.
#include "caserepository.h"

#include "countryregistry.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <iterator>
#include <vector>

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

QHash<QString, qint64> CaseRepository::rowVersions() const
{
    QHash<QString, qint64> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString version = hasRowVersion() ? QStringLiteral("row_version") : QStringLiteral("1");
    if (!q.exec(QStringLiteral("SELECT id, ") + version + QStringLiteral(" FROM decisions"))) {
        fail(tr("reading decisions"), q.lastError().text());
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

QList<Decision> CaseRepository::decisionsAmong(const QSet<QString> &ids) const
{
    if (ids.isEmpty())
        return {};
    // One reading of decisions keeps the mapping in one place; an import that updates few of many decisions pays
    // for reading them all once, and keeps only those it needs.
    QList<Decision> all = decisions();
    all.removeIf([&](const Decision &d) { return !ids.contains(d.id); });
    return all;
}

// The statements of one write of many decisions, prepared once for all of them (preparing is most of the cost of
// a small statement), with the countries and authorities already written, so that each is written once.
struct CaseRepository::WriteStatements
{
    explicit WriteStatements(const QSqlDatabase &db)
        : country(db)
        , authority(db)
        , decision(db)
        , version(db)
        , text(db)
        , source(db)
        , relation(db)
        , change(db)
        , penalty(db)
    {
        static const char *const tables[]
            = { "decision_texts", "sources", "relations", "status_changes", "periodic_penalties" };
        deleteChildren.reserve(std::size(tables));
        for (const char *table : tables) {
            deleteChildren.emplace_back(db);
            deleteChildren.back().prepare(
                QStringLiteral("DELETE FROM %1 WHERE decision_id = ?").arg(QString::fromLatin1(table)));
        }
        // Not INSERT OR IGNORE: that would also swallow the CHECK on the code, and a bad code must fail here.
        country.prepare(QStringLiteral(
            "INSERT INTO countries (code, name_en, name_fr) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING"));
        authority.prepare(
            QStringLiteral("INSERT INTO authorities (name, authority_type, country) VALUES (?, ?, ?) "
                           "ON CONFLICT (name, country) DO UPDATE SET authority_type = excluded.authority_type "
                           "RETURNING id"));
        decision.prepare(QStringLiteral(
            "INSERT INTO decisions (id, country, jurisdiction_name, authority_id, target, decision_type, "
            "decision_date, announce_date, date_notes, amount_minor, currency, amount_eur_minor, fx_rate_used, "
            "amount_is_maximum, amount_notes, include_in_cumulative_fines, law, legal_notes, outcome, status, "
            "reference, confidence, summary, user_modified, timeline_date_override) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (id) DO UPDATE SET country = excluded.country, "
            "jurisdiction_name = excluded.jurisdiction_name, "
            "authority_id = excluded.authority_id, target = excluded.target, decision_type = excluded.decision_type, "
            "decision_date = excluded.decision_date, announce_date = excluded.announce_date, "
            "date_notes = excluded.date_notes, amount_minor = excluded.amount_minor, currency = excluded.currency, "
            "amount_eur_minor = excluded.amount_eur_minor, fx_rate_used = excluded.fx_rate_used, "
            "amount_is_maximum = excluded.amount_is_maximum, amount_notes = excluded.amount_notes, "
            "include_in_cumulative_fines = excluded.include_in_cumulative_fines, law = excluded.law, "
            "legal_notes = excluded.legal_notes, outcome = excluded.outcome, status = excluded.status, "
            "reference = excluded.reference, confidence = excluded.confidence, summary = excluded.summary, "
            "user_modified = excluded.user_modified, timeline_date_override = excluded.timeline_date_override, "
            "row_version = decisions.row_version + 1 RETURNING row_version"));
        version.prepare(QStringLiteral("SELECT row_version FROM decisions WHERE id = ?"));
        text.prepare(
            QStringLiteral("INSERT INTO decision_texts (decision_id, kind, position, text) VALUES (?, ?, ?, ?)"));
        source.prepare(QStringLiteral("INSERT INTO sources (decision_id, position, url, confirms, title, publisher, "
                                      "language) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        relation.prepare(
            QStringLiteral("INSERT INTO relations (decision_id, position, related_id) VALUES (?, ?, ?)"));
        change.prepare(QStringLiteral("INSERT INTO status_changes (decision_id, position, change_date, status, "
                                      "standing, by_decision_id, note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        penalty.prepare(QStringLiteral("INSERT INTO periodic_penalties (decision_id, per_day_minor, max_total_minor, "
                                       "currency, starts, instrument, liquidated_in, is_maximum) "
                                       "VALUES (?,?,?,?,?,?,?,?)"));
    }

    QSqlQuery country;
    QSqlQuery authority;
    QSqlQuery decision;
    QSqlQuery version;
    std::vector<QSqlQuery> deleteChildren;
    QSqlQuery text;
    QSqlQuery source;
    QSqlQuery relation;
    QSqlQuery change;
    QSqlQuery penalty;
    QSet<QString> countriesWritten;
    // (name, country) to (id, type): a later decision with another type still updates the authority's type.
    QHash<QPair<QString, QString>, QPair<qint64, QString>> authorities;
};

bool CaseRepository::ensureCountry(WriteStatements &statements, const QString &code)
{
    if (statements.countriesWritten.contains(code))
        return true;
    QSqlQuery &q = statements.country;
    q.bindValue(0, code);
    q.bindValue(1, notNull(CountryRegistry::nameEn(code)));
    q.bindValue(2, notNull(CountryRegistry::nameFr(code)));
    if (!q.exec())
        return fail(tr("saving country %1").arg(code), q.lastError().text());
    statements.countriesWritten.insert(code);
    return true;
}

std::optional<qint64> CaseRepository::authorityId(WriteStatements &statements, const Decision &d)
{
    const QPair<QString, QString> key(notNull(d.authority).toString(), d.country);
    const QString type = notNull(d.authorityType).toString();
    const auto known = statements.authorities.constFind(key);
    if (known != statements.authorities.cend() && known->second == type)
        return known->first;
    QSqlQuery &q = statements.authority;
    q.bindValue(0, key.first);
    q.bindValue(1, type);
    q.bindValue(2, d.country);
    if (!q.exec() || !q.next()) {
        fail(tr("saving authority of %1").arg(d.id), q.lastError().text());
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    statements.authorities.insert(key, { id, type });
    return id;
}

bool CaseRepository::deleteChildren(WriteStatements &statements, const QString &id)
{
    for (QSqlQuery &q : statements.deleteChildren) {
        q.bindValue(0, id);
        if (!q.exec())
            return fail(tr("replacing %1").arg(id), q.lastError().text());
    }
    return true;
}

std::optional<qint64> CaseRepository::storedVersion(WriteStatements &statements, const QString &id)
{
    QSqlQuery &q = statements.version;
    q.bindValue(0, id);
    if (!q.exec()) {
        fail(tr("reading the version of %1").arg(id), q.lastError().text());
        return std::nullopt;
    }
    const qint64 version = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return version;
}

// Returns the decision's new row version. An upsert, not INSERT OR REPLACE: the row stays the same row, so its
// version can count the writes. `isNew`: the id is known not to be stored, so it has no children to replace.
std::optional<qint64> CaseRepository::writeDecision(WriteStatements &statements, const Decision &d, bool isNew)
{
    if (!ensureCountry(statements, d.country))
        return std::nullopt;
    const std::optional<qint64> authority = authorityId(statements, d);
    if (!authority)
        return std::nullopt;
    QSqlQuery &q = statements.decision;
    const QVariant values[] = { d.id, d.country, notNull(d.jurisdictionName), *authority, notNull(d.target),
        d.decisionType, dateOrNull(d.decisionDate), dateOrNull(d.announceDate), notNull(d.dateNotes),
        minorOrNull(d.amount), d.amount ? QVariant(d.amount->currency) : QVariant(QMetaType(QMetaType::QString)),
        minorOrNull(d.amountEur), notNull(d.fxRateUsed), d.amountIsMaximum, notNull(d.amountNotes),
        d.includeInCumulativeFines, notNull(d.legalBasis.law), notNull(d.legalBasis.notes), notNull(d.outcome),
        notNull(d.status), notNull(d.reference), notNull(d.confidence), notNull(d.summary), d.userModified,
        dateOrNull(d.timelineDateOverride) };
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec() || !q.next()) {
        fail(tr("saving %1").arg(d.id), q.lastError().text());
        return std::nullopt;
    }
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    if (!isNew && !deleteChildren(statements, d.id))
        return std::nullopt;

    QSqlQuery &text = statements.text;
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
    QSqlQuery &source = statements.source;
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
    QSqlQuery &relation = statements.relation;
    for (qsizetype i = 0; i < d.relatedTo.size(); ++i) {
        relation.bindValue(0, d.id);
        relation.bindValue(1, i);
        relation.bindValue(2, notNull(d.relatedTo.at(i)));
        if (!relation.exec()) {
            fail(tr("saving relations of %1").arg(d.id), relation.lastError().text());
            return std::nullopt;
        }
    }
    QSqlQuery &change = statements.change;
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
        QSqlQuery &penalty = statements.penalty;
        penalty.bindValue(0, d.id);
        penalty.bindValue(1, minorOrNull(p.perDay));
        penalty.bindValue(2, minorOrNull(p.maxTotal));
        penalty.bindValue(3, any ? QVariant(any->currency) : QVariant(QMetaType(QMetaType::QString)));
        penalty.bindValue(4, notNull(p.starts));
        penalty.bindValue(5, notNull(p.instrument));
        penalty.bindValue(6, notNull(p.liquidatedIn));
        penalty.bindValue(7, p.isMaximum);
        if (!penalty.exec()) {
            fail(tr("saving periodic penalty of %1").arg(d.id), penalty.lastError().text());
            return std::nullopt;
        }
    }
    return version;
}

bool CaseRepository::saveDecisions(const QList<Decision> &decisions)
{
    m_conflicts.clear();
    return inTransaction(tr("saving decisions"), [&] {
        WriteStatements statements(m_db);
        for (const Decision &d : decisions) {
            if (!writeDecision(statements, d, false))
                return false;
        }
        return true;
    });
}

bool CaseRepository::saveIfUnchanged(QList<Decision> &save, const QList<Decision> &remove)
{
    QList<qint64> versions;
    if (!saveChecked(save, remove, &versions))
        return false;
    for (qsizetype i = 0; i < save.size(); ++i)
        save[i].rowVersion = versions.at(i);
    return true;
}

bool CaseRepository::writeIfUnchanged(const QList<Decision> &save)
{
    return saveChecked(save, {}, nullptr);
}

bool CaseRepository::saveChecked(const QList<Decision> &save, const QList<Decision> &remove, QList<qint64> *versions)
{
    m_conflicts.clear();
    return inTransaction(tr("saving decisions"), [&] {
        WriteStatements statements(m_db);
        // Checked inside the write transaction: no other writer can commit between this check and the writes.
        QStringList conflicts;
        QSet<QString> conflicting;
        for (const QList<Decision> *list : { &remove, &save }) {
            for (const Decision &d : *list) {
                const std::optional<qint64> stored = storedVersion(statements, d.id);
                if (!stored)
                    return false;
                if (*stored != d.rowVersion && !conflicting.contains(d.id)) {
                    conflicting.insert(d.id);
                    conflicts.append(d.id);
                }
            }
        }
        if (!conflicts.isEmpty()) {
            m_conflicts = conflicts;
            return fail(tr("saving decisions"),
                tr("changed by another caseline or another program since they were read: %1")
                    .arg(conflicts.join(QLatin1String(", "))));
        }
        for (const Decision &d : remove) {
            if (!deleteDecision(statements, d.id))
                return false;
        }
        if (versions)
            versions->reserve(save.size());
        for (const Decision &d : save) {
            // The version checked above: 0 means the id is not stored, so it has no children to delete.
            const std::optional<qint64> version = writeDecision(statements, d, d.rowVersion == 0);
            if (!version)
                return false;
            if (versions)
                versions->append(*version);
        }
        return true;
    });
}

bool CaseRepository::deleteDecision(WriteStatements &statements, const QString &id)
{
    if (!deleteChildren(statements, id))
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
        WriteStatements statements(m_db);
        for (const QString &id : ids) {
            if (!deleteDecision(statements, id))
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
