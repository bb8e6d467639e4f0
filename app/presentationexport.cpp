// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationexport.h"

#include "alttextfile.h"
#include "citation.h"
#include "commandcontext.h"
#include "lecturedeckpdf.h"
#include "lecturedescription.h"
#include "lecturesource.h"
#include "outputfile.h"
#include "subcommand.h"

#include <QLocale>

int PresentationExport::run(const CommandContext &context, const QString &output, const QString &script, bool notes,
    const Theme &theme, bool cited, bool described)
{
    int decisions = 0;
    const std::shared_ptr<const LectureDeck> deck = LectureSource::forCommand(context, script, &decisions);
    if (!deck)
        return Subcommand::Failure;
    // A script draws on the whole database, whatever the filters: its citation says so.
    const DecisionFilter filter = script.isEmpty() ? context.filter : DecisionFilter();
    const QString citation = Citation::text(DatasetInfo::bundled(), decisions, context.basis, filter);

    LectureDeckPdf::Options options;
    options.theme = theme;
    options.notes = notes;
    options.citation = cited ? citation : QString();
    options.subtitle = deck->count() == 1 ? tr("1 step") : tr("%1 steps").arg(deck->count());
    QString error;
    const OutputFile::Result written = OutputFile::write(output, [&](QIODevice *device, QString *why) {
        if (LectureDeckPdf::write(device, *deck, options, &error))
            return true;
        *why = error;
        return false;
    });
    if (!written.ok()) {
        context.err << context.prefix << written.error << '\n';
        return written.status == OutputFile::Status::Refused ? Subcommand::UsageError : Subcommand::Failure;
    }
    const ViewDescription description = described ? LectureDescription::describe(*deck, QLocale()) : ViewDescription();
    const OutputFile::Result textFile = AltTextFile::write(output, description, citation);
    if (!textFile.ok()) {
        context.err << context.prefix << tr("%1 was written, but not its text file: %2").arg(output, textFile.error)
                    << '\n';
        return Subcommand::Failure;
    }
    return Subcommand::Success;
}
