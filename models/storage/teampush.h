// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importplan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class CaseDatabase;

// caseline team push FILE ADDRESS: a personal database's decisions and lecture scripts copied to a team database.
// The decisions go through the importer, with its rules (a new id is added, a known one updated field by field, a
// decision changed on the server since is a conflict, and any problem writes nothing); the lecture scripts are
// added, never written over one of the server's: a script of the same name and other steps is added under a free
// name ("Lecture (2)"), one with the same steps is already there.
class TeamPush
{
    Q_DECLARE_TR_FUNCTIONS(TeamPush)

public:
    struct Result
    {
        ImportPlan decisions;
        QStringList scriptsAdded; // as named on the server
        QStringList scriptsAlreadyThere;
    };

    // With `dryRun`, only what would be done: nothing is written. False with `error` set when the file cannot be
    // read, the server refuses, or the decisions have a problem (result->decisions.errors lists them).
    static bool run(const QString &file, CaseDatabase &server, bool dryRun, Result *result, QString *error);
};
