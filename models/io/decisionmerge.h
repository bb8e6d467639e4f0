// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Two edits of one decision made from the same version: someone else's, saved first ("theirs"), and the user's,
// refused as a conflict ("mine"). What they differ in, field by field as the JSON names them (DecisionDiff), and
// the decision that keeps some fields of each.
namespace DecisionMerge {

struct Field
{
    QString field; // JSON name, e.g. "amount"
    QString base; // the value both edits started from, as DecisionDiff writes values
    QString theirs;
    QString mine;
    bool changedByThem = false; // theirs differs from base
    bool changedByMe = false; // mine differs from base

    bool operator==(const Field &o) const
    {
        return field == o.field && base == o.base && theirs == o.theirs && mine == o.mine
            && changedByThem == o.changedByThem && changedByMe == o.changedByMe;
    }
};

// The fields where theirs and mine differ, sorted by name. A field that only one side changed keeps that side's
// value in a merge by default (defaultFromMine()); one both changed is a choice.
QList<Field> differences(const Decision &base, const Decision &theirs, const Decision &mine);

// The fields a merge takes from mine unless the user says otherwise: those only the user changed, and those both
// changed (the user's own edit wins unless they choose theirs).
QSet<QString> defaultFromMine(const QList<Field> &fields);

// Theirs with the fields named in `fromMine` taken from mine; a date taken carries timeline_date with it (the
// plotting date follows the dates, so DecisionDiff never lists it beside them). The result keeps their row
// version and flags: it is saved as an edit of their version. Empty `errors` on success.
Decision merged(const Decision &theirs, const Decision &mine, const QSet<QString> &fromMine, QStringList *errors);

} // namespace DecisionMerge
