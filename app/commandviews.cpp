// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandviews.h"

#include "caserepository.h"
#include "commandcontext.h"

#include <QLocale>

#include <vector>

namespace {

// Every decision as the window reads them (no long texts), in its order: a large file in two halves at once.
bool readAll(const CommandContext &context, DecisionTable *all)
{
    const CaseRepository repository(context.database.connection());
    if (repository.decisionsForViews(all, {}))
        return true;
    context.err << context.prefix << repository.lastError() << '\n';
    return false;
}

// The rows of `all` that match `filter`, in order.
std::vector<qsizetype> rowsMatching(const DecisionTable &all, const DecisionFilter &filter, DateBasis basis)
{
    const DecisionMatcher matcher(filter, basis);
    std::vector<qsizetype> rows;
    rows.reserve(size_t(all.size()));
    for (qsizetype row = 0; row < all.size(); ++row) {
        if (matcher.matchesFields(all, row))
            rows.push_back(row);
    }
    return rows;
}

// `table` reduced to these of its rows; untouched when they are all of them (no filter: a million rows not copied).
void keepOnly(DecisionTable &table, const std::vector<qsizetype> &rows)
{
    if (qsizetype(rows.size()) != table.size())
        table.keepRows(rows);
}

// The free-text search needs every text, which the window's read leaves out: the matching decisions are read whole,
// then kept as the views keep them.
bool readSearched(const CommandContext &context, DecisionTable *decisions)
{
    return context.forEachMatching(
        [decisions](const Decision &decision) {
            Decision shown = decision;
            shown.omitLongTexts();
            decisions->append(shown);
            return true;
        },
        CommandContext::Scope::Views, false);
}

} // namespace

namespace CommandViews {

bool read(const CommandContext &context, const QString &view, DecisionTable *decisions, ExportViewOptions *options)
{
    options->basis = context.basis;
    options->claims = CaseRepository(context.database.connection()).dbSizeClaims();
    options->from = context.filter.from;
    options->to = context.filter.to;
    options->locale = QLocale();
    // A running total over a range starts where the earlier decisions left it (the UK fine set aside in 2023 was
    // imposed in 2022): the cumulative chart counts every decision the other filters match, and draws the range.
    const bool wider = (view == QLatin1String("cumulative") || view == QLatin1String("dashboard"))
        && (context.filter.from.isValid() || context.filter.to.isValid());
    DecisionFilter undated = context.filter;
    undated.from = QDate();
    undated.to = QDate();

    if (!context.filter.search.trimmed().isEmpty()) {
        if (!readSearched(context, decisions))
            return false;
        if (wider && !decisions->isEmpty()) {
            const CommandContext all {context.database, undated, context.basis, context.out, context.err, context.prefix};
            if (!readSearched(all, &options->cumulativeDecisions))
                return false;
        }
        return true;
    }
    // One read of every decision, filtered here for the view and for the running totals.
    DecisionTable all;
    if (!readAll(context, &all))
        return false;
    const std::vector<qsizetype> shown = rowsMatching(all, context.filter, context.basis);
    if (wider && !shown.empty()) {
        options->cumulativeDecisions = all; // shares the rows until reduced
        keepOnly(options->cumulativeDecisions, rowsMatching(all, undated, context.basis));
    }
    *decisions = std::move(all);
    keepOnly(*decisions, shown);
    return true;
}

} // namespace CommandViews
