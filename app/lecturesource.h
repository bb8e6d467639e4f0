// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"
#include "lecturedeck.h"
#include "lecturescript.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class CaseDatabase;
struct CommandContext;

// Where a lecture's steps come from, for `caseline present`, `caseline export presentation` and F5 in the window:
// a script stored in the database (by name), a script file a colleague sent (.json), or, with neither, the
// decisions of the current filter in time order.
namespace LectureSource {

// The script named `nameOrFile` in `database`, or read from that file when one exists at that path. Nullopt with
// `error` set ("no lecture script named ..." listing the stored ones, or the file's problems, one per line).
// Steps naming decisions this database lacks are kept (scriptDeck() reports them).
std::optional<LectureScript> loadScript(
    const QString &nameOrFile, const CaseDatabase &database, const QList<Decision> &decisions, QString *error);

// A script's deck: the whole database is its context (its timeline and totals), whatever the filters. `warnings`
// receives a line for each step left out because its decision is not in this database.
std::shared_ptr<const LectureDeck> scriptDeck(
    const LectureScript &script, const QList<Decision> &all, DateBasis basis, QStringList *warnings);
// The filter's deck: one step per matching dated decision, titled with the years it spans.
std::shared_ptr<const LectureDeck> filterDeck(const QList<Decision> &matching, DateBasis basis);

// For `present` and `export presentation`: the script's deck when `script` is set, else the filter's. Null (with the
// reason written to context.err) when there is nothing to present; steps left out are reported there too.
// `decisionCount` (optional) receives how many decisions the lecture draws on, for its citation.
std::shared_ptr<const LectureDeck> forCommand(
    const CommandContext &context, const QString &script, int *decisionCount = nullptr);

} // namespace LectureSource
