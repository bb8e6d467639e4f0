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
    ImportPlan p = planFrom(fileName, device.get(), repository, { true, withChanges, true, nullptr }, &error);
    if (!error.isEmpty() && p.errors.isEmpty())
        p.errors.append(ImportError { 1, QStringLiteral("file"), error }.toString(fileName));
    return p;
}

ImportPlan DecisionImporter::preview(const QString &fileName, const CaseRepository &repository, bool perDecision)
{
    ImportPlan refused;
    const std::unique_ptr<QIODevice> device = open(fileName, &refused);
    if (!device)
        return refused;
    QString error;
    ImportPlan p = planFrom(fileName, device.get(), repository, { perDecision, perDecision, false, nullptr }, &error);
    if (!error.isEmpty() && p.errors.isEmpty())
        p.errors.append(ImportError { 1, QStringLiteral("file"), error }.toString(fileName));
    return p;
}

ImportPlan DecisionImporter::planAndApply(
    const QString &fileName, CaseRepository &repository, QString *error, bool withChanges)
{
    ImportPlan p;
    const std::unique_ptr<QIODevice> device = open(fileName, &p);
    if (!device)
        return p;
    // Read and written inside one write transaction: the write lock is held from the reading of the stored ids to
    // the commit, and a problem anywhere in the file rolls back what was written before it was found.
    const bool applied = repository.inWriteTransaction([&] {
        p = planFrom(fileName, device.get(), repository, { withChanges, withChanges, false, &repository }, error);
        return p.canApply() && error->isEmpty();
    });
    if (!applied && p.canApply() && error->isEmpty())
        *error = tr("nothing was imported from %1: %2").arg(fileName, repository.lastError());
    return p;
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
