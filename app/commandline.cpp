// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "casedatabase.h"
#include "caserepository.h"
#include "commandcontext.h"
#include "describecommand.h"
#include "filteroptions.h"
#include "exportcommand.h"
#include "exportdatacommand.h"
#include "importcommand.h"
#include "listcommand.h"
#include "presentcommand.h"
#include "startup.h"
#include "statscommand.h"
#include "subcommand.h"
#include "teamcommand.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <algorithm>
#include <memory>

namespace {

const QLatin1String DatabaseOption("database");
const QLatin1String LanguageOption("lang");

struct CommandEntry
{
    const char *name;
    const char *description;
    std::unique_ptr<Subcommand> (*create)();
    // Painting text and charts needs a QApplication (on the offscreen platform: no display is used).
    bool needsGuiApplication;
    // Every command but `team` works on the database of --database (or the default one), opened before it runs.
    bool opensDatabase = true;
};

template <typename T> std::unique_ptr<Subcommand> create()
{
    return std::make_unique<T>();
}

// Every command of `caseline`: a new one is a Subcommand class and a line here.
const CommandEntry Commands[] = {
    { "list", QT_TRANSLATE_NOOP("CommandLine", "List the decisions that match the filters."), &create<ListCommand>,
        false },
    { "stats", QT_TRANSLATE_NOOP("CommandLine", "Count the matching decisions and total the money imposed."),
        &create<StatsCommand>, false },
    { "export", QT_TRANSLATE_NOOP("CommandLine", "Render a view (timeline, cumulative, countries, dashboard) to PNG, SVG or PDF, or the lecture as a PDF deck (presentation)."),
        &create<ExportCommand>, true },
    { "describe", QT_TRANSLATE_NOOP("CommandLine", "Describe a view (timeline, cumulative, countries, dashboard, presentation) in words and a table: its text alternative."),
        &create<DescribeCommand>, false },
    { "import", QT_TRANSLATE_NOOP("CommandLine", "Check and import decisions from a JSON or CSV file, all or nothing."),
        &create<ImportCommand>, false },
    { "export-data", QT_TRANSLATE_NOOP("CommandLine", "Write the matching decisions to a JSON or CSV file."),
        &create<ExportDataCommand>, false },
    { "present", QT_TRANSLATE_NOOP("CommandLine", "Present the decisions or a lecture script in lecture mode."),
        &create<PresentCommand>, true },
    { "team", QT_TRANSLATE_NOOP("CommandLine", "A team database on PostgreSQL: make one (team init ADDRESS), copy a file's decisions and lectures to it (team push FILE ADDRESS), say what a role may do in it (team grant ADDRESS ROLE read|edit)."),
        &create<TeamCommand>, false, false },
};

const CommandEntry *findCommand(const QString &name)
{
    for (const CommandEntry &entry : Commands) {
        if (name == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}

QCommandLineOption databaseOption()
{
    return { DatabaseOption,
        CommandLine::tr("Use the database at this path instead of the one in the application data folder; a "
                        "missing file is created from the bundled data."),
        CommandLine::tr("path") };
}

QCommandLineOption languageOption()
{
    return { LanguageOption,
        CommandLine::tr("Write text, numbers and dates in this language: en or fr (default: the system's language)."),
        CommandLine::tr("code") };
}

// Every option that takes a value, so that "--country FR list" is not read as a command named FR.
QStringList valueOptionNames()
{
    QList<QCommandLineOption> options = FilterOptions::options();
    options.append(databaseOption());
    options.append(languageOption());
    for (const CommandEntry &entry : Commands)
        options += entry.create()->options();
    QStringList names;
    for (const QCommandLineOption &option : std::as_const(options)) {
        if (!option.valueName().isEmpty())
            names += option.names();
    }
    return names;
}

bool isOption(const QString &argument)
{
    return argument.size() > 1 && argument.startsWith(QLatin1Char('-'));
}

// Index in `arguments` of the first argument that is neither an option nor the value of one of our options; -1
// when there is none.
qsizetype firstPositional(const QStringList &arguments)
{
    const QStringList valueOptions = valueOptionNames();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (!isOption(argument))
            return i;
        if (argument.startsWith(QLatin1String("--")) && !argument.contains(QLatin1Char('='))
            && valueOptions.contains(argument.mid(2)))
            ++i;
    }
    return -1;
}

// Index of the command name, or -1 when the arguments are the window's. A word right after the program is always
// taken as a command, so that a typo fails as bad usage instead of opening a window; after options, only a known
// command name is, since the window's own options (--screenshot FILE) take values this class does not know.
qsizetype commandIndex(const QStringList &arguments)
{
    const qsizetype index = firstPositional(arguments);
    if (index < 0)
        return -1;
    if (index == 1 || findCommand(arguments.at(index)))
        return index;
    return -1;
}

// --database is used as given or refused; only the default file falls back to the bundled data, as the window does.
bool openDatabase(CaseDatabase &database, const QCommandLineParser &parser, const QString &prefix, QTextStream &err)
{
    if (parser.isSet(DatabaseOption)) {
        if (database.open(parser.value(DatabaseOption)))
            return true;
        err << prefix << database.errorString() << '\n';
        return false;
    }
    if (database.open(CaseDatabase::defaultPath()))
        return true;
    err << prefix << CommandLine::tr("%1; using the bundled data, read-only").arg(database.errorString()) << '\n';
    if (database.openBundledReadOnly())
        return true;
    err << prefix << database.errorString() << '\n';
    return false;
}

} // namespace

bool CommandLine::isCommand(const QStringList &arguments)
{
    return commandIndex(arguments) >= 0;
}

bool CommandLine::isCommand(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return isCommand(arguments);
}

QString CommandLine::commandsHelp()
{
    qsizetype width = 0;
    for (const CommandEntry &entry : Commands)
        width = qMax(width, qsizetype(qstrlen(entry.name)));
    QString text = tr("Commands:") + QLatin1Char('\n');
    for (const CommandEntry &entry : Commands) {
        text += QLatin1String("  ") + QString::fromLatin1(entry.name).leftJustified(width) + QLatin1String("  ")
            + tr(entry.description) + QLatin1Char('\n');
    }
    text += tr("Run 'caseline <command> --help' for the options of a command.") + QLatin1Char('\n');
    return text;
}

int CommandLine::run(int &argc, char **argv)
{
    std::unique_ptr<QCoreApplication> ownApplication;
    if (!QCoreApplication::instance()) {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        const qsizetype index = commandIndex(arguments);
        const CommandEntry *entry = index >= 0 ? findCommand(arguments.at(index)) : nullptr;
        if (entry && entry->needsGuiApplication) {
            // Lecture mode itself needs the real screen; only its screenshot is drawn offscreen.
            const bool onScreen = entry->create == &create<PresentCommand> && !PresentCommand::isScreenshot(arguments);
            if (onScreen && !qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
                && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
                // Qt would abort without a display; say what to do instead.
                QTextStream(stderr) << tr("caseline present: lecture mode needs a display (DISPLAY or "
                                          "WAYLAND_DISPLAY); --screenshot works without one")
                                    << '\n';
                return Subcommand::Failure;
            }
            if (!onScreen && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            ownApplication = std::make_unique<QApplication>(argc, argv);
        } else {
            ownApplication = std::make_unique<QCoreApplication>(argc, argv);
        }
    }
    // Before any parser runs, so that help and errors are in the chosen language; an unknown code is refused by
    // execute() as bad usage.
    const QString language = UiLanguage::fromArguments(argc, argv);
    UiLanguage::instance()->apply(UiLanguage::isKnown(language) ? language : UiLanguage::systemCode());
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    bool changedData = false;
    int code = execute(QCoreApplication::arguments(), out, err, &changedData);
    out.flush();
    // A full disk or a closed pipe must not pass for success, unless the command's work is already committed: then
    // only its summary is lost, and exiting 1 would tell a script that nothing was imported.
    if (out.status() != QTextStream::Ok && code == Subcommand::Success) {
        if (changedData) {
            err << tr("caseline: the changes were saved, but the summary could not be written to the output") << '\n';
        } else {
            err << tr("caseline: cannot write the output") << '\n';
            code = Subcommand::Failure;
        }
    }
    err.flush();
    return code;
}

QString CommandLine::helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::instance() && !QCoreApplication::arguments().isEmpty()
        ? QCoreApplication::arguments().constFirst()
        : QStringLiteral("<executable_name>");
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = text.indexOf(program);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, program.size(), QStringLiteral("caseline"));
    return text;
}

