// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "casedatabase.h"
#include "caserepository.h"
#include "commandcontext.h"
#include "decisionimporter.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {
const QLatin1String DryRunOption("dry-run");
const QLatin1String VerboseOption("verbose");
} // namespace

QList<QCommandLineOption> ImportCommand::options() const
{
    return {{DryRunOption, tr("Check the file and show what would change, without writing anything.")},
        {VerboseOption, tr("List each new and updated decision, with the fields that change.")}};
}

bool ImportCommand::readOptions(const QCommandLineParser &parser, QString *error)
{
    if (parser.positionalArguments().isEmpty()) {
        *error = tr("expected the file to import (.json or .csv)");
        return false;
    }
    m_file = parser.positionalArguments().constFirst();
    m_dryRun = parser.isSet(DryRunOption);
    m_verbose = parser.isSet(VerboseOption);
    return true;
}

int ImportCommand::run(const CommandContext &context)
{
    CaseRepository repository(context.database.connection());
    // A real import plans and writes inside one write transaction, so it merges into the latest data even when
    // another caseline writes the same file meanwhile; a dry run or a read-only file only reads.
    const bool write = !m_dryRun && !context.database.isReadOnly();
    QString error;
    // The file is read as it streams in and each decision written as soon as it is checked (a problem anywhere
    // rolls everything back); the decisions are listed, with their changed fields, only when they are printed.
    const ImportPlan plan = write ? DecisionImporter::planAndApply(m_file, repository, &error, m_verbose)
                                  : DecisionImporter::preview(m_file, repository, m_verbose);
    if (!plan.canApply()) {
        for (const QString &line : plan.errors)
            context.err << line << '\n';
        context.err << tr("caseline import: %n error(s); nothing was imported.", nullptr, int(plan.errors.size()))
                    << '\n';
        return Failure;
    }
    if (!error.isEmpty()) {
        context.err << tr("caseline import: %1").arg(error) << '\n';
        return Failure;
    }
    // One line per decision is too much for a file of thousands: listed only when asked for.
    for (const QString &line : DecisionImporter::summary(plan, m_verbose))
        context.out << line << '\n';
    if (!m_verbose && (plan.newCount > 0 || plan.updatedCount > 0))
        context.out << tr("Run with --verbose to list each new and updated decision.") << '\n';
    if (m_dryRun) {
        context.out << tr("Dry run: nothing was written.") << '\n';
        return Success;
    }
    if (!write) {
        context.err << tr("caseline import: %1").arg(context.database.errorString()) << '\n';
        return Failure;
    }
    m_committed = true;
    context.out << tr("Imported %1 new and %2 updated decision(s).")
                       .arg(QString::number(plan.newCount), QString::number(plan.updatedCount))
                << '\n';
    return Success;
}
