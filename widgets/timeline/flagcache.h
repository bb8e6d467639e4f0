// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QString>
#include <memory>

class QPainter;
class QRectF;
class QSvgRenderer;

// Country flags from Debian's iso-flags-svg package (4:3 SVG files named by lower-case ISO code). A missing file
// means no flag, never a wrong one. Each flag is rasterised once per size and drawn as an image: thirty lanes cost
// thirty blits a frame, and SVG and PDF output embed it at four times the resolution.
class FlagCache
{
public:
    static QString defaultDirectory();

    explicit FlagCache(const QString &directory = defaultDirectory());
    ~FlagCache();
    FlagCache(const FlagCache &) = delete;
    FlagCache &operator=(const FlagCache &) = delete;

    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }
    bool hasFlag(const QString &code) const;
    // False when there is no flag for `code`.
    bool paint(QPainter *painter, const QString &code, const QRectF &rect) const;

private:
    QSvgRenderer *renderer(const QString &code) const;

    QString m_directory;
    mutable QHash<QString, std::shared_ptr<QSvgRenderer>> m_renderers; // null for codes without a file
    mutable QHash<QString, QImage> m_images; // by code, pixel size and pixel ratio
};
