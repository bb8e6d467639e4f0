// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "alttextfile.h"
#include "citation.h"
#include "commandcontext.h"
#include "commandviews.h"
#include "exportframe.h"
#include "exportviews.h"
#include "imagesize.h"
#include "presentationexport.h"
#include "renderable.h"
#include "theme.h"
#include "themename.h"
#include "viewdescriptions.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {
const QLatin1String OutputOption("output");
const QLatin1String SizeOption("size");
const QLatin1String PresetOption("preset");
const QLatin1String DpiOption("dpi");
const QLatin1String ThemeOption("theme");
const QLatin1String TransparentOption("transparent");
const QLatin1String TitleOption("title");
const QLatin1String SubtitleOption("subtitle");
const QLatin1String NoTitleOption("no-title");
const QLatin1String NoCitationOption("no-citation");
const QLatin1String NoAltTextOption("no-alt-text");
const QLatin1String OverlayOption("overlay");
const QLatin1String DbSizeOverlay("db-size");
const QLatin1String ScriptOption("script");
const QLatin1String NotesOption("notes");
const QLatin1String PresentationView("presentation");
} // namespace

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        { { QStringLiteral("o"), OutputOption },
            tr("The file to write: .png, .svg or .pdf. Its description (the text alternative: sentences, then the "
               "data as a table) and its citation are written beside it as FILE.txt (e.g. chart.png.txt)."),
            tr("file") },
        { PresetOption,
            tr("The canvas: slide-1080 (1920x1080, the default), slide-720 (1280x720), 4k (3840x2160), 4x3 "
               "(1600x1200), a4 or letter (landscape pages at 300 dpi)."),
            tr("name") },
        { SizeOption, tr("A canvas of your own, in pixels, at 96 dpi unless --dpi says otherwise."), tr("WxH") },
        { DpiOption,
            tr("Pixels per inch (%1 to %2). a4 and letter keep their page and get more or fewer pixels; other "
               "canvases keep their pixels and draw everything larger as N grows (3840x2160 at 192 dpi is the Full "
               "HD slide, twice as sharp).")
                .arg(ExportPresets::MinimumDpi)
                .arg(ExportPresets::MaximumDpi),
            tr("N") },
        { ThemeOption, tr("%1 (default: light).").arg(ThemeNames::expectation()), tr("theme") },
        { TransparentOption, tr("Leave the background out (PNG and SVG).") },
        { TitleOption, tr("The title over the figure (default: what the view shows)."), tr("text") },
        { SubtitleOption, tr("The line under the title (default: how many decisions, where and when)."), tr("text") },
        { NoTitleOption, tr("No title and no subtitle.") },
        { NoCitationOption, tr("No citation under the figure (FILE.txt is still written).") },
        { NoAltTextOption, tr("Leave the description out of FILE.txt: the citation alone.") },
        { OverlayOption, tr("Also draw: db-size (Clearview's claimed database size, on the cumulative chart)."),
            tr("name") },
        { ScriptOption, tr("presentation: the lecture script, by its name in the database or a .json file "
                           "(default: one step per matching decision)."),
            tr("name|file") },
        { NotesOption, tr("presentation: add a handout page with the speaker notes after each step.") },
    };
}

