// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataexport.h"

#include "decisionindexreader.h"

#include <QFileInfo>
#include <QIODevice>

namespace {
// How often the progress is told, in decisions: often enough for a smooth bar and a prompt Cancel, seldom enough to
// cost nothing next to reading a decision.
constexpr qint64 ProgressEvery = 100;
} // namespace

std::optional<DecisionOutput::Format> DataExport::formatOf(const QString &fileName, QString *error)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return DecisionOutput::Format::Json;
    if (suffix == QLatin1String("csv"))
        return DecisionOutput::Format::Csv;
    *error = tr("%1: choose a file name ending in .json or .csv").arg(fileName);
    return std::nullopt;
}

DataExport::Result DataExport::write(const QSqlDatabase &db, const QString &fileName, DecisionOutput::Format format,
    const QStringList &ids, const std::function<bool(qint64 done, qint64 total)> &progress)
{
    Result result;
    const qint64 total = ids.size();
    qint64 handled = 0;
    // The decisions read of the ids; at the end every id is handled (one no longer stored is left out), and the bar
    // ends full.
    const DecisionOutput::Source rows = [&](const std::function<bool(const Decision &)> &visit, QString *error) {
        const DecisionIndexReader reader(db);
        const bool read = reader.forEachAmong(ids, [&](const Decision &decision) {
            if (!visit(decision))
                return false;
            ++result.written;
            if (++handled % ProgressEvery == 0 && progress && !progress(handled, total))
                result.stopped = true;
            return !result.stopped;
        });
        if (!read)
            *error = reader.lastError();
        else if (!result.stopped && progress && !progress(total, total))
            result.stopped = true;
        return read && !result.stopped;
    };
    result.file = OutputFile::write(fileName, [&](QIODevice *device, QString *problem) {
        return DecisionOutput::write(rows, format,
                   [device](const QByteArray &chunk) { return device->write(chunk) == chunk.size(); }, problem)
            == DecisionOutput::Result::Written;
    });
    if (result.stopped)
        result.written = 0;
    return result;
}
