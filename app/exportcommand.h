// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "subcommand.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

// `caseline export timeline|cumulative|countries -o FILE.png|.svg|.pdf [--size WxH] [--theme NAME]`: renders a
// view of the matching decisions through the same render path as the screen, without a display.
class ExportCommand final : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    ExportCommand() = default;

    QList<QCommandLineOption> options() const override;
    int positionalArguments() const override { return 1; }
    bool readOptions(const QCommandLineParser &parser, QString *error) override;
    int run(const CommandContext &context) override;

private:
    QString m_view;
    QString m_output;
    QSize m_size{1920, 1080};
    QString m_theme = QStringLiteral("light");
};
