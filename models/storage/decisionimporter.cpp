// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionimporter.h"

#include "caserepository.h"
#include "decisioncsv.h"
#include "decisionjson.h"
#include "importrun.h"
#include "importvalidator.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

// FILE open for reading, and for reading again: a regular file as it is, read as it streams in; a pipe or a device,
// which cannot be read twice, read into memory (at most ImportValidator::MaxFileSize). Nothing, with `refused`
// holding the reason.
std::unique_ptr<QIODevice> DecisionImporter::open(const QString &fileName, ImportPlan *refused)
{
    refused->fileName = fileName;
    const auto refuse = [&](const QString &message) -> std::unique_ptr<QIODevice> {
        refused->errors.append(ImportError { 1, QStringLiteral("file"), message }.toString(fileName));
        return nullptr;
    };
    const QFileInfo info(fileName);
    if (!info.exists())
        return refuse(tr("no such file"));
    if (info.isDir())
        return refuse(tr("is a folder, not a file"));
    if (info.isFile() && info.size() > ImportValidator::MaxImportFileSize)
        return refuse(ImportValidator::tooLargeMessage());
    auto file = std::make_unique<QFile>(fileName);
    if (!file->open(QIODevice::ReadOnly))
        return refuse(tr("cannot be read: %1").arg(file->errorString()));
    if (info.isFile() && !file->isSequential())
        return file;
    const qint64 max = ImportValidator::MaxFileSize;
    QByteArray bytes = file->read(max + 1);
    if (file->error() != QFileDevice::NoError)
        return refuse(tr("cannot be read: %1").arg(file->errorString()));
    if (bytes.size() > max)
        return refuse(tr("the file is larger than %1 MB").arg(max / (1024 * 1024)));
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

namespace {

ImportPlan planFrom(const QString &fileName, QIODevice *device, const CaseRepository &repository,
    const ImportRun::Options &options, QString *error)
{
    const QHash<QString, qint64> versions = repository.rowVersions();
    ImportRun run(fileName, device, versions,
        [&repository](const QSet<QString> &ids) { return repository.decisionsAmong(ids); }, options);
    return run.run(error);
}

} // namespace

ImportPlan DecisionImporter::plan(const QString &fileName, const CaseRepository &repository, bool withChanges)
{
    ImportPlan refused;
    const std::unique_ptr<QIODevice> device = open(fileName, &refused);
    if (!device)
        return refused;
    QString error;
    ImportPlan p = planFrom(fileName, device.get(), repository, { true, withChanges, true, nullptr, {} }, &error);
    if (!error.isEmpty() && p.errors.isEmpty())
        p.errors.append(ImportError { 1, QStringLiteral("file"), error }.toString(fileName));
    return p;
}

ImportPlan DecisionImporter::preview(
    const QString &fileName, const CaseRepository &repository, bool perDecision, const ImportProgress &progress)
{
    ImportPlan refused;
    const std::unique_ptr<QIODevice> device = open(fileName, &refused);
    if (!device)
        return refused;
    QString error;
    ImportPlan p
        = planFrom(fileName, device.get(), repository, { perDecision, perDecision, false, nullptr, progress }, &error);
    if (!error.isEmpty() && p.errors.isEmpty())
        p.errors.append(ImportError { 1, QStringLiteral("file"), error }.toString(fileName));
    return p;
}

ImportPlan DecisionImporter::planAndApply(const QString &fileName, CaseRepository &repository, QString *error,
    bool withChanges, const ImportProgress &progress)
{
    return planAndWrite(fileName, repository, error, withChanges, progress, [](const ImportPlan &) { return true; });
}

ImportPlan DecisionImporter::planAndWrite(const QString &fileName, CaseRepository &repository, QString *error,
    bool withChanges, const ImportProgress &progress, const std::function<bool(const ImportPlan &)> &accept)
{
    ImportPlan p;
    const std::unique_ptr<QIODevice> device = open(fileName, &p);
    if (!device)
        return p;
    bool accepted = true;
    // Read and written inside one write transaction: the write lock is held from the reading of the stored ids to
    // the commit, and a problem anywhere in the file (or a stop) rolls back what was written before it was found.
    const bool applied = repository.inLargeWriteTransaction([&] {
        p = planFrom(fileName, device.get(), repository,
            { withChanges, withChanges, false, &repository, progress }, error);
        if (!p.canApply() || !error->isEmpty())
            return false;
        accepted = accept(p);
        return accepted;
    });
    if (!applied && p.canApply() && accepted && error->isEmpty())
        *error = tr("nothing was imported from %1: %2").arg(fileName, repository.lastError());
    return p;
}

namespace {

// Whether two plans of one file do the same: the same decisions new, updated with the same changes, and unchanged.
bool sameImport(const ImportPlan &a, const ImportPlan &b)
{
    return a.newCount == b.newCount && a.updatedCount == b.updatedCount && a.unchangedCount == b.unchangedCount
        && a.newIds == b.newIds && a.updated == b.updated && a.unchangedIds == b.unchangedIds;
}

} // namespace

DecisionImporter::Outcome DecisionImporter::applyConfirmed(
    const ImportPlan &confirmed, CaseRepository &repository, QString *error, const ImportProgress &progress)
{
    if (!confirmed.canApply()) {
        *error = tr("%1 has %n problem(s); nothing was imported", nullptr, int(confirmed.errors.size()))
                     .arg(confirmed.fileName);
        return Outcome::Failed;
    }
    bool same = true;
    const ImportPlan again = planAndWrite(confirmed.fileName, repository, error, true, progress,
        [&](const ImportPlan &p) {
            same = sameImport(p, confirmed);
            return same;
        });
    if (again.stopped)
        return Outcome::Stopped;
    // A file that now has problems changed since it was read for the plan, which had none.
    if (!same || !again.canApply()) {
        *error = tr("%1 or the database changed since you confirmed the import (another caseline or another program "
                    "wrote to it). Nothing was imported; import again to see what it would do now.")
                     .arg(confirmed.fileName);
        return Outcome::Changed;
    }
    return error->isEmpty() ? Outcome::Written : Outcome::Failed;
}

ImportPlan DecisionImporter::plan(const QString &fileName, const QByteArray &bytes, const QList<Decision> &existing)
{
    QHash<QString, qint64> versions;
    versions.reserve(existing.size());
    for (const Decision &d : existing)
        versions.insert(d.id, d.rowVersion);
    const auto among = [&](const QSet<QString> &ids) {
        QList<Decision> out;
        for (const Decision &d : existing) {
            if (ids.contains(d.id))
                out.append(d);
        }
        return out;
    };
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    return ImportRun(fileName, &buffer, versions, among, {}).run(&error);
}

bool DecisionImporter::apply(const ImportPlan &plan, CaseRepository &repository, QString *error)
{
    if (!plan.canApply()) {
        *error = tr("%1 has %n problem(s); nothing was imported", nullptr, int(plan.errors.size())).arg(plan.fileName);
        return false;
    }
    if (plan.toWrite.isEmpty())
        return true;
    if (!repository.writeIfUnchanged(plan.toWrite)) {
        const QStringList conflicts = repository.conflictIds();
        if (!conflicts.isEmpty()) {
            *error = tr("%1: these decisions changed since the preview, by another caseline or another program: %2. "
                        "Nothing was imported; import again to merge into the latest data.")
                         .arg(plan.fileName, conflicts.join(QLatin1String(", ")));
        } else {
            *error = tr("nothing was imported from %1: %2").arg(plan.fileName, repository.lastError());
        }
        return false;
    }
    return true;
}

QStringList DecisionImporter::summary(const ImportPlan &plan, bool perDecision)
{
    QStringList lines;
    if (!plan.canApply()) {
        lines.append(
            tr("%1: %n problem(s), nothing will be imported", nullptr, int(plan.errors.size())).arg(plan.fileName));
        return lines;
    }
    lines.append(tr("%1: %2 new, %3 updated, %4 unchanged")
                     .arg(plan.fileName, QString::number(plan.newCount), QString::number(plan.updatedCount),
                         QString::number(plan.unchangedCount)));
    if (!perDecision)
        return lines;
    for (const QString &id : plan.newIds)
        lines.append(tr("  new      %1").arg(id));
    for (const DecisionUpdate &update : plan.updated) {
        lines.append(tr("  updated  %1").arg(update.id));
        for (const FieldChange &change : update.changes) {
            const QString empty = tr("(empty)");
            lines.append(tr("           %1: %2 -> %3")
                             .arg(change.field, change.before.isEmpty() ? empty : change.before,
                                 change.after.isEmpty() ? empty : change.after));
        }
    }
    return lines;
}

QByteArray DecisionImporter::exportBytes(ImportBatch::Format format, const QList<Decision> &decisions)
{
    switch (format) {
    case ImportBatch::Format::Json:
        return DecisionJson::toDocument(decisions);
    case ImportBatch::Format::Csv:
        return DecisionCsv::toCsv(decisions);
    case ImportBatch::Format::Unknown:
        break;
    }
    return {};
}

OutputFile::Result DecisionImporter::exportTo(const QString &fileName, const QList<Decision> &decisions)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const ImportBatch::Format format = suffix == QLatin1String("json") ? ImportBatch::Format::Json
        : suffix == QLatin1String("csv")                               ? ImportBatch::Format::Csv
                                                                       : ImportBatch::Format::Unknown;
    if (format == ImportBatch::Format::Unknown)
        return { OutputFile::Status::Refused, tr("%1: choose a file name ending in .json or .csv").arg(fileName) };
    return OutputFile::write(fileName, exportBytes(format, decisions));
}
