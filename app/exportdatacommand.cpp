// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdatacommand.h"

#include "commandcontext.h"
#include "decisionimporter.h"
#include "outputfile.h"

#include <QCommandLineParser>
#include <QFileInfo>
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
    const OutputFile::Result written = DecisionImporter::exportTo(m_output, context.decisions);
    if (!written.ok()) {
        context.err << QStringLiteral("caseline export-data: ") << written.error << '\n';
        return written.status == OutputFile::Status::Refused ? UsageError : Failure;
    }
    return Success;
}
