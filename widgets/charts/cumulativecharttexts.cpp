// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the cumulative chart: its tooltips, note, headline and labels (CumulativeChartRenderer).
#include "cumulativechartrenderer.h"

#include "countryregistry.h"
#include "decisiontype.h"
#include "displayformat.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <algorithm>
#include <tuple>

namespace {

using Metric = CumulativeSeries::Metric;
using StepKind = CumulativeSeries::StepKind;
using PotentialKind = CumulativeSeries::PotentialKind;
using Mark = CumulativeChartMarks::Mark;

// What a label on the chart calls an amount not imposed, after its authority and amount: "ICO EUR 19.85m
// (provisional)".
QString potentialKindWord(PotentialKind kind)
{
    switch (kind) {
    case PotentialKind::Provisional:
        return CumulativeChartRenderer::tr("provisional");
    case PotentialKind::Maximum:
        return CumulativeChartRenderer::tr("maximum");
    case PotentialKind::Settlement:
        return CumulativeChartRenderer::tr("settlement");
    case PotentialKind::OtherTarget:
        return CumulativeChartRenderer::tr("other target");
    case PotentialKind::PenaltyCap:
        return CumulativeChartRenderer::tr("penalty cap");
    case PotentialKind::PenaltyPerDay:
        return CumulativeChartRenderer::tr("per day");
    }
    return QString();
}

qint64 sumOf(const Mark &mark, const CumulativeSeries &series, bool potential)
{
    qint64 sum = 0;
    for (const int i : mark.items)
        sum += potential ? series.potential().at(i).amountEur->minor : series.steps().at(i).amountMinor;
    return sum;
}

// "ICO fine": what decisionName() gives for a step's or an amount's decision, from the authority and type they
// carry, so that naming them never needs the index of every decision by id.
QString nameOf(const QString &authority, const QString &decisionType)
{
    return QCoreApplication::translate("CumulativeChartRenderer", "%1 %2")
        .arg(CumulativeSeries::shortAuthority(authority), DecisionType::label(decisionType).toLower());
}

QString stepName(const CumulativeSeries::Step &step)
{
    return nameOf(step.authority, step.decisionType);
}

} // namespace

QString CumulativeChartRenderer::headline() const
{
    const CumulativeSeries::Totals totals = m_marks.totalsAt(rangeTo());
    return tr("%1 imposed \u00b7 %2 standing \u00b7 %3 collected")
        .arg(DisplayFormat::millions(totals.imposedMinor, QStringLiteral("EUR"), m_locale),
            DisplayFormat::millions(totals.standingMinor, QStringLiteral("EUR"), m_locale),
            DisplayFormat::millions(totals.collectedMinor, QStringLiteral("EUR"), m_locale));
}

QString CumulativeChartRenderer::decisionName(const QString &id) const
{
    const Decision *decision = decisionOf(id);
    if (!decision)
        return id;
    return tr("%1 %2").arg(CumulativeSeries::shortAuthority(decision->authority),
        DecisionType::label(decision->decisionType).toLower());
}

QString CumulativeChartRenderer::stepToolTip(int stepIndex) const
{
    if (stepIndex < 0 || stepIndex >= m_series.steps().size())
        return QString();
    const CumulativeSeries::Step &step = m_series.steps().at(stepIndex);
    const QString day = DisplayFormat::date(step.date, m_locale);
    const QString euros = DisplayFormat::money(step.amountMinor, QStringLiteral("EUR"), m_locale);
    QString amount = euros;
    if (step.original && step.original->currency != QLatin1String("EUR")) {
        amount = tr("%1 (%2 at the ECB reference rate of the decision date)")
                     .arg(DisplayFormat::money(*step.original, m_locale), euros);
    }
    const auto total = [this](qint64 minor) { return DisplayFormat::money(minor, QStringLiteral("EUR"), m_locale); };
    QStringList lines;
    const Decision *decision = decisionOf(step.decisionId);
    const QString authority = decision ? decision->authority : step.authority;
    switch (step.kind) {
    case StepKind::Imposed:
        lines << authority
              << tr("%1, %2, %3").arg(DecisionType::label(step.decisionType), CountryRegistry::name(step.country, m_locale), day)
              << amount;
        break;
    case StepKind::SetAside:
    case StepKind::Reinstated:
    case StepKind::Collected: {
        const QString what = step.kind == StepKind::SetAside ? tr("%1 set aside on %2")
            : step.kind == StepKind::Reinstated                ? tr("%1 reinstated on %2")
                                                               : tr("%1 collected on %2");
        lines << what.arg(stepName(step), day);
        if (!step.causeId.isEmpty()) {
            const Decision *cause = decisionOf(step.causeId);
            lines << tr("By: %1").arg(cause ? cause->authority : step.causeId);
        }
        if (!step.note.isEmpty())
            lines << step.note;
        lines << (step.kind == StepKind::SetAside ? tr("%1 leaves the standing total").arg(amount)
                : step.kind == StepKind::Reinstated ? tr("%1 stands again").arg(amount)
                                                    : tr("%1 collected").arg(amount));
        break;
    }
    }
    lines << tr("Imposed in all: %1; standing: %2; collected: %3")
                 .arg(total(step.after.imposedMinor), total(step.after.standingMinor), total(step.after.collectedMinor));
    lines << tr("Decision: %1").arg(step.decisionId);
    return lines.join(QLatin1Char('\n'));
}

