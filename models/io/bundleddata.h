// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dbsizeclaim.h"
#include "decision.h"

#include <QList>
#include <QString>

// The researched data compiled into the executable (resources/data/*.json).
struct BundledData
{
    QList<Decision> decisions;
    QList<DbSizeClaim> dbSizeClaims;
    QString version; // changes whenever the bundled files change, to offer updates to existing databases

    // Reads and validates the bundled files; an error here is a build defect, reported rather than hidden.
    static BundledData load(QString *error);
};
