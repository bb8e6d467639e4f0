// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "subcommand.h"

#include <QCoreApplication>
#include <QString>

// `caseline export-data -o FILE.json|FILE.csv`: the matching decisions in the import formats. JSON keeps every
// field, so that an export can always be imported again unchanged.
class ExportDataCommand final : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportDataCommand)
public:
    ExportDataCommand() = default;

    QList<QCommandLineOption> options() const override;
    bool readOptions(const QCommandLineParser &parser, QString *error) override;
    int run(const CommandContext &context) override;

private:
    QString m_output;
};
