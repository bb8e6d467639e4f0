// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineframe.h"

#include <QCoreApplication>
#include <QString>

class QLocale;
class TimelineLayout;

// What hovering a marker tells: for a decision its date, authority, type with its standing, and amount (the
// original, then the euro equivalent); for a cluster how many decisions, when, and their fines. Plain text, so
// nothing from the data is ever read as markup.
class TimelineToolTip
{
    Q_DECLARE_TR_FUNCTIONS(TimelineToolTip)

public:
    static QString text(const TimelineLayout &layout, const TimelineFrame::Marker &marker, const QLocale &locale);
    // The plain text escaped into the rich text QToolTip shows, line breaks kept.
    static QString escaped(const QString &text);
};
