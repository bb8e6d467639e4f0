// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"
#include "decisiontable.h"
#include "viewdescription.h"

#include <QCoreApplication>
#include <QList>

class QLocale;

// The timeline's text alternative: how many decisions and over which dates, how many of each type and from each
// country, which later rulings set aside, which are contested and which the record calls unpaid; then every
// decision as a row (date, country, authority, type, amount, status).
//
// Set aside and contested are what the timeline draws hollow and ringed (TimelineItem::standingOf, from the status
// and the status changes); unpaid is a status that says so ("final_unpaid", "final_reportedly_unpaid").
class TimelineDescription
{
    Q_DECLARE_TR_FUNCTIONS(TimelineDescription)
public:
    // `decisions` as the timeline shows them (already filtered), on `basis`, in `locale`'s formats. With more decisions
    // than `tableRows` (when not negative) the table is left out and a sentence says where to find it: the text beside
    // an exported figure of 100,000 decisions stays a text, not a second copy of the data.
    static ViewDescription describe(
        const DecisionTable &decisions, DateBasis basis, const QLocale &locale, int tableRows = -1);
    // The same for a list of decisions.
    static ViewDescription describe(
        const QList<Decision> &decisions, DateBasis basis, const QLocale &locale, int tableRows = -1);
    // True when the decision's status records its money as unpaid.
    static bool isRecordedUnpaid(const Decision &decision);
    static bool isRecordedUnpaid(const QString &status);
    // "ICO fine of 18 May 2022": how a sentence names one decision.
    static QString decisionName(const Decision &decision, DateBasis basis, const QLocale &locale);
    // "6 fines", "1 court ruling": a number of decisions of one type.
    static QString typeCount(const QString &type, int count, const QLocale &locale);
};
