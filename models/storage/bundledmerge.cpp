// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundledmerge.h"

#include "bundleddata.h"
#include "caserepository.h"
#include "decisiondiff.h"
#include "decisionjson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

QString BundledMerge::fingerprint(const Decision &decision)
{
    // QJsonObject keeps its keys sorted, so the same decision always gives the same bytes.
    const QByteArray json = QJsonDocument(DecisionJson::toJson(decision)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(32));
}

QStringList BundledMerge::differingFields(const Decision &a, const Decision &b)
{
    return DecisionDiff::fields(a, b);
}

BundledUpdate BundledMerge::compute(const QList<Decision> &database, const QString &databaseVersion,
    const QHash<QString, QString> &baseline, const QList<Decision> &bundled, const QString &bundledVersion)
{
    BundledUpdate update;
    update.fromVersion = databaseVersion;
    update.toVersion = bundledVersion;
    for (const Decision &b : bundled)
        update.baseline.insert(b.id, fingerprint(b));
    update.recordBaseline = baseline.isEmpty() && !bundled.isEmpty();
    // The database already holds this bundled data; at most its baseline is missing.
    if (databaseVersion == bundledVersion)
        return update;

    QHash<QString, const Decision *> current;
    for (const Decision &d : database)
        current.insert(d.id, &d);
    const bool knowsBaseline = !baseline.isEmpty();
    QSet<QString> bundledIds;
    for (const Decision &b : bundled) {
        bundledIds.insert(b.id);
        Decision fresh = b;
        fresh.userModified = false;
        const bool wasBundled = baseline.contains(b.id);
        // Without a baseline nobody knows what the bundled version was, so it may have changed.
        const bool bundledChanged = !wasBundled || baseline.value(b.id) != update.baseline.value(b.id);
        const Decision *mine = current.value(b.id, nullptr);
        if (!mine) {
            if (!knowsBaseline || !wasBundled)
                update.added.append(fresh);
            else if (bundledChanged)
                update.conflicts.append({ b.id, {}, true });
            continue;
        }
        if (!mine->userModified) {
            if (*mine != fresh)
                update.replaced.append(fresh);
            continue;
        }
        if (*mine != fresh && bundledChanged)
            update.conflicts.append({ b.id, differingFields(*mine, fresh), false });
    }
    for (const Decision &d : database) {
        if (bundledIds.contains(d.id))
            continue;
        // Decisions the user added are marked userModified; without a baseline, the others came bundled.
        const bool wasBundled = knowsBaseline ? baseline.contains(d.id) : !d.userModified;
        if (wasBundled)
            update.withdrawn.append(d.id);
    }
    return update;
}

BundledUpdate BundledMerge::plan(const CaseRepository &repository, const BundledData &bundled)
{
    const QString version = repository.meta(VersionKey);
    // Every start of the same release lands here: the decisions are read only when there is something to merge,
    // so that a command on a database of a million decisions does not read them all first.
    const QList<Decision> database = version == bundled.version ? QList<Decision>() : repository.decisions();
    BundledUpdate update = compute(database, version, baselineFromText(repository.meta(BaselineKey)),
        bundled.decisions, bundled.version);
    if (update.fromVersion != update.toVersion && repository.dbSizeClaims() != bundled.dbSizeClaims)
        update.dbSizeClaims = bundled.dbSizeClaims;
    return update;
}

bool BundledMerge::apply(const BundledUpdate &update, CaseRepository &repository, QString *error)
{
    // Decisions first and the version last: an interrupted update is computed, and written, again at next start.
    if (update.changesDecisions() && !repository.saveDecisions(update.replaced + update.added)) {
        *error = tr("The bundled data could not be updated: %1").arg(repository.lastError());
        return false;
    }
    if (update.dbSizeClaims && !repository.replaceDbSizeClaims(*update.dbSizeClaims)) {
        *error = tr("The bundled data could not be updated: %1").arg(repository.lastError());
        return false;
    }
    if (!repository.setMeta(BaselineKey, baselineToText(update.baseline))
        || !repository.setMeta(VersionKey, update.toVersion)) {
        *error = tr("The bundled data version could not be recorded: %1").arg(repository.lastError());
        return false;
    }
    return true;
}

QStringList BundledMerge::summary(const BundledUpdate &update)
{
    QStringList lines;
    lines.append(tr("%n decision(s) updated to the new bundled data", nullptr, int(update.replaced.size())));
    lines.append(tr("%n new decision(s) added", nullptr, int(update.added.size())));
    if (!update.conflicts.isEmpty())
        lines.append(tr("%n decision(s) you changed were also changed in the bundled data; your versions were kept:",
            nullptr, int(update.conflicts.size())));
    for (const BundledConflict &c : update.conflicts) {
        lines.append(c.deletedByUser ? tr("%1: you deleted it; the bundled data changed it; it stays deleted").arg(c.id)
                                     : tr("%1: differs in %2").arg(c.id, c.fields.join(QLatin1String(", "))));
    }
    for (const QString &id : update.withdrawn)
        lines.append(tr("%1: no longer in the bundled data; kept").arg(id));
    return lines;
}

QString BundledMerge::baselineToText(const QHash<QString, QString> &baseline)
{
    QJsonObject object;
    for (auto it = baseline.constBegin(); it != baseline.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QHash<QString, QString> BundledMerge::baselineFromText(const QString &text)
{
    QHash<QString, QString> baseline;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString())
            baseline.insert(it.key(), it.value().toString());
    }
    return baseline;
}
