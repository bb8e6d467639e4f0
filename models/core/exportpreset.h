// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <optional>

// The canvas of an export: its pixels, how many of them make an inch, and for paper the page. The dpi sets the
// scale of everything drawn: views lay out in units of 1/96 inch, so a 4K slide (192 dpi) is the Full HD slide
// drawn twice as sharp, and an A4 page at 300 dpi has type the size it would have on paper. PDF and SVG pages are
// the canvas's physical size (pixels / dpi), or the paper when there is one.
struct ExportPreset
{
    QString name; // what --preset takes: "slide-1080"; "custom" for --size
    QSize pixels;
    int dpi = 96;
    QSizeF paperMillimetres; // landscape A4 and Letter; empty for screens

    bool isPaper() const { return !paperMillimetres.isEmpty(); }
    // The same canvas at another dpi: paper keeps its page and gets more or fewer pixels, a screen keeps its
    // pixels and draws at another scale.
    ExportPreset atDpi(int dpi) const;
    // How many pixels make one layout unit (1/96 inch): 1 at 96 dpi, 2 at 192.
    double pixelRatio() const { return dpi / 96.0; }
    // The canvas in layout units, the size the views lay themselves out in.
    QSizeF layoutSize() const { return QSizeF(pixels) / pixelRatio(); }
    // The page of a PDF or SVG, in points (1/72 inch).
    QSizeF pagePoints() const;
    // "Slide, Full HD (1920 x 1080)": what the export dialog lists.
    QString label() const;
};

// The one table of presets, read by `caseline export --preset` and by the export dialog.
namespace ExportPresets {

constexpr int ScreenDpi = 96;
constexpr int MinimumDpi = 24;
constexpr int MaximumDpi = 2400;

// slide-1080, slide-720, 4k, 4x3, a4, letter: in this order.
const QList<ExportPreset> &all();
QStringList names();
std::optional<ExportPreset> find(const QString &name);
// The default canvas: the Full HD slide.
ExportPreset standard();
// A --size canvas at the screen's dpi.
ExportPreset custom(const QSize &pixels);
// "slide-1080, slide-720, 4k, 4x3, a4 or letter": what a usage error says.
QString expectation();
// A whole number between MinimumDpi and MaximumDpi; nullopt otherwise.
std::optional<int> parseDpi(const QString &text);
// Paper of `millimetres` at `dpi`, rounded to whole pixels: A4 landscape at 300 dpi is 3508 x 2480.
QSize pixelsOf(const QSizeF &millimetres, int dpi);

} // namespace ExportPresets
