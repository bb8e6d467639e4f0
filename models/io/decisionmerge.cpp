// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionmerge.h"

#include "decisiondiff.h"
#include "decisionjson.h"

#include <QHash>
#include <QJsonObject>

namespace {

const QLatin1String TimelineDate("timeline_date");

// Each changed field's value before the change: the base's.
QHash<QString, QString> baseValues(const QList<FieldChange> &changes)
{
    QHash<QString, QString> values;
    for (const FieldChange &change : changes)
        values.insert(change.field, change.before);
    return values;
}

} // namespace

namespace DecisionMerge {

QList<Field> differences(const Decision &base, const Decision &theirs, const Decision &mine)
{
    // Every value as DecisionDiff writes it, so that the dialog shows what an import summary would.
    const QHash<QString, QString> changedByThem = baseValues(DecisionDiff::changes(base, theirs));
    const QHash<QString, QString> changedByMe = baseValues(DecisionDiff::changes(base, mine));
    QList<Field> fields;
    for (const FieldChange &change : DecisionDiff::changes(theirs, mine)) {
        Field f;
        f.field = change.field;
        f.theirs = change.before;
        f.mine = change.after;
        f.changedByThem = changedByThem.contains(f.field);
        f.changedByMe = changedByMe.contains(f.field);
        f.base = f.changedByThem ? changedByThem.value(f.field) : f.theirs;
        fields.append(f);
    }
    return fields;
}

QSet<QString> defaultFromMine(const QList<Field> &fields)
{
    QSet<QString> out;
    for (const Field &f : fields) {
        if (f.changedByMe)
            out.insert(f.field);
    }
    return out;
}

Decision merged(const Decision &theirs, const Decision &mine, const QSet<QString> &fromMine, QStringList *errors)
{
    QJsonObject object = DecisionJson::toJson(theirs);
    const QJsonObject mineObject = DecisionJson::toJson(mine);
    QSet<QString> taken = fromMine;
    if (taken.contains(QStringLiteral("decision_date")) || taken.contains(QStringLiteral("announce_date")))
        taken.insert(TimelineDate);
    for (const QString &key : std::as_const(taken)) {
        const auto it = mineObject.constFind(key);
        if (it == mineObject.constEnd())
            object.remove(key);
        else
            object.insert(key, *it);
    }
    Decision out = DecisionJson::fromJson(object, errors);
    out.rowVersion = theirs.rowVersion;
    out.userModified = theirs.userModified;
    return out;
}

} // namespace DecisionMerge
