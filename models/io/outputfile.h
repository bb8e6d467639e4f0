// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QIODevice;

// The one writer of every file caseline makes: exports, screenshots, data, decks and scripts.
//
// It writes to a temporary file in the target's folder, flushes it to the disk (fsync) and renames it over the
// target, so that a failure, a kill or a full disk never leaves half a file and an existing file is replaced
// only whole. Before writing it refuses targets that must never be replaced by an export: an SQLite database
// (the open one or any other) or its -wal, -shm or -journal file, a folder, a device, a FIFO or a socket, and a
// symbolic link to any of these. A symbolic link to a regular file is followed: its target is replaced.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    enum class Status {
        Written,
        // The target may not be written at all; nothing was touched. The command line exits with 2.
        Refused,
        // Writing failed (no such folder, no permission, full disk, the producer failed); nothing was changed.
        Failed,
    };
    struct Result
    {
        Status status = Status::Failed;
        QString error; // for the user, with the path; empty when written

        bool ok() const { return status == Status::Written; }
    };

    // Why PATH may not be written, or an empty string when it may.
    static QString refusal(const QString &path);

    // Writes PATH with what `produce` writes to the device it is given; `produce` returns false (and may set
    // `*problem`) when it cannot make the content, and then nothing is changed.
    using Producer = std::function<bool(QIODevice *device, QString *problem)>;
    static Result write(const QString &path, const Producer &produce);
    static Result write(const QString &path, const QByteArray &bytes);
};
