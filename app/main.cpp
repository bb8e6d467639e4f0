// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "commandline.h"
#include "mainwindow.h"
#include "screenshotter.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "caseline: %s\nTry 'caseline --help'.\n", qPrintable(message));
    return 2;
}

void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("caseline"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (CommandLine::isCommand(arguments))
        return CommandLine::run(argc, argv);

    // A screenshot needs no screen: fall back to the offscreen platform on a machine without a display.
    if (arguments.contains(QLatin1String("--screenshot")) && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("caseline"));
    QApplication::setApplicationName(QStringLiteral("caseline"));
    QApplication::setApplicationVersion(QStringLiteral(CASELINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.caseline.caseline"));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::description());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QCoreApplication::translate("main", "Use the caseline database at PATH (created from the bundled data if missing)."),
        QStringLiteral("PATH"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Open the window, save it as FILE.png after its first paint, and quit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size for --screenshot, e.g. 1280x720."), QStringLiteral("WxH"));
    parser.addOptions({databaseOption, screenshotOption, sizeOption});
    if (!parser.parse(QApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unknown command '%1'").arg(parser.positionalArguments().constFirst()));
    QSize size;
    if (parser.isSet(sizeOption)) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto match = sizePattern.match(parser.value(sizeOption));
        if (!match.hasMatch())
            return usageError(QStringLiteral("--size expects WIDTHxHEIGHT, e.g. 1280x720"));
        size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    const bool screenshot = parser.isSet(screenshotOption);

    CaseDatabase database;
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : CaseDatabase::defaultPath();
    QString problem;
    if (!database.open(path)) {
        problem = database.errorString();
        if (!database.openBundledReadOnly()) {
            std::fprintf(stderr, "caseline: %s\n", qPrintable(database.errorString()));
            return 1;
        }
    } else if (database.isReadOnly()) {
        problem = database.errorString();
    }

    Settings settings;
    if (!screenshot)
        settings.load();
    MainWindow window(&database, &settings);
    if (size.isValid())
        window.resize(size);
    if (screenshot) {
        if (!problem.isEmpty())
            std::fprintf(stderr, "caseline: %s\n", qPrintable(problem));
        new Screenshotter(&window, parser.value(screenshotOption), sinceStart, &window);
    }
    window.show();
    if (!problem.isEmpty() && !screenshot) {
        QTimer::singleShot(0, &window, [&window, problem] {
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Database not opened"),
                QCoreApplication::translate("main", "%1\n\nYour file was not changed. caseline shows the bundled data, read-only.")
                    .arg(problem));
        });
    }
    return QApplication::exec();
}
