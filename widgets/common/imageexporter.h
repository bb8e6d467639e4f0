// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outputfile.h"

#include <QImage>
#include <QSize>
#include <QString>

class Renderable;
struct Theme;

// Writes a Renderable to PNG, SVG or PDF (chosen by the file's suffix) through OutputFile, the one writer: a failed
// export never leaves half a file behind, and a database, a device or a FIFO is never replaced.
class ImageExporter
{
public:
    enum class Format { Png, Svg, Pdf, Unknown };

    static Format formatForFileName(const QString &fileName);
    // Renders at `size` device pixels (PNG), or `size` points (SVG and PDF).
    // Refused (nothing touched) for an unknown format, a size outside ImageSize, or a target OutputFile refuses.
    static OutputFile::Result exportToFile(
        const Renderable &view, const QString &fileName, const QSize &size, const Theme &theme);
    static QImage toImage(const Renderable &view, const QSize &size, const Theme &theme, qreal devicePixelRatio = 1.0);
};
