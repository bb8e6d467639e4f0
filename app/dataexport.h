// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisionoutput.h"
#include "outputfile.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

// File > Export Data without the window: the decisions of the table's rows, in its order, read whole from the
// database and written as they are read, with the bytes `caseline export-data` writes (DecisionOutput), through
// OutputFile. Memory stays flat however many rows there are, so that it can run on a worker thread (DataActions).
class DataExport
{
    Q_DECLARE_TR_FUNCTIONS(DataExport)

public:
    // The format FILE's suffix chooses (.json, every field; .csv); nullopt, with `error` for the user, otherwise.
    static std::optional<DecisionOutput::Format> formatOf(const QString &fileName, QString *error);

    struct Result
    {
        OutputFile::Result file;
        // The decisions written: the ids still stored (another program may have deleted some since they were shown).
        qsizetype written = 0;
        // Stopped through `progress`: no file was written, and one already at that name is as it was.
        bool stopped = false;
    };
    // Writes the stored decisions among `ids`, in their order, to FILE. `progress` is told the decisions read of
    // the number of ids (and that number at the end), and stops the export when it returns false.
    static Result write(const QSqlDatabase &db, const QString &fileName, DecisionOutput::Format format,
        const QStringList &ids, const std::function<bool(qint64 done, qint64 total)> &progress);
};
