// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// An in-memory SQLite connection named `connection` holding caseline's schema as CaseDatabase creates it (limits
// included) and no data, with foreign keys enforced as the application runs. For repository tests that write
// exactly what they check. Empty on success, else why it failed. `file`: a new file instead of memory, for reads
// that open a second connection.
namespace EmptySchema {

QString open(const QString &connection, const QString &file = QStringLiteral(":memory:"));
void close(const QString &connection);

} // namespace EmptySchema
