// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"
#include "decisiontable.h"

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

// A DecisionFilter made ready to test many decisions: the query words are folded once, not once per row, and the
// free-text search (the one criterion that needs the folded text of every field) is asked for last and only when
// set, so a caller can fold or look up a decision's search key lazily.
class DecisionMatcher
{
public:
    DecisionMatcher() = default;
    DecisionMatcher(const DecisionFilter &filter, DateBasis basis);

    bool isEmpty() const { return m_empty; }
    bool needsSearchKey() const { return !m_searchWords.isEmpty(); }
    // Every criterion but the free-text search.
    bool matchesFields(const Decision &decision) const;
    // The same for a row of the window's compact table, without building its decision.
    bool matchesFields(const DecisionTable &table, qsizetype row) const;
    // The free-text search alone, on searchKeyFor(decision).
    bool matchesSearchKey(const QString &searchKey) const;
    // `searchKey` is called only when the other criteria pass and a search is set.
    template <typename KeyFunction> bool matches(const Decision &decision, KeyFunction &&searchKey) const
    {
        if (m_empty)
            return true;
        if (!matchesFields(decision))
            return false;
        return !needsSearchKey() || matchesSearchKey(searchKey());
    }
    template <typename KeyFunction> bool matches(const DecisionTable &table, qsizetype row, KeyFunction &&searchKey) const
    {
        if (m_empty)
            return true;
        if (!matchesFields(table, row))
            return false;
        return !needsSearchKey() || matchesSearchKey(searchKey());
    }

private:
    // Defined and used in decisionfilter.cpp only: `dateOf()` gives the date on the basis, asked for only when a date
    // range is set.
    template <typename DateOf>
    bool matchesFieldsWith(const QString &country, const QString &type, DateOf &&dateOf, const QString &target) const;

    DecisionFilter m_filter;
    DateBasis m_basis = DateBasis::Adopted;
    bool m_empty = true;
    QStringList m_targetWords;
    QStringList m_searchWords;
};
