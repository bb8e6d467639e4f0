// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lecturedeck.h"
#include "viewdescription.h"

#include <QCoreApplication>
#include <QString>

class QLocale;

// What a lecture says in words: the spoken text of each step (what the slide shows and the running totals it
// reaches), for screen readers in lecture mode, and the whole deck as a text alternative (`caseline describe
// presentation`). Speaker notes are never in it: they are the presenter's.
class LectureDescription
{
    Q_DECLARE_TR_FUNCTIONS(LectureDescription)
public:
    // "Step 3 of 43. Italy, 10 February 2022. Garante per la protezione dei dati personali. Fine: €20,000,000. ...
    // Running totals on 10 February 2022: €20,000,000 imposed, €20,000,000 standing, €0 collected."
    static QString spokenText(const LectureDeck &deck, int index, const QLocale &locale);
    // "Step 3 of 43": the short name of a step.
    static QString stepName(const LectureDeck &deck, int index, const QLocale &locale);
    // The deck's summary (its title, steps, dates and final totals), each step's spoken text as a passage, and a
    // table of the steps with their running totals.
    static ViewDescription describe(const LectureDeck &deck, const QLocale &locale);
    // The decision in a line, as the slide's caption shows it: what a CSV import summarised, else the first order,
    // else how it ended, else its first fact; in the locale's language when the record has that text, else in the
    // other (as the detail panel falls back).
    static QString summaryLine(const Decision &decision, const QLocale &locale);
};