int CommandLine::execute(const QStringList &arguments, QTextStream &out, QTextStream &err, bool *changedData)
{
    const qsizetype index = commandIndex(arguments);
    if (index < 0) {
        err << tr("caseline: expected a command") << '\n' << commandsHelp();
        return Subcommand::UsageError;
    }
    const QString name = arguments.at(index);
    const CommandEntry *entry = findCommand(name);
    if (!entry) {
        err << tr("caseline: unknown command '%1'").arg(name) << '\n' << commandsHelp();
        return Subcommand::UsageError;
    }
    const QString prefix = QStringLiteral("caseline %1: ").arg(name);
    const auto usageError = [&](const QString &problem) {
        err << prefix << problem << '\n' << tr("Try 'caseline %1 --help' for more information.").arg(name) << '\n';
        return int(Subcommand::UsageError);
    };

    const std::unique_ptr<Subcommand> command = entry->create();
    QCommandLineParser parser;
    parser.addPositionalArgument(name, tr(entry->description), name);
    // Not addHelpOption(): its --help-all lists Qt's GUI options, which a command does not take.
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    parser.addOption(helpOption);
    parser.addOption(databaseOption());
    parser.addOption(languageOption());
    parser.addOptions(FilterOptions::options());
    parser.addOptions(command->options());
    QStringList commandArguments = arguments;
    commandArguments.removeAt(index);
    if (!parser.parse(commandArguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        out << helpText(parser);
        return Subcommand::Success;
    }
    if (parser.positionalArguments().size() > command->positionalArguments())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constLast()));
    if (parser.isSet(DatabaseOption) && parser.value(DatabaseOption).trimmed().isEmpty())
        return usageError(tr("--database: expected the path of a file"));
    if (parser.isSet(LanguageOption)) {
        const QString language = parser.value(LanguageOption);
        if (!UiLanguage::isKnown(language))
            return usageError(tr("--lang: unknown language '%1' (expected en or fr)").arg(language));
        // run() has applied it already; a caller of execute() (a test, a script runner) gets it here.
        if (UiLanguage::instance()->current() != language)
            UiLanguage::instance()->apply(language);
    }
    DecisionFilter filter;
    DateBasis basis = DateBasis::Adopted;
    QString problem;
    if (!FilterOptions::read(parser, &filter, &basis, &problem) || !command->readOptions(parser, &problem))
        return usageError(problem);

    CaseDatabase database;
    if (entry->opensDatabase && !openDatabase(database, parser, prefix, err))
        return Subcommand::Failure;
    const QStringList updateNotes = entry->opensDatabase ? Startup::takeBundledUpdate(database) : QStringList();
    if (!updateNotes.isEmpty()) {
        err << prefix << tr("this version of caseline ships newer data; decisions you changed were kept. Please review:")
            << '\n';
        for (const QString &note : updateNotes)
            err << "  " << note << '\n';
    }
    // Each command reads the decisions it needs as it goes (CommandContext::forEachMatching).
    const CommandContext context { database, filter, basis, out, err, prefix };
    const int code = command->run(context);
    *changedData = command->changedData();
    return code;
}
