// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportpreset.h"
#include "imageexporter.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QString>

// `caseline export timeline|cumulative|countries|dashboard -o FILE.png|.svg|.pdf`: renders a view of the matching
// decisions through the same render path as the screen, without a display, framed for a slide or a paper: a title
// and subtitle on top and the citation (Citation::text) at the bottom. Beside the image, FILE.txt holds its text
// alternative (ViewDescriptions, unless --no-alt-text) and the citation (AltTextFile). The canvas is a preset
// (--preset slide-1080|slide-720|4k|4x3|a4|letter) or --size WxH, at --dpi.
// Nothing is written when no decision matches the filters.
class ExportCommand final : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    ExportCommand() = default;

    QList<QCommandLineOption> options() const override;
    int positionalArguments() const override { return 1; }
    bool readOptions(const QCommandLineParser &parser, QString *error) override;
    int run(const CommandContext &context) override;

private:
    bool readCanvas(const QCommandLineParser &parser, QString *error);
    bool readText(const QCommandLineParser &parser, QString *error);
    bool readPresentation(const QCommandLineParser &parser, QString *error);

    QString m_view;
    QString m_output;
    ExportPreset m_canvas = ExportPresets::standard();
    QString m_theme = QStringLiteral("light");
    ImageExporter::Background m_background = ImageExporter::Background::Opaque;
    bool m_titled = true;
    QString m_title; // empty: the view's default
    QString m_subtitle; // empty: the default, which says what was selected
    bool m_cited = true;
    bool m_described = true; // the description in FILE.txt
    bool m_dbSizeOverlay = false;
    // `export presentation` (PresentationExport): the lecture script, and handout pages with the notes.
    QString m_script;
    bool m_notes = false;
};
