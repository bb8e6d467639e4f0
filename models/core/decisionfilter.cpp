// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionfilter.h"

#include "countryregistry.h"
#include "decisiontype.h"
#include "textfolding.h"

namespace {

QStringList foldedWords(const QString &query)
{
    return TextFolding::fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool containsWords(const QString &haystack, const QStringList &words)
{
    for (const QString &word : words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

// Every word of the query must occur somewhere: "cnil 2022" finds the CNIL's 2022 fine.
bool containsAllWords(const QString &haystack, const QString &query)
{
    return containsWords(haystack, foldedWords(query));
}

} // namespace

QString DecisionFilter::searchKeyFor(const Decision &d)
{
    QStringList parts = { d.id, d.country, CountryRegistry::nameEn(d.country), CountryRegistry::nameFr(d.country),
        d.jurisdictionName, d.authority, d.authorityType, d.target, d.decisionType, DecisionType::label(d.decisionType),
        d.decisionDate.toString(Qt::ISODate), d.announceDate.toString(Qt::ISODate), d.dateNotes, d.reference, d.status,
        d.outcome, d.outcomeFr, d.legalBasis.law, d.legalBasis.notes, d.amountNotes, d.summary, d.summaryFr };
    parts += d.legalBasis.provisionsViolated;
    // Both languages: a lecturer searching in French finds the French texts, whatever the interface shows.
    parts += d.orders;
    parts += d.ordersFr;
    parts += d.facts;
    parts += d.factsFr;
    parts += d.lowConfidenceDetails;
    for (const Source &s : d.sources)
        parts << s.title << s.publisher << s.confirms;
    if (d.amount)
        parts << d.amount->currency;
    return TextFolding::fold(parts.join(QLatin1Char('\n')));
}

bool DecisionFilter::matches(const Decision &d, DateBasis basis, const QString &searchKey) const
{
    if (!countries.isEmpty() && !countries.contains(d.country))
        return false;
    if (!types.isEmpty() && !types.contains(d.decisionType))
        return false;
    const QDate date = dateFor(d, basis);
    if (from.isValid() && (!date.isValid() || date < from))
        return false;
    if (to.isValid() && (!date.isValid() || date > to))
        return false;
    if (!target.trimmed().isEmpty() && !containsAllWords(TextFolding::fold(d.target), target))
        return false;
    if (!search.trimmed().isEmpty() && !containsAllWords(searchKey, search))
        return false;
    return true;
}

bool DecisionFilter::matches(const Decision &d, DateBasis basis) const
{
    return matches(d, basis, search.trimmed().isEmpty() ? QString() : searchKeyFor(d));
}

DecisionMatcher::DecisionMatcher(const DecisionFilter &filter, DateBasis basis)
    : m_filter(filter), m_basis(basis), m_empty(filter.isEmpty())
{
    if (!filter.target.trimmed().isEmpty())
        m_targetWords = foldedWords(filter.target);
    if (!filter.search.trimmed().isEmpty())
        m_searchWords = foldedWords(filter.search);
}

bool DecisionMatcher::matchesFields(const Decision &d) const
{
    return matchesFieldsWith(d.country, d.decisionType, [&] { return dateFor(d, m_basis); }, d.target);
}

bool DecisionMatcher::matchesFields(const DecisionTable &table, qsizetype row) const
{
    return matchesFieldsWith(table.country(row), table.decisionType(row),
        [&] { return table.dateFor(row, m_basis); }, table.target(row));
}

template <typename DateOf>
bool DecisionMatcher::matchesFieldsWith(
    const QString &country, const QString &type, DateOf &&dateOf, const QString &target) const
{
    if (!m_filter.countries.isEmpty() && !m_filter.countries.contains(country))
        return false;
    if (!m_filter.types.isEmpty() && !m_filter.types.contains(type))
        return false;
    if (m_filter.from.isValid() || m_filter.to.isValid()) {
        const QDate date = dateOf();
        if (m_filter.from.isValid() && (!date.isValid() || date < m_filter.from))
            return false;
        if (m_filter.to.isValid() && (!date.isValid() || date > m_filter.to))
            return false;
    }
    if (!m_targetWords.isEmpty() && !containsWords(TextFolding::fold(target), m_targetWords))
        return false;
    return true;
}

bool DecisionMatcher::matchesSearchKey(const QString &searchKey) const
{
    return containsWords(searchKey, m_searchWords);
}
