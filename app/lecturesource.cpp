// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturesource.h"

#include "casedatabase.h"
#include "commandcontext.h"
#include "importvalidator.h"
#include "lecturescriptjson.h"
#include "lecturescriptrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace LectureSource {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LectureSource", text);
}

std::optional<LectureScript> readFile(const QString &path, const QSet<QString> &known, QString *error)
{
    QFile file(path);
    if (QFileInfo(path).size() > ImportValidator::MaxFileSize) {
        *error = tr("%1: the file is larger than a lecture script can be").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const LectureScriptImport read = LectureScriptJson::read(file.read(ImportValidator::MaxFileSize + 1), known);
    if (!read.isValid()) {
        *error = read.errorLines(path).join(QLatin1Char('\n'));
        return std::nullopt;
    }
    return read.script;
}

} // namespace

std::optional<LectureScript> loadScript(
    const QString &nameOrFile, const CaseDatabase &database, const QList<Decision> &decisions, QString *error)
{
    QSet<QString> known;
    known.reserve(decisions.size());
    for (const Decision &decision : decisions)
        known.insert(decision.id);
    // A file wins over a stored script of the same name: the user pointed at it by its path.
    const QFileInfo info(nameOrFile);
    if (info.exists() && info.isFile())
        return readFile(nameOrFile, known, error);

    const LectureScriptRepository repository(database);
    if (repository.contains(nameOrFile)) {
        std::optional<LectureScript> script = repository.script(nameOrFile);
        if (!script)
            *error = repository.lastError();
        return script;
    }
    QStringList names;
    for (const LectureScriptSummary &summary : repository.scripts())
        names.append(QStringLiteral("'%1'").arg(summary.name));
    *error = names.isEmpty()
        ? tr("no lecture script named '%1' and no such file; the database has no scripts").arg(nameOrFile)
        : tr("no lecture script named '%1' and no such file; the database has %2")
              .arg(nameOrFile, names.join(QStringLiteral(", ")));
    return std::nullopt;
}

std::shared_ptr<const LectureDeck> scriptDeck(
    const LectureScript &script, const QList<Decision> &all, DateBasis basis, QStringList *warnings)
{
    QStringList missing;
    auto deck = std::make_shared<const LectureDeck>(LectureDeck::fromScript(script, all, basis, &missing));
    if (warnings) {
        for (const QString &id : std::as_const(missing))
            warnings->append(tr("the script's step for decision '%1' is left out: it is not in this database").arg(id));
    }
    return deck;
}

std::shared_ptr<const LectureDeck> filterDeck(const QList<Decision> &matching, DateBasis basis)
{
    int first = 0;
    int last = 0;
    for (const Decision &decision : matching) {
        const QDate date = dateFor(decision, basis);
        if (!date.isValid())
            continue;
        first = first == 0 ? date.year() : qMin(first, date.year());
        last = qMax(last, date.year());
    }
    const QString title = first == last ? tr("Decisions of %1").arg(first) : tr("Decisions from %1 to %2").arg(first).arg(last);
    return std::make_shared<const LectureDeck>(LectureDeck::fromDecisions(matching, basis, title));
}

std::shared_ptr<const LectureDeck> forCommand(const CommandContext &context, const QString &script, int *decisionCount)
{
    std::shared_ptr<const LectureDeck> deck;
    if (script.isEmpty()) {
        QList<Decision> matching;
        if (!context.matchingDecisions(&matching))
            return nullptr;
        deck = filterDeck(matching, context.basis);
        if (deck->isEmpty()) {
            context.err << context.prefix << tr("no dated decision matches the filters; nothing to present") << '\n';
            return nullptr;
        }
    } else {
        // A script's timeline and totals are the whole database's, whatever the filters.
        QList<Decision> all;
        const CommandContext everything {context.database, DecisionFilter(), context.basis, context.out, context.err,
            context.prefix};
        if (!everything.matchingDecisions(&all))
            return nullptr;
        QString error;
        const std::optional<LectureScript> loaded = loadScript(script, context.database, all, &error);
        if (!loaded) {
            context.err << context.prefix << error << '\n';
            return nullptr;
        }
        QStringList warnings;
        deck = scriptDeck(*loaded, all, context.basis, &warnings);
        for (const QString &warning : std::as_const(warnings))
            context.err << context.prefix << warning << '\n';
        if (deck->isEmpty()) {
            context.err << context.prefix << tr("the script '%1' has no step to present").arg(loaded->name) << '\n';
            return nullptr;
        }
    }
    if (decisionCount)
        *decisionCount = int(deck->context().size());
    return deck;
}

} // namespace LectureSource
