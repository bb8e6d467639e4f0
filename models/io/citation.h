// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decisionfilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

struct BundledData;

// Which release of the researched data a figure was drawn from.
struct DatasetInfo
{
    QString version; // BundledData::version: the fingerprint the database records after the start-up merge
    QDate asOf; // the latest date the bundled records mention (a decision, a status change, a size claim)

    static DatasetInfo of(const BundledData &data);
    // The data compiled into this caseline, read once. Empty (no version, null date) if it cannot be read.
    static const DatasetInfo &bundled();
};

// The one citation of an exported figure: the image's footer, the FILE.txt beside it and Edit > Copy Citation
// all say what this builds, so a figure on a slide can be traced back to its data and its filters:
//
//   Source: caseline dataset 1a2b3c4d5e6f7a8b (data as of 2026-02-18), 12 decisions; amounts in EUR at the ECB
//   rate of each decision date; dates: adopted; filters: country FR, IT; from 2021-01-01
//
// Dates are ISO 8601 and filters use the command line's own words (country codes, decision types), so the text
// reads the same in every language setting and a reader can redo the selection.
class Citation
{
    Q_DECLARE_TR_FUNCTIONS(Citation)
public:
    static QString text(const DatasetInfo &dataset, int decisions, DateBasis basis, const DecisionFilter &filter);
    // "none", or "country FR, IT; type fine; from 2021-01-01; to 2022-12-31; target "x"; search "y"".
    static QString filters(const DecisionFilter &filter);
    // Where the citation of an exported FILE is written: FILE.txt beside it ("chart.png.txt"), so that a PNG and
    // an SVG of the same name keep one each.
    static QString fileNameFor(const QString &exported) { return exported + QStringLiteral(".txt"); }
};
