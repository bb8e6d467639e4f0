// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporarydatabase.h"

#include <atomic>

TemporaryDatabase::TemporaryDatabase(const QString &fileName)
{
    static std::atomic<int> serial { 0 };
    m_database = std::make_unique<CaseDatabase>(QStringLiteral("temporary-database-%1").arg(++serial));
    if (!m_dir.isValid())
        return;
    m_path = m_dir.filePath(fileName);
    m_valid = m_database->open(m_path);
}
