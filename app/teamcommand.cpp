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
    if (arguments.isEmpty() || arguments.constFirst() != QLatin1String("init")) {
        *error = arguments.isEmpty() ? tr("expected what to do: init ADDRESS")
                                     : tr("unknown team command '%1' (expected init)").arg(arguments.constFirst());
        return false;
    }
    if (arguments.size() < 2) {
        *error = tr("expected the team database's address: postgresql://USER@HOST:PORT/DATABASE");
        return false;
    }
    m_address = arguments.at(1);
    const ServerAddress address = ServerAddress::parse(m_address);
    if (!address.isValid()) {
        *error = address.error();
        return false;
    }
    return true;
}

int TeamCommand::run(const CommandContext &context)
{
    QString done;
    QString error;
    if (!TeamDatabase::init(m_address, &done, &error)) {
        context.err << context.prefix << error << '\n';
        return Failure;
    }
    m_made = true;
    context.out << done << '\n'
                << tr("Open it with: caseline --database %1").arg(ServerAddress::parse(m_address).display()) << '\n';
    return Success;
}
