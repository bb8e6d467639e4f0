// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dbsizeclaim.h"
#include "decision.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class JsonTapeObject;

// Converts decisions to and from the JSON of ../shared/data/clearview-cases.json: the bundled data, the
// command line's `list --format json`, and `export-data`/`import` all use it, so an export can always be
// imported again. Amounts are numbers in major units; dates ISO-8601 days or null.
class DecisionJson
{
public:
    static QJsonObject toJson(const Decision &decision);
    // Reads one object. Problems are appended to `errors` as "field: message"; the result is only
    // meaningful when no error was added.
    static Decision fromJson(const QJsonObject &object, QStringList *errors);
    // The same reading of an object of a JsonTape (which reads it as QJsonDocument would): the same decision and
    // errors as fromJson() of the QJsonObject of the same text.
    static Decision fromJson(const JsonTapeObject &object, QStringList *errors);

    static QJsonObject toJson(const DbSizeClaim &claim);
    static DbSizeClaim dbSizeClaimFromJson(const QJsonObject &object, QStringList *errors);

    // Whole documents: arrays of objects. `errors` get "index N: field: message".
    static QList<Decision> decisionsFromDocument(const QByteArray &json, QStringList *errors);
    static QByteArray toDocument(const QList<Decision> &decisions);
    // toDocument() in pieces, for writing decisions as they are read: documentStart(), documentElement() for each
    // decision (`index` counts from 0), then documentEnd() with their number. Together they are toDocument()'s
    // bytes.
    static QByteArray documentStart();
    static QByteArray documentElement(const Decision &decision, qsizetype index);
    static QByteArray documentEnd(qsizetype count);
    static QList<DbSizeClaim> dbSizeClaimsFromDocument(const QByteArray &json, QStringList *errors);
};
