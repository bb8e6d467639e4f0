// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "casedatabase.h"
#include "caserepository.h"
#include "commandcontext.h"
#include "exportviews.h"
#include "imageexporter.h"
#include "imagesize.h"
#include "renderable.h"
#include "theme.h"
#include "themename.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {
const QLatin1String OutputOption("output");
const QLatin1String SizeOption("size");
const QLatin1String ThemeOption("theme");
} // namespace

QList<QCommandLineOption> ExportCommand::options() const
{
    return {{{QStringLiteral("o"), OutputOption}, tr("The file to write: .png, .svg or .pdf."), tr("file")},
        {SizeOption, tr("Image size in pixels (PNG) or points (SVG, PDF); default 1920x1080."), tr("WxH")},
        {ThemeOption, tr("%1 (default: light).").arg(ThemeNames::expectation()), tr("theme")}};
}

bool ExportCommand::readOptions(const QCommandLineParser &parser, QString *error)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = tr("expected the view to export: %1").arg(ExportViews::names().join(QLatin1String(", ")));
        return false;
    }
    m_view = positional.constFirst();
    if (!ExportViews::names().contains(m_view)) {
        *error = tr("unknown view '%1' (expected %2)").arg(m_view, ExportViews::names().join(QLatin1String(", ")));
        return false;
    }
    m_output = parser.value(OutputOption).trimmed();
    if (m_output.isEmpty()) {
        *error = tr("-o FILE is required");
        return false;
    }
    if (ImageExporter::formatForFileName(m_output) == ImageExporter::Format::Unknown) {
        *error = tr("-o: '%1' must end in .png, .svg or .pdf").arg(m_output);
        return false;
    }
    // Refused before the database is opened, so that a refused command touches no file at all.
    const QString refused = OutputFile::refusal(m_output);
    if (!refused.isEmpty()) {
        *error = QStringLiteral("-o: ") + refused;
        return false;
    }
    if (parser.isSet(SizeOption)) {
        const std::optional<QSize> size = ImageSize::parse(parser.value(SizeOption));
        if (!size) {
            *error = tr("--size: expected %1").arg(ImageSize::expectation());
            return false;
        }
        m_size = *size;
    }
    if (parser.isSet(ThemeOption)) {
        const std::optional<ThemeName> theme = ThemeNames::parse(parser.value(ThemeOption));
        if (!theme) {
            *error = tr("--theme: unknown theme '%1' (expected %2)")
                         .arg(parser.value(ThemeOption), ThemeNames::expectation());
            return false;
        }
        m_theme = ThemeNames::toString(*theme);
    }
    return true;
}

int ExportCommand::run(const CommandContext &context)
{
    const QList<DbSizeClaim> claims = CaseRepository(context.database.connection()).dbSizeClaims();
    QList<Decision> decisions;
    if (!context.matchingDecisions(&decisions))
        return Failure;
    const std::unique_ptr<Renderable> view = ExportViews::create(m_view, decisions, context.basis, claims);
    const OutputFile::Result written = ImageExporter::exportToFile(*view, m_output, m_size, Theme::named(m_theme));
    if (!written.ok()) {
        context.err << QStringLiteral("caseline export: ") << written.error << '\n';
        return written.status == OutputFile::Status::Refused ? UsageError : Failure;
    }
    return Success;
}
