// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"
#include "importbatch.h"

#include <QList>
#include <QString>
#include <QStringList>

// One field an import changes, as text for the summary shown before anything is written.
struct FieldChange
{
    QString field; // JSON name, e.g. "amount" or "sources"
    QString before;
    QString after;
};

// A decision already in the database that the import changes.
struct DecisionUpdate
{
    QString id;
    QList<FieldChange> changes;
};

// What an import would do, computed without writing: DecisionImporter::plan() makes it, the user reads it,
// DecisionImporter::apply() writes it. When `errors` is not empty, nothing can be applied.
struct ImportPlan
{
    QString fileName;
    ImportBatch::Format format = ImportBatch::Format::Unknown;
    QStringList errors; // "FILE:LINE: field: message", by line
    QList<Decision> toWrite; // new and changed decisions, in file order, marked userModified
    QStringList newIds;
    QList<DecisionUpdate> updated;
    QStringList unchangedIds;

    bool canApply() const { return errors.isEmpty(); }
    qsizetype decisionCount() const { return newIds.size() + updated.size() + unchangedIds.size(); }
};
