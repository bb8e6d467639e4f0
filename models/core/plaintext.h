// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Data text is always shown as text. Qt decides by Qt::mightBeRichText() whether a tooltip or a label is HTML, so
// "<b>CNIL</b>" in an authority's name would be drawn bold and "<img src=...>" would load an image. Everything
// that puts data text into a tooltip, a rich-text label or a chart axis goes through these functions instead.
namespace PlainText {

// Words longer than this get a break opportunity: Qt's text layout of one unbroken word grows much faster than
// its length (a 1 MB word hung the window for minutes).
constexpr int LongestRun = 80;
// Tooltips show at most this many characters; the detail panel shows the whole text.
constexpr int ToolTipLength = 2000;

// `text` with a zero-width space after every LongestRun characters that offer no line break.
QString withBreaks(const QString &text);
// `text` as HTML that shows exactly the text: escaped, line breaks kept, long words breakable.
QString toHtml(const QString &text);
// A tooltip that shows `text` as text (HTML made by toHtml, so Qt never guesses), cut to ToolTipLength characters.
// Empty for empty text, so that no tooltip appears.
QString toolTip(const QString &text);

} // namespace PlainText
