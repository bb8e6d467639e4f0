// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisionrelations.h"
#include "importbatch.h"
#include "importproblems.h"
#include "jsontape.h"
#include "jsontextscanner.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>

// The checks ImportValidator runs once a file is read: each decision on its own, the file's records against each
// other and the database, and what only the JSON text shows. Reading the file is ImportValidator's business.
namespace ImportChecks {

// Ids, country, type, plausible dates, exact non-negative amounts, web links, and every text: valid Unicode
// within its field's length. `csv`: fields are named as CSV columns.
void checkDecision(ImportProblems &problems, const ImportedDecision &record, bool csv);

// Duplicate ids, and relations to ids neither in `decisions` nor in `existingIds`.
void checkAcrossRecords(
    ImportProblems &problems, const QList<ImportedDecision> &decisions, const QSet<QString> &existingIds);

// checkAcrossRecords() a record at a time, for a file read as it streams in: a record whose id an earlier one on
// `firstLine` has; the ids a record names (DecisionRelations::references()) that are not `known`, in the file or the
// database, and names of its own id.
void checkDuplicate(ImportProblems &problems, int line, const QString &id, int firstLine);
void checkRelations(ImportProblems &problems, int line, const QString &id,
    const QList<DecisionRelations::Reference> &references, const std::function<bool(const QString &)> &known);

// The digits of the amounts as written (`text`), exactly: run before DecisionJson's messages are added, its
// messages say more than theirs.
void checkJsonNumbers(ImportProblems &problems, int line, const QJsonObject &object, const JsonTextElement &text,
    const Decision &decision);
// The same of an object read through JsonTape, which keeps the digits itself.
void checkJsonNumbers(ImportProblems &problems, int line, const JsonTapeObject &object, const Decision &decision);

// What DecisionJson cannot see: unknown or repeated keys (`text`, when the lines are known), stray currencies and
// the derived timeline_date.
void checkJsonObject(ImportProblems &problems, int line, const QJsonObject &object, const JsonTextElement *text);
// The same of an object read through JsonTape, which reads none with a repeated key.
void checkJsonObject(ImportProblems &problems, int line, const JsonTapeObject &object);

} // namespace ImportChecks
