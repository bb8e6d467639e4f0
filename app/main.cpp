// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "commandline.h"
#include "guioptions.h"
#include "mainwindow.h"
#include "screenshotter.h"
#include "settings.h"
#include "startup.h"
#include "uilanguage.h"
#include "viewstate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

// --lang when given and known, else `remembered` (View > Language), else the system's language.
QString startLanguage(const QString &forced, const QString &remembered)
{
    if (UiLanguage::isKnown(forced))
        return forced;
    return UiLanguage::isKnown(remembered) ? remembered : UiLanguage::systemCode();
}

// Opens `path` (a file or a team database's address) and runs the window on it until it is closed. `remembered`:
// the path is the team database of the last session, not one the user gave now: when it cannot be reached, the
// personal file is shown instead, with the reason. Returns the exit code; `next` is set when the user chose another
// database in the window.
int runWindow(const GuiOptions &options, Settings &settings, const QString &path, bool remembered,
    const QElapsedTimer &sinceStart, QString *next)
{
    const bool screenshot = !options.screenshot.isEmpty();
    CaseDatabase database;
    QString problem;
    bool refused = false;
    bool fellBack = false;
    if (!database.open(path)) {
        problem = database.errorString();
        if (remembered && database.open(CaseDatabase::defaultPath())) {
            fellBack = true;
        } else {
            refused = true;
            if (!database.openBundledReadOnly()) {
                std::fprintf(stderr, "caseline: %s\n", qPrintable(database.errorString()));
                return 1;
            }
        }
    } else if (database.isReadOnly()) {
        problem = database.errorString();
    }

    const QStringList updateNotes = Startup::takeBundledUpdate(database);

    MainWindow window(&database, &settings);
    // Only a window that did close switches (it may ask about unsaved work first, and be kept open).
    QObject::connect(&window, &MainWindow::databaseSwitchRequested, &window, [&window, next](const QString &chosen) {
        if (window.close())
            *next = chosen;
    });
    // Over the remembered theme; the window's Settings remembers it in turn, unless this is a screenshot.
    if (options.theme)
        window.viewState()->setTheme(*options.theme);
    if (options.size.isValid())
        window.resize(options.size);
    // A large database is still loading in the background: what needs its decisions waits for them.
    const auto whenLoaded = [&window](const std::function<void()> &then) {
        if (window.isLoading())
            QObject::connect(&window, &MainWindow::decisionsLoaded, &window, then, Qt::SingleShotConnection);
        else
            then();
    };
    if (!options.select.isEmpty()) {
        whenLoaded([&window, select = options.select] {
            if (!window.selectDecision(select))
                std::fprintf(stderr, "caseline: no decision with id '%s'\n", qPrintable(select));
        });
    }
    if (screenshot) {
        if (!problem.isEmpty())
            std::fprintf(stderr, "caseline: %s\n", qPrintable(problem));
        // The first paint with the decisions drawn: a picture of a loading window shows nothing.
        whenLoaded([&window, file = options.screenshot, sinceStart] {
            new Screenshotter(&window, file, sinceStart, &window);
            window.update();
        });
    } else {
        window.showBundledUpdateNotes(updateNotes);
    }
    if (!screenshot && !problem.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, problem, refused, fellBack] {
            if (fellBack) {
                QMessageBox::warning(&window, QCoreApplication::translate("main", "Team database not opened"),
                    QCoreApplication::translate("main", "%1\n\ncaseline shows your personal database; File > Connect to "
                                                        "Team Database connects again.")
                        .arg(problem));
            } else if (refused) {
                QMessageBox::warning(&window, QCoreApplication::translate("main", "Database not opened"),
                    QCoreApplication::translate("main", "%1\n\nYour file was not changed. caseline shows the bundled data, read-only.")
                        .arg(problem));
            } else {
                QMessageBox::information(&window, QCoreApplication::translate("main", "Opened read-only"),
                    QCoreApplication::translate("main", "%1\n\nYou can explore it; changes cannot be saved.").arg(problem));
            }
        });
    }
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Set before any application object: they decide where the user's database lives, for the GUI and commands.
    QCoreApplication::setOrganizationName(QStringLiteral("caseline"));
    QCoreApplication::setApplicationName(QStringLiteral("caseline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASELINE_VERSION));
    if (CommandLine::isCommand(argc, argv))
        return CommandLine::run(argc, argv);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    GuiOptions options;
    {
        // Help and usage errors in the chosen language need an application object for the translators; the GUI
        // one needs a display, which `caseline --help` must not.
        QCoreApplication parsing(argc, argv);
        UiLanguage::instance()->apply(startLanguage(UiLanguage::fromArguments(argc, argv), QString()));
        int exitCode = 0;
        if (GuiOptions::parse(arguments, &options, &exitCode) == GuiOptions::Outcome::Exit)
            return exitCode;
    }
    const bool screenshot = !options.screenshot.isEmpty();
    if (!hasDisplay()) {
        // A screenshot needs no screen; the interactive window does.
        if (!screenshot) {
            std::fprintf(stderr, "caseline: no display found (DISPLAY or WAYLAND_DISPLAY). Commands such as "
                                 "'caseline list' and '--screenshot' work without one.\n");
            return 1;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("org.caseline.caseline"));
    Settings settings;
    // A screenshot shows the default layout and language, whatever the user last did with the window.
    if (!screenshot)
        settings.load();
    UiLanguage::instance()->apply(startLanguage(options.language, settings.language()));

    // The database the window shows: --database, else the team database the user connected to last (File >
    // Connect to Team Database), else the personal file. File > Connect... and Use Personal Database switch it:
    // the window closes, and opens again on the other database.
    QString path = options.database;
    bool remembered = false;
    if (path.isEmpty() && !screenshot && !settings.teamDatabase().isEmpty()) {
        path = settings.teamDatabase();
        remembered = true;
    }
    if (path.isEmpty())
        path = CaseDatabase::defaultPath();
    for (;;) {
        QString next;
        const int code = runWindow(options, settings, path, remembered, sinceStart, &next);
        if (next.isEmpty())
            return code;
        path = next;
        remembered = false;
    }
}
