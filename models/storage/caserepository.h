// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "dbsizeclaim.h"
#include "decision.h"
#include "decisiontable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

// Every SQL statement of caseline on the decision data: prepared and bound, returning plain value types.
// Writes of several rows run in one transaction, so that a failure or a kill leaves the file as it was. Every
// transaction is a write transaction from its first statement (BEGIN IMMEDIATE), so that what it reads is still
// current when it writes: two caseline processes on one file take turns instead of overwriting each other.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    explicit CaseRepository(const QSqlDatabase &db);

    // Every decision, in the order of the timeline's dates on the adopted basis (the date override, else the adopted,
    // else the announced date; no date first), then by id: the window's rows come in this order, which its default
    // sort (by date) keeps without sorting (DecisionModel::rowsInDateOrder()).
    QList<Decision> decisions() const;

    // The order in which forEachDecision() reads: by id, or by the date on a basis (DateBasis, falling back to the
    // other date as dateFor() does) then id, as the command line prints them; or as stored, the fastest, for a
    // caller that does not depend on the order (the statistics sort what they compute).
    enum class ReadOrder { ById, ByAdoptedDate, ByAnnouncedDate, Stored };
    // What forEachDecision() fills in: every field, as decisions() returns them, or only what the statistics and
    // the filters other than free-text search look at (id, country, authority and its type, target, type, dates,
    // amounts, the maximum and cumulative flags, status changes, periodic penalty); the other fields are left
    // empty (false, 0), the row version too. The figures of a large database are read straight through SQLite
    // (SqliteDirect) where the driver allows, for speed; both readers give the same decisions.
    // Views: what the window's table, timeline and charts keep of every decision, and `export` draws: everything
    // but the long texts (Decision::omitLongTexts), the decisions marked so.
    enum class ReadScope { Everything, Figures, Views };
    // Calls `visit` with each stored decision in `order`, reading the decisions and their child rows with
    // forward-only queries merged as they go, so that memory stays flat however many decisions there are.
    // `visit` returns false to stop early. False with lastError() set when reading fails; decisions already
    // visited stay visited.
    bool forEachDecision(ReadOrder order, ReadScope scope, const std::function<bool(const Decision &)> &visit) const;
    // forEachDecision() of only the decisions with these `ids` (every decision when null), found through the
    // primary key: a few decisions of many are read in milliseconds.
    bool forEachDecisionAmong(ReadOrder order, ReadScope scope, const QStringList *ids,
        const std::function<bool(const Decision &)> &visit) const;
    std::optional<Decision> decision(const QString &id) const;
    // Every decision in decisions()'s order, as the views keep them (ReadScope::Views): the window's rows.
    QList<Decision> decisionsForViews() const;
    // Called now and then with the decisions read so far and their number; returns false to stop reading.
    using Progress = std::function<bool(qint64 read, qint64 total)>;
    // The same, reporting its progress; false when reading failed (lastError()) or `progress` stopped it, with
    // `decisions` left empty.
    bool decisionsForViews(QList<Decision> *decisions, const Progress &progress) const;
    // The same into the window's compact rows, each decision added as it is read: the window never holds them all
    // as Decisions at once (a million of them were 1 GB).
    bool decisionsForViews(DecisionTable *decisions, const Progress &progress) const;
    // From how many decisions decisionsForViews() and forEachDecisionInParts() read a file's two halves at once
    // (tests lower it).
    static void setParallelReadFrom(qint64 decisions);
    // Where a read splits in two parts unless set otherwise (see s_parallelReadFrom).
    static constexpr qint64 DefaultParallelReadFrom = 50000;
    // What forEachDecisionInParts() calls with each decision: `part` (0 or 1) says which part it belongs to.
    using PartVisitor = std::function<bool(int part, const Decision &decision)>;
    // forEachDecision(ReadOrder::Stored, scope) for a caller that accumulates what it reads (the statistics): a
    // large file (setParallelReadFrom) is read as two parts at once, each over a connection of its own and visited
    // on a thread of its own; otherwise, and for ReadScope::Everything, in one pass, all of it part 0. The parts
    // are consecutive runs of the stored order, part 0 first: accumulating each part apart, then part 1's after
    // part 0's, gives what one pass gives. `visit` must be safe to call from two threads at once for different
    // parts; when it returns false both parts stop. False with lastError() set when either part fails.
    bool forEachDecisionInParts(ReadScope scope, const PartVisitor &visit) const;
    // -1 when the count fails (lastError()).
    qint64 decisionCount() const;
    QStringList decisionIds() const;
    QList<DbSizeClaim> dbSizeClaims() const;
    // What an import plans against without reading every decision: each stored id with its row version.
    QHash<QString, qint64> rowVersions() const;
    // The stored decisions among `ids`, whole (the base of a CSV merge or a diff); empty when `ids` is.
    QList<Decision> decisionsAmong(const QSet<QString> &ids) const;

    // Inserts new ids and replaces existing ones, all or nothing, whatever their stored row versions: for data
    // that is not an edit of what was read (the bundled data, its merge).
    bool saveDecisions(const QList<Decision> &decisions);
    bool deleteDecisions(const QStringList &ids);
    // Saves `save` and deletes `remove` in one write transaction, but only while every decision named is still
    // stored at the rowVersion its copy carries (0: the id must not be stored). On success each copy in `save`
    // carries its new row version. Otherwise nothing is written; when the reason is a conflict, conflictIds()
    // names the decisions that another writer changed, added or deleted since they were read.
    bool saveIfUnchanged(QList<Decision> &save, const QList<Decision> &remove = {});
    // saveIfUnchanged() for a caller that does not need the new row versions (an import): the copies stay as they are.
    bool writeIfUnchanged(const QList<Decision> &save);
    // The ids of the last saveIfUnchanged() refused for a conflict; empty after any other outcome.
    QStringList conflictIds() const { return m_conflicts; }