QString CumulativeChartRenderer::potentialToolTip(int potentialIndex) const
{
    if (potentialIndex < 0 || potentialIndex >= m_series.potential().size())
        return QString();
    const CumulativeSeries::Potential &p = m_series.potential().at(potentialIndex);
    QString why;
    switch (p.kind) {
    case CumulativeSeries::PotentialKind::Provisional:
        why = tr("Provisional figure, never imposed as such");
        break;
    case CumulativeSeries::PotentialKind::Maximum:
        why = tr("A maximum (\"up to\"), not a sum imposed");
        break;
    case CumulativeSeries::PotentialKind::Settlement:
        why = tr("A settlement, not a fine");
        break;
    case CumulativeSeries::PotentialKind::OtherTarget:
        why = tr("Imposed on %1, not on Clearview AI").arg(p.target);
        break;
    case CumulativeSeries::PotentialKind::PenaltyCap:
        why = tr("Penalty payments up to this amount if the orders are not met; not imposed");
        break;
    case CumulativeSeries::PotentialKind::PenaltyPerDay:
        why = tr("Penalty payment per day if the orders are not met; not imposed");
        break;
    }
    QString amount = DisplayFormat::money(p.amount, m_locale);
    if (p.amountEur && p.amount.currency != QLatin1String("EUR"))
        amount = tr("%1 (%2)").arg(amount, DisplayFormat::money(*p.amountEur, m_locale));
    const QString day = p.date.isValid() ? DisplayFormat::date(p.date, m_locale) : tr("date unknown");
    return QStringList{tr("Not in the totals: %1").arg(nameOf(p.authority, p.decisionType)), p.authority,
        tr("%1, %2").arg(CountryRegistry::name(p.country, m_locale), day), amount, why, tr("Decision: %1").arg(p.decisionId)}
        .join(QLatin1Char('\n'));
}

QString CumulativeChartRenderer::claimToolTip(int claimIndex) const
{
    if (claimIndex < 0 || claimIndex >= m_claims.size())
        return QString();
    const DbSizeClaim &claim = m_claims.at(claimIndex);
    QStringList lines{tr("Claimed database size: %1 images (%2)").arg(claim.label, m_locale.toString(claim.images)),
        tr("%1: %2").arg(claim.dateText, claim.claimedBy)};
    if (!claim.kind.isEmpty())
        lines << tr("Kind of claim: %1").arg(claim.kind);
    if (!claim.note.isEmpty())
        lines << claim.note;
    return lines.join(QLatin1Char('\n'));
}

QString CumulativeChartRenderer::note() const
{
    ChartBuilder::NoteContent content;
    content.basis = m_basis;
    content.collectedLineShown = true;
    content.notImposedDashed = true;
    // The note names the amounts it cannot draw: from the amounts themselves, the few there are.
    content.decisionName = [this](const QString &id) {
        for (const CumulativeSeries::Potential &p : m_series.potential()) {
            if (p.decisionId == id)
                return nameOf(p.authority, p.decisionType);
        }
        return decisionName(id);
    };
    return ChartBuilder::note(m_series, content, m_locale);
}

