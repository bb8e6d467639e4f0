// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

// The command-line front of `caseline`: `caseline [--database PATH] <command> [options]`, for scripts and tests,
// without a display. The commands are listed in one table in commandline.cpp (name, description, factory), so a
// new one is a new Subcommand class and one line there.
//
// In main(), before the GUI exists, after the static QCoreApplication::setOrganizationName/setApplicationName
// calls (they work before the application object exists, and decide CaseDatabase::defaultPath()):
//     if (CommandLine::isCommand(argc, argv))
//         return CommandLine::run(argc, argv);
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // True when the arguments are for a command rather than the window: the first argument is not an option
    // (`caseline lsit` is then a usage error, exit 2, not a window), or a known command name follows options
    // (`caseline --database x.sqlite list`). `arguments` starts with the program, as QCoreApplication::arguments()
    // does. Needs no application object.
    static bool isCommand(const QStringList &arguments);
    static bool isCommand(int argc, char **argv);

    // Runs the command and returns the exit code: 0 success, 1 failure (e.g. the database is refused), 2 bad
    // usage. Output goes to stdout in UTF-8, problems to stderr. Creates a QCoreApplication from argc/argv when
    // no application object exists yet (and destroys it before returning); otherwise uses the existing one.
    static int run(int &argc, char **argv);

    // "Commands:" and one line per command, for the help text of the window's own parser.
    static QString commandsHelp();

    // parser.helpText() with "caseline" as the program's name in its usage line: Qt puts argv[0] there (a full
    // build path), or "<executable_name>" when no application object exists yet.
    static QString helpText(const QCommandLineParser &parser);

private:
    // `changedData`: set when the command committed a change to the database (Subcommand::changedData()).
    static int execute(const QStringList &arguments, QTextStream &out, QTextStream &err, bool *changedData);
};
