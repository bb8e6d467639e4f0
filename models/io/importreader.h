// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importbatch.h"
#include "importplan.h"

#include <QIODevice>
#include <QString>
#include <functional>
#include <memory>

// ImportValidator's reading and checking of an import file, a decision at a time, so that a file of a million
// decisions is never held whole: the caller takes each decision as it is read (DecisionImporter writes it) and asks
// at the end whether the file had any problem. The problems and their lines are those ImportValidator::validate()
// reports for the same bytes (it is built on this reader).
//
// The file is read twice: once for what concerns it whole (its size, encoding and format), then decision by decision.
class ImportReader
{
public:
    // `device`: open, at its start, and seekable (a QFile on a regular file, a QBuffer); it is read through, not
    // kept. `fileName` only chooses the format (.csv, .json; other names by content). `isStored` tells which ids the
    // database already holds (for relations).
    ImportReader(const QString &fileName, QIODevice *device, std::function<bool(const QString &)> isStored);
    ~ImportReader();
    Q_DISABLE_COPY_MOVE(ImportReader)

    // The next decision of the file, read and checked on its own. False at the end of the file, or once it cannot
    // be read further (its problems say why).
    bool next(ImportedDecision *decision);
    // Whether a problem has been found so far: the file will not be imported.
    bool hasProblems() const;
    // After next() returned false: the checks across decisions (duplicate ids, relations), then the format and
    // every problem, sorted by line. The batch holds no decisions.
    ImportBatch finish();
    // Decisions read so far.
    qsizetype count() const;

    // Reads each element of a JSON file through QJsonDocument, as before JsonTape read those it can: the reference
    // that tests compare the reading with. Before the first next().
    void readJsonThroughQJsonDocument();

    // Called as the file is read, with the bytes read of its size: during the first reading with 0 (it only tells
    // whether to go on), then with how far the decisions have been read, once per chunk the reader takes in, and at
    // the end with the size. Returning false stops the reading: next() returns false and stopped() is true.
    void setProgress(const ImportProgress &progress);
    // The reading was stopped through the progress callback: what was read tells nothing about the file, and
    // finish() checks nothing more.
    bool stopped() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};
