// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserepository.h"

#include "countryregistry.h"

#include <QHash>
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

std::optional<Money> moneyFrom(const QVariant &minor, const QString &currency)
{
    if (minor.isNull())
        return std::nullopt;
    return Money{minor.toLongLong(), currency};
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString textKind(int index)
{
    static const char *const kinds[] = {"provision", "order", "fact", "low_confidence"};
    return QString::fromLatin1(kinds[index]);
}

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

QString CaseRepository::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool CaseRepository::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(notNull(value));
    return q.exec() || fail(tr("saving %1").arg(key), q.lastError().text());
}
