// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cumulativeseries.h"

#include "authorityname.h"

#include "decisiontype.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

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
    CumulativeSeries series;
    series.m_basis = basis;
    series.m_asOf = asOf;

    QHash<QString, const Decision *> byId;
    for (const Decision &decision : decisions)
        byId.insert(decision.id, &decision);

    for (const Decision &decision : decisions) {
        series.addStepsOf(decision, byId);
        series.addPotentialOf(decision);
        const QDate date = dateFor(decision, basis);
        if (date.isValid() && (!asOf.isValid() || date <= asOf))
            series.m_counts.append({date, decision.id, 0});
    }
    std::stable_sort(series.m_steps.begin(), series.m_steps.end(), stepLess);
    series.accumulate();

    std::stable_sort(series.m_counts.begin(), series.m_counts.end(), [](const CountPoint &a, const CountPoint &b) {
        return a.date != b.date ? a.date < b.date : a.decisionId < b.decisionId;
    });
    for (int i = 0; i < series.m_counts.size(); ++i)
        series.m_counts[i].decisions = i + 1;

    std::stable_sort(series.m_potential.begin(), series.m_potential.end(), [](const Potential &a, const Potential &b) {
        return a.date != b.date ? a.date < b.date : a.decisionId < b.decisionId;
    });
    series.groupFigures(decisions);
    return series;
}

void CumulativeSeries::addStepsOf(const Decision &decision, const QHash<QString, const Decision *> &byId)
{
    if (!decision.includeInCumulativeFines || !decision.amountEur || decision.amountEur->minor <= 0)
        return;
    const QDate imposedOn = dateFor(decision, m_basis);
    if (!imposedOn.isValid()) {
        m_undated.append(decision.id);
        return;
    }
    if (m_asOf.isValid() && imposedOn > m_asOf)
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
    m_steps.append(imposed);

    // A change takes effect on the date of the ruling that caused it, on the same basis, when that ruling is
    // present; otherwise on the date recorded with the change. Never before the money was imposed.
    struct Effective
    {
        QDate date;
        const StatusChange *change;
    };
    QList<Effective> changes;
    for (const StatusChange &change : decision.statusChanges) {
        QDate date = change.date;
        if (const Decision *ruling = byId.value(change.byDecisionId, nullptr)) {
            const QDate rulingDate = dateFor(*ruling, m_basis);
            if (rulingDate.isValid())
                date = rulingDate;
        }
        if (!date.isValid())
            continue;
        changes.append({std::max(date, imposedOn), &change});
    }
    std::stable_sort(changes.begin(), changes.end(),
        [](const Effective &a, const Effective &b) { return a.date < b.date; });

    bool standing = true;
    bool collected = false;
    for (const Effective &effective : changes) {
        if (m_asOf.isValid() && effective.date > m_asOf)
            break;
        Step step = imposed;
        step.date = effective.date;
        step.causeId = effective.change->byDecisionId;
        step.note = effective.change->note;
        if (effective.change->standing != standing) {
            standing = effective.change->standing;
            step.kind = standing ? StepKind::Reinstated : StepKind::SetAside;
            m_steps.append(step);
        }
        if (isPayment(effective.change->status) && !collected) {
            collected = true;
            step.kind = StepKind::Collected;
            m_steps.append(step);
        }
    }
}

void CumulativeSeries::addPotentialOf(const Decision &decision)
{
    const QDate date = dateFor(decision, m_basis);
    if (m_asOf.isValid() && date.isValid() && date > m_asOf)
        return;
    Potential potential;
    potential.decisionId = decision.id;
    potential.date = date;
    potential.country = decision.country;
    potential.authority = decision.authority;
    potential.target = decision.target;

    if (!decision.includeInCumulativeFines && decision.amount) {
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
            m_potential.append(potential);
        }
    }

    // A penalty already liquidated by a later decision is counted there, as that decision's amount.
    const PeriodicPenalty &penalty = decision.periodicPenalty;
    if (!penalty.liquidatedIn.isEmpty())
        return;
    const std::optional<Money> &money = penalty.maxTotal ? penalty.maxTotal : penalty.perDay;
    if (!money)
        return;
    potential.kind = penalty.maxTotal ? PotentialKind::PenaltyCap : PotentialKind::PenaltyPerDay;
    potential.amount = *money;
    potential.amountEur = money->currency == euro ? money : std::optional<Money>();
    m_potential.append(potential);
}

void CumulativeSeries::accumulate()
{
    Totals running;
    for (Step &step : m_steps) {
        addTotals(&running, deltaOf(step), &m_overflowed);
        step.after = running;
    }
}

void CumulativeSeries::groupFigures(const QList<Decision> &decisions)
{
    QMap<QString, GroupFigures> authorities;
    for (const Decision &decision : decisions) {
        const QDate date = dateFor(decision, m_basis);
        if (m_asOf.isValid() && date.isValid() && date > m_asOf)
            continue;
        GroupFigures &country = m_byCountry[decision.country];
        country.key = decision.country;
        country.country = decision.country;
        ++country.decisions;
        const QString name = shortAuthority(decision.authority);
        GroupFigures &authority = authorities[decision.country + QLatin1Char('\n') + name];
        authority.key = name;
        authority.country = decision.country;
        ++authority.decisions;
    }
    for (const Step &step : std::as_const(m_steps)) {
        const Totals delta = deltaOf(step);
        addTotals(&m_byCountry[step.country].totals, delta, &m_overflowed);
        addTotals(&authorities[step.country + QLatin1Char('\n') + shortAuthority(step.authority)].totals, delta,
            &m_overflowed);
    }
    m_byAuthority = authorities.values();
    std::stable_sort(m_byAuthority.begin(), m_byAuthority.end(), [](const GroupFigures &a, const GroupFigures &b) {
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
