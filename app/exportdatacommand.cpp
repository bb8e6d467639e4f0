// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdatacommand.h"

#include "commandcontext.h"
#include "decisioncsv.h"
#include "decisionjson.h"
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
        bool writable = device->write(json ? DecisionJson::documentStart() : DecisionCsv::headerRow()) >= 0;
        qsizetype count = 0;
        QString readError;
        QTextStream readErrors(&readError);
        const CommandContext reading { context.database, context.filter, context.basis, context.out, readErrors,
            QString() };
        const bool read = writable && reading.forEachMatching([&](const Decision &decision) {
            writable = device->write(json ? DecisionJson::documentElement(decision, count++)
                                          : DecisionCsv::row(decision))
                >= 0;
            return writable;
        });
        if (!writable)
            return false; // OutputFile names the device's error
        if (!read) {
            readErrors.flush();
            *problem = readError.trimmed();
            return false;
        }
        return !json || device->write(DecisionJson::documentEnd(count)) >= 0;
    });
    if (!written.ok()) {
        context.err << QStringLiteral("caseline export-data: ") << written.error << '\n';
        return written.status == OutputFile::Status::Refused ? UsageError : Failure;
    }
    return Success;
}
