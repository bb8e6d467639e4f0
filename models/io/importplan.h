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
    // New and changed decisions, in file order, marked userModified: kept by the plans that are applied later
    // (DecisionImporter::plan()), not by an import that writes as it reads (DecisionImporter::planAndApply()).
    QList<Decision> toWrite;
    // The decisions of each kind, counted always, and listed (their ids; the changed fields of the updated ones)
    // when the plan was asked to list them.
    qsizetype newCount = 0;
    qsizetype updatedCount = 0;
    qsizetype unchangedCount = 0;
    QStringList newIds;
    QList<DecisionUpdate> updated;
    QStringList unchangedIds;

    bool canApply() const { return errors.isEmpty(); }
    qsizetype decisionCount() const { return newCount + updatedCount + unchangedCount; }
};
