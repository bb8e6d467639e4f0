// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Edits of a team database's decisions that could not be saved because the server could not be reached, kept in
// a file of the user's (one per team database) until they are saved, exported or discarded: an edit made while
// the server is away is never lost, not even if caseline is closed meanwhile. Each edit keeps the version it was
// made from, so that saving it later is refused as a conflict if someone changed the decision in between (and
// the conflict dialog can show whose change is whose). Written through OutputFile: a write is whole or nothing.
class PendingEdits
{
    Q_DECLARE_TR_FUNCTIONS(PendingEdits)

public:
    struct Edit
    {
        Decision base; // the version the edit started from, with its row version
        Decision mine;
    };

    // The pending edits of the team database shown as `address` (ServerAddress::display()), in `folder`.
    PendingEdits(const QString &folder, const QString &address);

    // The user's folder for them: the application's data folder.
    static QString defaultFolder();

    QString fileName() const { return m_fileName; }
    // The edits kept, oldest first. A file that cannot be read gives none and says why in `error`, and is left
    // as it is.
    QList<Edit> read(QString *error) const;
    // Adds `edit`, replacing an earlier pending edit of the same decision (its base stays the earlier one's:
    // that is what the server last showed). False with `error` set when the file cannot be written.
    bool add(const Edit &edit, QString *error);
    // Removes the pending edit of the decision `id`; the file goes when none is left.
    bool remove(const QString &id, QString *error);

private:
    bool write(const QList<Edit> &edits, QString *error);

    QString m_fileName;
    QString m_address;
};
