// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "casedatabase.h"
#include "caserepository.h"
#include "commandcontext.h"
#include "exportviews.h"
#include "imageexporter.h"
#include "renderable.h"
#include "theme.h"

#include <QCommandLineParser>
#include <QRegularExpression>
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
        {ThemeOption, tr("light, dark or projector (default: light)."), tr("theme")}};
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
    if (parser.isSet(SizeOption)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
        const auto match = pattern.match(parser.value(SizeOption).trimmed());
        const QSize size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
        if (size.width() < 16 || size.height() < 16 || size.width() > 16384 || size.height() > 16384) {
            *error = tr("--size: expected WIDTHxHEIGHT between 16x16 and 16384x16384, e.g. 1920x1080");
            return false;
        }
        m_size = size;
    }
    if (parser.isSet(ThemeOption)) {
        m_theme = parser.value(ThemeOption).trimmed();
        if (!Theme::names().contains(m_theme)) {
            *error = tr("--theme: unknown theme '%1' (expected %2)").arg(m_theme, Theme::names().join(QLatin1String(", ")));
            return false;
        }
    }
    return true;
}

int ExportCommand::run(const CommandContext &context)
{
    const QList<DbSizeClaim> claims = CaseRepository(context.database.connection()).dbSizeClaims();
    const std::unique_ptr<Renderable> view = ExportViews::create(m_view, context.decisions, context.basis, claims);
    QString error;
    if (!ImageExporter::exportToFile(*view, m_output, m_size, Theme::named(m_theme), &error)) {
        context.err << QStringLiteral("caseline export: ") << error << '\n';
        return Failure;
    }
    return Success;
}
