// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintext.h"

namespace PlainText {

namespace {
const QChar ZeroWidthSpace(0x200B);
} // namespace

QString withBreaks(const QString &text)
{
    QString out;
    int run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        out.append(c);
        // Never between the two halves of a surrogate pair.
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            continue;
        if (c.isSpace() || c == ZeroWidthSpace) {
            run = 0;
        } else if (++run >= LongestRun) {
            out.append(ZeroWidthSpace);
            run = 0;
        }
    }
    return out;
}

QString toHtml(const QString &text)
{
    QString html = withBreaks(text).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return html;
}

QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QString shown = text.size() > ToolTipLength ? text.left(ToolTipLength) + QChar(0x2026) : text;
    // pre-wrap keeps the text's own spaces and line breaks; the paragraph makes Qt read it as HTML whatever it holds.
    return QLatin1String("<p style='white-space:pre-wrap'>") + toHtml(shown) + QLatin1String("</p>");
}

} // namespace PlainText
