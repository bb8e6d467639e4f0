// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

// One source of a decision: a public address, or for press without one, its title, publisher and language.
struct Source
{
    QString url;
    QString confirms;
    QString title;
    QString publisher;
    QString language;

    bool operator==(const Source &o) const
    {
        return url == o.url && confirms == o.confirms && title == o.title && publisher == o.publisher
            && language == o.language;
    }
};
Q_DECLARE_TYPEINFO(Source, Q_RELOCATABLE_TYPE);

// A change in the standing of a decision caused by a later ruling (set aside, reinstated). Kept as data so that
// "standing" totals are computed from the record, not from code about one country.
struct StatusChange
{
    QDate date;
    QString status;
    bool standing = true; // does the decision's money stand from this date on?
    QString byDecisionId; // the ruling that caused the change, when it is in the database
    QString note;

    bool operator==(const StatusChange &o) const
    {
        return date == o.date && status == o.status && standing == o.standing && byDecisionId == o.byDecisionId
            && note == o.note;
    }
};
Q_DECLARE_TYPEINFO(StatusChange, Q_RELOCATABLE_TYPE);

// A penalty attached to an order: per day (CNIL EUR 100,000/day) or a capped total (Dutch AP up to EUR 5.1m).
struct PeriodicPenalty
{
    std::optional<Money> perDay;
    std::optional<Money> maxTotal;
    QString starts;
    QString instrument;
    QString liquidatedIn; // id of the decision that liquidated it
    bool isMaximum = false;

    bool isEmpty() const { return !perDay && !maxTotal && starts.isEmpty() && instrument.isEmpty() && liquidatedIn.isEmpty(); }
    bool operator==(const PeriodicPenalty &o) const
    {
        return perDay == o.perDay && maxTotal == o.maxTotal && starts == o.starts && instrument == o.instrument
            && liquidatedIn == o.liquidatedIn && isMaximum == o.isMaximum;
    }
};
Q_DECLARE_TYPEINFO(PeriodicPenalty, Q_RELOCATABLE_TYPE);

struct LegalBasis
{
    QString law;
    QStringList provisionsViolated;
    QString notes;

    bool operator==(const LegalBasis &o) const
    {
        return law == o.law && provisionsViolated == o.provisionsViolated && notes == o.notes;
    }
};
Q_DECLARE_TYPEINFO(LegalBasis, Q_RELOCATABLE_TYPE);

// One regulatory or court decision, with every field of the researched record (../shared/data/README.md).
struct Decision
{
    QString id;
    QString country; // ISO 3166-1 alpha-2
    QString jurisdictionName;
    QString authority;
    QString authorityType;
    QString target;
    QString decisionType; // formal_notice, fine, ... (DecisionType)
    QDate decisionDate; // adopted; may be null
    QDate announceDate; // published; may be null
    QString dateNotes;
    // The researched `timeline_date` where it departs from the rule below (the adoption date is doubtful, so the
    // research plots the announcement); null otherwise.
    QDate timelineDateOverride;
    std::optional<Money> amount;
    std::optional<Money> amountEur;
    QString fxRateUsed;
    bool amountIsMaximum = false;
    QString amountNotes;
    bool includeInCumulativeFines = false;
    PeriodicPenalty periodicPenalty;
    LegalBasis legalBasis;
    QStringList orders;
    // The French texts of orders, outcome, facts and summary (`orders_fr`, ...): empty when not translated. A French
    // list is empty or has one item for each English item, in the same order (the import checks it).
    QStringList ordersFr;
    QString outcome;
    QString outcomeFr;
    QString status;
    QList<StatusChange> statusChanges;
    QStringList relatedTo;
    QString reference;
    QList<Source> sources;
    QString confidence;
    QStringList facts;
    QStringList factsFr;
    QStringList lowConfidenceDetails;
    QString summary; // free text, from CSV imports
    QString summaryFr;
    bool userModified = false; // changed by the user since the bundled data was loaded
    // The database's row version when this copy was read (0: not read from a database, or not stored yet). Saves
    // check it to refuse edits based on a stale copy. Bookkeeping, not content: operator== ignores it.
    qint64 rowVersion = 0;
    // Bookkeeping, not content (operator== ignores it): true when this copy was read without its long free texts
    // (omitLongTexts()). The window keeps every row of a large database so and reads a decision whole where those
    // texts are shown, edited, exported, presented or searched (DecisionModel::wholeDecision()).
    bool longTextsOmitted = false;

    // The date to plot by default: adopted when known, else announced, unless the research chose otherwise.
    QDate timelineDate() const
    {
        if (timelineDateOverride.isValid())
            return timelineDateOverride;
        return decisionDate.isValid() ? decisionDate : announceDate;
    }

    // Drops what no list, chart or timeline shows: the summary, outcome, reference, euro rate, legal basis, facts,
    // uncertain details, sources and every French text. Kept: every figure, date, name, status and relation, the
    // English orders (the timeline reads their deadlines) and the date and amount notes (the table's tooltips). At
    // 100,000 decisions the dropped texts were most of the window's memory.
    void omitLongTexts()
    {
        summary.clear();
        summaryFr.clear();
        outcome.clear();
        outcomeFr.clear();
        ordersFr.clear();
        factsFr.clear();
        reference.clear();
        fxRateUsed.clear();
        legalBasis = {};
        facts.clear();
        lowConfidenceDetails.clear();
        sources.clear();
        longTextsOmitted = true;
    }

    bool operator==(const Decision &o) const
    {
        return id == o.id && country == o.country && jurisdictionName == o.jurisdictionName && authority == o.authority
            && authorityType == o.authorityType && target == o.target && decisionType == o.decisionType
            && decisionDate == o.decisionDate && announceDate == o.announceDate && dateNotes == o.dateNotes
            && timelineDateOverride == o.timelineDateOverride && amount == o.amount && amountEur == o.amountEur
            && fxRateUsed == o.fxRateUsed && amountIsMaximum == o.amountIsMaximum && amountNotes == o.amountNotes
            && includeInCumulativeFines == o.includeInCumulativeFines && periodicPenalty == o.periodicPenalty
            && legalBasis == o.legalBasis && orders == o.orders && ordersFr == o.ordersFr && outcome == o.outcome
            && outcomeFr == o.outcomeFr && status == o.status && statusChanges == o.statusChanges
            && relatedTo == o.relatedTo && reference == o.reference && sources == o.sources
            && confidence == o.confidence && facts == o.facts && factsFr == o.factsFr
            && lowConfidenceDetails == o.lowConfidenceDetails && summary == o.summary && summaryFr == o.summaryFr;
    }
    bool operator!=(const Decision &o) const { return !(*this == o); }
};

// Every member of these types is one of Qt's relocatable types (QString, QList, QDate), a relocatable type of ours
// or a plain value, held by value: a QList of decisions may grow by moving their bytes. Without this it copied every
// decision at each growth; a command that gathered 100,000 decisions spent a quarter of its time there.
Q_DECLARE_TYPEINFO(Decision, Q_RELOCATABLE_TYPE);

Q_DECLARE_METATYPE(Decision)