private:
    struct WriteStatements; // declared here for Writer below; defined with the writes

public:
    // Writes decisions one at a time with its statements prepared once, for an import that streams its decisions
    // in (DecisionImporter) instead of holding them all. Use it inside inWriteTransaction(), and end it before the
    // transaction ends: nothing it writes stays unless the transaction commits.
    class Writer
    {
    public:
        explicit Writer(CaseRepository &repository);
        ~Writer();
        Q_DISABLE_COPY_MOVE(Writer)
        // A decision whose id is not stored: an INSERT, which fails (and with it the transaction) if it is.
        bool insert(const Decision &decision);
        // A stored decision, replaced only while it is still stored at decision.rowVersion: otherwise a conflict,
        // named in conflictIds(), and nothing of it is written.
        bool update(const Decision &decision);

        // The page cache a Writer gives SQLite while it writes, in KiB. A million decisions' indexes are about 160 MB:
        // with 128 MB, pages were written to the log and read back mid-transaction. With 256 MB the import of a
        // million decisions took 27 s instead of 36 s (CSV) and 50 s instead of 78 s (JSON), peaking at 428 MB instead
        // of 289 MB (the issue allows 500 MB). The cache only grows as far as the data needs.
        static constexpr qint64 WriteCacheKiB = 256 * 1024;

    private:
        CaseRepository &m_repository;
        std::unique_ptr<WriteStatements> m_statements;
        std::optional<qint64> m_cacheSize; // the connection's, restored at the end
    };

    // Runs `body` in one write transaction, committed when it returns true and rolled back otherwise. The write
    // lock is taken before `body` reads anything (waiting up to the busy timeout for another writer), so a
    // read-modify-write inside it always starts from the latest data. Writes of this repository inside `body` join
    // it. False with lastError() set when the transaction cannot start or commit, or when `body` fails.
    bool inWriteTransaction(const std::function<bool()> &body);
    // inWriteTransaction() for a write of very many rows (an import through a Writer): the same transaction, written
    // the fastest safe way (LargeWriteSettings: statement journals in memory, a rollback journal when the file is
    // not open elsewhere, the length-limit triggers off, foreign keys unchecked). What `body` writes must already be
    // checked against the length limits (FieldLimits), and refer only to rows stored or written before it, as the
    // importer's writes do. Inside another transaction it is just inWriteTransaction().
    // Temporary tables that `body` makes do not outlive it.
    bool inLargeWriteTransaction(const std::function<bool()> &body);
    bool replaceDbSizeClaims(const QList<DbSizeClaim> &claims);

    // One write of a decision in a team database's history: which version, who wrote it and when, and the decision
    // as it was then (restored by saving it again over the current version).
    struct HistoryEntry
    {
        qint64 rowVersion = 0;
        QString change; // "saved" or "deleted"
        QString changedBy;
        QDateTime changedAt;
        Decision decision;
    };
    // Every write of the decision `id`, oldest first; empty where no history is kept (a file). When it cannot be
    // read, empty with `error` set (lastError()'s words).
    QList<HistoryEntry> history(const QString &id, QString *error = nullptr) const;
    // True on a team database, which records every write; a file keeps no history.
    bool keepsHistory() const;

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    // The last error, for the user: "what failed: SQLite's words".
    QString lastError() const { return m_lastError; }

