// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepaintcache.h"

#include <QFont>
#include <QPaintEngine>
#include <QPainter>

namespace {

// Bounded: a long session of panning through 100,000 decisions would otherwise keep every label it met.
constexpr int maximumTexts = 4096;

} // namespace

const QStaticText &TimelinePaintCache::text(const QString &text, const QFont &font)
{
    const QString key = font.family() + QLatin1Char('|') + QString::number(font.pixelSize())
        + (font.bold() ? QLatin1Char('b') : QLatin1Char('r')) + text;
    auto it = m_texts.find(key);
    if (it == m_texts.end()) {
        if (m_texts.size() >= maximumTexts)
            m_texts.clear();
        QStaticText staticText(text);
        staticText.setTextFormat(Qt::PlainText);
        staticText.setPerformanceHint(QStaticText::AggressiveCaching);
        staticText.prepare(QTransform(), font);
        it = m_texts.insert(key, staticText);
    }
    return *it;
}

void TimelinePaintCache::drawText(
    QPainter *painter, const QPointF &baseline, const QString &text, const QFont &font, double ascent)
{
    painter->drawStaticText(QPointF(baseline.x(), baseline.y() - ascent), this->text(text, font));
}

void TimelinePaintCache::paintPart(QPainter *painter, Part part, const QRectF &rect, const QString &key,
    const std::function<void(QPainter *, const QRectF &)> &draw)
{
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster || !painter->transform().isIdentity()) {
        draw(painter, rect);
        return;
    }
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QString fullKey = key + QLatin1Char('|') + QString::number(rect.width()) + QLatin1Char('x')
        + QString::number(rect.height()) + QLatin1Char('@') + QString::number(dpr);
    Image &cached = m_parts[size_t(part)];
    if (fullKey != cached.key) {
        cached.image = QImage((rect.size() * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        cached.image.setDevicePixelRatio(dpr);
        cached.image.fill(Qt::transparent);
        QPainter imagePainter(&cached.image);
        imagePainter.setRenderHint(QPainter::Antialiasing);
        imagePainter.setRenderHint(QPainter::TextAntialiasing);
        draw(&imagePainter, QRectF(QPointF(0, 0), rect.size()));
        imagePainter.end();
        cached.key = fullKey;
    }
    painter->drawImage(rect.topLeft(), cached.image);
}

void TimelinePaintCache::clear()
{
    m_texts.clear();
    m_parts = {};
}
