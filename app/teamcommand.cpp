// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamcommand.h"

#include "commandcontext.h"
#include "serveraddress.h"
#include "teamdatabase.h"
#include "teampush.h"

#include "casedatabase.h"
#include "decisionimporter.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {
const QLatin1String DryRunOption("dry-run");
} // namespace

QList<QCommandLineOption> TeamCommand::options() const
{
    return { { DryRunOption, tr("team push: show what would be copied, without writing anything.") } };
}

bool TeamCommand::readOptions(const QCommandLineParser &parser, QString *error)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    const int expected = action == QLatin1String("init") ? 2
        : action == QLatin1String("push")                ? 3
        : action == QLatin1String("grant")               ? 4
                                                         : -1;
    if (expected < 0) {
        *error = action.isEmpty()
            ? tr("expected what to do: init ADDRESS, push FILE ADDRESS, or grant ADDRESS ROLE read|edit")
            : tr("unknown team command '%1' (expected init, push or grant)").arg(action);
        return false;
    }
    if (arguments.size() != expected) {
        *error = expected == 2 ? tr("expected: team init ADDRESS (postgresql://USER@HOST:PORT/DATABASE)")
            : expected == 3    ? tr("expected: team push FILE ADDRESS")
                               : tr("expected: team grant ADDRESS ROLE read|edit");
        return false;
    }
    m_action = expected == 2 ? Action::Init : expected == 3 ? Action::Push : Action::Grant;
    m_dryRun = parser.isSet(DryRunOption);
    if (m_action == Action::Push)
        m_file = arguments.at(1);
    m_address = arguments.at(expected == 3 ? 2 : 1);
    const ServerAddress address = ServerAddress::parse(m_address);
    if (!address.isValid()) {
        *error = address.error();
        return false;
    }
    if (m_action == Action::Grant) {
        m_role = arguments.at(2);
        const QString rights = arguments.at(3);
        if (rights != QLatin1String("read") && rights != QLatin1String("edit")) {
            *error = tr("unknown rights '%1' (expected read or edit)").arg(rights);
            return false;
        }
        m_edit = rights == QLatin1String("edit");
    }
    return true;
}

int TeamCommand::run(const CommandContext &context)
{
    if (m_action == Action::Push)
        return push(context);
    QString done;
    QString error;
    const bool ok = m_action == Action::Init
        ? TeamDatabase::init(m_address, &done, &error)
        : TeamDatabase::grant(m_address, m_role, m_edit ? TeamDatabase::Rights::Edit : TeamDatabase::Rights::Read, &done,
            &error);
    if (!ok) {
        context.err << context.prefix << error << '\n';
        return Failure;
    }
    m_made = true;
    context.out << done << '\n';
    if (m_action == Action::Init)
        context.out << tr("Open it with: caseline --database %1").arg(ServerAddress::parse(m_address).display()) << '\n';
    return Success;
}

int TeamCommand::push(const CommandContext &context)
{
    CaseDatabase server(QStringLiteral("caseline-team-server"));
    TeamPush::Result result;
    QString error;
    if (!server.open(m_address) || !TeamPush::run(m_file, server, m_dryRun, &result, &error)) {
        for (const QString &line : std::as_const(result.decisions.errors))
            context.err << line << '\n';
        context.err << context.prefix << (error.isEmpty() ? server.errorString() : error) << '\n';
        return Failure;
    }
    for (const QString &line : DecisionImporter::summary(result.decisions, false))
        context.out << line << '\n';
    for (const QString &name : std::as_const(result.scriptsAdded))
        context.out << tr("Lecture script added: %1").arg(name) << '\n';
    for (const QString &name : std::as_const(result.scriptsAlreadyThere))
        context.out << tr("Lecture script already there: %1").arg(name) << '\n';
    if (m_dryRun) {
        context.out << tr("Dry run: nothing was written.") << '\n';
        return Success;
    }
    m_made = true;
    context.out << tr("Copied to %1, with %n lecture script(s) added.", nullptr, int(result.scriptsAdded.size()))
                       .arg(server.path())
                << '\n';
    return Success;
}
