// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casedatabase.h"
#include "caserepository.h"
#include "datebasis.h"
#include "decision.h"
#include "decisionfilter.h"
#include "decisionindexreader.h"

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
    // file rather than a seek per decision), for a caller that does not depend on it. With Scope::Figures or Views
    // the decisions carry only what the statistics or the drawings need; the free-text search needs every field,
    // so it always reads everything. False, with the reason in `*error`, when reading fails. The one read of every
    // command: every field straight through SQLite (DecisionIndexReader), the others through CaseRepository.
    bool readMatching(const std::function<bool(const Decision &)> &visit, Scope scope, bool sorted, QString *error) const
    {
        const CaseRepository::ReadOrder order = !sorted ? CaseRepository::ReadOrder::Stored
            : basis == DateBasis::Announced             ? CaseRepository::ReadOrder::ByAnnouncedDate
                                                        : CaseRepository::ReadOrder::ByAdoptedDate;
        if (!filter.search.trimmed().isEmpty())
            scope = Scope::Everything;
        // The filter's words folded once, not for each decision.
        const DecisionMatcher matcher(filter, basis);
        const auto matching = [&](const Decision &decision) {
            return !matcher.matches(decision, [&decision] { return DecisionFilter::searchKeyFor(decision); })
                || visit(decision);
        };
        if (scope == Scope::Everything) {
            const DecisionIndexReader reader(database.connection());
            const bool read = reader.forEach(order, matching);
            if (!read)
                *error = reader.lastError();
            return read;
        }
        const CaseRepository repository(database.connection());
        const bool read = repository.forEachDecision(order, scope, matching);
        if (!read)
            *error = repository.lastError();
        return read;
    }

    // readMatching(), saying on `err` why reading failed.
    bool forEachMatching(const std::function<bool(const Decision &)> &visit, Scope scope = Scope::Everything,
        bool sorted = true) const
    {
        QString error;
        const bool read = readMatching(visit, scope, sorted, &error);
        if (!read)
            err << prefix << error << '\n';
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
