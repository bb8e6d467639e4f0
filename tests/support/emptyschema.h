// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// An in-memory SQLite connection named `connection` holding caseline's schema as CaseDatabase creates it (limits
// included) and no data, with foreign keys enforced as the application runs. For repository tests that write
// exactly what they check. Empty on success, else why it failed. `file`: a new file instead of memory, for reads
// that open a second connection.
// With CASELINE_TEST_ENGINE=postgresql in the environment (ctest's *_postgresql runs of the repository suites), the
// connection is a new database of caseline's PostgreSQL schema (TeamDatabase::schemaStatements) on a server the
// test process starts once (TemporaryPostgres), so that the same tests check the same repository code on both
// engines; `file` is then unused.
namespace EmptySchema {

// True when the tests run on PostgreSQL: a test of what only SQLite has (PRAGMAs, files) skips itself.
bool onPostgres();
// On PostgreSQL: the address of a new team database (caseline team init: the schema and the bundled data) on the
// test process's server, for tests that open a database as the application does; empty with `error` set on failure.
QString newTeamDatabase(QString *error);


QString open(const QString &connection, const QString &file = QStringLiteral(":memory:"));
void close(const QString &connection);

} // namespace EmptySchema
