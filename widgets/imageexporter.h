// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class Renderable;
struct Theme;

// Writes a Renderable to PNG, SVG or PDF (chosen by the file's suffix) through a temporary file that is renamed
// only when complete (QSaveFile), so a failed export never leaves half a file behind.
class ImageExporter
{
public:
    enum class Format { Png, Svg, Pdf, Unknown };

    static Format formatForFileName(const QString &fileName);
    // Renders at `size` device pixels (PNG), or `size` points (SVG and PDF).
    static bool exportToFile(const Renderable &view, const QString &fileName, const QSize &size, const Theme &theme,
        QString *error);
    static QImage toImage(const Renderable &view, const QSize &size, const Theme &theme, qreal devicePixelRatio = 1.0);
};
