// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "describecommand.h"

#include "commandcontext.h"
#include "commandviews.h"
#include "exportviews.h"
#include "lecturedescription.h"
#include "lecturesource.h"
#include "viewdescriptions.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

namespace {
const QLatin1String ScriptOption("script");
const QLatin1String PresentationView("presentation");
} // namespace

QStringList DescribeCommand::views()
{
    return ExportViews::names() << PresentationView;
}

QList<QCommandLineOption> DescribeCommand::options() const
{
    return {
        { ScriptOption,
            tr("presentation: the lecture script, by its name in the database or a .json file (default: one step per "
               "matching decision)."),
            tr("name|file") },
    };
}

bool DescribeCommand::readOptions(const QCommandLineParser &parser, QString *error)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = tr("expected the view to describe: %1").arg(views().join(QLatin1String(", ")));
        return false;
    }
    m_view = positional.constFirst();
    if (!views().contains(m_view)) {
        *error = tr("unknown view '%1' (expected %2)").arg(m_view, views().join(QLatin1String(", ")));
        return false;
    }
    m_script = parser.value(ScriptOption).trimmed();
    if (parser.isSet(ScriptOption) && m_view != PresentationView) {
        *error = tr("--script: only the presentation view takes it");
        return false;
    }
    if (parser.isSet(ScriptOption) && m_script.isEmpty()) {
        *error = tr("--script: expected a script's name or a file");
        return false;
    }
    return true;
}

int DescribeCommand::run(const CommandContext &context)
{
    // The interface language's formats: --lang has made them the default.
    const QLocale locale;
    if (m_view == PresentationView) {
        const std::shared_ptr<const LectureDeck> deck = LectureSource::forCommand(context, m_script);
        if (!deck)
            return Failure;
        context.out << LectureDescription::describe(*deck, locale).plainText();
        return Success;
    }
    DecisionTable decisions;
    ExportViewOptions options;
    if (!CommandViews::read(context, m_view, &decisions, &options))
        return Failure;
    // As `export`: nothing matches, so there is no figure to describe; saying so on stderr keeps scripts honest.
    if (decisions.isEmpty()) {
        context.err << context.prefix << tr("no decision matches the filters") << '\n';
        return Failure;
    }
    options.locale = locale;
    context.out << ViewDescriptions::describe(m_view, decisions, options).plainText();
    return Success;
}
