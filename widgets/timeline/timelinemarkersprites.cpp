// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemarkersprites.h"

#include "theme.h"
#include "timelinemarkerpainter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <cmath>

namespace {

// Past this many images the cache starts again: radii of fines vary continuously, so it could otherwise grow.
constexpr int maximumSprites = 3000;

// Radii in quarter pixels: finer than the eye can tell, coarse enough to share images.
quint32 quarterPixels(double radius)
{
    return quint32(qBound(0L, std::lround(radius * 4), 0x3fffL));
}

} // namespace

bool TimelineMarkerSprites::usable(QPainter *painter, const Theme &theme)
{
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster || !painter->transform().isIdentity())
        return false;
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (theme.name != m_themeName || dpr != m_devicePixelRatio
        || m_images.size() + m_clusters.size() >= maximumSprites) {
        m_images.clear();
        m_clusters.clear();
        m_themeName = theme.name;
        m_devicePixelRatio = dpr;
    }
    return true;
}

QImage TimelineMarkerSprites::makeImage(
    double extent, const std::function<void(QPainter *, const QPointF &)> &draw) const
{
    // As small as the drawing: every pixel of a sprite is blended, transparent or not.
    const int half = int(std::ceil(extent + 1.5));
    QImage image(QSize(2 * half, 2 * half) * m_devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(m_devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    draw(&painter, QPointF(half, half));
    painter.end();
    return image;
}

void TimelineMarkerSprites::drawCentred(QPainter *painter, const QPointF &centre, const QImage &image)
{
    const QSizeF size = image.deviceIndependentSize();
    painter->drawImage(QPointF(centre.x() - size.width() / 2, centre.y() - size.height() / 2), image);
}

void TimelineMarkerSprites::paintDecision(QPainter *painter, const QString &type, TimelineItem::Standing standing,
    const QPointF &centre, double radius, const Theme &theme)
{
    if (!usable(painter, theme)) {
        TimelineMarkerPainter::paintDecision(painter, type, standing, centre, radius, theme);
        return;
    }
    const TimelineMarkerPainter::Style style = TimelineMarkerPainter::styleFor(type);
    const quint32 key = (quint32(style.shape) << 24) | (quint32(style.colour) << 20) | (quint32(standing) << 16)
        | quarterPixels(radius);
    auto it = m_images.find(key);
    if (it == m_images.end()) {
        const double r = quarterPixels(radius) / 4.0;
        // The star reaches 1.35 radii, the contested ring 4.5 pixels beyond the marker.
        const double extent = qMax(r * 1.35, standing == TimelineItem::Standing::Contested ? r + 4.5 : r * 1.15) + 1;
        it = m_images.insert(key, makeImage(extent, [&](QPainter *p, const QPointF &c) {
            TimelineMarkerPainter::paintDecision(p, type, standing, c, r, theme);
        }));
    }
    drawCentred(painter, centre, *it);
}

void TimelineMarkerSprites::paintCluster(QPainter *painter, const TimelineFrame::Marker &marker, const QFont &font,
    const QLocale &locale, const Theme &theme)
{
    const auto draw = [&](QPainter *p, const TimelineFrame::Marker &m) {
        TimelineMarkerPainter::paintCluster(p, m, theme);
        const QString count = TimelineMarkerPainter::compactCount(m.count, locale);
        const QFontMetricsF fm(font);
        const double width = fm.horizontalAdvance(count);
        if (width > 2 * m.radius + 2)
            return;
        p->setFont(font);
        p->setPen(theme.text);
        p->drawText(QPointF(m.centre.x() - width / 2, m.centre.y() + (fm.ascent() - fm.descent()) / 2), count);
    };
    if (!usable(painter, theme)) {
        draw(painter, marker);
        return;
    }
    if (locale != m_locale) {
        m_clusters.clear();
        m_locale = locale;
    }
    // Counts past a thousand show as "1.2k": key them by what they show, not by every count.
    const quint64 shown = marker.count < 1000 ? quint64(marker.count)
        : marker.count < 9950                 ? 1000 + quint64(qRound(marker.count / 100.0))
                                              : 2000 + quint64(qRound(marker.count / 1000.0));
    const quint64 key
        = (quint64(quarterPixels(marker.radius)) << 48) | (quint64(font.pixelSize() & 0xffff) << 32) | shown;
    auto it = m_clusters.find(key);
    if (it == m_clusters.end()) {
        TimelineFrame::Marker centred = marker;
        centred.radius = quarterPixels(marker.radius) / 4.0;
        it = m_clusters.insert(key, makeImage(centred.radius + 1, [&](QPainter *p, const QPointF &c) {
            centred.centre = c;
            draw(p, centred);
        }));
    }
    drawCentred(painter, marker.centre, *it);
}
