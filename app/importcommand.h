// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "subcommand.h"

#include <QCoreApplication>
#include <QString>

// `caseline import FILE [--dry-run] [--verbose]`: checks the whole file, prints every error as FILE:LINE: field: message, and
// imports all of it in one transaction or nothing. Exit 0 only when everything was imported (or would be).
class ImportCommand final : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    ImportCommand() = default;

    QList<QCommandLineOption> options() const override;
    int positionalArguments() const override { return 1; }
    bool readOptions(const QCommandLineParser &parser, QString *error) override;
    int run(const CommandContext &context) override;
    bool changedData() const override { return m_committed; }

private:
    QString m_file;
    bool m_dryRun = false;
    bool m_verbose = false;
    bool m_committed = false;
};