QString CumulativeChartRenderer::potentialKindName(PotentialKind kind)
{
    // Short: the legend has one row, and a chart may have every kind.
    switch (kind) {
    case PotentialKind::Provisional:
        return tr("Provisional (not imposed)");
    case PotentialKind::Maximum:
        return tr("Maximum (not imposed)");
    case PotentialKind::Settlement:
        return tr("Settlement (not a fine)");
    case PotentialKind::OtherTarget:
        return tr("Fine on another target");
    case PotentialKind::PenaltyCap:
        return tr("Penalty cap (not imposed)");
    case PotentialKind::PenaltyPerDay:
        return tr("Daily penalty (not imposed)");
    }
    return QString();
}

QString CumulativeChartRenderer::markToolTip(const Mark &mark, bool potential) const
{
    if (mark.items.size() == 1)
        return potential ? potentialToolTip(mark.items.constFirst()) : stepToolTip(mark.items.constFirst());
    const QString day = DisplayFormat::date(mark.date, m_locale);
    const auto euros = [this](qint64 minor) { return DisplayFormat::money(minor, QStringLiteral("EUR"), m_locale); };
    QStringList lines;
    if (potential) {
        const PotentialKind kind = m_series.potential().at(mark.items.constFirst()).kind;
        lines << tr("%1: %2 amounts on %3, none in the totals").arg(potentialKindName(kind)).arg(mark.items.size()).arg(day);
    } else if (mark.line == Metric::Imposed) {
        lines << tr("%1 decisions imposed money on %2").arg(mark.items.size()).arg(day);
    } else {
        lines << tr("%1 changes on %2").arg(mark.items.size()).arg(day);
    }
    // The largest first; a long day is listed in part.
    QList<int> items = mark.items;
    const auto amount = [this, potential](int i) {
        return potential ? m_series.potential().at(i).amountEur->minor : m_series.steps().at(i).amountMinor;
    };
    std::stable_sort(items.begin(), items.end(), [&amount](int a, int b) { return amount(a) > amount(b); });
    constexpr int Listed = 8;
    for (int k = 0; k < std::min<int>(Listed, items.size()); ++k) {
        const int i = items.at(k);
        if (potential) {
            const CumulativeSeries::Potential &p = m_series.potential().at(i);
            lines << tr("%1: %2").arg(nameOf(p.authority, p.decisionType), DisplayFormat::money(p.amount, m_locale));
            continue;
        }
        const CumulativeSeries::Step &step = m_series.steps().at(i);
        const QString name = stepName(step);
        const QString what = step.kind == StepKind::Imposed ? tr("%1 imposed: %2")
            : step.kind == StepKind::SetAside              ? tr("%1 set aside: %2")
            : step.kind == StepKind::Reinstated            ? tr("%1 reinstated: %2")
                                                           : tr("%1 collected: %2");
        lines << what.arg(name, euros(step.amountMinor));
    }
    if (items.size() > Listed)
        lines << tr("and %1 more").arg(items.size() - Listed);
    if (!potential) {
        const CumulativeSeries::Totals totals = m_marks.totalsAt(mark.date);
        lines << tr("Imposed in all: %1; standing: %2; collected: %3")
                     .arg(euros(totals.imposedMinor), euros(totals.standingMinor), euros(totals.collectedMinor));
    }
    const QString largest = potential ? m_series.potential().at(mark.largest).decisionId
                                      : m_series.steps().at(mark.largest).decisionId;
    lines << tr("A click selects the largest: %1").arg(largest);
    return lines.join(QLatin1Char('\n'));
}

