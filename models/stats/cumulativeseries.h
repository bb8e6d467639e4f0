// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"
#include "decisiontable.h"
#include "money.h"

#include <QDate>
#include <QFlags>
#include <QHash>
#include <QHashFunctions>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// The running money totals over time that the cumulative charts draw and `caseline stats` prints, computed from
// a list of decisions (already filtered by the caller) on one date basis. All sums are exact euro cents.
//
// - Imposed: the euro amount of every decision marked include_in_cumulative_fines, from its date.
// - Standing: imposed minus the amounts whose status changes say they no longer stand, from the date of the
//   ruling that caused the change (on the same basis, when that ruling is in the input), until a later change
//   restores them.
// - Collected: amounts with a `paid` or `collected` status change, from that change; none is known in the
//   bundled data, so this stays at zero.
//
// Amounts that are not imposed (provisional notices, maxima, settlements, fines on other targets, capped penalty
// payments) are never added: they are listed in potential() so that views can draw them apart.
class CumulativeSeries
{
public:
    enum class StepKind { Imposed, SetAside, Reinstated, Collected };
    enum class Metric { Imposed, Standing, Collected };

    struct Totals
    {
        qint64 imposedMinor = 0;
        qint64 standingMinor = 0;
        qint64 collectedMinor = 0;

        qint64 value(Metric metric) const;
        bool operator==(const Totals &o) const
        {
            return imposedMinor == o.imposedMinor && standingMinor == o.standingMinor
                && collectedMinor == o.collectedMinor;
        }
        bool operator!=(const Totals &o) const { return !(*this == o); }
    };

    // One change of a total: a decision's money imposed, set aside, reinstated or collected.
    struct Step
    {
        QDate date; // on the series' date basis
        StepKind kind = StepKind::Imposed;
        QString decisionId; // the decision whose money moves
        QString causeId; // the ruling that caused a set-aside or reinstatement, when named
        QString country;
        QString authority;
        QString decisionType;
        qint64 amountMinor = 0; // euro cents moved, always positive
        std::optional<Money> original; // the amount in its own currency (GBP 7,552,800)
        QString note; // the status change's note
        Totals after; // the totals once this step is applied
    };

    // Money that is shown but never added to a total.
    enum class PotentialKind { Provisional, Maximum, Settlement, OtherTarget, PenaltyCap, PenaltyPerDay };
    struct Potential
    {
        PotentialKind kind = PotentialKind::Provisional;
        QString decisionId;
        QDate date; // null when the decision has no date on the basis
        QString country;
        QString authority;
        QString decisionType;
        QString target;
        Money amount; // in its own currency
        std::optional<Money> amountEur; // when a rate is stored (or the amount is in euros)
    };

    struct CountPoint
    {
        QDate date;
        QString decisionId;
        int decisions = 0; // decisions dated on or before `date`
    };

    // Figures of one country or one authority.
    struct GroupFigures
    {
        QString key; // ISO code, or the authority's short name
        QString country;
        int decisions = 0;
        Totals totals;
    };

    // The cumulative values of each group at each date where any of them changes, for stacked drawing.
    struct Stack
    {
        QStringList keys; // in the order their money first appears: earliest at the bottom of a stack
        QList<QDate> dates;
        QList<QList<qint64>> values; // values[key][date]: the group's total once that date is applied
    };

    // What a series holds besides its steps, totals and figures per country: a caller that needs less (`caseline
    // stats`) computes less. Parts left out are empty.
    enum Part {
        WithPotential = 0x1, // potential()
        WithDecisionCounts = 0x2, // decisionCounts()
        WithAuthorities = 0x4, // byAuthority()
        AllParts = WithPotential | WithDecisionCounts | WithAuthorities,
    };
    Q_DECLARE_FLAGS(Parts, Part)

