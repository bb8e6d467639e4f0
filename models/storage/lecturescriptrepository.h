// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lecturescript.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>
#include <utility>

class CaseDatabase;

// One stored script as the script list shows it.
struct LectureScriptSummary
{
    QString name;
    QString description;
    int stepCount = 0;
    qint64 rowVersion = 0;
    QDateTime updated; // UTC

    bool operator==(const LectureScriptSummary &o) const
    {
        return name == o.name && description == o.description && stepCount == o.stepCount && rowVersion == o.rowVersion
            && updated == o.updated;
    }
};

// Every SQL statement on lecture scripts (tables lecture_scripts and lecture_steps, schema version 3), returning
// plain value types. As in CaseRepository, each write is one transaction that takes the write lock before it reads
// (BEGIN IMMEDIATE), and a row version per script turns a write based on a stale copy into a conflict: another
// caseline (or another window) that saved, renamed or deleted the script since it was read is never overwritten.
// Scripts are named by their name, which is unique.
//
// A read-only database (CaseDatabase::isReadOnly: a file that may not be written, or the bundled data in memory)
// refuses every write with the reason, before any SQL runs. A read-only file of schema version 2 has no lecture
// tables: it lists no scripts, and loading one says why.
class LectureScriptRepository
{
    Q_DECLARE_TR_FUNCTIONS(LectureScriptRepository)

public:
    // The open database, read-only or not as it was opened.
    explicit LectureScriptRepository(const CaseDatabase &database);
    // A connection that may be written (tests, the importer's own connections).
    explicit LectureScriptRepository(const QSqlDatabase &db);

    // Refuses every write from now on, saying `reason` (CaseDatabase::errorString()).
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return m_readOnly; }

    // Every stored script, by name.
    QList<LectureScriptSummary> scripts() const;
    bool contains(const QString &name) const;
    // The script named `name` with its steps in order and its row version; nullopt with lastError() set when there
    // is none or it cannot be read.
    std::optional<LectureScript> script(const QString &name) const;
    // `wanted` when no script has that name, else "wanted (2)", "wanted (3)"...: where an imported script goes when
    // its name is taken, so that it is neither refused nor written over another.
    QString freeName(const QString &wanted) const;

    // Writes `script` whole in one transaction, after LectureScriptChecks. With rowVersion 0 it is a new script and
    // its name must be free; otherwise it replaces the stored script of that name, but only while that is still at
    // `script.rowVersion`. On success `script.rowVersion` is the new version. Otherwise nothing is written, and
    // isConflict() tells a conflict (another writer got there first, or the name is taken) from a failure.
    bool save(LectureScript &script);
    // Renames the script `name` stored at `rowVersion` (from scripts() or script()) to `newName`, which must be free.
    // `newVersion` (optional) receives its new row version.
    bool rename(const QString &name, qint64 rowVersion, const QString &newName, qint64 *newVersion = nullptr);
    // Deletes the script `name` stored at `rowVersion`, with its steps.
    bool remove(const QString &name, qint64 rowVersion);

    // The bundled example lecture (LectureScriptJson::bundledExample), added once per database: the first time a
    // database of schema 3 is opened for writing (created, or migrated from 2), and only when no script has its
    // name. A meta key records that it was offered, so a user who deleted or renamed it does not get it back and
    // a script of theirs with that name is never replaced. False with lastError() when it cannot be written.
    bool addBundledExampleOnce();

    // True when the last write was refused because of another writer or a taken name; false after any other outcome.
    bool isConflict() const { return m_conflict; }
    // The last error, for the user: "what failed: why".
    QString lastError() const { return m_lastError; }

private:
    bool hasTables() const;
    bool refuseIfReadOnly(const QString &what);
    bool fail(const QString &what, const QString &why) const;
    bool conflict(const QString &what, const QString &why);
    bool inWriteTransaction(const QString &what, const std::function<bool()> &body);
    bool exec(const QString &statement, const QString &what);
    // The id and row version of the script named `name`; nullopt when it is not stored (`*error` false) or the
    // read failed (`*error` true, lastError() set).
    std::optional<std::pair<qint64, qint64>> stored(const QString &name, bool *error) const;
    bool insertScript(const LectureScript &script, const QString &what);
    bool writeSteps(qint64 scriptId, const LectureScript &script);

    QSqlDatabase m_db;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    mutable QString m_lastError;
    bool m_conflict = false;
};
