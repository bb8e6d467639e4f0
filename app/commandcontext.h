// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casedatabase.h"
#include "caserepository.h"
#include "datebasis.h"
#include "decision.h"
#include "decisionfilter.h"

#include <QList>
#include <QTextStream>
#include <functional>

// What a subcommand works on, prepared by CommandLine: the open database, the shared filters and the output
// streams (UTF-8). The decisions are not read up front: a command reads the matching ones as it goes
// (forEachMatching), so that `list`, `export-data` and `stats` keep their memory flat however large the database.
struct CommandContext
{
    using Scope = CaseRepository::ReadScope;

    CaseDatabase &database;
    DecisionFilter filter;
    DateBasis basis = DateBasis::Adopted;
    QTextStream &out;
    QTextStream &err;
    // "caseline list: ", for the messages of a failed read.
    QString prefix;

    // Calls `visit` with each decision that matches the filter, sorted by date on the basis then id, as it is read;
    // `visit` returns false to stop. `sorted` false leaves the order to the database (as stored: one pass over the
    // file rather than a seek per decision), for a caller that does not depend on it. With Scope::Figures, the decisions carry only what the statistics need; the free-text
    // search needs every field, so it always reads everything. False, with the reason on `err`, when reading fails.
    bool forEachMatching(const std::function<bool(const Decision &)> &visit, Scope scope = Scope::Everything,
        bool sorted = true) const
    {
        const CaseRepository repository(database.connection());
        const CaseRepository::ReadOrder order = !sorted ? CaseRepository::ReadOrder::Stored
            : basis == DateBasis::Announced             ? CaseRepository::ReadOrder::ByAnnouncedDate
                                                        : CaseRepository::ReadOrder::ByAdoptedDate;
        if (!filter.search.trimmed().isEmpty())
            scope = Scope::Everything;
        const bool read = repository.forEachDecision(order, scope, [&](const Decision &decision) {
            return !filter.matches(decision, basis) || visit(decision);
        });
        if (!read)
            err << prefix << repository.lastError() << '\n';
        return read;
    }

    // Every matching decision at once, in the same order, for the commands that need them together.
    bool matchingDecisions(QList<Decision> *decisions, Scope scope = Scope::Everything, bool sorted = true) const
    {
        return forEachMatching(
            [decisions](const Decision &decision) {
                decisions->append(decision);
                return true;
            },
            scope, sorted);
    }
};
