// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "subcommand.h"

#include <QCoreApplication>
#include <QString>

// `caseline describe timeline|cumulative|countries|dashboard|presentation`: the text alternative of a view of the
// matching decisions, from the same figures as the drawing (ViewDescriptions, LectureDescription): a few sentences,
// a blank line, then the data as a table in aligned columns. Numbers, dates and words in the interface language
// (--lang), written so that a screen reader reads each number as one. `presentation` takes --script as `export
// presentation` does, and adds the spoken text of each step.
class DescribeCommand final : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(DescribeCommand)
public:
    DescribeCommand() = default;

    QList<QCommandLineOption> options() const override;
    int positionalArguments() const override { return 1; }
    bool readOptions(const QCommandLineParser &parser, QString *error) override;
    int run(const CommandContext &context) override;

    // The views it describes, in the order of its help.
    static QStringList views();

private:
    QString m_view;
    QString m_script;
};
