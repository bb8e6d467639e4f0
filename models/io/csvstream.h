// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"
#include "inputbuffer.h"

#include <QIODevice>
#include <QList>

// CsvReader's records read from a device as it streams in, so that a file larger than memory should hold is read a
// record at a time: the same RFC 4180 rules, lines and errors as CsvReader::read() gives for the decoded text. It
// works on the UTF-8 bytes (every character that separates fields or records is ASCII, which UTF-8 never uses
// inside another character) and decodes each field once; the caller checks the encoding.
class CsvStream
{
public:
    // `maxRecordBytes`: a record longer than this is not read (tooLarge()); the reader holds one record at a time.
    CsvStream(QIODevice *device, qsizetype maxRecordBytes, qsizetype chunk = 1024 * 1024);

    // The next record, with any syntax errors it has appended to `errors`. False at the end of the text, after an
    // error that leaves nothing more to read (a quote never closed) and after a record too large to read.
    bool next(CsvRecord *record, QList<CsvError> *errors);
    // The line where the record too large to read starts, or 0.
    int tooLargeLine() const { return m_tooLargeLine; }
    // The device could not be read to its end.
    bool readFailed() const { return m_input.failed(); }

private:
    enum class Result { Record, NeedMore, Stop };
    Result readRecord(qsizetype *pos, int *line, CsvRecord *record, QList<CsvError> *errors);
    bool more(qsizetype keepFrom, qsizetype *pos);

    InputBuffer m_input;
    qsizetype m_maxRecordBytes;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_started = false;
    bool m_done = false;
    int m_tooLargeLine = 0;
};
