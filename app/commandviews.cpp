// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandviews.h"

#include "caserepository.h"
#include "commandcontext.h"

#include <QLocale>

namespace CommandViews {

bool read(const CommandContext &context, const QString &view, QList<Decision> *decisions, ExportViewOptions *options)
{
    // The charts and the timeline draw no long text (a summary, a source): they are not read. They order the
    // decisions themselves, so they are read as stored: one pass over the file instead of a seek per decision.
    if (!context.matchingDecisions(decisions, CommandContext::Scope::Views, false))
        return false;
    options->basis = context.basis;
    options->claims = CaseRepository(context.database.connection()).dbSizeClaims();
    options->from = context.filter.from;
    options->to = context.filter.to;
    options->locale = QLocale();
    // A running total over a range starts where the earlier decisions left it (the UK fine set aside in 2023 was
    // imposed in 2022): the cumulative chart counts every decision the other filters match, and draws the range.
    if ((view == QLatin1String("cumulative") || view == QLatin1String("dashboard"))
        && (context.filter.from.isValid() || context.filter.to.isValid()) && !decisions->isEmpty()) {
        DecisionFilter undated = context.filter;
        undated.from = QDate();
        undated.to = QDate();
        const CommandContext wider {context.database, undated, context.basis, context.out, context.err, context.prefix};
        if (!wider.matchingDecisions(&options->cumulativeDecisions, CommandContext::Scope::Views, false))
            return false;
    }
    return true;
}

} // namespace CommandViews
