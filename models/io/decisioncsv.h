// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"
#include "csvreader.h"
#include "importbatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QStringView>
#include <optional>

// Decisions as CSV (RFC 4180, UTF-8, header row required): the columns of columns(), matched by name in any order;
// `related_to` and `source_urls` hold several values separated by ';'. CSV keeps only these columns (the summary in
// English and in French): a decision's dates notes, euro rate, legal basis, orders, outcome, status history, facts (in
// either language), caveats and the titles and "confirms" notes of its sources exist only in JSON, the lossless format.
// Importing a CSV row for a decision already in the database replaces only the columns the file has and keeps
// everything else.
class DecisionCsv
{
    Q_DECLARE_TR_FUNCTIONS(DecisionCsv)

public:
    // In the order the export writes them.
    static const QStringList &columns();
    // The columns an import file must have; it must also have decision_date or announce_date.
    static const QStringList &requiredColumns();

    // A header row and one row per decision, CRLF line ends, fields quoted when needed. A text that a
    // spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is written with a leading ',
    // which the import removes again.
    static QByteArray toCsv(const QList<Decision> &decisions);
    // toCsv() in pieces, for writing decisions as they are read: the header row, then one row per decision.
    static QByteArray headerRow();
    static QByteArray row(const Decision &decision);

    // Reads the rows of a decoded CSV text. Syntax, header and cell-format problems are appended to `errors`
    // (with the line of the row); whether a country or a relation exists is ImportValidator's business.
    static QList<ImportedDecision> fromCsv(QStringView text, QList<ImportError> *errors);

    // fromCsv() a record at a time, for a file read as it streams in (ImportReader): the first record that is not
    // blank is the header, each later one a decision. Problems go to `errors` as fromCsv() reports them.
    class Records
    {
    public:
        explicit Records(QList<ImportError> *errors);
        // The decision of `record`; nothing for the header, a blank record, or one that cannot be read.
        std::optional<ImportedDecision> read(const CsvRecord &record);
        // After the last record: reports a text without a header row.
        void finish();

    private:
        QList<ImportError> *m_errors;
        bool m_headerRead = false;
        bool m_usable = false;
        int m_headerFields = 0;
        QHash<QString, int> m_index;
        QStringList m_present;
    };

    // `base` (the decision in the database, or a default one for a new id) with the fields of the columns
    // `row` was read from replaced by the row's. A new decision, or one whose country changes, gets the country's
    // English name as jurisdiction name; sources whose url is still listed keep their notes and titles.
    static Decision merge(const Decision &base, const ImportedDecision &row);
};
