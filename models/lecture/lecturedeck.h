// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cumulativeseries.h"
#include "datebasis.h"
#include "decision.h"
#include "lecturescript.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// One step of a lecture, resolved to what the screen shows: the decision (or a title card), the stretch of time
// the timeline frames, and the running totals once the step is reached.
struct LectureStep
{
    enum class Kind { Decision, Title };

    Kind kind = Kind::Decision;
    Decision decision; // Kind::Decision
    QDate date; // the decision's date on the deck's basis; null for an undated decision or a title card
    QString title; // Kind::Title
    QString text; // Kind::Title: free text under the title
    QString notes; // speaker notes, shown only in the presenter view and the handout
    QDate frameFrom; // what the timeline shows for this step
    QDate frameTo;
    CumulativeSeries::Totals totals; // the running totals the step shows
    QDate totalsDate; // the day those totals are counted to (null: before the first decision)
};

// The steps of one lecture: by default one per decision of the current filter in time order, or the steps of a
// lecture script. The running totals come from the same CumulativeSeries as the charts and `caseline stats`, so
// a lecture never shows a figure the rest of caseline does not.
class LectureDeck
{
    Q_DECLARE_TR_FUNCTIONS(LectureDeck)
public:
    // One step per dated decision, in time order (then by id, as everywhere); undated decisions cannot be placed
    // on a timeline and are left out. The totals count `decisions` only, as the filtered charts do.
    static LectureDeck fromDecisions(const QList<Decision> &decisions, DateBasis basis, const QString &title = QString());

    // The steps of a lecture script, in its order; its name is the deck's title. `context` is every decision the
    // timeline shows and the totals count (the whole database); a step naming a decision not in it is left out and its
    // id added to `missingIds` (a colleague's script may name decisions this database lacks).
    static LectureDeck fromScript(const LectureScript &script, const QList<Decision> &context, DateBasis basis,
        QStringList *missingIds = nullptr);

    QString title() const { return m_title; }
    DateBasis basis() const { return m_basis; }
    int count() const { return int(m_steps.size()); }
    bool isEmpty() const { return m_steps.isEmpty(); }
    const LectureStep &step(int index) const { return m_steps.at(index); }
    const QList<LectureStep> &steps() const { return m_steps; }
    // The first step showing `decisionId`, or -1.
    int indexOfDecision(const QString &decisionId) const;

    // What the timeline draws and the totals are counted from.
    const QList<Decision> &context() const { return m_context; }
    const CumulativeSeries &series() const { return m_series; }
    // The dates of the first and last dated decision in the context (null when none is dated).
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }

    // "7 / 23" for the step at `index` (0-based).
    static QString counterText(int index, int count);
    // One line for lists (the presenter's step list, the go-to list): "17 Oct 2022 · CNIL · fine" or the title.
    QString stepLabel(int index) const;

private:
    void finish();
    void frameDecisionSteps();
    void countTotals();

    QString m_title;
    DateBasis m_basis = DateBasis::Adopted;
    QList<LectureStep> m_steps;
    QList<bool> m_framedByScript;
    QList<Decision> m_context;
    CumulativeSeries m_series;
    QDate m_first;
    QDate m_last;
};
