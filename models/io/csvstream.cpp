// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvstream.h"

#include <QCoreApplication>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

bool isBreak(char c)
{
    return c == '\n' || c == '\r';
}

} // namespace

CsvStream::CsvStream(QIODevice *device, qsizetype maxRecordBytes, qsizetype chunk)
    : m_input(device, chunk)
    , m_maxRecordBytes(maxRecordBytes)
{
}

// Reads more after `keepFrom` (the start of what is being read); `pos` follows the bytes it points to.
bool CsvStream::more(qsizetype keepFrom, qsizetype *pos)
{
    bool got = false;
    const qsizetype shift = m_input.refill(keepFrom, &got);
    *pos -= shift;
    return got;
}

bool CsvStream::next(CsvRecord *record, QList<CsvError> *errors)
{
    if (m_done)
        return false;
    if (!m_started) {
        m_started = true;
        // A byte order mark (CsvReader skips U+FEFF): the first three bytes, whenever they arrive.
        while (m_input.size() < 3 && more(0, &m_pos)) { }
        if (m_input.view().startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    for (;;) {
        // Line breaks between records; a CR needs the next byte to tell CRLF from a lone CR.
        if (m_pos >= m_input.size() && !more(m_pos, &m_pos)) {
            m_done = true;
            return false;
        }
        const char c = m_input.at(m_pos);
        if (isBreak(c)) {
            if (c == '\r' && m_pos + 1 >= m_input.size())
                more(m_pos, &m_pos);
            m_pos += (c == '\r' && m_pos + 1 < m_input.size() && m_input.at(m_pos + 1) == '\n') ? 2 : 1;
            ++m_line;
            continue;
        }
        break;
    }
    for (;;) {
        qsizetype pos = m_pos;
        int line = m_line;
        QList<CsvError> found;
        record->line = m_line;
        record->fields.clear();
        const Result result = readRecord(&pos, &line, record, &found);
        if (result == Result::NeedMore) {
            if (m_input.size() - m_pos > m_maxRecordBytes) {
                m_tooLargeLine = m_line;
                m_done = true;
                return false;
            }
            // Read the record again from its start with more bytes: the buffer keeps it.
            more(m_pos, &m_pos);
            continue;
        }
        errors->append(found);
        m_pos = pos;
        m_line = line;
        if (result == Result::Stop) {
            m_done = true;
            return false;
        }
        return true;
    }
}

// CsvReader's Parser::readRecord on bytes. NeedMore when the bytes end before the record does and the device has
// more; at the end of the device it reads as CsvReader does at the end of the text.
CsvStream::Result CsvStream::readRecord(qsizetype *pos, int *line, CsvRecord *record, QList<CsvError> *errors)
{
    const QByteArrayView bytes = m_input.view();
    const qsizetype n = bytes.size();
    const bool end = m_input.atEnd();
    qsizetype p = *pos;
    QByteArray quoted;
    for (;;) {
        if (p < n && bytes.at(p) == '"') {
            const int openedOn = *line;
            quoted.clear();
            ++p;
            qsizetype run = p;
            for (;;) {
                if (p >= n) {
                    if (!end)
                        return Result::NeedMore;
                    errors->append({ openedOn, Tr::tr("the quoted field that starts on this line is never closed") });
                    return Result::Stop;
                }
                const char c = bytes.at(p);
                if (c == '"') {
                    if (p + 1 >= n && !end)
                        return Result::NeedMore;
                    if (p + 1 < n && bytes.at(p + 1) == '"') {
                        quoted.append(bytes.sliced(run, p + 1 - run));
                        p += 2;
                        run = p;
                        continue;
                    }
                    quoted.append(bytes.sliced(run, p - run));
                    ++p;
                    break;
                }
                if (c == '\n') {
                    ++*line;
                } else if (c == '\r') {
                    if (p + 1 >= n && !end)
                        return Result::NeedMore;
                    if (p + 1 >= n || bytes.at(p + 1) != '\n')
                        ++*line;
                }
                ++p;
            }
            QString field = QString::fromUtf8(quoted);
            if (p >= n && !end)
                return Result::NeedMore;
            // RFC 4180 allows only a separator or a line end after the closing quote; keep the rest, but say so.
            if (p < n && bytes.at(p) != ',' && !isBreak(bytes.at(p))) {
                errors->append({ *line,
                    Tr::tr("unexpected text after a closing quote (write \"\" for a quote inside a quoted field)") });
                const qsizetype start = p;
                while (p < n && bytes.at(p) != ',' && !isBreak(bytes.at(p)))
                    ++p;
                if (p >= n && !end)
                    return Result::NeedMore;
                field += QString::fromUtf8(bytes.sliced(start, p - start));
            }
            record->fields.append(field);
        } else {
            const qsizetype start = p;
            while (p < n && bytes.at(p) != ',' && !isBreak(bytes.at(p)))
                ++p;
            if (p >= n && !end)
                return Result::NeedMore;
            record->fields.append(QString::fromUtf8(bytes.sliced(start, p - start)));
        }
        if (p >= n) {
            *pos = p;
            return Result::Record;
        }
        if (bytes.at(p) == ',') {
            ++p;
            continue;
        }
        // CRLF, LF and a lone CR each end one line.
        if (bytes.at(p) == '\r') {
            if (p + 1 >= n && !end)
                return Result::NeedMore;
            if (p + 1 < n && bytes.at(p + 1) == '\n')
                ++p;
        }
        ++p;
        ++*line;
        *pos = p;
        return Result::Record;
    }
}
