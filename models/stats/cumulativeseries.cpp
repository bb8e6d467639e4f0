// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cumulativeseries.h"

#include "authorityname.h"

#include "decisiontype.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <vector>

namespace {

const QString euro = QStringLiteral("EUR");

// Payments are recorded like rulings, as status changes; these statuses mean the money was received.
bool isPayment(const QString &status)
{
    return status == QLatin1String("paid") || status == QLatin1String("collected");
}

int kindOrder(CumulativeSeries::StepKind kind)
{
    return static_cast<int>(kind);
}

bool stepLess(const CumulativeSeries::Step &a, const CumulativeSeries::Step &b)
{
    if (a.date != b.date)
        return a.date < b.date;
    if (a.kind != b.kind)
        return kindOrder(a.kind) < kindOrder(b.kind);
    return a.decisionId < b.decisionId;
}

// std::stable_sort(steps, stepLess), through a compact key per step: a step is large (its texts, amounts and
// totals), and moving steps about was most of the cost of sorting a million of them. Steps stored in date order
// (an import of a register, a generated file) are often sorted already, which one pass tells.
void sortSteps(QList<CumulativeSeries::Step> &steps)
{
    if (std::is_sorted(steps.cbegin(), steps.cend(), stepLess))
        return;
    struct Key
    {
        qint64 day; // the date and kind, which order the steps before their ids do
        qsizetype index;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(steps.size()));
    constexpr int Kinds = 4;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const CumulativeSeries::Step &step = steps.at(i);
        // An invalid date sorts first, as QDate orders it.
        const qint64 day = step.date.isValid() ? step.date.toJulianDay() : std::numeric_limits<qint64>::min() / Kinds;
        keys.push_back({ day * Kinds + kindOrder(step.kind), i });
    }
    std::stable_sort(keys.begin(), keys.end(), [&steps](const Key &a, const Key &b) {
        if (a.day != b.day)
            return a.day < b.day;
        return steps.at(a.index).decisionId < steps.at(b.index).decisionId;
    });
    // Each step moved once to its place, following the cycles of the permutation: no second list of steps.
    std::vector<qsizetype> from(keys.size());
    for (size_t i = 0; i < keys.size(); ++i)
        from[i] = keys[i].index;
    for (qsizetype start = 0; start < steps.size(); ++start) {
        if (from[size_t(start)] == start)
            continue;
        CumulativeSeries::Step held = std::move(steps[start]);
        qsizetype at = start;
        while (true) {
            const qsizetype next = from[size_t(at)];
            from[size_t(at)] = at;
            if (next == start) {
                steps[at] = std::move(held);
                break;
            }
            steps[at] = std::move(steps[next]);
            at = next;
        }
    }
}

bool add(qint64 *total, qint64 delta, bool *overflowed)
{
    if (__builtin_add_overflow(*total, delta, total)) {
        *overflowed = true;
        return false;
    }
    return true;
}

// How much a step moves each total; set-asides take money off the standing total only.
CumulativeSeries::Totals deltaOf(const CumulativeSeries::Step &step)
{
    CumulativeSeries::Totals delta;
    switch (step.kind) {
    case CumulativeSeries::StepKind::Imposed:
        delta.imposedMinor = step.amountMinor;
        delta.standingMinor = step.amountMinor;
        break;
    case CumulativeSeries::StepKind::SetAside:
        delta.standingMinor = -step.amountMinor;
        break;
    case CumulativeSeries::StepKind::Reinstated:
        delta.standingMinor = step.amountMinor;
        break;
    case CumulativeSeries::StepKind::Collected:
        delta.collectedMinor = step.amountMinor;
        break;
    }
    return delta;
}

void addTotals(CumulativeSeries::Totals *total, const CumulativeSeries::Totals &delta, bool *overflowed)
{
    add(&total->imposedMinor, delta.imposedMinor, overflowed);
    add(&total->standingMinor, delta.standingMinor, overflowed);
    add(&total->collectedMinor, delta.collectedMinor, overflowed);
}

} // namespace

qint64 CumulativeSeries::Totals::value(Metric metric) const
{
    switch (metric) {
    case Metric::Imposed:
        return imposedMinor;
    case Metric::Standing:
        return standingMinor;
    case Metric::Collected:
        return collectedMinor;
    }
    return 0;
}

