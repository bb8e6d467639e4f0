// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourcontrast.h"

#include <algorithm>
#include <cmath>

namespace {

// The sRGB transfer curve undone: light in proportion to the energy, which the luminance adds up. (WCAG 2.x prints
// the threshold as 0.03928, sRGB's own is 0.04045; no 8-bit channel value lies between them.)
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

bool reaches(const QColor &colour, const QList<QColor> &backgrounds, double minimum)
{
    return std::all_of(backgrounds.cbegin(), backgrounds.cend(),
        [&](const QColor &background) { return ColourContrast::ratio(colour, background) >= minimum; });
}

} // namespace

double ColourContrast::relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double ColourContrast::ratio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ColourContrast::over(const QColor &top, const QColor &bottom)
{
    const QColor t = top.toRgb();
    const QColor b = bottom.toRgb();
    const double a = t.alphaF();
    const auto channel = [a](int up, int down) { return int(std::lround(up * a + down * (1 - a))); };
    return QColor(channel(t.red(), b.red()), channel(t.green(), b.green()), channel(t.blue(), b.blue()));
}

QColor ColourContrast::reaching(
    const QColor &colour, const QColor &towards, const QList<QColor> &backgrounds, double minimum)
{
    const QColor from = colour.toRgb();
    const QColor to = towards.toRgb();
    for (int step = 0; step <= 255; ++step) {
        const double t = step / 255.0;
        const auto channel = [t](int a, int b) { return int(std::lround(a + (b - a) * t)); };
        const QColor candidate(channel(from.red(), to.red()), channel(from.green(), to.green()),
            channel(from.blue(), to.blue()), channel(from.alpha(), to.alpha()));
        if (reaches(candidate, backgrounds, minimum))
            return candidate;
    }
    return to;
}
