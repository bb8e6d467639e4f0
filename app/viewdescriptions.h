// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisiontable.h"
#include "exportviews.h"
#include "viewdescription.h"

#include <QList>
#include <QString>

// The text alternative of each view that ExportViews draws, from the same decisions and options: `caseline
// describe VIEW`, the FILE.txt beside `caseline export VIEW` and the window's exports, and View > Describe.
namespace ViewDescriptions {

// timeline, cumulative, countries, dashboard (the timeline's description, then the cumulative chart's); empty for
// another name. Amounts and dates in options.locale.
// With `tableRows` not negative, a view's table of decisions longer than that is left out (TimelineDescription).
ViewDescription describe(
    const QString &view, const DecisionTable &decisions, const ExportViewOptions &options, int tableRows = -1);

} // namespace ViewDescriptions