CumulativeSeries CumulativeSeries::compute(const QList<Decision> &decisions, DateBasis basis, const QDate &asOf)
{
    Builder builder(basis, asOf);
    for (const Decision &decision : decisions)
        builder.add(decision);
    return builder.finish();
}

CumulativeSeries CumulativeSeries::compute(const DecisionTable &decisions, DateBasis basis, const QDate &asOf)
{
    Builder builder(basis, asOf);
    for (qsizetype row = 0; row < decisions.size(); ++row)
        builder.add(decisions.decision(row));
    return builder.finish();
}

CumulativeSeries::Builder::Builder(DateBasis basis, const QDate &asOf, Parts parts) : m_parts(parts)
{
    m_series.m_basis = basis;
    m_series.m_asOf = asOf;
}

void CumulativeSeries::Builder::add(const Decision &decision)
{
    const QDate date = dateFor(decision, m_series.m_basis);
    const QDate &asOf = m_series.m_asOf;
    addSteps(decision);
    if (m_parts & WithPotential)
        addPotential(decision);
    if ((m_parts & WithDecisionCounts) && date.isValid() && (!asOf.isValid() || date <= asOf))
        m_series.m_counts.append({date, decision.id, 0});
    m_dates.append({decision.id, date});
    // Without the authorities, the groups are the countries: one key less to hash for each decision.
    if (!asOf.isValid() || !date.isValid() || date <= asOf)
        ++m_groups[GroupKey{decision.country, m_parts & WithAuthorities ? decision.authority : QString()}].decisions;
}

void CumulativeSeries::Builder::append(Builder &&later)
{
    Q_ASSERT(later.m_series.m_basis == m_series.m_basis && later.m_series.m_asOf == m_series.m_asOf
        && later.m_parts == m_parts);
    // Every list in the order one pass would have made it: this builder's entries, then the later ones'; finish()
    // sorts and sums them as it would. The groups only count decisions until finish() adds up their money.
    CumulativeSeries &series = m_series;
    CumulativeSeries &other = later.m_series;
    series.m_steps.append(std::move(other.m_steps));
    series.m_counts.append(std::move(other.m_counts));
    series.m_potential.append(std::move(other.m_potential));
    series.m_undated.append(std::move(other.m_undated));
    m_pending.append(std::move(later.m_pending));
    m_dates.append(std::move(later.m_dates));
    for (auto it = later.m_groups.cbegin(); it != later.m_groups.cend(); ++it)
        m_groups[it.key()].decisions += it->decisions;
    later.m_groups.clear();
}

void CumulativeSeries::Builder::addSteps(const Decision &decision)
{
    if (!decision.includeInCumulativeFines || !decision.amountEur || decision.amountEur->minor <= 0)
        return;
    const QDate imposedOn = dateFor(decision, m_series.m_basis);
    if (!imposedOn.isValid()) {
        m_series.m_undated.append(decision.id);
        return;
    }
    if (m_series.m_asOf.isValid() && imposedOn > m_series.m_asOf)
        return;

    Step imposed;
    imposed.date = imposedOn;
    imposed.kind = StepKind::Imposed;
    imposed.decisionId = decision.id;
    imposed.country = decision.country;
    imposed.authority = decision.authority;
    imposed.decisionType = decision.decisionType;
    imposed.amountMinor = decision.amountEur->minor;
    imposed.original = decision.amount ? decision.amount : decision.amountEur;
    m_series.m_steps.append(imposed);
    if (!decision.statusChanges.isEmpty())
        m_pending.append({imposed, decision.statusChanges});
}

