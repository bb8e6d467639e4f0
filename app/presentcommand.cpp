// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentcommand.h"

#include "commandcontext.h"
#include "imageexporter.h"
#include "imagesize.h"
#include "lecturemode.h"
#include "lecturenavigator.h"
#include "lecturepresenterview.h"
#include "lectureslide.h"
#include "lecturesource.h"
#include "outputfile.h"
#include "theme.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QImage>
#include <QTextStream>

namespace {
const QLatin1String ScriptOption("script");
const QLatin1String StepOption("step");
const QLatin1String ScreenshotOption("screenshot");
const QLatin1String SizeOption("size");
const QLatin1String ViewOption("view");
const QLatin1String ThemeOption("theme");
} // namespace

QList<QCommandLineOption> PresentCommand::options() const
{
    return {{ScriptOption, tr("The lecture script to present: its name in the database, or a .json file."),
                tr("name|file")},
        {StepOption, tr("Start at this step (from 1; default 1)."), tr("N")},
        {ScreenshotOption, tr("Draw the lecture at this step into a .png, .svg or .pdf file and exit (no display "
                              "needed)."),
            tr("file")},
        {SizeOption, tr("The screenshot's size in pixels; default 1920x1080."), tr("WxH")},
        {ViewOption, tr("The view to draw into the screenshot: audience (default) or presenter."), tr("view")},
        {ThemeOption, tr("%1 (default: projector).").arg(ThemeNames::expectation()), tr("theme")}};
}

bool PresentCommand::isScreenshot(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--screenshot") || argument.startsWith(QLatin1String("--screenshot=")))
            return true;
    }
    return false;
}

bool PresentCommand::readOptions(const QCommandLineParser &parser, QString *error)
{
    m_script = parser.value(ScriptOption).trimmed();
    if (parser.isSet(ScriptOption) && m_script.isEmpty()) {
        *error = tr("--script: expected a script's name or a file");
        return false;
    }
    if (parser.isSet(StepOption)) {
        bool ok = false;
        m_step = parser.value(StepOption).toInt(&ok);
        if (!ok || m_step < 1) {
            *error = tr("--step: expected a step number from 1");
            return false;
        }
    }
    m_screenshot = parser.value(ScreenshotOption).trimmed();
    if (parser.isSet(ScreenshotOption)) {
        if (ImageExporter::formatForFileName(m_screenshot) == ImageExporter::Format::Unknown) {
            *error = tr("--screenshot: '%1' must end in .png, .svg or .pdf").arg(m_screenshot);
            return false;
        }
        const QString refused = OutputFile::refusal(m_screenshot);
        if (!refused.isEmpty()) {
            *error = QStringLiteral("--screenshot: ") + refused;
            return false;
        }
    }
    if (parser.isSet(SizeOption)) {
        const std::optional<QSize> size = ImageSize::parse(parser.value(SizeOption));
        if (!size) {
            *error = tr("--size: expected %1").arg(ImageSize::expectation());
            return false;
        }
        m_size = *size;
    }
    if (parser.isSet(ViewOption)) {
        const QString view = parser.value(ViewOption);
        if (view != QLatin1String("audience") && view != QLatin1String("presenter")) {
            *error = tr("--view: unknown view '%1' (expected audience or presenter)").arg(view);
            return false;
        }
        m_presenter = view == QLatin1String("presenter");
        if (m_presenter && ImageExporter::formatForFileName(m_screenshot) != ImageExporter::Format::Png) {
            *error = tr("--view presenter: the presenter view is a window, drawn only to .png");
            return false;
        }
    }
    if (parser.isSet(ThemeOption)) {
        const std::optional<ThemeName> theme = ThemeNames::parse(parser.value(ThemeOption));
        if (!theme) {
            *error = tr("--theme: unknown theme '%1' (expected %2)").arg(parser.value(ThemeOption), ThemeNames::expectation());
            return false;
        }
        m_theme = *theme;
    }
    return true;
}

int PresentCommand::run(const CommandContext &context)
{
    const std::shared_ptr<const LectureDeck> deck = LectureSource::forCommand(context, m_script);
    if (!deck)
        return Failure;
    if (m_step > deck->count()) {
        context.err << context.prefix
                    << (deck->count() == 1 ? tr("--step: the lecture has 1 step") : tr("--step: the lecture has %1 steps").arg(deck->count()))
                    << '\n';
        return UsageError;
    }
    if (!m_screenshot.isEmpty())
        return screenshot(*deck, m_step - 1, context);

    if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
        context.err << context.prefix
                    << tr("lecture mode needs a display (DISPLAY or WAYLAND_DISPLAY); --screenshot works without one")
                    << '\n';
        return Failure;
    }
    LectureMode::Options options;
    options.theme = Theme::named(m_theme);
    LectureMode lecture(deck, options);
    QObject::connect(&lecture, &LectureMode::finished, qApp, &QCoreApplication::quit);
    lecture.start(m_step - 1);
    QApplication::exec();
    return Success;
}

int PresentCommand::screenshot(const LectureDeck &deck, int index, const CommandContext &context) const
{
    const std::shared_ptr<const LectureDeck> shared(&deck, [](const LectureDeck *) {});
    const Theme theme = Theme::named(m_theme);
    OutputFile::Result written;
    if (m_presenter) {
        LectureNavigator navigator;
        navigator.setCount(deck.count());
        navigator.jumpTo(index);
        LecturePresenterView presenter(shared, &navigator);
        presenter.setTheme(theme);
        presenter.resize(m_size);
        presenter.setAttribute(Qt::WA_DontShowOnScreen);
        presenter.show();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        presenter.grab().toImage().save(&buffer, "PNG");
        written = OutputFile::write(m_screenshot, png);
    } else {
        LectureSlide slide;
        slide.setDeck(shared);
        slide.setStep(index);
        written = ImageExporter::exportToFile(slide, m_screenshot, m_size, theme);
    }
    if (!written.ok()) {
        context.err << context.prefix << written.error << '\n';
        return written.status == OutputFile::Status::Refused ? UsageError : Failure;
    }
    return Success;
}