    // `asOf` (inclusive, on `basis`; null = no limit) leaves out every step and decision dated later.
    static CumulativeSeries compute(const QList<Decision> &decisions, DateBasis basis, const QDate &asOf = QDate());
    // The same over compact rows, one decision built at a time: the rows of a million decisions are not copied out
    // as a list of Decisions (a gigabyte) to be summed.
    static CumulativeSeries compute(const DecisionTable &decisions, DateBasis basis, const QDate &asOf = QDate());

    // The same computation fed one decision at a time, keeping only what the series needs of each (its steps,
    // amounts not imposed, id and date), so that a command can stream a large database through it without holding
    // the decisions and their texts. compute() is this builder over a list, so both give the same series.
    class Builder;

    DateBasis basis() const { return m_basis; }
    QDate asOf() const { return m_asOf; }

    // Sorted by date, then imposed before set aside, reinstated and collected, then decision id.
    const QList<Step> &steps() const { return m_steps; }
    // The totals once every step is applied.
    Totals totals() const;
    // The totals once every step dated on or before `date` is applied.
    Totals totalsAt(const QDate &date) const;

    const QMap<QString, GroupFigures> &byCountry() const { return m_byCountry; }
    // Authorities by their short name (CNIL, ICO, Garante), most imposed first.
    const QList<GroupFigures> &byAuthority() const { return m_byAuthority; }

    const QList<CountPoint> &decisionCounts() const { return m_counts; }
    const QList<Potential> &potential() const { return m_potential; }
    // Decisions marked for the total that have no date on the basis: they cannot be placed, so no total has them.
    const QStringList &undatedIds() const { return m_undated; }
    // True when a sum did not fit in 64-bit cents (only with absurd imported amounts): the totals are then wrong.
    bool overflowed() const { return m_overflowed; }

    Stack stackedByCountry(Metric metric) const;

    // "CNIL" for "Commission nationale de l'informatique et des libertés (CNIL) – restricted committee": the last
    // name in the first parentheses, else the name before the first dash or comma.
    static QString shortAuthority(const QString &authority);

private:
    void accumulate();

    DateBasis m_basis = DateBasis::Adopted;
    QDate m_asOf;
    QList<Step> m_steps;
    QMap<QString, GroupFigures> m_byCountry;
    QList<GroupFigures> m_byAuthority;
    QList<CountPoint> m_counts;
    QList<Potential> m_potential;
    QStringList m_undated;
    bool m_overflowed = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CumulativeSeries::Parts)

class CumulativeSeries::Builder
{
public:
    explicit Builder(DateBasis basis, const QDate &asOf = QDate(), Parts parts = AllParts);
    void add(const Decision &decision);
    // Takes in every decision `later` was given, as if they had been added here after this builder's own: a read
    // split into consecutive parts, each on a thread with a builder of its own, then gives the series of one pass
    // (the same steps in the same order, sums and lists). `later` must have the same basis, date and parts; it is
    // spent afterwards.
    void append(Builder &&later);
    // The series of every decision added; the builder is spent afterwards.
    CumulativeSeries finish();

private:
    // The status changes of an imposed step, applied in finish(): the rulings they name may come later.
    struct Pending
    {
        Step imposed;
        QList<StatusChange> changes;
    };
    struct GroupKey
    {
        QString country;
        QString authority;
        bool operator==(const GroupKey &o) const { return country == o.country && authority == o.authority; }
        friend size_t qHash(const GroupKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.country, key.authority);
        }
    };
    struct Group
    {
        int decisions = 0;
        Totals totals;
    };

    void addSteps(const Decision &decision);
    void addPotential(const Decision &decision);
    void applyChanges(const Pending &pending, const QHash<QString, QDate> &rulingDates);
    void groupFigures();

    CumulativeSeries m_series;
    Parts m_parts;
    QList<Pending> m_pending;
    // Every decision's id and date, looked up only when a status change names the ruling that caused it.
    QList<std::pair<QString, QDate>> m_dates;
    // Decisions and money per country and full authority name: one hash lookup per decision; the short
    // authority names are derived once per group in finish().
    QHash<GroupKey, Group> m_groups;
};
