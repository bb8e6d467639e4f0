// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teampush.h"

#include "casedatabase.h"
#include "caserepository.h"
#include "decisionimporter.h"
#include "lecturescriptrepository.h"

#include <QFileInfo>
#include <QTemporaryDir>

bool TeamPush::run(const QString &file, CaseDatabase &server, bool dryRun, Result *result, QString *error)
{
    if (server.isReadOnly()) {
        *error = server.errorString();
        return false;
    }
    const QFileInfo info(file);
    if (!info.exists()) {
        *error = tr("%1: no such file").arg(file);
        return false;
    }
    // A FIFO or a device would be read as a database by SQLite, or hang it; a folder is a common slip.
    if (!info.isFile()) {
        *error = tr("%1 is not a regular file: a personal database is an SQLite file").arg(file);
        return false;
    }
    // The personal file is only read: opened as caseline opens any file (checked, migrated if older), under a
    // connection of its own.
    CaseDatabase personal(QStringLiteral("caseline-team-push"));
    if (!personal.open(file)) {
        *error = personal.errorString();
        return false;
    }
    QList<Decision> decisions;
    QList<LectureScript> scripts;
    {
        decisions = CaseRepository(personal.connection()).decisions();
        const LectureScriptRepository personalScripts(personal.connection());
        for (const LectureScriptSummary &summary : personalScripts.scripts()) {
            if (const std::optional<LectureScript> script = personalScripts.script(summary.name))
                scripts.append(*script);
        }
    }
    personal.close();

    // The decisions as the importer reads them: caseline's own JSON, which carries every field.
    QTemporaryDir folder;
    const QString json = folder.filePath(QStringLiteral("decisions.json"));
    if (!folder.isValid() || !DecisionImporter::exportTo(json, decisions).ok()) {
        *error = tr("cannot prepare the decisions of %1 for the server").arg(file);
        return false;
    }
    CaseRepository repository(server.connection());
    QString importError;
    result->decisions = dryRun ? DecisionImporter::preview(json, repository, true)
                               : DecisionImporter::planAndApply(json, repository, &importError, true);
    result->decisions.fileName = file;
    if (!result->decisions.canApply() || !importError.isEmpty()) {
        *error = importError.isEmpty() ? tr("the decisions of %1 cannot be copied: nothing was written").arg(file)
                                       : importError;
        return false;
    }

    LectureScriptRepository serverScripts(server.connection());
    const QList<LectureScriptSummary> onServer = serverScripts.scripts();
    for (LectureScript script : std::as_const(scripts)) {
        // Already there: under its name, or under the free name an earlier push gave it ("Week 3 (2)").
        bool there = false;
        for (const LectureScriptSummary &summary : onServer) {
            if (there || (summary.name != script.name && !summary.name.startsWith(script.name + QStringLiteral(" ("))))
                continue;
            std::optional<LectureScript> stored = serverScripts.script(summary.name);
            if (stored) {
                stored->name = script.name;
                there = *stored == script;
            }
        }
        if (there) {
            result->scriptsAlreadyThere.append(script.name);
            continue;
        }
        script.name = serverScripts.freeName(script.name);
        script.rowVersion = 0;
        if (!dryRun && !serverScripts.save(script)) {
            *error = tr("the lecture script %1 cannot be copied: %2").arg(script.name, serverScripts.lastError());
            return false;
        }
        result->scriptsAdded.append(script.name);
    }
    return true;
}
