// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdatacommand.h"

#include "chunkqueue.h"
#include "commandcontext.h"
#include "decisionoutput.h"
#include "outputfile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QIODevice>
#include <QTextStream>

namespace {
const QLatin1String OutputOption("output");
} // namespace

QList<QCommandLineOption> ExportDataCommand::options() const
{
    return {{{QStringLiteral("o"), OutputOption}, tr("The file to write: .json (every field) or .csv."), tr("file")}};
}

bool ExportDataCommand::readOptions(const QCommandLineParser &parser, QString *error)
{
    m_output = parser.value(OutputOption).trimmed();
    if (m_output.isEmpty()) {
        *error = tr("-o FILE.json or -o FILE.csv is required");
        return false;
    }
    const QString suffix = QFileInfo(m_output).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String("csv")) {
        *error = tr("-o: '%1' must end in .json or .csv").arg(m_output);
        return false;
    }
    // Refused before the database is opened, so that a refused command touches no file at all.
    const QString refused = OutputFile::refusal(m_output);
    if (!refused.isEmpty()) {
        *error = QStringLiteral("-o: ") + refused;
        return false;
    }
    return true;
}

int ExportDataCommand::run(const CommandContext &context)
{
    const bool json = QFileInfo(m_output).suffix().toLower() == QLatin1String("json");
    // Each decision is written to the file as it is read, the bytes `list --format json|csv` prints; OutputFile
    // still replaces the target only once everything is written.
    const OutputFile::Result written = OutputFile::write(m_output, [&](QIODevice *device, QString *problem) {
        // The file is written on another thread while the next chunks are read and made: a 2.2 GB file took as
        // long to write as to make. The device is used by that thread alone until finish().
        ChunkQueue queue([device](const QByteArray &chunk) { return device->write(chunk) == chunk.size(); });
        const DecisionOutput::Result result = DecisionOutput::write(context,
            json ? DecisionOutput::Format::Json : DecisionOutput::Format::Csv,
            [&queue](QByteArray &chunk) { return queue.push(chunk); }, problem);
        const bool allWritten = queue.finish();
        // A device that failed: OutputFile names its error.
        return allWritten && result == DecisionOutput::Result::Written;
    });
    if (!written.ok()) {
        context.err << QStringLiteral("caseline export-data: ") << written.error << '\n';
        return written.status == OutputFile::Status::Refused ? UsageError : Failure;
    }
    return Success;
}