void CumulativeSeries::Builder::applyChanges(const Pending &pending, const QHash<QString, QDate> &rulingDates)
{
    const Step &imposed = pending.imposed;
    // A change takes effect on the date of the ruling that caused it, on the same basis, when that ruling is
    // present; otherwise on the date recorded with the change. Never before the money was imposed.
    struct Effective
    {
        QDate date;
        const StatusChange *change;
    };
    QList<Effective> changes;
    for (const StatusChange &change : pending.changes) {
        QDate date = change.date;
        const auto ruling = rulingDates.constFind(change.byDecisionId);
        if (ruling != rulingDates.cend() && ruling->isValid())
            date = *ruling;
        if (!date.isValid())
            continue;
        changes.append({std::max(date, imposed.date), &change});
    }
    std::stable_sort(changes.begin(), changes.end(),
        [](const Effective &a, const Effective &b) { return a.date < b.date; });

    bool standing = true;
    bool collected = false;
    for (const Effective &effective : changes) {
        if (m_series.m_asOf.isValid() && effective.date > m_series.m_asOf)
            break;
        Step step = imposed;
        step.date = effective.date;
        step.causeId = effective.change->byDecisionId;
        step.note = effective.change->note;
        if (effective.change->standing != standing) {
            standing = effective.change->standing;
            step.kind = standing ? StepKind::Reinstated : StepKind::SetAside;
            m_series.m_steps.append(step);
        }
        if (isPayment(effective.change->status) && !collected) {
            collected = true;
            step.kind = StepKind::Collected;
            m_series.m_steps.append(step);
        }
    }
}

void CumulativeSeries::Builder::addPotential(const Decision &decision)
{
    const QDate date = dateFor(decision, m_series.m_basis);
    if (m_series.m_asOf.isValid() && date.isValid() && date > m_series.m_asOf)
        return;
    const bool notImposed = !decision.includeInCumulativeFines && decision.amount;
    const PeriodicPenalty &penalty = decision.periodicPenalty;
    // A penalty already liquidated by a later decision is counted there, as that decision's amount.
    const bool penaltyShown = penalty.liquidatedIn.isEmpty() && (penalty.maxTotal || penalty.perDay);
    if (!notImposed && !penaltyShown)
        return;
    Potential potential;
    potential.decisionId = decision.id;
    potential.date = date;
    potential.country = decision.country;
    potential.authority = decision.authority;
    potential.decisionType = decision.decisionType;
    potential.target = decision.target;

    if (notImposed) {
        std::optional<PotentialKind> kind;
        if (decision.decisionType == QLatin1String("provisional_notice"))
            kind = PotentialKind::Provisional;
        else if (decision.decisionType == QLatin1String("settlement"))
            kind = PotentialKind::Settlement;
        else if (decision.amountIsMaximum)
            kind = PotentialKind::Maximum;
        else if (DecisionType::isMonetary(decision.decisionType))
            kind = PotentialKind::OtherTarget;
        // Rulings that repeat the amount of the decision they review add no money of their own.
        if (kind) {
            potential.kind = *kind;
            potential.amount = *decision.amount;
            potential.amountEur = decision.amountEur;
            if (!potential.amountEur && decision.amount->currency == euro)
                potential.amountEur = decision.amount;
            m_series.m_potential.append(potential);
        }
    }
    if (!penaltyShown)
        return;
    const std::optional<Money> &money = penalty.maxTotal ? penalty.maxTotal : penalty.perDay;
    potential.kind = penalty.maxTotal ? PotentialKind::PenaltyCap : PotentialKind::PenaltyPerDay;
    potential.amount = *money;
    potential.amountEur = money->currency == euro ? money : std::optional<Money>();
    m_series.m_potential.append(potential);
}

CumulativeSeries CumulativeSeries::Builder::finish()
{
    if (!m_pending.isEmpty()) {
        // The dates of the rulings the changes name; a later decision of the same id replaces an earlier one, as in
        // a hash of the list. Only now: a ruling may be added after the decision whose change it caused.
        QSet<QString> named;
        QSet<qsizetype> namedLengths;
        for (const Pending &pending : std::as_const(m_pending)) {
            for (const StatusChange &change : pending.changes) {
                named.insert(change.byDecisionId);
                namedLengths.insert(change.byDecisionId.size());
            }
        }
        // Most ids are not named by any change: their length tells so before their text is hashed.
        QHash<QString, QDate> rulingDates;
        for (const auto &[id, date] : std::as_const(m_dates)) {
            if (namedLengths.contains(id.size()) && named.contains(id))
                rulingDates.insert(id, date);
        }
        for (const Pending &pending : std::as_const(m_pending))
            applyChanges(pending, rulingDates);
        m_pending.clear();
    }
    m_dates.clear();
    m_dates.squeeze();

    CumulativeSeries &series = m_series;
    sortSteps(series.m_steps);
    series.accumulate();

    std::stable_sort(series.m_counts.begin(), series.m_counts.end(), [](const CountPoint &a, const CountPoint &b) {
        return a.date != b.date ? a.date < b.date : a.decisionId < b.decisionId;
    });
    for (int i = 0; i < series.m_counts.size(); ++i)
        series.m_counts[i].decisions = i + 1;

    std::stable_sort(series.m_potential.begin(), series.m_potential.end(), [](const Potential &a, const Potential &b) {
        return a.date != b.date ? a.date < b.date : a.decisionId < b.decisionId;
    });
    groupFigures();
    return std::move(m_series);
}

