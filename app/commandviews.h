// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisiontable.h"
#include "exportviews.h"

#include <QList>
#include <QString>

struct CommandContext;

// What `caseline export VIEW` draws and `caseline describe VIEW` describes: the decisions matching the filters, and
// the options the view takes from them (date basis, range, claims, the decisions before the range), read once for
// both so that an image and its description never disagree.
namespace CommandViews {

// False, with the reason written to context.err, when reading fails; `decisions` may come back empty. They are read
// as the window reads them (no long texts, in its order) and filtered in place, without building a Decision each.
bool read(const CommandContext &context, const QString &view, DecisionTable *decisions, ExportViewOptions *options);

} // namespace CommandViews
