// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"
#include "importbatch.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

// How far an import has got, for a progress bar, and whether it may go on: called now and then with the work done
// and the work to do (bytes of the file read), from the thread that reads; returning false stops the import, which
// then writes nothing (ImportPlan::stopped).
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// One field an import changes, as text for the summary shown before anything is written.
struct FieldChange
{
    QString field; // JSON name, e.g. "amount" or "sources"
    QString before;
    QString after;

    bool operator==(const FieldChange &o) const { return field == o.field && before == o.before && after == o.after; }
};

// A decision already in the database that the import changes.
struct DecisionUpdate
{
    QString id;
    QList<FieldChange> changes;

    bool operator==(const DecisionUpdate &o) const { return id == o.id && changes == o.changes; }
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
    // The import was stopped through its ImportProgress before it was done: nothing was written, and the counts
    // and lists are not to be trusted.
    bool stopped = false;

    bool canApply() const { return errors.isEmpty() && !stopped; }
    qsizetype decisionCount() const { return newCount + updatedCount + unchangedCount; }
};
