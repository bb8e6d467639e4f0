// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casedatabase.h"
#include "caserepository.h"

#include <QTemporaryDir>

#include <memory>

// A caseline database made by CaseDatabase itself, from the bundled data, in a folder of its own that is removed
// with it. Each has its own Qt SQL connection name, so several can be open in one test.
class TemporaryDatabase
{
public:
    explicit TemporaryDatabase(const QString &fileName = QStringLiteral("cases.sqlite"));
    Q_DISABLE_COPY_MOVE(TemporaryDatabase)

    // False, with errorString(), when the folder or the database could not be made.
    bool isValid() const { return m_valid; }
    QString errorString() const { return m_database ? m_database->errorString() : QStringLiteral("no folder"); }
    QString path() const { return m_path; }
    // A path beside the database, for files a test writes (imports, exports).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    CaseDatabase &database() { return *m_database; }
    CaseRepository repository() const { return CaseRepository(m_database->connection()); }
    // Closes the connection (cleanly), e.g. before another process opens the file.
    void close() { m_database->close(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CaseDatabase> m_database;
    bool m_valid = false;
};
