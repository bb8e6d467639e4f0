// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"
#include "timelineitem.h"

#include <QDate>

// Decisions for the timeline tests (tst_timelinelayout, tst_timelineframe), dated in days from day0.

extern const QDate day0;

// A decision of TYPE in COUNTRY, adopted DAYOFFSET days after day0, with a euro amount unless EURMINOR is negative.
Decision decision(const QString &id, const QString &country, const QString &type, int dayOffset, qint64 eurMinor = -1);

// The timeline item of D, dated by its adoption.
TimelineItem item(const Decision &d);
