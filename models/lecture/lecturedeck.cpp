// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturedeck.h"

#include "decisiontype.h"
#include "displayformat.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace {

// How much time a step frames around its decision: the gap to the nearest decision on each side plus a margin, so
// that both neighbours are in view, but never less than three months (a lone decision still has a context) nor
// more than two years on a side (a long quiet stretch would shrink the decision to a dot).
constexpr qint64 NeighbourMarginDays = 45;
constexpr qint64 MinimumSideDays = 90;
constexpr qint64 MaximumSideDays = 730;
// Around the whole story for title cards.
constexpr qint64 WholeRangeMarginDays = 60;

CumulativeSeries::Totals plus(CumulativeSeries::Totals a, const CumulativeSeries::Totals &delta)
{
    a.imposedMinor += delta.imposedMinor;
    a.standingMinor += delta.standingMinor;
    a.collectedMinor += delta.collectedMinor;
    return a;
}

CumulativeSeries::Totals minus(CumulativeSeries::Totals a, const CumulativeSeries::Totals &b)
{
    a.imposedMinor -= b.imposedMinor;
    a.standingMinor -= b.standingMinor;
    a.collectedMinor -= b.collectedMinor;
    return a;
}

} // namespace

LectureDeck LectureDeck::fromDecisions(const QList<Decision> &decisions, DateBasis basis, const QString &title)
{
    QList<const Decision *> dated;
    for (const Decision &decision : decisions) {
        if (dateFor(decision, basis).isValid())
            dated.append(&decision);
    }
    std::stable_sort(dated.begin(), dated.end(), [basis](const Decision *a, const Decision *b) {
        const QDate da = dateFor(*a, basis);
        const QDate db = dateFor(*b, basis);
        return da != db ? da < db : a->id < b->id;
    });
    LectureDeck deck;
    deck.m_title = title;
    deck.m_basis = basis;
    deck.m_context = decisions;
    for (const Decision *decision : std::as_const(dated)) {
        LectureStep step;
        step.kind = LectureStep::Kind::Decision;
        step.decision = *decision;
        step.date = dateFor(*decision, basis);
        deck.m_steps.append(step);
        deck.m_framedByScript.append(false);
    }
    deck.finish();
    return deck;
}

LectureDeck LectureDeck::fromScript(
    const LectureScript &script, const QList<Decision> &context, DateBasis basis, QStringList *missingIds)
{
    QHash<QString, const Decision *> byId;
    for (const Decision &decision : context)
        byId.insert(decision.id, &decision);
    LectureDeck deck;
    deck.m_title = script.name;
    deck.m_basis = basis;
    deck.m_context = context;
    for (const LectureScriptStep &entry : script.steps) {
        LectureStep step;
        step.kind = entry.isDecision() ? LectureStep::Kind::Decision : LectureStep::Kind::Title;
        step.notes = entry.notes;
        step.title = entry.title;
        step.text = entry.text;
        if (entry.isDecision()) {
            const Decision *decision = byId.value(entry.decisionId);
            if (!decision) {
                if (missingIds && !missingIds->contains(entry.decisionId))
                    missingIds->append(entry.decisionId);
                continue;
            }
            step.decision = *decision;
            step.date = dateFor(*decision, basis);
        }
        const bool framed = entry.frame && entry.frame->from.isValid() && entry.frame->to.isValid()
            && entry.frame->from <= entry.frame->to;
        if (framed) {
            step.frameFrom = entry.frame->from;
            step.frameTo = entry.frame->to;
        }
        deck.m_steps.append(step);
        deck.m_framedByScript.append(framed);
    }
    deck.finish();
    return deck;
}

void LectureDeck::finish()
{
    m_series = CumulativeSeries::compute(m_context, m_basis);
    for (const Decision &decision : std::as_const(m_context)) {
        const QDate date = dateFor(decision, m_basis);
        if (!date.isValid())
            continue;
        if (!m_first.isValid() || date < m_first)
            m_first = date;
        if (!m_last.isValid() || date > m_last)
            m_last = date;
    }
    frameDecisionSteps();
    countTotals();
}