bool ExportCommand::readCanvas(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(SizeOption) && parser.isSet(PresetOption)) {
        *error = tr("--size and --preset: give one of them");
        return false;
    }
    if (parser.isSet(PresetOption)) {
        const QString name = parser.value(PresetOption).trimmed().toLower();
        const std::optional<ExportPreset> preset = ExportPresets::find(name);
        if (!preset) {
            *error = tr("--preset: unknown preset '%1' (expected %2)")
                         .arg(parser.value(PresetOption), ExportPresets::expectation());
            return false;
        }
        m_canvas = *preset;
    }
    if (parser.isSet(SizeOption)) {
        const std::optional<QSize> size = ImageSize::parse(parser.value(SizeOption));
        if (!size) {
            *error = tr("--size: expected %1").arg(ImageSize::expectation());
            return false;
        }
        m_canvas = ExportPresets::custom(*size);
    }
    if (parser.isSet(DpiOption)) {
        const std::optional<int> dpi = ExportPresets::parseDpi(parser.value(DpiOption));
        if (!dpi) {
            *error = tr("--dpi: expected a whole number from %1 to %2, not '%3'")
                         .arg(ExportPresets::MinimumDpi)
                         .arg(ExportPresets::MaximumDpi)
                         .arg(parser.value(DpiOption));
            return false;
        }
        m_canvas = m_canvas.atDpi(*dpi);
        if (!ImageSize::isValid(m_canvas.pixels)) {
            *error = tr("--dpi %1: %2 would be %3x%4 pixels; expected %5")
                         .arg(QString::number(*dpi), m_canvas.name, QString::number(m_canvas.pixels.width()),
                             QString::number(m_canvas.pixels.height()), ImageSize::expectation());
            return false;
        }
    }
    return true;
}

bool ExportCommand::readText(const QCommandLineParser &parser, QString *error)
{
    m_titled = !parser.isSet(NoTitleOption);
    m_cited = !parser.isSet(NoCitationOption);
    m_described = !parser.isSet(NoAltTextOption);
    if (!m_titled && (parser.isSet(TitleOption) || parser.isSet(SubtitleOption))) {
        *error = tr("--no-title: cannot be combined with --title or --subtitle");
        return false;
    }
    m_title = parser.value(TitleOption).trimmed();
    m_subtitle = parser.value(SubtitleOption).trimmed();
    if (parser.isSet(TitleOption) && m_title.isEmpty()) {
        *error = tr("--title: expected a text (--no-title leaves the title out)");
        return false;
    }
    if (parser.isSet(SubtitleOption) && m_subtitle.isEmpty()) {
        *error = tr("--subtitle: expected a text (--no-title leaves the title and subtitle out)");
        return false;
    }
    for (const QString &value : parser.values(OverlayOption)) {
        for (const QString &overlay : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (overlay.trimmed() != DbSizeOverlay) {
                *error = tr("--overlay: unknown overlay '%1' (expected db-size)").arg(overlay.trimmed());
                return false;
            }
            m_dbSizeOverlay = true;
        }
    }
    if (parser.isSet(OverlayOption) && !m_dbSizeOverlay) {
        *error = tr("--overlay: expected db-size");
        return false;
    }
    if (m_dbSizeOverlay && m_view != QLatin1String("cumulative") && m_view != QLatin1String("dashboard")) {
        *error = tr("--overlay db-size: only the cumulative and dashboard views draw it");
        return false;
    }
    return true;
}

bool ExportCommand::readPresentation(const QCommandLineParser &parser, QString *error)
{
    const bool presentation = m_view == PresentationView;
    if (!presentation) {
        for (const QLatin1String &option : {ScriptOption, NotesOption}) {
            if (parser.isSet(option)) {
                *error = tr("--%1: only the presentation view takes it").arg(option);
                return false;
            }
        }
        return true;
    }
    if (ImageExporter::formatForFileName(m_output) != ImageExporter::Format::Pdf) {
        *error = tr("-o: the presentation is a PDF deck: '%1' must end in .pdf").arg(m_output);
        return false;
    }
    // Its pages are 16:9 slides with the lecture's own titles: the figure options do not apply.
    for (const QLatin1String &option : {SizeOption, PresetOption, DpiOption, TransparentOption, TitleOption,
             SubtitleOption, NoTitleOption, OverlayOption}) {
        if (parser.isSet(option)) {
            *error = tr("--%1: not used by the presentation (its pages are 16:9 slides)").arg(option);
            return false;
        }
    }
    m_script = parser.value(ScriptOption).trimmed();
    if (parser.isSet(ScriptOption) && m_script.isEmpty()) {
        *error = tr("--script: expected a script's name or a file");
        return false;
    }
    m_notes = parser.isSet(NotesOption);
    return true;
}

