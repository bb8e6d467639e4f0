// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alttextfile.h"

#include "citation.h"

#include <QFileInfo>

QString AltTextFile::pathFor(const QString &exported)
{
    return Citation::fileNameFor(exported);
}

QString AltTextFile::refusal(const QString &exported)
{
    const QString path = pathFor(exported);
    const QString refused = OutputFile::refusal(path);
    if (!refused.isEmpty())
        return refused;
    // OutputFile follows a link to a regular file: one to the figure would replace the figure with its text.
    const QString target = QFileInfo(path).canonicalFilePath();
    if (!target.isEmpty() && target == QFileInfo(exported).canonicalFilePath())
        return tr("%1 is the exported file itself (a link to it); its text is written beside it, never over it").arg(path);
    return {};
}

QByteArray AltTextFile::content(const ViewDescription &description, const QString &citation)
{
    const QString cited = citation + QLatin1Char('\n');
    if (description.isEmpty())
        return cited.toUtf8();
    return (description.plainText() + QLatin1Char('\n') + cited).toUtf8();
}

OutputFile::Result AltTextFile::write(const QString &exported, const ViewDescription &description, const QString &citation)
{
    const QString refused = refusal(exported);
    if (!refused.isEmpty())
        return {OutputFile::Status::Refused, refused};
    return OutputFile::write(pathFor(exported), content(description, citation));
}
