// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"

#include <QDate>
#include <QString>
#include <QStringList>

// What the user filters by. The same criteria serve the window (through DecisionFilterProxy) and every
// command-line subcommand, so that a filter means the same thing everywhere.
struct DecisionFilter
{
    QStringList countries; // ISO codes; empty = all
    QStringList types; // decision_type values; empty = all
    QDate from; // inclusive, on the date basis; null = open
    QDate to; // inclusive; null = open
    QString target; // substring of the target, case- and accent-insensitive
    QString search; // free text over every text field, case- and accent-insensitive

    bool isEmpty() const
    {
        return countries.isEmpty() && types.isEmpty() && !from.isValid() && !to.isValid() && target.trimmed().isEmpty()
            && search.trimmed().isEmpty();
    }
    bool operator==(const DecisionFilter &o) const
    {
        return countries == o.countries && types == o.types && from == o.from && to == o.to && target == o.target
            && search == o.search;
    }
    bool operator!=(const DecisionFilter &o) const { return !(*this == o); }

    // `searchKey` is searchKeyFor(decision), passed in so that models can compute it once per row.
    bool matches(const Decision &decision, DateBasis basis, const QString &searchKey) const;
    bool matches(const Decision &decision, DateBasis basis) const;

    // Everything the free-text search looks at, folded: ids, names (English and French), authority, target,
    // type, dates, reference, status, outcome, facts, legal basis, orders, notes, sources.
    static QString searchKeyFor(const Decision &decision);
};
