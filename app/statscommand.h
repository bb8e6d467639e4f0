// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decisionstats.h"
#include "subcommand.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

// `caseline stats [--format text|json]`: counts by type and by country and the money imposed, over the
// decisions that match the filters.
class CumulativeSeries;

class StatsCommand final : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)
public:
    enum class Format { Text, Json };

    StatsCommand() = default;

    QList<QCommandLineOption> options() const override;
    bool readOptions(const QCommandLineParser &parser, QString *error) override;
    int run(const CommandContext &context) override;

    // One JSON object: decisions, imposed_eur, standing_eur, collected_eur, by_type {type: n},
    // by_country {ISO: {decisions, imposed_eur, standing_eur}}, cumulative [{date, decision_id, change, imposed_eur,
    // standing_eur, collected_eur}], date_basis and as_of. Money in euros (major units), as numbers.
    static QByteArray json(const DecisionStats &stats, const CumulativeSeries &series, DateBasis basis, const QDate &asOf);
    // Readable lines with plain digits, the same in every locale.
    static QString text(const DecisionStats &stats, const CumulativeSeries &series, DateBasis basis, const QDate &asOf);

private:
    Format m_format = Format::Text;
};
