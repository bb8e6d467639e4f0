// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QCoreApplication>

namespace {

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    Parser(QStringView text, QList<CsvError> *errors)
        : m_text(text)
        , m_errors(errors)
    {
    }

    QList<CsvRecord> readAll()
    {
        QList<CsvRecord> records;
        if (m_text.startsWith(QChar(0xFEFF)))
            m_pos = 1;
        while (m_pos < m_text.size()) {
            if (atLineBreak()) {
                consumeLineBreak();
                continue;
            }
            CsvRecord record;
            record.line = m_line;
            if (readRecord(&record.fields))
                records.append(record);
            else
                break;
        }
        return records;
    }

private:
    bool atLineBreak() const
    {
        const QChar c = m_text.at(m_pos);
        return c == QLatin1Char('\n') || c == QLatin1Char('\r');
    }

    // CRLF, LF and a lone CR each end one line.
    void consumeLineBreak()
    {
        if (m_text.at(m_pos) == QLatin1Char('\r') && m_pos + 1 < m_text.size()
            && m_text.at(m_pos + 1) == QLatin1Char('\n'))
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    // Reads fields up to the end of the record. False after an error that leaves nothing more to read.
    bool readRecord(QStringList *fields)
    {
        for (;;) {
            QString field;
            if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                if (!readQuoted(&field))
                    return false;
            } else {
                readUnquoted(&field);
            }
            fields->append(field);
            if (m_pos >= m_text.size())
                return true;
            if (m_text.at(m_pos) == QLatin1Char(',')) {
                ++m_pos;
                continue;
            }
            consumeLineBreak();
            return true;
        }
    }

    void readUnquoted(QString *field)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                break;
            ++m_pos;
        }
        field->append(m_text.mid(start, m_pos - start));
    }

    bool readQuoted(QString *field)
    {
        const int openedOn = m_line;
        ++m_pos;
        for (;;) {
            if (m_pos >= m_text.size()) {
                m_errors->append({ openedOn, tr("the quoted field that starts on this line is never closed") });
                return false;
            }
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('"')) {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                    field->append(c);
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                break;
            }
            if (c == QLatin1Char('\n')
                || (c == QLatin1Char('\r')
                    && (m_pos + 1 >= m_text.size() || m_text.at(m_pos + 1) != QLatin1Char('\n'))))
                ++m_line;
            field->append(c);
            ++m_pos;
        }
        // RFC 4180 allows only a separator or a line end after the closing quote; keep the rest, but say so.
        if (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char(',') && !atLineBreak()) {
            m_errors->append({ m_line,
                tr("unexpected text after a closing quote (write \"\" for a quote inside "
                   "a quoted field)") });
            readUnquoted(field);
        }
        return true;
    }

    QStringView m_text;
    QList<CsvError> *m_errors;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

QList<CsvRecord> CsvReader::read(QStringView text, QList<CsvError> *errors)
{
    return Parser(text, errors).readAll();
}
