// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionrelations.h"

#include <QHash>
#include <QSet>

namespace DecisionRelations {

QList<Reference> references(const Decision &decision)
{
    QList<Reference> out;
    for (const QString &id : decision.relatedTo) {
        if (!id.isEmpty())
            out.append({ QStringLiteral("related_to"), id });
    }
    for (qsizetype i = 0; i < decision.statusChanges.size(); ++i) {
        const QString &by = decision.statusChanges.at(i).byDecisionId;
        if (!by.isEmpty())
            out.append({ QStringLiteral("status_changes[%1].by").arg(i), by });
    }
    if (!decision.periodicPenalty.liquidatedIn.isEmpty())
        out.append({ QStringLiteral("periodic_penalty.liquidated_in"), decision.periodicPenalty.liquidatedIn });
    return out;
}

QStringList namedIds(const Decision &decision)
{
    QStringList ids;
    for (const Reference &reference : references(decision)) {
        if (reference.id != decision.id && !ids.contains(reference.id))
            ids.append(reference.id);
    }
    return ids;
}

bool names(const Decision &decision, const QString &id)
{
    if (decision.relatedTo.contains(id) || decision.periodicPenalty.liquidatedIn == id)
        return !id.isEmpty();
    for (const StatusChange &change : decision.statusChanges) {
        if (change.byDecisionId == id)
            return !id.isEmpty();
    }
    return false;
}

QList<Decision> related(const Decision &decision, const QList<Decision> &all)
{
    // One pass over `all`, which can hold 100,000 decisions; a decision names only a few.
    const QStringList named = namedIds(decision);
    QHash<QString, const Decision *> found;
    QList<const Decision *> naming;
    QSet<QString> namingIds;
    for (const Decision &other : all) {
        if (other.id == decision.id)
            continue;
        if (named.contains(other.id)) {
            if (!found.contains(other.id))
                found.insert(other.id, &other);
        } else if (!namingIds.contains(other.id) && names(other, decision.id)) {
            naming.append(&other);
            namingIds.insert(other.id);
        }
    }
    QList<Decision> out;
    for (const QString &id : named) {
        if (const Decision *d = found.value(id, nullptr))
            out.append(*d);
    }
    for (const Decision *d : std::as_const(naming))
        out.append(*d);
    return out;
}

QStringList namedBy(const QString &id, const QList<Decision> &all)
{
    QStringList ids;
    for (const Decision &d : all) {
        if (d.id != id && names(d, id))
            ids.append(d.id);
    }
    return ids;
}

} // namespace DecisionRelations
