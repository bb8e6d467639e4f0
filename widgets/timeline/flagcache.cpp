// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagcache.h"

#include <QFileInfo>
#include <QPaintEngine>
#include <QPainter>
#include <QSvgRenderer>

QString FlagCache::defaultDirectory()
{
    return QStringLiteral("/usr/share/iso-flags-svg/country-4x3");
}

FlagCache::FlagCache(const QString &directory)
    : m_directory(directory)
{
}

FlagCache::~FlagCache() = default;

void FlagCache::setDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    m_directory = directory;
    m_renderers.clear();
    m_images.clear();
}

QSvgRenderer *FlagCache::renderer(const QString &code) const
{
    const QString key = code.toLower();
    auto it = m_renderers.constFind(key);
    if (it == m_renderers.cend()) {
        std::shared_ptr<QSvgRenderer> svg;
        // Only plain two-letter codes name a file: nothing from the data can reach another path.
        const bool plainCode = key.size() == 2 && key.at(0).isLetter() && key.at(1).isLetter();
        const QString path = m_directory + QLatin1Char('/') + key + QLatin1String(".svg");
        if (plainCode && QFileInfo::exists(path)) {
            svg = std::make_shared<QSvgRenderer>(path);
            if (!svg->isValid())
                svg.reset();
        }
        it = m_renderers.insert(key, svg);
    }
    return it->get();
}

bool FlagCache::hasFlag(const QString &code) const
{
    return renderer(code) != nullptr;
}

bool FlagCache::paint(QPainter *painter, const QString &code, const QRectF &rect) const
{
    QSvgRenderer *svg = renderer(code);
    if (!svg)
        return false;
    // SVG and PDF get the flag as an image at four times the size: several flags draw beyond their view box, and
    // the SVG generator of Qt 6.4 cannot clip, so a vector flag would spill over the country's code.
    const QPaintEngine *engine = painter->paintEngine();
    const bool vector = engine && engine->type() != QPaintEngine::Raster;
    const qreal dpr = vector ? 4.0 : painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QSize pixels = (rect.size() * dpr).toSize();
    if (pixels.isEmpty())
        return true;
    const QString key = code.toLower() + QLatin1Char(':') + QString::number(pixels.width()) + QLatin1Char('x')
        + QString::number(pixels.height()) + QLatin1Char('@') + QString::number(dpr);
    auto it = m_images.constFind(key);
    if (it == m_images.cend()) {
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter imagePainter(&image);
        imagePainter.setRenderHint(QPainter::Antialiasing);
        svg->render(&imagePainter, QRectF(QPointF(0, 0), QSizeF(pixels)));
        imagePainter.end();
        image.setDevicePixelRatio(dpr);
        it = m_images.insert(key, image);
    }
    painter->drawImage(rect.topLeft(), *it);
    return true;
}
