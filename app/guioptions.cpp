// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guioptions.h"

#include "commandline.h"
#include "imagesize.h"
#include "outputfile.h"
#include "uilanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

GuiOptions::Outcome usageError(const QString &message, int *exitCode)
{
    std::fprintf(stderr, "caseline: %s\n%s\n", qPrintable(message),
        qPrintable(QCoreApplication::translate("main", "Try 'caseline --help'.")));
    *exitCode = 2;
    return GuiOptions::Outcome::Exit;
}

} // namespace

GuiOptions::Outcome GuiOptions::parse(const QStringList &arguments, GuiOptions *options, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Explore and present the enforcement history of Clearview AI.\n\n%1")
            .arg(CommandLine::commandsHelp()));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("main", "Show this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("main", "Show the version."));
    const QCommandLineOption database(QStringLiteral("database"),
        QCoreApplication::translate("main", "Use the caseline database at PATH (created from the bundled data if missing)."),
        QStringLiteral("PATH"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Open the window, save it as FILE.png after its first paint, and quit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption size(QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size, e.g. 1280x720."), QStringLiteral("WxH"));
    const QCommandLineOption select(QStringLiteral("select"),
        QCoreApplication::translate("main", "Start with the decision ID selected."), QStringLiteral("ID"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QCoreApplication::translate("main", "Start in a theme: %1.").arg(ThemeNames::expectation()),
        QStringLiteral("NAME"));
    const QCommandLineOption language(QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use the language CODE for the window: en or fr (default: the one last "
                                            "chosen in View > Language, else the system's)."),
        QStringLiteral("CODE"));
    parser.addOptions({help, version, database, screenshot, size, select, theme, language});

    if (!parser.parse(arguments))
        return usageError(parser.errorText(), exitCode);
    if (parser.isSet(help)) {
        std::fputs(qPrintable(CommandLine::helpText(parser)), stdout);
        *exitCode = 0;
        return Outcome::Exit;
    }
    if (parser.isSet(version)) {
        std::printf("caseline %s\n", qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return Outcome::Exit;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("main", "unknown command '%1'").arg(parser.positionalArguments().constFirst()), exitCode);
    if (parser.isSet(size)) {
        const std::optional<QSize> parsed = ImageSize::parse(parser.value(size));
        if (!parsed) {
            return usageError(
                QCoreApplication::translate("main", "--size: expected %1").arg(ImageSize::expectation()), exitCode);
        }
        options->size = *parsed;
    }
    options->database = parser.value(database);
    options->screenshot = parser.value(screenshot);
    if (parser.isSet(screenshot)) {
        if (!options->screenshot.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
            return usageError(QCoreApplication::translate("main", "--screenshot: the file name must end in .png"), exitCode);
        // Refused before the window opens, so that nothing is started for a file that would never be written.
        const QString refused = OutputFile::refusal(options->screenshot);
        if (!refused.isEmpty())
            return usageError(QStringLiteral("--screenshot: ") + refused, exitCode);
    }
    options->select = parser.value(select);
    if (parser.isSet(theme)) {
        options->theme = ThemeNames::parse(parser.value(theme));
        if (!options->theme) {
            return usageError(QCoreApplication::translate("main", "--theme: unknown theme '%1' (expected %2)")
                                  .arg(parser.value(theme), ThemeNames::expectation()),
                exitCode);
        }
    }
    if (parser.isSet(language)) {
        options->language = parser.value(language);
        if (!UiLanguage::isKnown(options->language)) {
            return usageError(QCoreApplication::translate("main", "--lang: unknown language '%1' (expected en or fr)")
                                  .arg(options->language),
                exitCode);
        }
    }
    return Outcome::Run;
}
