// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportpreset.h"
#include "outputfile.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

class Renderable;
struct Theme;

// Writes a Renderable to PNG, SVG or PDF (chosen by the file's suffix) through OutputFile, the one writer: a failed
// export never leaves half a file behind, and a database, a device or a FIFO is never replaced.
//
// The canvas (ExportPreset) gives the pixels and the dpi: the view lays itself out in units of 1/96 inch, so the
// same figure at 4K or on A4 at 300 dpi is drawn sharper, not smaller. PNG records the dpi; a PDF page and an
// SVG's width and height are the canvas's physical size (the paper, for A4 and Letter).
class ImageExporter
{
public:
    enum class Format { Png, Svg, Pdf, Unknown };
    // Transparent leaves the background out (PNG and SVG), for a figure laid over a slide's own background.
    enum class Background { Opaque, Transparent };

    static Format formatForFileName(const QString &fileName);

    // Refused (nothing touched) for an unknown format, a canvas outside ImageSize, a transparent PDF, or a target
    // OutputFile refuses.
    static OutputFile::Result exportToFile(const Renderable &view, const QString &fileName, const ExportPreset &canvas,
        const Theme &theme, Background background = Background::Opaque);
    // `size` pixels (PNG) at 96 dpi.
    static OutputFile::Result exportToFile(
        const Renderable &view, const QString &fileName, const QSize &size, const Theme &theme);

    // Exactly canvas.pixels, drawn at canvas.pixelRatio().
    static QImage toImage(const Renderable &view, const ExportPreset &canvas, const Theme &theme,
        Background background = Background::Opaque);
    // Renders at `size` layout units, `size * devicePixelRatio` pixels.
    static QImage toImage(const Renderable &view, const QSize &size, const Theme &theme, qreal devicePixelRatio = 1.0);
    // The SVG document, its text naming fonts every renderer has (svgFontFamilies()).
    static QByteArray toSvg(const Renderable &view, const ExportPreset &canvas, const Theme &theme,
        Background background = Background::Opaque);

    // What SVG text names for a font Qt drew with `family`: that family as the system resolved it, then common sans
    // families, ending in the generic sans-serif, so that a browser, Inkscape or a slide program without the font
    // still draws sans text ("DejaVu Sans, Noto Sans, Liberation Sans, Arial, sans-serif").
    static QString svgFontFamilies(const QString &family);
};
