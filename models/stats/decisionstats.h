// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"
#include "money.h"
#include "texttally.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

class CumulativeSeries;

// Counts and money totals over a list of decisions (already filtered by the caller), for `caseline stats` and
// the summary views. Totals are exact sums of minor units; each total is its own member so that later figures
// (standing after appeals, collected) join without changing the existing ones.
struct DecisionStats
{
    struct CountryFigures
    {
        int decisions = 0;
        Money imposedEur { 0, QStringLiteral("EUR") };
        Money standingEur { 0, QStringLiteral("EUR") };

        bool operator==(const CountryFigures &o) const
        {
            return decisions == o.decisions && imposedEur == o.imposedEur && standingEur == o.standingEur;
        }
    };

    int decisions = 0;
    // decision_type -> number of decisions; only types that occur.
    QMap<QString, int> byType;
    // ISO country code -> figures; only countries that occur.
    QMap<QString, CountryFigures> byCountry;
    // Euro equivalent of the money imposed on Clearview AI Inc. (include_in_cumulative_fines) by issued decisions.
    Money imposedEur { 0, QStringLiteral("EUR") };
    // Imposed minus what rulings set aside and did not restore (CumulativeSeries), and what is known to be paid.
    Money standingEur { 0, QStringLiteral("EUR") };
    Money collectedEur { 0, QStringLiteral("EUR") };
    // True when a sum did not fit in 64-bit minor units (only possible with absurd imported amounts); the totals
    // are then meaningless and must not be shown as exact.
    bool overflowed = false;

    // `asOf` (inclusive, on `basis`; null = no limit) leaves out the money of decisions dated later, so that a
    // total "as of" a day never counts what was decided after it.
    static DecisionStats compute(const QList<Decision> &decisions, DateBasis basis, const QDate &asOf = QDate());
    // The same from a series the caller has already computed over the same decisions, so that `caseline stats`,
    // which prints the series too, computes it once.
    static DecisionStats compute(const QList<Decision> &decisions, const CumulativeSeries &series);

    // The counts of decisions given one at a time, for a caller that streams them (with a
    // CumulativeSeries::Builder beside it); finish() adds the money of the series computed over the same decisions.
    class Counter
    {
    public:
        void add(const Decision &decision);
        // Adds the counts of another counter's decisions, as if they had been added here (a read in parts).
        void append(const Counter &other);
        DecisionStats finish(const CumulativeSeries &series) const;

    private:
        int m_decisions = 0;
        // Counted as they come, sorted once in finish().
        TextTally<int> m_byType;
        TextTally<int> m_byCountry;
    };
};
