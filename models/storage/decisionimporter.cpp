// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionimporter.h"

#include "caserepository.h"
#include "decisioncsv.h"
#include "decisiondiff.h"
#include "decisionjson.h"
#include "importvalidator.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <optional>

namespace {

// The summary is printed: its values are shown printable and shortened.
QList<FieldChange> changesBetween(const Decision &before, const Decision &after)
{
    QList<FieldChange> changes = DecisionDiff::changes(before, after);
    for (FieldChange &change : changes) {
        change.before = ImportValidator::printable(change.before, 200);
        change.after = ImportValidator::printable(change.after, 200);
    }
    return changes;
}

} // namespace

// The bytes of FILE, or nothing with `refused` holding the reason.
std::optional<QByteArray> DecisionImporter::readFile(const QString &fileName, ImportPlan *refused)
{
    refused->fileName = fileName;
    const auto refuse = [&](const QString &message) -> std::optional<QByteArray> {
        refused->errors.append(ImportError { 1, QStringLiteral("file"), message }.toString(fileName));
        return std::nullopt;
    };
    const QFileInfo info(fileName);
    if (!info.exists())
        return refuse(tr("no such file"));
    if (info.isDir())
        return refuse(tr("is a folder, not a file"));
    const qint64 max = ImportValidator::MaxFileSize;
    if (info.isFile() && info.size() > max)
        return refuse(tr("the file is larger than %1 MB").arg(max / (1024 * 1024)));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("cannot be read: %1").arg(file.errorString()));
    // Bounded even for pipes and devices, whose size is not known in advance.
    const QByteArray bytes = file.read(max + 1);
    if (file.error() != QFileDevice::NoError)
        return refuse(tr("cannot be read: %1").arg(file.errorString()));
    if (bytes.size() > max)
        return refuse(tr("the file is larger than %1 MB").arg(max / (1024 * 1024)));
    return bytes;
}

ImportPlan DecisionImporter::plan(const QString &fileName, const CaseRepository &repository, bool withChanges)
{
    ImportPlan refused;
    const std::optional<QByteArray> bytes = readFile(fileName, &refused);
    if (!bytes)
        return refused;
    return plan(fileName, *bytes, repository.rowVersions(),
        [&](const QSet<QString> &ids) { return repository.decisionsAmong(ids); }, withChanges);
}

ImportPlan DecisionImporter::planAndApply(
    const QString &fileName, CaseRepository &repository, QString *error, bool withChanges)
{
    ImportPlan p;
    // Read before the transaction: the write lock is held only while the database is read and written.
    const std::optional<QByteArray> bytes = readFile(fileName, &p);
    if (!bytes)
        return p;
    const bool applied = repository.inWriteTransaction([&] {
        p = plan(fileName, *bytes, repository.rowVersions(),
            [&](const QSet<QString> &ids) { return repository.decisionsAmong(ids); }, withChanges);
        return p.canApply() && apply(p, repository, error);
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
    return plan(fileName, bytes, versions, among, true);
}

ImportPlan DecisionImporter::plan(const QString &fileName, const QByteArray &bytes,
    const QHash<QString, qint64> &versions, const std::function<QList<Decision>(const QSet<QString> &)> &bases,
    bool withChanges)
{
    ImportPlan p;
    p.fileName = fileName;
    QSet<QString> ids;
    ids.reserve(versions.size());
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        ids.insert(it.key());
    const ImportBatch batch = ImportValidator::validate(fileName, bytes, ids);
    p.format = batch.format;
    p.errors = ImportValidator::errorLines(fileName, batch);
    if (!p.errors.isEmpty())
        return p;
    // Only the stored decisions the file names are read whole: a file of new decisions reads none.
    QSet<QString> named;
    for (const ImportedDecision &row : batch.decisions) {
        if (ids.contains(row.decision.id))
            named.insert(row.decision.id);
    }
    ids.clear();
    const QList<Decision> existing = bases(named);
    QHash<QString, qsizetype> index;
    index.reserve(existing.size());
    for (qsizetype i = 0; i < existing.size(); ++i)
        index.insert(existing.at(i).id, i);
    p.toWrite.reserve(batch.decisions.size());
    for (const ImportedDecision &row : batch.decisions) {
        const auto it = index.constFind(row.decision.id);
        const bool isNew = it == index.cend();
        const Decision base = isNew ? Decision() : existing.at(*it);
        Decision merged = row.columns.isEmpty() ? row.decision : DecisionCsv::merge(base, row);
        // The version this plan was made against: apply() refuses to write over a decision changed since.
        merged.rowVersion = base.rowVersion;
        if (!isNew && merged == base) {
            p.unchangedIds.append(merged.id);
            continue;
        }
        if (isNew)
            p.newIds.append(merged.id);
        else
            p.updated.append(DecisionUpdate { merged.id, withChanges ? changesBetween(base, merged) : QList<FieldChange>() });
        merged.userModified = true;
        p.toWrite.append(std::move(merged));
    }
    return p;
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
                     .arg(plan.fileName, QString::number(plan.newIds.size()), QString::number(plan.updated.size()),
                         QString::number(plan.unchangedIds.size())));
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