void LectureDeck::frameDecisionSteps()
{
    QList<QDate> dates;
    for (const LectureStep &step : std::as_const(m_steps)) {
        if (step.kind == LectureStep::Kind::Decision && step.date.isValid())
            dates.append(step.date);
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());

    const QDate wholeFrom = m_first.isValid() ? m_first.addDays(-WholeRangeMarginDays) : QDate::currentDate().addYears(-1);
    const QDate wholeTo = m_last.isValid() ? m_last.addDays(WholeRangeMarginDays) : QDate::currentDate();
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_framedByScript.at(i))
            continue;
        LectureStep &step = m_steps[i];
        if (step.kind != LectureStep::Kind::Decision || !step.date.isValid()) {
            step.frameFrom = wholeFrom;
            step.frameTo = wholeTo;
            continue;
        }
        const auto at = std::lower_bound(dates.cbegin(), dates.cend(), step.date);
        const auto after = std::next(at);
        // No neighbour on a side: the minimum context.
        const qint64 before = at == dates.cbegin() ? 0 : std::prev(at)->daysTo(step.date) + NeighbourMarginDays;
        const qint64 afterDays = after == dates.cend() ? 0 : step.date.daysTo(*after) + NeighbourMarginDays;
        step.frameFrom = step.date.addDays(-qBound(MinimumSideDays, before, MaximumSideDays));
        step.frameTo = step.date.addDays(qBound(MinimumSideDays, afterDays, MaximumSideDays));
    }
}

void LectureDeck::countTotals()
{
    // Each series step's own change, so that a step can count the changes of its day that come before it in the
    // lecture and leave out those of decisions the lecture shows later (two rulings on one day are two steps).
    const QList<CumulativeSeries::Step> &changes = m_series.steps();
    QList<CumulativeSeries::Totals> deltas;
    deltas.reserve(changes.size());
    CumulativeSeries::Totals previous;
    for (const CumulativeSeries::Step &change : changes) {
        deltas.append(minus(change.after, previous));
        previous = change.after;
    }

    // The lecture's decision steps of each day, to find in one look-up those a step must leave out.
    QHash<QDate, QList<int>> stepsOfDay;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).kind == LectureStep::Kind::Decision && m_steps.at(i).date.isValid())
            stepsOfDay[m_steps.at(i).date].append(i);
    }

    CumulativeSeries::Totals running;
    QDate runningDate;
    for (int i = 0; i < m_steps.size(); ++i) {
        LectureStep &step = m_steps[i];
        if (step.kind == LectureStep::Kind::Title && m_framedByScript.at(i)) {
            // A framed title card ("2020 to 2022") shows where the story stands at the end of its frame.
            step.totals = m_series.totalsAt(step.frameTo);
            step.totalsDate = step.frameTo;
        } else if (step.kind == LectureStep::Kind::Decision && step.date.isValid()) {
            QSet<QString> shownLater;
            for (const int j : stepsOfDay.value(step.date)) {
                if (j > i)
                    shownLater.insert(m_steps.at(j).decision.id);
            }
            CumulativeSeries::Totals totals = m_series.totalsAt(step.date.addDays(-1));
            const auto first = std::lower_bound(changes.cbegin(), changes.cend(), step.date,
                [](const CumulativeSeries::Step &change, const QDate &day) { return change.date < day; });
            for (auto change = first; change != changes.cend() && change->date == step.date; ++change) {
                if (shownLater.contains(change->decisionId) || shownLater.contains(change->causeId))
                    continue;
                totals = plus(totals, deltas.at(int(change - changes.cbegin())));
            }
            step.totals = totals;
            step.totalsDate = step.date;
        } else {
            // An undated decision or a title card without a frame leaves the totals where the lecture was.
            step.totals = running;
            step.totalsDate = runningDate;
        }
        running = step.totals;
        runningDate = step.totalsDate;
    }
}

int LectureDeck::indexOfDecision(const QString &decisionId) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).kind == LectureStep::Kind::Decision && m_steps.at(i).decision.id == decisionId)
            return i;
    }
    return -1;
}

QString LectureDeck::counterText(int index, int count)
{
    return tr("%1 / %2").arg(index + 1).arg(count);
}

QString LectureDeck::stepLabel(int index) const
{
    const LectureStep &step = m_steps.at(index);
    if (step.kind == LectureStep::Kind::Title)
        return step.title;
    const QLocale locale;
    const QString date = step.date.isValid() ? DisplayFormat::date(step.date, locale) : tr("undated");
    return tr("%1 · %2 · %3")
        .arg(date, CumulativeSeries::shortAuthority(step.decision.authority),
            DecisionType::label(step.decision.decisionType));
}
