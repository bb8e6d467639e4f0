// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageexporter.h"

#include "renderable.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

ImageExporter::Format ImageExporter::formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return Format::Unknown;
}

QImage ImageExporter::toImage(const Renderable &view, const QSize &size, const Theme &theme, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(theme.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    view.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), theme);
    painter.end();
    return image;
}

bool ImageExporter::exportToFile(const Renderable &view, const QString &fileName, const QSize &size,
    const Theme &theme, QString *error)
{
    const Format format = formatForFileName(fileName);
    if (format == Format::Unknown) {
        *error = QCoreApplication::translate("ImageExporter", "%1: unknown image format (use .png, .svg or .pdf)").arg(fileName);
        return false;
    }
    if (size.width() < 16 || size.height() < 16 || size.width() > 16384 || size.height() > 16384) {
        *error = QCoreApplication::translate("ImageExporter", "image size %1x%2 is outside 16x16 to 16384x16384")
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("ImageExporter", "cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    bool painted = true;
    if (format == Format::Png) {
        painted = toImage(view, size, theme).save(&file, "PNG");
    } else if (format == Format::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view.renderTitle());
        svg.setDescription(QCoreApplication::translate("ImageExporter", "Exported by caseline"));
        QPainter painter;
        painted = painter.begin(&svg);
        if (painted) {
            painter.fillRect(QRect(QPoint(0, 0), size), theme.background);
            view.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), theme);
            painter.end();
        }
    } else {
        QPdfWriter pdf(&file);
        pdf.setTitle(view.renderTitle());
        pdf.setCreator(QStringLiteral("caseline"));
        pdf.setResolution(72); // one point per pixel of `size`
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        painted = painter.begin(&pdf);
        if (painted) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.fillRect(QRect(QPoint(0, 0), size), theme.background);
            view.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), theme);
            painter.end();
        }
    }
    if (!painted) {
        file.cancelWriting();
        *error = QCoreApplication::translate("ImageExporter", "cannot render %1").arg(fileName);
        return false;
    }
    if (!file.commit()) {
        *error = QCoreApplication::translate("ImageExporter", "cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}
