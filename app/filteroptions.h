// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decisionfilter.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QCommandLineParser;

// The filter options shared by every subcommand (--country, --type, --from, --to, --target, --search,
// --date-basis), turned into the same DecisionFilter that the window uses.
class FilterOptions
{
    Q_DECLARE_TR_FUNCTIONS(FilterOptions)
public:
    static QList<QCommandLineOption> options();
    // False with `error` naming the option and the bad value: unknown country or type, a date that is not
    // YYYY-MM-DD, --from after --to, an unknown date basis.
    static bool read(const QCommandLineParser &parser, DecisionFilter *filter, DateBasis *basis, QString *error);
};