void CumulativeSeries::accumulate()
{
    Totals running;
    for (Step &step : m_steps) {
        addTotals(&running, deltaOf(step), &m_overflowed);
        step.after = running;
    }
}

void CumulativeSeries::Builder::groupFigures()
{
    const bool authorities = m_parts & WithAuthorities;
    for (const Step &step : std::as_const(m_series.m_steps)) {
        addTotals(&m_groups[GroupKey{step.country, authorities ? step.authority : QString()}].totals, deltaOf(step),
            &m_series.m_overflowed);
    }
    // Per country, and per authority by its short name within its country. Integer sums do not depend on the
    // order of their terms, and every partial sum here is bounded by the imposed total, whose overflow
    // accumulate() reports: grouping first gives the figures that adding each step to each group would.
    QMap<QString, GroupFigures> byAuthorityKey;
    QHash<QString, QString> shortNames;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        const QString &country = it.key().country;
        auto name = shortNames.constFind(it.key().authority);
        if (name == shortNames.cend())
            name = shortNames.insert(it.key().authority, shortAuthority(it.key().authority));
        const auto addTo = [&it, &country, this](GroupFigures *group, const QString &key) {
            group->key = key;
            group->country = country;
            group->decisions += it->decisions;
            addTotals(&group->totals, it->totals, &m_series.m_overflowed);
        };
        addTo(&m_series.m_byCountry[country], country);
        if (authorities)
            addTo(&byAuthorityKey[country + QLatin1Char('\n') + *name], *name);
    }
    m_groups.clear();
    QList<GroupFigures> &byAuthority = m_series.m_byAuthority;
    byAuthority = byAuthorityKey.values();
    std::stable_sort(byAuthority.begin(), byAuthority.end(), [](const GroupFigures &a, const GroupFigures &b) {
        if (a.totals.imposedMinor != b.totals.imposedMinor)
            return a.totals.imposedMinor > b.totals.imposedMinor;
        return a.key < b.key;
    });
}

CumulativeSeries::Totals CumulativeSeries::totals() const
{
    return m_steps.isEmpty() ? Totals() : m_steps.constLast().after;
}

CumulativeSeries::Totals CumulativeSeries::totalsAt(const QDate &date) const
{
    if (!date.isValid())
        return totals();
    const auto next = std::upper_bound(m_steps.cbegin(), m_steps.cend(), date,
        [](const QDate &day, const Step &step) { return day < step.date; });
    return next == m_steps.cbegin() ? Totals() : std::prev(next)->after;
}

CumulativeSeries::Stack CumulativeSeries::stackedByCountry(Metric metric) const
{
    Stack stack;
    QSet<QDate> dates;
    for (const Step &step : m_steps) {
        if (deltaOf(step).value(metric) == 0)
            continue;
        // Steps are in date order, so countries are listed in the order their money first appears.
        if (!stack.keys.contains(step.country))
            stack.keys.append(step.country);
        dates.insert(step.date);
    }
    stack.dates = dates.values();
    std::sort(stack.dates.begin(), stack.dates.end());

    for (const QString &key : std::as_const(stack.keys)) {
        QList<qint64> values;
        values.reserve(stack.dates.size());
        qint64 running = 0;
        int stepIndex = 0;
        for (const QDate &date : std::as_const(stack.dates)) {
            for (; stepIndex < m_steps.size() && m_steps.at(stepIndex).date <= date; ++stepIndex) {
                if (m_steps.at(stepIndex).country == key)
                    running += deltaOf(m_steps.at(stepIndex)).value(metric);
            }
            values.append(running);
        }
        stack.values.append(values);
    }
    return stack;
}

QString CumulativeSeries::shortAuthority(const QString &authority)
{
    return AuthorityName::shortName(authority);
}
