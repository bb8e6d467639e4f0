// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"
#include "money.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QLocale;

// A stretch of time that the record itself states: never guessed, only read from structured fields or from the
// documented text patterns of TimelineItem::spansOf().
struct TimelineSpan
{
    enum class Kind { ComplianceDeadline, PenaltyWindow, Ban };

    Kind kind = Kind::ComplianceDeadline;
    qint64 fromDay = 0; // Julian day the span starts
    qint64 toDay = 0; // Julian day it ends; unused when untilId is set
    QString untilId; // a penalty window ends at the decision that liquidated it, resolved by TimelineLayout
    int untilRow = -1; // untilId as a source row, once resolved (see TimelineItem::sourceRow)

    bool operator==(const TimelineSpan &o) const
    {
        return kind == o.kind && fromDay == o.fromDay && toDay == o.toDay && untilId == o.untilId;
    }
};

// One decision as the timeline needs it: plain data, cheap to copy, built once per model change.
struct TimelineItem
{
    // How later rulings left the decision: drawn hollow when set aside or annulled, marked when contested.
    enum class Standing { Standing, SetAside, Contested };

    QString id;
    QString country;
    QString type; // decision_type, e.g. "fine"
    qint64 day = 0; // Julian day on the chosen date basis
    int row = -1; // row in the model the item was built from
    QString authority;
    QString authorityShort; // "CNIL", "ICO": the acronym in the authority's name when it has one
    std::optional<Money> amount;
    qint64 amountEurMinor = -1; // euro cents, -1 when unknown
    bool amountIsMaximum = false;
    bool monetary = false; // a fine or penalty payment: drawn to scale
    Standing standing = Standing::Standing;
    QStringList relatedTo; // emptied once resolved into relatedRows by TimelineItemCache (a million lists)
    QList<TimelineSpan> spans;
    // The relations as rows of the items' source (the DecisionModel, or the list the items were made from): the row
    // of this item, of the decisions in relatedTo and of each span's untilId (-1: not there). With them the layout
    // links items through an array instead of hashing every id on each filter change, which was a fifth of a filter
    // change at 100,000 decisions. Set by TimelineItemCache from the model's own index, or by resolveRelations().
    int sourceRow = -1;
    QList<int> relatedRows;
    bool relationsResolved = false;

    // nullopt when the decision has no date on that basis (it cannot be placed on a time axis).
    static std::optional<TimelineItem> fromDecision(const Decision &decision, DateBasis basis, int row = -1);
    // The same, with a cache of authorities' short names: many decisions share an authority.
    static std::optional<TimelineItem> fromDecision(
        const Decision &decision, DateBasis basis, int row, QHash<QString, QString> *shortNames);
    // Items in list order, their relations resolved among them.
    static QList<TimelineItem> fromDecisions(const QList<Decision> &decisions, DateBasis basis);
    // Resolves the relations of `items` among themselves: each item's source row becomes its position.
    static void resolveRelations(QList<TimelineItem> &items);

    static QString shortAuthority(const QString &authority);
    static Standing standingOf(const Decision &decision);
    // The same from the two fields it depends on (a row of a DecisionTable).
    static Standing standingOf(const QString &status, const QList<StatusChange> &statusChanges);
    // Documented patterns only: "within N days|weeks|months|years" and "by 12 Feb 2021" in the orders give a
    // compliance deadline, "for N years" a ban, and a periodic penalty that starts "after a N-month ..." period and
    // was liquidated in a known decision gives a penalty window. Relative periods run from the adopted date.
    static QList<TimelineSpan> spansOf(const Decision &decision);
};

// Some of a list of items, in a view's order, without copying them: the items are made once per change of the
// decisions and a filter change only picks among them (a million TimelineItems are about 300 MB; a copy of them per
// filter was as much again).
struct TimelineItemSelection
{
    QList<TimelineItem> store; // shared with its maker, never copied item by item
    QList<int> indexes; // into store, one per shown item
    QList<int> rows; // the row of each shown item in the view's model (TimelineItem::row is the store's)
};
