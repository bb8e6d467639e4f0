// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>

// WCAG 2.x contrast: the relative luminance of an sRGB colour and the ratio between two, from 1:1 to 21:1. Text
// needs 4.5:1 against what it is drawn on (1.4.3), and a part of the interface or a graphic that carries meaning
// 3:1 (1.4.11). The themes and the style are checked with these, and the style picks its outlines with them.
namespace ColourContrast {

constexpr double TextMinimum = 4.5;
constexpr double GraphicsMinimum = 3.0;

// 0 for black to 1 for white, from the colour's red, green and blue; its alpha is ignored.
double relativeLuminance(const QColor &colour);
// (lighter + 0.05) / (darker + 0.05): the same whichever colour comes first.
double ratio(const QColor &a, const QColor &b);
// What the eye sees where `top`, with its alpha, is painted over the opaque `bottom`.
QColor over(const QColor &top, const QColor &bottom);
// `colour` itself when it has `minimum` against every one of `backgrounds`; else the first colour on the straight
// line from it to `towards` that has (in steps of 1/255); `towards` when none has.
QColor reaching(const QColor &colour, const QColor &towards, const QList<QColor> &backgrounds, double minimum);

} // namespace ColourContrast
