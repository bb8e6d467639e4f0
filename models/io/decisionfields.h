// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QLatin1String>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The one table of the fields of a decision record as files name them: DecisionJson writes and reads these keys,
// ImportValidator refuses any other, DecisionCsv takes its columns and list separator from it, and DecisionDiff
// compares decisions field by field in it. A field added to Decision is added here once.
namespace DecisionFields {

enum class Kind {
    Text,
    Date,
    Amount, // a number in major units; its currency is the `currency` of the same object (amount_eur: EUR)
    Flag,
    TextList,
    Object, // legal_basis, periodic_penalty: the fields named "object.key"
    ObjectList, // sources, status_changes: the fields of each item named "list.key"
};

// How a CSV row carries the field.
enum class Csv {
    None, // JSON only
    Cell, // one cell, the text of the value
    List, // one cell, the items joined by CsvListSeparator
};

struct Field
{
    QLatin1String json; // "amount", or "periodic_penalty.starts" inside an object or list item
    Kind kind;
    Csv csv;
    QLatin1String csvColumn; // the column's name; empty: the JSON name
    bool required; // an import needs it, in JSON and in CSV
    // timeline_date: written for readers, computed from the dates; read back only where it departs from them.
    bool derived;
    // The text of a Text or TextList field of the decision itself, for checks that visit every text; nullptr for
    // other kinds and for the fields of list items (sources, status_changes), which have one text per item.
    const QString *(*text)(const Decision &);
    const QStringList *(*texts)(const Decision &);
    // A French text's English twin ("orders" for "orders_fr"): a French list is empty or as long as its twin.
    // Empty for every other field.
    QLatin1String englishTwin;

    QString csvName() const { return csvColumn.size() > 0 ? QString(csvColumn) : QString(json); }
};

// Separates the items of a Csv::List cell. A url holding it is written with %3B, the same address.
constexpr QLatin1Char CsvListSeparator(';');

// Every field, top-level ones in the order the CSV export writes its columns, then the nested ones.
const QList<Field> &all();

// The keys an object of `object` may hold: the decision's own for an empty name, else those of "legal_basis",
// "periodic_penalty", or an item of "sources" or "status_changes". Empty for any other name.
const QSet<QString> &keysOf(const QString &object);

// The top-level JSON keys, sorted: the fields that two versions of a decision can differ in.
const QStringList &topLevelKeys();

// The CSV columns in export order, and those an import file must have (it must also have a date column).
const QStringList &csvColumns();
const QStringList &requiredCsvColumns();

} // namespace DecisionFields
