// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineframe.h"
#include "timelineitem.h"

#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPointF>
#include <QString>
#include <functional>

class QFont;
class QPainter;
struct Theme;

// Markers and clusters drawn from small cached images on raster painters (the screen, PNG): an antialiased filled
// shape costs the raster engine about twenty times as much as copying its image, and a frame of 100,000 decisions
// draws thousands of them. SVG, PDF and printing get the shapes themselves, through the same functions.
class TimelineMarkerSprites
{
public:
    void paintDecision(QPainter *painter, const QString &type, TimelineItem::Standing standing, const QPointF &centre,
        double radius, const Theme &theme);
    // The disc with its count (TimelineMarkerPainter::compactCount) centred in `font` when the count fits.
    void paintCluster(QPainter *painter, const TimelineFrame::Marker &marker, const QFont &font, const QLocale &locale,
        const Theme &theme);

private:
    // False for painters other than raster ones (SVG, PDF, printing): the caller then draws directly.
    bool usable(QPainter *painter, const Theme &theme);
    // An image reaching `extent` pixels from its centre in every direction.
    QImage makeImage(double extent, const std::function<void(QPainter *, const QPointF &)> &draw) const;
    static void drawCentred(QPainter *painter, const QPointF &centre, const QImage &image);

    QHash<quint32, QImage> m_images;
    QHash<quint64, QImage> m_clusters; // by radius, font size and count
    QString m_themeName;
    QLocale m_locale;
    qreal m_devicePixelRatio = 1;
};
