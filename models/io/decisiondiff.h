// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"
#include "importplan.h"

#include <QList>
#include <QStringList>

// The one comparison of two versions of a decision, field by field as the JSON names them (DecisionFields): the
// import summary lists its changes, the bundled-data merge names its conflicting fields.
namespace DecisionDiff {

// The fields that differ, sorted by name, with their values as text: plain for texts and numbers, compact JSON for
// lists and objects. A field empty in both (null, absent) does not differ. timeline_date follows the two dates; it
// is a change of its own only when neither date changed (the research's plotting date was moved).
QList<FieldChange> changes(const Decision &before, const Decision &after);

// The names of changes().
QStringList fields(const Decision &before, const Decision &after);

} // namespace DecisionDiff
