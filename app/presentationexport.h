// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QCoreApplication>
#include <QString>

struct CommandContext;

// `caseline export presentation -o deck.pdf [--script NAME|FILE] [--notes]`: the lecture as a PDF deck
// (LectureDeckPdf), the fallback when the hall's computer cannot run caseline. The steps are the script's, or the
// matching decisions; every page carries the citation, which is also written beside the deck as FILE.txt, after
// the deck's text alternative (LectureDescription: each step's spoken text) unless `described` is false.
class PresentationExport
{
    Q_DECLARE_TR_FUNCTIONS(PresentationExport)
public:
    static int run(const CommandContext &context, const QString &output, const QString &script, bool notes,
        const Theme &theme, bool cited, bool described = true);
};
