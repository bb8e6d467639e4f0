// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamcommand.h"

#include "commandcontext.h"
#include "serveraddress.h"
#include "teamdatabase.h"

#include <QCommandLineParser>
#include <QTextStream>

bool TeamCommand::readOptions(const QCommandLineParser &parser, QString *error)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    const int expected = action == QLatin1String("init") ? 2 : action == QLatin1String("grant") ? 4 : -1;
    if (expected < 0) {
        *error = action.isEmpty() ? tr("expected what to do: init ADDRESS, or grant ADDRESS ROLE read|edit")
                                  : tr("unknown team command '%1' (expected init or grant)").arg(action);
        return false;
    }
    if (arguments.size() < 2) {
        *error = tr("expected the team database's address: postgresql://USER@HOST:PORT/DATABASE");
        return false;
    }
    if (arguments.size() != expected) {
        *error = tr("expected: team grant ADDRESS ROLE read|edit");
        return false;
    }
    m_action = expected == 2 ? Action::Init : Action::Grant;
    m_address = arguments.at(1);
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
