// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <optional>

// How the connection writes while one import's transaction runs (CaseRepository::inLargeWriteTransaction), set
// up before it begins and put back when it ends, whether it committed or not. Each setting changes only how the
// write is done, never what is committed, and each is left as it is where it cannot be applied safely (another
// connection on the file, a temporary table, a trigger other than the length limits, another driver): the write
// is then only slower. Measured on the JSON import of 1,000,000 decisions: 68.9 s with none, 35.2 s with all.
//
// - SQLite's undo record of each statement in memory, not in a temporary file (PRAGMA temp_store).
// - A rollback journal instead of the write-ahead log, when no other connection has the file open. With the log,
//   every page of the import was written twice (into the log, then copied into the file), and the log's frames
//   (24 bytes of header before each page) are not aligned with the file system's blocks, so the kernel zeroed
//   every new block before writing it. With the rollback journal, new pages go into the file once, in place; the
//   journal holds only the pages the import changes in the file as it was. A kill half-way leaves that journal
//   beside the file, and CaseDatabase::open() undoes the import with it. Other programs cannot read the file while
//   the import commits; with another connection open at the start, the log stays and they read as before.
// - The length-limit triggers (resources/sql/limits.sql) off for this connection: the import checks every text
//   against the same limits before it writes (ImportValidator, FieldLimits), and with the triggers on, SQLite
//   runs each insert as a trigger program with its own undo record. Other connections keep them; so does this
//   one, for anything prepared after the write.
// - Foreign keys unchecked for this connection: the import writes each decision's country and authority before
//   the decision and its child rows right after it, so every reference holds as it is written (tests run
//   PRAGMA foreign_key_check after imports); SQLite looked each parent up again for every child row.
class LargeWriteSettings
{
public:
    explicit LargeWriteSettings(const QSqlDatabase &db);
    ~LargeWriteSettings();
    Q_DISABLE_COPY_MOVE(LargeWriteSettings)

    bool statementJournalsInMemory() const { return m_tempStore.has_value(); }
    bool rollbackJournal() const { return m_rollbackJournal; }
    bool limitTriggersOff() const { return m_triggersOff; }
    bool foreignKeysUnchecked() const { return m_foreignKeysOff; }

private:
    bool keepStatementJournalsInMemory();
    bool useRollbackJournal();
    bool setTriggersEnabled(bool enabled);
    bool onlyLimitTriggers() const;

    QSqlDatabase m_db;
    std::optional<int> m_tempStore; // the connection's temp_store, restored at the end
    bool m_rollbackJournal = false; // switched from the write-ahead log, switched back at the end
    bool m_triggersOff = false;
    bool m_foreignKeysOff = false; // checked before, checked again at the end
};
