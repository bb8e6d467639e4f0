// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caserepository.h"
#include "decision.h"
#include "decisionindexreader.h"

#include <QList>
#include <QSet>
#include <QString>
#include <functional>

// Where DecisionModel reads a decision whole when it keeps it without its long texts (Decision::omitLongTexts):
// the database. An interface, so that the model's tests can count and fail the reads.
class WholeDecisions
{
public:
    virtual ~WholeDecisions() = default;
    // The stored decisions among `ids`, whole, in any order; ids no longer stored are left out.
    virtual QList<Decision> among(const QSet<QString> &ids) const = 0;
    // Every stored decision, whole, in any order, one at a time (memory stays flat); false when reading failed.
    virtual bool forEach(const std::function<bool(const Decision &)> &visit) const = 0;
};

// The open database's decisions, through CaseRepository.
class RepositoryWholeDecisions final : public WholeDecisions
{
public:
    explicit RepositoryWholeDecisions(const QSqlDatabase &db) : m_db(db), m_repository(db) { }

    QList<Decision> among(const QSet<QString> &ids) const override
    {
        // A few through the primary key; many (a data export of the whole table) in one pass straight through SQLite,
        // which at 100,000 decisions is several times faster than a lookup per id through QSqlQuery.
        if (ids.size() <= ManyIds)
            return m_repository.decisionsAmong(ids);
        QList<Decision> out;
        out.reserve(ids.size());
        forEach([&](const Decision &d) {
            if (ids.contains(d.id))
                out.append(d);
            return true;
        });
        return out;
    }
    // Straight through SQLite where the driver allows: the first search of a large database reads every text.
    bool forEach(const std::function<bool(const Decision &)> &visit) const override
    {
        return DecisionIndexReader(m_db).forEach(CaseRepository::ReadOrder::Stored, visit);
    }

private:
    static constexpr qsizetype ManyIds = 1000;
    QSqlDatabase m_db;
    CaseRepository m_repository;
};
