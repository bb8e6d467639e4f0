// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// One record of a CSV text, with the physical line (1-based) where it starts, so that errors can point to it
// even when quoted fields span several lines.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A syntax error in a CSV text: the line it was found on and what is wrong.
struct CsvError
{
    int line = 0;
    QString message;
};

// An RFC 4180 reader: comma-separated fields, quoted fields with doubled quotes, CRLF, LF or CR line ends,
// line breaks inside quoted fields, and a leading UTF-8 byte order mark. Empty lines are skipped. A field that
// starts unquoted keeps any quote it contains as text, as most spreadsheets write it.
class CsvReader
{
public:
    // Reads every record of `text`. Syntax errors are appended to `errors`; the records read around them are
    // still returned so that the caller can report every problem of the file at once.
    static QList<CsvRecord> read(QStringView text, QList<CsvError> *errors);
};
