// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// `caseline list [--format table|csv|json]`: the matching decisions, one per row or object. CSV and JSON are
// exactly what `export-data` writes (DecisionCsv, DecisionJson), so both import again unchanged.
class ListCommand final : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    enum class Format { Table, Csv, Json };

    ListCommand() = default;

    QList<QCommandLineOption> options() const override;
    bool readOptions(const QCommandLineParser &parser, QString *error) override;
    int run(const CommandContext &context) override;

    // Aligned columns for people: date on the basis, country, type, short authority, original amount, euros.
    static QString table(const QList<Decision> &decisions, DateBasis basis);
    // "Commission nationale de l'informatique et des libertés (CNIL) – restricted committee" -> "CNIL".
    static QString shortAuthority(const QString &authority);

private:
    Format m_format = Format::Table;
};
