// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "subcommand.h"

#include <QCoreApplication>
#include <QString>

// `caseline team init ADDRESS`: makes the empty PostgreSQL database at ADDRESS (a postgresql:// URI) a caseline team
// database, with the schema and the bundled data, in one transaction. Every other command then works on it with
// --database ADDRESS. `caseline team grant ADDRESS ROLE read|edit`: what a PostgreSQL role may do in it (GRANT and
// REVOKE). `caseline team push FILE ADDRESS [--dry-run]`: a personal file's decisions and lecture scripts copied
// to the team database (TeamPush), with what changes listed. Unlike the other commands, it opens no database of its
// own first.
class TeamCommand final : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommand)
public:
    TeamCommand() = default;

    QList<QCommandLineOption> options() const override;
    int positionalArguments() const override { return 4; }
    bool readOptions(const QCommandLineParser &parser, QString *error) override;
    int run(const CommandContext &context) override;
    bool changedData() const override { return m_made; }

private:
    int push(const CommandContext &context);

    enum class Action { Init, Grant, Push };
    Action m_action = Action::Init;
    QString m_address;
    QString m_role;
    bool m_edit = false;
    QString m_file;
    bool m_dryRun = false;
    bool m_made = false;
};
