// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageexporter.h"

#include "imagesize.h"
#include "renderable.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
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

OutputFile::Result ImageExporter::exportToFile(
    const Renderable &view, const QString &fileName, const QSize &size, const Theme &theme)
{
    const Format format = formatForFileName(fileName);
    if (format == Format::Unknown) {
        return { OutputFile::Status::Refused,
            QCoreApplication::translate("ImageExporter", "%1: unknown image format (use .png, .svg or .pdf)").arg(fileName) };
    }
    if (!ImageSize::isValid(size)) {
        return { OutputFile::Status::Refused,
            QCoreApplication::translate("ImageExporter", "image size %1x%2: expected %3")
                .arg(QString::number(size.width()), QString::number(size.height()), ImageSize::expectation()) };
    }
    return OutputFile::write(fileName, [&](QIODevice *device, QString *problem) {
        if (format == Format::Png) {
            if (!toImage(view, size, theme).save(device, "PNG")) {
                *problem = QCoreApplication::translate("ImageExporter", "the PNG encoder failed");
                return false;
            }
            return true;
        }
        QPainter painter;
        if (format == Format::Svg) {
            QSvgGenerator svg;
            svg.setOutputDevice(device);
            svg.setSize(size);
            svg.setViewBox(QRect(QPoint(0, 0), size));
            svg.setTitle(view.renderTitle());
            svg.setDescription(QCoreApplication::translate("ImageExporter", "Exported by caseline"));
            if (!painter.begin(&svg))
                return false;
            painter.fillRect(QRect(QPoint(0, 0), size), theme.background);
            view.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), theme);
            return painter.end();
        }
        QPdfWriter pdf(device);
        pdf.setTitle(view.renderTitle());
        pdf.setCreator(QStringLiteral("caseline"));
        pdf.setResolution(72); // one point per pixel of `size`
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        if (!painter.begin(&pdf))
            return false;
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(QRect(QPoint(0, 0), size), theme.background);
        view.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), theme);
        return painter.end();
    });
}
