// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"
#include "importplan.h"
#include "outputfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class CaseRepository;

// Import and export of decisions (the command line's `import` and `export-data`, the GUI's File > Import and
// File > Export data). An import is planned first (read, checked, compared with the database; nothing written),
// then applied in one transaction: a file with one bad row imports nothing, and a crash leaves the file as it was.
// Decisions are matched by id: a new id is added, an existing one updated (JSON replaces the whole decision, CSV
// only the columns it has).
class DecisionImporter
{
    Q_DECLARE_TR_FUNCTIONS(DecisionImporter)

public:
    // Reads FILE as it streams in, a decision at a time (a file is refused beyond
    // ImportValidator::MaxImportFileSize, before it is read; a pipe or device, which cannot be read twice, beyond
    // ImportValidator::MaxFileSize) and plans its import into the decisions of `repository`. Errors name FILE as
    // given. `withChanges`: list each updated decision's changed fields (the preview shows them; a plain import
    // counts). The plan keeps every decision to write, for apply().
    static ImportPlan plan(const QString &fileName, const CaseRepository &repository, bool withChanges = true);
    // The same for bytes already read, against the given decisions of the database.
    static ImportPlan plan(const QString &fileName, const QByteArray &bytes, const QList<Decision> &existing);
    // plan() for a plan that is only shown (the command line's --dry-run): the decisions are counted, listed with
    // their changes only when `perDecision`, and not kept, so that memory stays flat however large the file.
    // `progress` is told how far the file has been read and can stop the reading: the plan is then `stopped`.
    static ImportPlan preview(
        const QString &fileName, const CaseRepository &repository, bool perDecision, const ImportProgress &progress = {});

    // Writes the new and changed decisions of a plan without errors, all in one transaction. False, with `error`
    // set and nothing written, when the plan has errors or the database refuses the write, or when a decision of
    // the plan changed in the database since the plan was made (another caseline or program): a conflict, named in
    // `error` and in repository.conflictIds(), never overwritten.
    static bool apply(const ImportPlan &plan, CaseRepository &repository, QString *error);
    // Plans FILE and applies it inside one write transaction, so that the import always merges into the latest
    // data even while another caseline writes the same file (the command line's import). Each decision is written
    // as soon as it is read and checked, so that a file of any size takes little memory; a problem anywhere in the
    // file, or a failed write, rolls the whole transaction back: nothing is written. The plan is returned for its
    // summary (its decisions listed only with `withChanges`, and none kept in toWrite); when it has errors nothing
    // is written. `error` is set when the write failed. `progress` as for preview(): a stop rolls everything back.
    static ImportPlan planAndApply(const QString &fileName, CaseRepository &repository, QString *error,
        bool withChanges = true, const ImportProgress &progress = {});

    // What applyConfirmed() did.
    enum class Outcome {
        Written,
        // Nothing written: the database refused the write (`error` says why).
        Failed,
        // Nothing written: the file or the database changed since the plan the user confirmed, so that the import
        // would no longer do what they agreed to (`error` says so).
        Changed,
        // Nothing written: `progress` stopped it.
        Stopped,
    };
    // The window's import, once the user has read and confirmed `confirmed`, a preview(FILE, ..., true): plans FILE
    // again and writes it inside one write transaction, as planAndApply() does, but commits only when that plan is
    // the confirmed one (the same decisions new, updated with the same changes, and unchanged). The confirmed plan
    // keeps no decision, so that a file of any size is asked about and imported in little memory; and it is made
    // again under the write lock, so that another caseline's writes meanwhile are never overwritten unseen.
    static Outcome applyConfirmed(const ImportPlan &confirmed, CaseRepository &repository, QString *error,
        const ImportProgress &progress = {});

    // The plan for people: counts, then (with `perDecision`) each new id, then each updated id with its changed
    // fields, one per line.
    static QStringList summary(const ImportPlan &plan, bool perDecision = true);

    // Writes FILE.json (the lossless format, DecisionJson::toDocument) or FILE.csv (DecisionCsv::toCsv) through
    // OutputFile, the one writer: never half a file, never over a database, a device or a FIFO. The suffix chooses
    // the format; any other suffix is refused.
    static OutputFile::Result exportTo(const QString &fileName, const QList<Decision> &decisions);
    static QByteArray exportBytes(ImportBatch::Format format, const QList<Decision> &decisions);

private:
    static std::unique_ptr<QIODevice> open(const QString &fileName, ImportPlan *refused);
    // planAndApply(), committing only what `accept` accepts of the plan.
    static ImportPlan planAndWrite(const QString &fileName, CaseRepository &repository, QString *error,
        bool withChanges, const ImportProgress &progress, const std::function<bool(const ImportPlan &)> &accept);
};