bool ExportCommand::readOptions(const QCommandLineParser &parser, QString *error)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = tr("expected the view to export: %1").arg(ExportViews::names().join(QLatin1String(", ")));
        return false;
    }
    m_view = positional.constFirst();
    if (!ExportViews::names().contains(m_view) && m_view != PresentationView) {
        *error = tr("unknown view '%1' (expected %2 or presentation)")
                     .arg(m_view, ExportViews::names().join(QLatin1String(", ")));
        return false;
    }
    m_output = parser.value(OutputOption).trimmed();
    if (m_output.isEmpty()) {
        *error = tr("-o FILE is required");
        return false;
    }
    const ImageExporter::Format format = ImageExporter::formatForFileName(m_output);
    if (format == ImageExporter::Format::Unknown) {
        *error = tr("-o: '%1' must end in .png, .svg or .pdf").arg(m_output);
        return false;
    }
    // Refused before the database is opened, so that a refused command touches no file at all.
    for (const QString &refused : { OutputFile::refusal(m_output), AltTextFile::refusal(m_output) }) {
        if (!refused.isEmpty()) {
            *error = QStringLiteral("-o: ") + refused;
            return false;
        }
    }
    if (!readPresentation(parser, error) || !readCanvas(parser, error) || !readText(parser, error))
        return false;
    if (parser.isSet(ThemeOption)) {
        const std::optional<ThemeName> theme = ThemeNames::parse(parser.value(ThemeOption));
        if (!theme) {
            *error = tr("--theme: unknown theme '%1' (expected %2)")
                         .arg(parser.value(ThemeOption), ThemeNames::expectation());
            return false;
        }
        m_theme = ThemeNames::toString(*theme);
    }
    if (parser.isSet(TransparentOption)) {
        if (format == ImageExporter::Format::Pdf) {
            *error = tr("--transparent: a PDF page cannot be transparent (use .png or .svg)");
            return false;
        }
        m_background = ImageExporter::Background::Transparent;
    }
    return true;
}

int ExportCommand::run(const CommandContext &context)
{
    if (m_view == PresentationView)
        return PresentationExport::run(context, m_output, m_script, m_notes, Theme::named(m_theme), m_cited, m_described);
    const QString &prefix = context.prefix;
    DecisionTable decisions;
    ExportViewOptions options;
    if (!CommandViews::read(context, m_view, &decisions, &options))
        return Failure;
    // An empty figure on a slide says nothing and looks like a bug: refuse it, and leave any earlier file alone.
    if (decisions.isEmpty()) {
        context.err << prefix << tr("no decision matches the filters; nothing written") << '\n';
        return Failure;
    }
    options.dbSizeOverlay = m_dbSizeOverlay;
    const std::unique_ptr<Renderable> view = ExportViews::create(m_view, decisions, options);

    const QString citation
        = Citation::text(DatasetInfo::bundled(), int(decisions.size()), context.basis, context.filter);
    ExportFrame::Text text;
    if (m_titled) {
        text.title = m_title.isEmpty() ? ExportViews::defaultTitle(m_view) : m_title;
        text.subtitle = m_subtitle.isEmpty()
            ? ExportViews::defaultSubtitle(decisions, context.filter, context.basis, options.locale)
            : m_subtitle;
    }
    if (m_cited)
        text.citation = citation;
    const ExportFrame framed(*view, text);

    const OutputFile::Result written
        = ImageExporter::exportToFile(framed, m_output, m_canvas, Theme::named(m_theme), m_background);
    if (!written.ok()) {
        context.err << prefix << written.error << '\n';
        return written.status == OutputFile::Status::Refused ? UsageError : Failure;
    }
    const ViewDescription description
        = m_described ? ViewDescriptions::describe(m_view, decisions, options, AltTextFile::TableRows)
                      : ViewDescription();
    const OutputFile::Result cited = AltTextFile::write(m_output, description, citation);
    if (!cited.ok()) {
        context.err << prefix << tr("%1 was written, but not its text file: %2").arg(m_output, cited.error) << '\n';
        return Failure;
    }
    return Success;
}
