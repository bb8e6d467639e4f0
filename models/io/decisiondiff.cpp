// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisiondiff.h"

#include "decisionfields.h"
#include "decisionjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <limits>

namespace {

QString displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const qint64 whole = value.toInteger(std::numeric_limits<qint64>::min());
        if (whole != std::numeric_limits<qint64>::min())
            return QString::number(whole);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool isEmptyValue(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined();
}

} // namespace

namespace DecisionDiff {

QList<FieldChange> changes(const Decision &before, const Decision &after)
{
    const QJsonObject a = DecisionJson::toJson(before);
    const QJsonObject b = DecisionJson::toJson(after);
    QList<FieldChange> out;
    for (const QString &key : DecisionFields::topLevelKeys()) {
        const QJsonValue va = a.value(key);
        const QJsonValue vb = b.value(key);
        if (va != vb && !(isEmptyValue(va) && isEmptyValue(vb)))
            out.append({ key, displayValue(va), displayValue(vb) });
    }
    const auto changed = [&out](const char *field) {
        return std::any_of(
            out.cbegin(), out.cend(), [field](const FieldChange &c) { return c.field == QLatin1String(field); });
    };
    if (changed("decision_date") || changed("announce_date")) {
        out.erase(std::remove_if(out.begin(), out.end(),
                      [](const FieldChange &c) { return c.field == QLatin1String("timeline_date"); }),
            out.end());
    }
    return out;
}

QStringList fields(const Decision &before, const Decision &after)
{
    QStringList names;
    for (const FieldChange &change : changes(before, after))
        names.append(change.field);
    return names;
}

} // namespace DecisionDiff
