// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outputfile.h"
#include "viewdescription.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The FILE.txt beside an exported figure (Citation::fileNameFor: "chart.png.txt"): the figure's text alternative
// (ViewDescription::plainText: sentences, then the data as a table), then its citation, so that whoever puts the
// figure on a page or a slide has its alt text and its source together. With an empty description, the citation
// alone. Written through OutputFile, never over the figure itself.
class AltTextFile
{
    Q_DECLARE_TR_FUNCTIONS(AltTextFile)
public:
    // The most decisions a table in the text may list: above it the text says where the table is
    // (TimelineDescription), so that the text beside a figure of 100,000 decisions is read, not scrolled.
    static constexpr int TableRows = 1000;

    static QString pathFor(const QString &exported);
    // Why the text beside `exported` may not be written, or an empty string when it may: what OutputFile refuses,
    // and a FILE.txt that is the figure itself (a link to it).
    static QString refusal(const QString &exported);
    static QByteArray content(const ViewDescription &description, const QString &citation);
    static OutputFile::Result write(const QString &exported, const ViewDescription &description, const QString &citation);
};