private:
    bool saveChecked(const QList<Decision> &save, const QList<Decision> &remove, QList<qint64> *versions);
    std::optional<qint64> writeDecision(
        WriteStatements &statements, const Decision &decision, bool isNew, bool insertOnly = false);
    std::optional<qint64> storedVersion(WriteStatements &statements, const QString &id);
    bool recordHistory(WriteStatements &statements, const Decision &decision, const QString &change);
    bool hasRowVersion() const;
    // The columns of the French outcome and summary, or two empty texts for a file older than schema 4 opened
    // read-only (which cannot be migrated).
    QString frenchColumns() const;
    bool ensureCountry(WriteStatements &statements, const QString &code);
    std::optional<qint64> authorityId(WriteStatements &statements, const Decision &decision);
    bool deleteChildren(WriteStatements &statements, const QString &id);
    bool deleteDecision(WriteStatements &statements, const QString &id);
    // forEachDecision() for ReadScope::Figures straight through SQLite (SqliteDirect); nullopt when that cannot be
    // used, and the caller reads through QSqlQuery.
    // `authorities` gives each authority id its name and type.
    // What the reads below hand each decision to: a decision it may keep by moving it.
    using Visitor = std::function<bool(Decision &)>;
    // forEachDecisionAmong(), for a visitor that keeps the decisions.
    bool read(ReadOrder order, ReadScope scope, const QStringList *ids, const Visitor &visit) const;
    // `views`: ReadScope::Views rather than Figures. `rows`: a condition on d.rowid that limits the read, or empty.
    std::optional<bool> forEachFigures(const QString &orderBy, bool views,
        const QHash<qint64, std::pair<QString, QString>> &authorities, const Visitor &visit,
        const QString &rows = QString()) const;
    // Each authority's id with its name and type.
    bool readAuthorities(QHash<qint64, std::pair<QString, QString>> *authorities) const;
    // ReadScope::Views (or Figures, `views` false) of the decisions whose rowid is in [first, last], in rowid order,
    // straight through SQLite; nullopt when that cannot be used.
    std::optional<bool> readRows(qint64 first, qint64 last, bool views, const Visitor &visit) const;
    // Whether this connection's file is one a second connection can open: not a database in memory (a new
    // connection would open another, empty, one).
    bool hasFile() const;
    // From how many decisions a read is split in two parts (setParallelReadFrom): above it, and with a second
    // core, the read was most of the window's start at a million decisions. At 100,000 the two parts took the window's
    // first paint from about 600 to 535 ms and `stats` from 0.26 to 0.18 s (alternating runs); from 50,000 the window
    // also reads on a worker thread (BackgroundLoad).
    static inline qint64 s_parallelReadFrom = DefaultParallelReadFrom;

    bool fail(const QString &what, const QString &sqlError) const;
    bool exec(const QString &statement, const QString &what);
    bool inTransaction(const QString &what, const std::function<bool()> &body);

    QSqlDatabase m_db;
    mutable QString m_lastError;
    QStringList m_conflicts;
    // Open transactions of this repository: the outermost is BEGIN IMMEDIATE, inner ones are savepoints.
    int m_depth = 0;
};
