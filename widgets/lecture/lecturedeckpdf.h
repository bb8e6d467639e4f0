// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lecturedeck.h"
#include "theme.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

class QIODevice;

// The lecture as a PDF deck, for the hall whose computer cannot run caseline: a title page, then one 16:9 vector
// page per step painted by LectureSlide (what the audience screen shows), each with the citation footer; with
// notes, a handout page after each step with the slide small and the speaker notes beside it.
class LectureDeckPdf
{
    Q_DECLARE_TR_FUNCTIONS(LectureDeckPdf)
public:
    struct Options
    {
        Theme theme = Theme::named(ThemeName::Light);
        QLocale locale;
        QString citation; // Citation::text(): the footer of every page
        bool notes = false;
        QString subtitle; // on the title page, under the deck's title
    };

    // 13.333 x 7.5 inches: the 16:9 page of presentation programs, so the deck projects without borders.
    static QPageSize pageSize();
    // The pages write() makes for `deck`.
    static int pageCount(const LectureDeck &deck, bool notes);
    // Writes the deck to `device` (open for writing). False with `error` set if the PDF cannot be made.
    static bool write(QIODevice *device, const LectureDeck &deck, const Options &options, QString *error);
};
