// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

// Files as the tests prepare and compare them.
namespace TestFiles {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Empty when the file cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The bytes SQLite keeps the data in, the database file and its write-ahead log, as one hash: equal before and
// after, nothing was written.
inline QByteArray fileState(const QString &dbPath)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(readFile(dbPath));
    hash.addData(readFile(dbPath + QStringLiteral("-wal")));
    return hash.result();
}

} // namespace TestFiles
