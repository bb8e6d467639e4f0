// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importbatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

// Reads the bytes of an import file (CSV or JSON) and checks everything before anything is written, reporting
// every problem at once with the line of its record: size, encoding, format, JSON nesting and syntax, then each
// decision (required fields, real dates between 1900 and 2100, known country, type and currency, exact
// non-negative amounts, http/https source links, text that is valid Unicode without NUL characters), then the
// file as a whole (duplicate ids, relations to ids neither in the file nor in the database).
//
// Control characters other than NUL are kept as text: they are the user's data, and every output treats text
// as text (JSON escapes them, CSV quotes them, the views never interpret markup). Error messages never carry
// them: they are shown as \uXXXX, so printing an error cannot send escape sequences to a terminal.
class ImportValidator
{
    Q_DECLARE_TR_FUNCTIONS(ImportValidator)

public:
    // The most a file read whole may hold (lecture scripts).
    static constexpr qint64 MaxFileSize = 100LL * 1024 * 1024;
    // The most a file of decisions may hold. It is read as it streams in, a decision at a time, never whole: this
    // only bounds the time a mistaken or hostile file can take. A million decisions with long texts are about
    // 2.2 GB of JSON.
    static constexpr qint64 MaxImportFileSize = 4LL * 1024 * 1024 * 1024;
    // The most one decision (a CSV record, an element of the JSON array) may take: the reader holds one at a time.
    static constexpr qint64 MaxRecordSize = 64LL * 1024 * 1024;
    // A decision needs 4 levels (array, decision, sources, source); the rest is headroom for hand-written files.
    static constexpr int MaxJsonDepth = 6;
    // Beyond this, problems are counted rather than listed.
    static constexpr int MaxErrors = 1000;
    static constexpr int MinYear = 1900;
    static constexpr int MaxYear = 2100;

    // Checks `bytes`, the content of `fileName`, against the ids already in the database. The file name only
    // chooses the format (.csv, .json; other names by content) and is never opened. (ImportReader reads a file of
    // any size the same way, a decision at a time.)
    // How a JSON file's elements are read: through JsonTape where it reads them exactly as QJsonDocument does (what
    // the import does), or through QJsonDocument alone (the reference the tape is checked against).
    enum class JsonReading { Tape, QJsonDocumentOnly };
    static ImportBatch validate(const QString &fileName, const QByteArray &bytes, const QSet<QString> &existingIds,
        JsonReading reading = JsonReading::Tape);

    // "the file is larger than 4 GB (4294967296 bytes)": MaxImportFileSize, exactly.
    static QString tooLargeMessage();
    // The same for one decision: MaxRecordSize.
    static QString tooLargeRecordMessage();

    // .json and .csv by name, anything else by content; Unknown when it looks like neither.
    static ImportBatch::Format formatOf(const QString &fileName, const QByteArray &bytes);

    // "FILE:LINE: field: message" for each problem, sorted by line, plus a last line counting those not listed.
    static QStringList errorLines(const QString &fileName, const ImportBatch &batch);

    // `text` with control, bidirectional-override and unpaired surrogate characters written as \uXXXX, and
    // shortened in the middle beyond `maxLength`: safe to print anywhere.
    static QString printable(const QString &text, int maxLength = 300);
};
