// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseRepository's writes: decisions, their authorities and countries, the size claims and meta values. The reads
// and the transaction helpers every write runs in are in caserepository.cpp.
#include "caserepository.h"

#include "sqldialect.h"

#include "countryregistry.h"
#include "decisionjson.h"
#include "writestatement.h"

#include <QHash>
#include <QJsonDocument>
#include <QPair>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <iterator>
#include <memory>
#include <type_traits>
#include <vector>

namespace {

// QDate::toString(Qt::ISODate), written directly: an import writes two or three dates per decision.
QString dateText(const QDate &d)
{
    if (!d.isValid())
        return QString();
    int year = 0;
    int month = 0;
    int day = 0;
    d.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return d.toString(Qt::ISODate);
    const char16_t text[10] = { char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10),
        char16_t(u'0' + year / 10 % 10), char16_t(u'0' + year % 10), u'-', char16_t(u'0' + month / 10),
        char16_t(u'0' + month % 10), u'-', char16_t(u'0' + day / 10), char16_t(u'0' + day % 10) };
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

void bindMinor(WriteStatement &q, int i, const std::optional<Money> &m)
{
    if (m)
        q.bindInt(i, m->minor);
    else
        q.bindNull(i);
}

// Qt binds a null QString as SQL NULL, which NOT NULL DEFAULT '' columns refuse: absent texts are stored empty
// (WriteStatement::bindText). Used where a QVariant is still bound through QSqlQuery.
QVariant notNull(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant textOrNull(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

QHash<QString, qint64> CaseRepository::rowVersions() const
{
    QHash<QString, qint64> out;
    QSqlQuery q(m_db);
    SqlDialect::readForwardOnly(q);
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
    QList<Decision> out;
    if (ids.isEmpty())
        return out;
    // Found through the primary key: an import that updates a few of many decisions reads only those.
    const QStringList list(ids.cbegin(), ids.cend());
    forEachDecisionAmong(ReadOrder::ById, ReadScope::Everything, &list, [&out](const Decision &d) {
        out.append(d);
        return true;
    });
    return out;
}

// The decision columns every write of a decision sets, in the order of the statements below.
const char DecisionColumns[] = "id, country, jurisdiction_name, authority_id, target, decision_type, decision_date, "
                               "announce_date, date_notes, amount_minor, currency, amount_eur_minor, fx_rate_used, "
                               "amount_is_maximum, amount_notes, include_in_cumulative_fines, law, legal_notes, "
                               "outcome, status, reference, confidence, summary, user_modified, "
                               "timeline_date_override, outcome_fr, summary_fr";

// The statements of one write of many decisions, prepared once for all of them (preparing is most of the cost of
// a small statement) and run straight through SQLite where the driver allows (WriteStatement), with the countries
// and authorities already written, so that each is written once.
struct CaseRepository::WriteStatements
{
    explicit WriteStatements(const QSqlDatabase &db)
        : direct(WriteStatement::direct(db))
        // Not INSERT OR IGNORE: that would also swallow the CHECK on the code, and a bad code must fail here.
        , country(db, direct,
              QStringLiteral(
                  "INSERT INTO countries (code, name_en, name_fr) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING"))
        , authority(db, direct,
              QStringLiteral("INSERT INTO authorities (name, authority_type, country) VALUES (?, ?, ?) "
                             "ON CONFLICT (name, country) DO UPDATE SET authority_type = excluded.authority_type "
                             "RETURNING id"))
        , decision(db, direct,
              QStringLiteral("INSERT INTO decisions (") + QLatin1String(DecisionColumns)
                  + QStringLiteral(
                      ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                      "ON CONFLICT (id) DO UPDATE SET country = excluded.country, "
                      "jurisdiction_name = excluded.jurisdiction_name, "
                      "authority_id = excluded.authority_id, target = excluded.target, "
                      "decision_type = excluded.decision_type, "
                      "decision_date = excluded.decision_date, announce_date = excluded.announce_date, "
                      "date_notes = excluded.date_notes, amount_minor = excluded.amount_minor, "
                      "currency = excluded.currency, "
                      "amount_eur_minor = excluded.amount_eur_minor, fx_rate_used = excluded.fx_rate_used, "
                      "amount_is_maximum = excluded.amount_is_maximum, amount_notes = excluded.amount_notes, "
                      "include_in_cumulative_fines = excluded.include_in_cumulative_fines, law = excluded.law, "
                      "legal_notes = excluded.legal_notes, outcome = excluded.outcome, status = excluded.status, "
                      "reference = excluded.reference, confidence = excluded.confidence, summary = excluded.summary, "
                      "user_modified = excluded.user_modified, "
                      "timeline_date_override = excluded.timeline_date_override, "
                      "outcome_fr = excluded.outcome_fr, summary_fr = excluded.summary_fr, "
                      "row_version = decisions.row_version + 1 RETURNING row_version"))
        // A decision known to be new: a plain INSERT, which fails rather than touch a stored decision of that id.
        , newDecision(db, direct,
              QStringLiteral("INSERT INTO decisions (") + QLatin1String(DecisionColumns)
                  + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))
        , version(db, direct, QStringLiteral("SELECT row_version FROM decisions WHERE id = ?"))
        , text(db, direct,
              QStringLiteral("INSERT INTO decision_texts (decision_id, kind, position, text) VALUES (?, ?, ?, ?)"))
        , source(db, direct,
              QStringLiteral("INSERT INTO sources (decision_id, position, url, confirms, title, publisher, "
                             "language) VALUES (?, ?, ?, ?, ?, ?, ?)"))
        , relation(db, direct,
              QStringLiteral("INSERT INTO relations (decision_id, position, related_id) VALUES (?, ?, ?)"))
        , change(db, direct,
              QStringLiteral("INSERT INTO status_changes (decision_id, position, change_date, status, "
                             "standing, by_decision_id, note) VALUES (?, ?, ?, ?, ?, ?, ?)"))
        , penalty(db, direct,
              QStringLiteral("INSERT INTO periodic_penalties (decision_id, per_day_minor, max_total_minor, "
                             "currency, starts, instrument, liquidated_in, is_maximum) VALUES (?,?,?,?,?,?,?,?)"))
    {
        static const char *const tables[]
            = { "decision_texts", "sources", "relations", "status_changes", "periodic_penalties" };
        for (const char *table : tables) {
            deleteChildren.push_back(std::make_unique<WriteStatement>(db, direct,
                QStringLiteral("DELETE FROM %1 WHERE decision_id = ?").arg(QString::fromLatin1(table))));
        }
        if (SqlDialect::keepsHistory(db)) {
            history = std::make_unique<WriteStatement>(db, direct,
                QStringLiteral(
                    "INSERT INTO decision_history (decision_id, row_version, change, decision) VALUES (?, ?, ?, ?)"));
        }
    }

    std::shared_ptr<const WriteStatement::Direct> direct;
    WriteStatement country;
    WriteStatement authority;
    WriteStatement decision;
    WriteStatement newDecision;
    WriteStatement version;
    std::vector<std::unique_ptr<WriteStatement>> deleteChildren;
    WriteStatement text;
    WriteStatement source;
    WriteStatement relation;
    WriteStatement change;
    WriteStatement penalty;
    // The team database's record of every write (null where there is none: a file).
    std::unique_ptr<WriteStatement> history;
    QSet<QString> countriesWritten;
    // (name, country) to (id, type): a later decision with another type still updates the authority's type.
    QHash<QPair<QString, QString>, QPair<qint64, QString>> authorities;
    // The kinds of decision_texts, made once, in the order of writeDecision()'s lists.
    const QString kinds[6] = { QStringLiteral("provision"), QStringLiteral("order"), QStringLiteral("fact"),
        QStringLiteral("low_confidence"), QStringLiteral("order_fr"), QStringLiteral("fact_fr") };
};

bool CaseRepository::ensureCountry(WriteStatements &statements, const QString &code)
{
    if (statements.countriesWritten.contains(code))
        return true;
    WriteStatement &q = statements.country;
    const QString nameEn = CountryRegistry::nameEn(code);
    const QString nameFr = CountryRegistry::nameFr(code);
    q.bindText(0, code);
    q.bindText(1, nameEn);
    q.bindText(2, nameFr);
    if (!q.exec())
        return fail(tr("saving country %1").arg(code), q.error());
    q.finish();
    statements.countriesWritten.insert(code);
    return true;
}

std::optional<qint64> CaseRepository::authorityId(WriteStatements &statements, const Decision &d)
{
    const QPair<QString, QString> key(d.authority.isNull() ? QStringLiteral("") : d.authority, d.country);
    const QString type = d.authorityType.isNull() ? QStringLiteral("") : d.authorityType;
    const auto known = statements.authorities.constFind(key);
    if (known != statements.authorities.cend() && known->second == type)
        return known->first;
    WriteStatement &q = statements.authority;
    q.bindText(0, key.first);
    q.bindText(1, type);
    q.bindText(2, d.country);
    if (!q.exec() || !q.hasRow()) {
        fail(tr("saving authority of %1").arg(d.id), q.error());
        return std::nullopt;
    }
    const qint64 id = q.int64(0);
    q.finish();
    statements.authorities.insert(key, { id, type });
    return id;
}

bool CaseRepository::deleteChildren(WriteStatements &statements, const QString &id)
{
    for (const std::unique_ptr<WriteStatement> &q : statements.deleteChildren) {
        q->bindText(0, id);
        if (!q->exec())
            return fail(tr("replacing %1").arg(id), q->error());
        q->finish();
    }
    return true;
}

std::optional<qint64> CaseRepository::storedVersion(WriteStatements &statements, const QString &id)
{
    WriteStatement &q = statements.version;
    q.bindText(0, id);
    if (!q.exec()) {
        fail(tr("reading the version of %1").arg(id), q.error());
        return std::nullopt;
    }
    const qint64 version = q.hasRow() ? q.int64(0) : 0;
    q.finish();
    return version;
}

// Returns the decision's new row version. An upsert, not INSERT OR REPLACE: the row stays the same row, so its
// version can count the writes. `isNew`: the id is known not to be stored, so it has no children to replace.
// `insertOnly`: the id must not be stored; a plain INSERT, which fails if it is, and the version is the first.
std::optional<qint64> CaseRepository::writeDecision(
    WriteStatements &statements, const Decision &d, bool isNew, bool insertOnly)
{
    if (!ensureCountry(statements, d.country))
        return std::nullopt;
    const std::optional<qint64> authority = authorityId(statements, d);
    if (!authority)
        return std::nullopt;
    WriteStatement &q = insertOnly ? statements.newDecision : statements.decision;
    // Bound texts are read where they are: the dates must outlive the statement's run.
    const QString decisionDate = dateText(d.decisionDate);
    const QString announceDate = dateText(d.announceDate);
    const QString timelineDate = dateText(d.timelineDateOverride);
    q.bindText(0, d.id);
    q.bindText(1, d.country);
    q.bindText(2, d.jurisdictionName);
    q.bindInt(3, *authority);
    q.bindText(4, d.target);
    q.bindText(5, d.decisionType);
    q.bindTextOrNull(6, decisionDate);
    q.bindTextOrNull(7, announceDate);
    q.bindText(8, d.dateNotes);
    bindMinor(q, 9, d.amount);
    if (d.amount)
        q.bindText(10, d.amount->currency);
    else
        q.bindNull(10);
    bindMinor(q, 11, d.amountEur);
    q.bindText(12, d.fxRateUsed);
    q.bindInt(13, d.amountIsMaximum);
    q.bindText(14, d.amountNotes);
    q.bindInt(15, d.includeInCumulativeFines);
    q.bindText(16, d.legalBasis.law);
    q.bindText(17, d.legalBasis.notes);
    q.bindText(18, d.outcome);
    q.bindText(19, d.status);
    q.bindText(20, d.reference);
    q.bindText(21, d.confidence);
    q.bindText(22, d.summary);
    q.bindInt(23, d.userModified);
    q.bindTextOrNull(24, timelineDate);
    q.bindText(25, d.outcomeFr);
    q.bindText(26, d.summaryFr);
    if (!q.exec() || (!insertOnly && !q.hasRow())) {
        fail(tr("saving %1").arg(d.id), q.error());
        return std::nullopt;
    }
    const qint64 version = insertOnly ? 1 : q.int64(0);
    q.finish();
    if (!isNew && !insertOnly && !deleteChildren(statements, d.id))
        return std::nullopt;

    WriteStatement &text = statements.text;
    const QStringList *lists[]
        = { &d.legalBasis.provisionsViolated, &d.orders, &d.facts, &d.lowConfidenceDetails, &d.ordersFr, &d.factsFr };
    static_assert(std::size(lists) == std::extent_v<decltype(WriteStatements::kinds)>);
    for (size_t k = 0; k < std::size(lists); ++k) {
        for (qsizetype i = 0; i < lists[k]->size(); ++i) {
            text.bindText(0, d.id);
            text.bindText(1, statements.kinds[k]);
            text.bindInt(2, i);
            text.bindText(3, lists[k]->at(i));
            if (!text.exec()) {
                fail(tr("saving texts of %1").arg(d.id), text.error());
                return std::nullopt;
            }
        }
    }
    WriteStatement &source = statements.source;
    for (qsizetype i = 0; i < d.sources.size(); ++i) {
        const Source &s = d.sources.at(i);
        source.bindText(0, d.id);
        source.bindInt(1, i);
        if (s.url.isEmpty())
            source.bindNull(2);
        else
            source.bindText(2, s.url);
        source.bindText(3, s.confirms);
        source.bindText(4, s.title);
        source.bindText(5, s.publisher);
        source.bindText(6, s.language);
        if (!source.exec()) {
            fail(tr("saving sources of %1").arg(d.id), source.error());
            return std::nullopt;
        }
    }
    WriteStatement &relation = statements.relation;
    for (qsizetype i = 0; i < d.relatedTo.size(); ++i) {
        relation.bindText(0, d.id);
        relation.bindInt(1, i);
        relation.bindText(2, d.relatedTo.at(i));
        if (!relation.exec()) {
            fail(tr("saving relations of %1").arg(d.id), relation.error());
            return std::nullopt;
        }
    }
    WriteStatement &change = statements.change;
    for (qsizetype i = 0; i < d.statusChanges.size(); ++i) {
        const StatusChange &c = d.statusChanges.at(i);
        change.bindText(0, d.id);
        change.bindInt(1, i);
        const QString date = dateText(c.date);
        change.bindTextOrNull(2, date);
        change.bindText(3, c.status);
        change.bindInt(4, c.standing);
        change.bindText(5, c.byDecisionId);
        change.bindText(6, c.note);
        if (!change.exec()) {
            fail(tr("saving status changes of %1").arg(d.id), change.error());
            return std::nullopt;
        }
    }
    if (!d.periodicPenalty.isEmpty()) {
        const PeriodicPenalty &p = d.periodicPenalty;
        const std::optional<Money> &any = p.perDay ? p.perDay : p.maxTotal;
        WriteStatement &penalty = statements.penalty;
        penalty.bindText(0, d.id);
        bindMinor(penalty, 1, p.perDay);
        bindMinor(penalty, 2, p.maxTotal);
        if (any)
            penalty.bindText(3, any->currency);
        else
            penalty.bindNull(3);
        penalty.bindText(4, p.starts);
        penalty.bindText(5, p.instrument);
        penalty.bindText(6, p.liquidatedIn);
        penalty.bindInt(7, p.isMaximum);
        if (!penalty.exec()) {
            fail(tr("saving periodic penalty of %1").arg(d.id), penalty.error());
            return std::nullopt;
        }
    }
    if (statements.history) {
        Decision saved = d;
        saved.rowVersion = version;
        if (!recordHistory(statements, saved, QStringLiteral("saved")))
            return std::nullopt;
    }
    return version;
}

bool CaseRepository::recordHistory(WriteStatements &statements, const Decision &decision, const QString &change)
{
    WriteStatement &q = *statements.history;
    const QString json = QString::fromUtf8(QJsonDocument(DecisionJson::toJson(decision)).toJson(QJsonDocument::Compact));
    q.bindText(0, decision.id);
    q.bindInt(1, decision.rowVersion);
    q.bindText(2, change);
    q.bindText(3, json);
    return q.exec() || fail(tr("recording the history of %1").arg(decision.id), q.error());
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

CaseRepository::Writer::Writer(CaseRepository &repository)
    : m_repository(repository)
    , m_statements(std::make_unique<WriteStatements>(repository.m_db))
{
    m_repository.m_conflicts.clear();
    // A large write inserts into the id indexes at random places: with SQLite's default 2 MB page cache, most
    // inserts read their page back and write others out mid-transaction (at a million decisions, more time than
    // the inserts themselves). A larger cache, for this write only, grows only as far as the data needs.
    // (SQLite's only: on PostgreSQL a failed statement would end the transaction.)
    QSqlQuery q(m_repository.m_db);
    if (!SqlDialect::isPostgres(m_repository.m_db) && q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
        m_cacheSize = q.value(0).toLongLong();
        q.finish();
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(WriteCacheKiB));
    }
}

CaseRepository::Writer::~Writer()
{
    if (m_cacheSize)
        QSqlQuery(m_repository.m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_cacheSize));
}

bool CaseRepository::Writer::insert(const Decision &decision)
{
    return m_repository.writeDecision(*m_statements, decision, true, true).has_value();
}

bool CaseRepository::Writer::update(const Decision &decision)
{
    // Checked inside the caller's write transaction: no other writer can commit between this check and the write.
    const std::optional<qint64> stored = m_repository.storedVersion(*m_statements, decision.id);
    if (!stored)
        return false;
    if (*stored != decision.rowVersion) {
        m_repository.m_conflicts = QStringList { decision.id };
        return m_repository.fail(tr("saving decisions"),
            tr("changed by another caseline or another program since they were read: %1").arg(decision.id));
    }
    return m_repository.writeDecision(*m_statements, decision, decision.rowVersion == 0).has_value();
}

bool CaseRepository::deleteDecision(WriteStatements &statements, const QString &id)
{
    if (statements.history) {
        // The last version, so that a deleted decision can be restored.
        const std::optional<Decision> last = decision(id);
        if (last && !recordHistory(statements, *last, QStringLiteral("deleted")))
            return false;
    }
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
    q.prepare(SqlDialect::setMeta(m_db));
    q.addBindValue(key);
    q.addBindValue(notNull(value));
    return q.exec() || fail(tr("saving %1").arg(key), q.lastError().text());
}
