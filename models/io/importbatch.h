// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QList>
#include <QString>
#include <QStringList>

// One problem of an import file: where (the line of the record, or 1 for the whole file), which field (a JSON
// key or CSV column; "file", "header" or "row" for problems that are not about one field) and what is wrong.
struct ImportError
{
    int line = 1;
    QString field;
    QString message;

    // "FILE:LINE: field: message", the form compilers use, so that editors can jump to the line.
    QString toString(const QString &fileName) const
    {
        return QStringLiteral("%1:%2: %3: %4").arg(fileName, QString::number(line), field, message);
    }
    bool operator==(const ImportError &o) const { return line == o.line && field == o.field && message == o.message; }
};

// One decision read from an import file.
struct ImportedDecision
{
    int line = 0; // where its record or object starts
    Decision decision;
    // CSV: the columns the file has; only these fields replace those of a decision already in the database.
    // JSON: empty, the object is the whole decision.
    QStringList columns;
};

// What an import file holds once read and checked: the decisions, or every problem found.
struct ImportBatch
{
    enum class Format { Unknown, Csv, Json };

    Format format = Format::Unknown;
    QList<ImportedDecision> decisions;
    QList<ImportError> errors;
    // Problems found beyond ImportValidator::MaxErrors, counted but not kept.
    qsizetype droppedErrors = 0;

    bool isValid() const { return errors.isEmpty() && droppedErrors == 0 && !decisions.isEmpty(); }
};