QList<ChartBuilder::Label> CumulativeChartRenderer::labels(const QFont &font, qreal width, const LabelColors &colors) const
{
    using Placement = ChartBuilder::Placement;
    const QDate from = rangeFrom();
    const QDate to = rangeTo();
    // As many as the width has room for, the largest first: a label names one decision or counts a day's.
    const int named = std::clamp(int(width / (QFontMetricsF(font).height() * 11)), 2, 10);
    const auto largestIn = [&](const QList<Mark> &marks, bool isPotential, int count) {
        const auto [first, end] = CumulativeChartMarks::inRange(marks, from, to);
        QList<std::pair<qint64, int>> bySize;
        for (int i = first; i < end; ++i)
            bySize.append({isPotential ? marks.at(i).valueMinor - marks.at(i).baseMinor
                                       : sumOf(marks.at(i), m_series, false),
                i});
        std::stable_sort(bySize.begin(), bySize.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        return bySize.mid(0, count);
    };

    QList<ChartBuilder::Label> labels;
    // The collected line is named where it ends, even at 0, where it runs along the axis; first, so that no other
    // label takes its place.
    ChartBuilder::Label collected;
    collected.text = m_series.totals().collectedMinor == 0 ? tr("Collected: no payment known") : tr("Collected");
    collected.color = colors.collected;
    collected.placements = {Placement::AboveLeft, Placement::Left, Placement::BelowLeft};
    collected.endOf = QStringLiteral("collected");
    labels << collected;

    // The largest amounts not imposed first, named with what they are, so that they are not read as fines.
    QList<std::tuple<qint64, PotentialKind, int>> potentials;
    for (const PotentialKind kind : m_marks.potentialKinds()) {
        for (const auto &[amount, i] : largestIn(m_marks.potential(kind), true, 3))
            potentials.append({amount, kind, i});
    }
    std::stable_sort(potentials.begin(), potentials.end(),
        [](const auto &a, const auto &b) { return std::get<0>(a) > std::get<0>(b); });
    for (const auto &[amount, kind, i] : potentials.mid(0, 3)) {
        const Mark &mark = m_marks.potential(kind).at(i);
        const CumulativeSeries::Potential &p = m_series.potential().at(mark.largest);
        labels << ChartBuilder::Label{CumulativeChartMarks::pointOf(mark),
            tr("%1 %2 (%3)").arg(CumulativeSeries::shortAuthority(p.authority), DisplayFormat::millions(amount, QStringLiteral("EUR"), m_locale),
                potentialKindWord(kind)),
            colors.potential, {Placement::Left, Placement::AboveLeft, Placement::Right, Placement::AboveRight}};
    }
    for (const auto &[sum, i] : largestIn(m_marks.imposed(), false, named)) {
        const Mark &mark = m_marks.imposed().at(i);
        const CumulativeSeries::Step &step = m_series.steps().at(mark.largest);
        const QString text = mark.items.size() == 1
            ? tr("%1 %2").arg(CumulativeSeries::shortAuthority(step.authority), DisplayFormat::millions(sum, QStringLiteral("EUR"), m_locale))
            : tr("%1 decisions %2").arg(mark.items.size()).arg(DisplayFormat::millions(sum, QStringLiteral("EUR"), m_locale));
        labels << ChartBuilder::Label{CumulativeChartMarks::pointOf(mark), text, colors.imposed,
            {Placement::Left, Placement::AboveLeft, Placement::AboveRight}};
    }
    for (const auto &[sum, i] : largestIn(m_marks.changes(), false, named)) {
        const Mark &mark = m_marks.changes().at(i);
        int setAside = 0;
        for (const int item : mark.items)
            setAside += m_series.steps().at(item).kind == StepKind::SetAside ? 1 : 0;
        const CumulativeSeries::Step &step = m_series.steps().at(mark.largest);
        const bool down = setAside * 2 > mark.items.size();
        QString text;
        if (mark.items.size() == 1) {
            // Named from the step, which carries its decision's authority and type: no lookup by id.
            const QString name = stepName(step);
            text = step.kind == StepKind::SetAside ? tr("%1 set aside").arg(name)
                : step.kind == StepKind::Reinstated ? tr("%1 reinstated").arg(name)
                                                    : tr("%1 collected").arg(name);
        } else if (mark.line == Metric::Collected) {
            text = tr("%1 payments %2").arg(mark.items.size()).arg(DisplayFormat::millions(sum, QStringLiteral("EUR"), m_locale));
        } else {
            text = tr("%1 set aside, %2 reinstated").arg(setAside).arg(mark.items.size() - setAside);
        }
        labels << ChartBuilder::Label{CumulativeChartMarks::pointOf(mark), text, colors.changes,
            down ? QList<Placement>{Placement::BelowRight, Placement::BelowLeft}
                 : QList<Placement>{Placement::AboveLeft, Placement::Left, Placement::BelowRight}};
    }
    return labels;
}

