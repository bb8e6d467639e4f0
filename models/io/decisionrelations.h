// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QList>
#include <QString>
#include <QStringList>

// The one definition of which decisions a decision relates to: those it names in related_to, in the `by` of a
// status change (the ruling that set it aside) and in periodic_penalty.liquidated_in, and, the other way, those
// that name it so. The import checks the named ids exist, deleting a named decision is refused, and the detail
// panel links them all.
namespace DecisionRelations {

// One id a decision names, with the field that names it as files do: "related_to", "status_changes[1].by",
// "periodic_penalty.liquidated_in".
struct Reference
{
    QString field;
    QString id;

    bool operator==(const Reference &o) const { return field == o.field && id == o.id; }
};

// Every id `decision` names, in the order above, each field's empty ids left out.
QList<Reference> references(const Decision &decision);

// The ids `decision` names, without repeats and without its own id.
QStringList namedIds(const Decision &decision);

// True when `decision` names `id` in any of its relations.
bool names(const Decision &decision, const QString &id);

// The decisions of `all` related to `decision` either way: first those it names (in namedIds() order), then those
// that name it (in the order of `all`); each once, never `decision` itself.
QList<Decision> related(const Decision &decision, const QList<Decision> &all);

// The ids of the decisions of `all` that name `id`, in the order of `all`.
QStringList namedBy(const QString &id, const QList<Decision> &all);

} // namespace DecisionRelations
