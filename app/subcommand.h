// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;
struct CommandContext;

// One subcommand of `caseline` (list, stats, ...). CommandLine parses the global and filter options, opens the
// database and selects the decisions; a subcommand adds its own options and produces the output.
class Subcommand
{
public:
    // Exit codes shared by every subcommand.
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    Subcommand() = default;
    virtual ~Subcommand() = default;
    Q_DISABLE_COPY_MOVE(Subcommand)

    // The options of this subcommand only; the global and filter options are added by CommandLine.
    virtual QList<QCommandLineOption> options() const = 0;
    // How many positional arguments it takes (`export timeline`, `import FILE`); readOptions() reads them.
    virtual int positionalArguments() const { return 0; }
    // Checks this subcommand's option values before any file is opened; false with `error` naming the problem.
    virtual bool readOptions(const QCommandLineParser &parser, QString *error) = 0;
    // Writes the result to context.out and problems to context.err; returns an ExitCode.
    virtual int run(const CommandContext &context) = 0;
    // True once run() has committed a change to the database. Such a command succeeded even if printing its
    // summary then fails (a full disk, a closed pipe): its exit status must not say that nothing happened.
    virtual bool changedData() const { return false; }
};
