// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageexporter.h"

#include "imagesize.h"
#include "renderable.h"
#include "theme.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <cmath>

namespace {

constexpr double LayoutDpi = 96.0;

QString translate(const char *text)
{
    return QCoreApplication::translate("ImageExporter", text);
}

// The theme with a background that paints nothing: every view fills its background with theme.background.
Theme withBackground(const Theme &theme, ImageExporter::Background background)
{
    Theme result = theme;
    if (background == ImageExporter::Background::Transparent)
        result.background.setAlpha(0);
    return result;
}

QRectF layoutRect(const ExportPreset &canvas)
{
    return QRectF(QPointF(0, 0), canvas.layoutSize());
}

// Qt's own names for "the default sans font" mean nothing to an SVG reader; the family they resolved to does.
bool isQtAlias(const QString &family)
{
    static const QStringList aliases = { QStringLiteral("sans serif"), QStringLiteral("sansserif"),
        QStringLiteral("sans"), QStringLiteral("helvetica") };
    return aliases.contains(family.trimmed().toLower());
}

QByteArray withSvgFontFamilies(const QByteArray &svg)
{
    // QSvgGenerator writes the one family of the QFont (font-family="Sans Serif"); no generic family follows it.
    static const QRegularExpression attribute(QStringLiteral("font-family=\"([^\"]*)\""));
    const QString text = QString::fromUtf8(svg);
    QString result;
    result.reserve(text.size() + text.size() / 8);
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = attribute.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += QStringLiteral("font-family=\"%1\"").arg(ImageExporter::svgFontFamilies(match.captured(1)));
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result.toUtf8();
}

// A page size is portrait with an orientation: a landscape A4 canvas is the standard A4 page turned, which PDF
// readers and printers then name as A4.
QPageLayout pageLayout(const ExportPreset &canvas)
{
    const QSizeF points = canvas.pagePoints();
    const bool landscape = points.width() > points.height();
    const QPageSize size = canvas.isPaper()
        ? QPageSize(landscape ? canvas.paperMillimetres.transposed() : canvas.paperMillimetres, QPageSize::Millimeter,
            QString(), QPageSize::ExactMatch)
        : QPageSize(landscape ? points.transposed() : points, QPageSize::Point, QString(), QPageSize::ExactMatch);
    return QPageLayout(size, landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
}

void paint(const Renderable &view, QPainter *painter, const ExportPreset &canvas, const Theme &theme)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(layoutRect(canvas), theme.background);
    view.render(painter, layoutRect(canvas), theme);
}

} // namespace

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

QString ImageExporter::svgFontFamilies(const QString &family)
{
    QStringList families;
    const QString resolved = isQtAlias(family) ? QFontInfo(QFont(family)).family() : family.trimmed();
    if (!resolved.isEmpty() && !isQtAlias(resolved))
        families << resolved;
    for (const char *fallback : { "DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "sans-serif" }) {
        const QString name = QString::fromLatin1(fallback);
        if (!families.contains(name, Qt::CaseInsensitive))
            families << name;
    }
    return families.join(QLatin1String(", "));
}

QImage ImageExporter::toImage(const Renderable &view, const ExportPreset &canvas, const Theme &theme, Background background)
{
    QImage image(canvas.pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(canvas.pixelRatio());
    const int dotsPerMetre = int(std::lround(canvas.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    const Theme drawn = withBackground(theme, background);
    image.fill(drawn.background);
    QPainter painter(&image);
    paint(view, &painter, canvas, drawn);
    painter.end();
    return image;
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

QByteArray ImageExporter::toSvg(const Renderable &view, const ExportPreset &canvas, const Theme &theme, Background background)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        // Drawn in layout units; the resolution makes width and height the canvas's physical size.
        svg.setSize(canvas.layoutSize().toSize());
        svg.setViewBox(layoutRect(canvas));
        svg.setResolution(int(LayoutDpi));
        svg.setTitle(view.renderTitle());
        svg.setDescription(translate("Exported by caseline"));
        QPainter painter;
        if (!painter.begin(&svg))
            return {};
        paint(view, &painter, canvas, withBackground(theme, background));
        if (!painter.end())
            return {};
    }
    return withSvgFontFamilies(buffer.data());
}

OutputFile::Result ImageExporter::exportToFile(
    const Renderable &view, const QString &fileName, const QSize &size, const Theme &theme)
{
    return exportToFile(view, fileName, ExportPresets::custom(size), theme);
}

OutputFile::Result ImageExporter::exportToFile(const Renderable &view, const QString &fileName,
    const ExportPreset &canvas, const Theme &theme, Background background)
{
    const Format format = formatForFileName(fileName);
    if (format == Format::Unknown)
        return { OutputFile::Status::Refused, translate("%1: unknown image format (use .png, .svg or .pdf)").arg(fileName) };
    if (!ImageSize::isValid(canvas.pixels)) {
        return { OutputFile::Status::Refused,
            translate("image size %1x%2: expected %3")
                .arg(QString::number(canvas.pixels.width()), QString::number(canvas.pixels.height()),
                    ImageSize::expectation()) };
    }
    if (format == Format::Pdf && background == Background::Transparent)
        return { OutputFile::Status::Refused, translate("%1: a PDF page cannot be transparent (use .png or .svg)").arg(fileName) };
    return OutputFile::write(fileName, [&](QIODevice *device, QString *problem) {
        if (format == Format::Png) {
            // Quality 70 is zlib's level 2 in Qt's PNG writer: a 1920x1080 timeline encodes in 80 ms instead of 122 ms
            // (the default, level 6) for 1% more bytes.
            constexpr int PngQuality = 70;
            if (!toImage(view, canvas, theme, background).save(device, "PNG", PngQuality)) {
                *problem = translate("the PNG encoder failed");
                return false;
            }
            return true;
        }
        if (format == Format::Svg) {
            const QByteArray svg = toSvg(view, canvas, theme, background);
            if (svg.isEmpty()) {
                *problem = translate("the SVG generator failed");
                return false;
            }
            return device->write(svg) == svg.size();
        }
        QPdfWriter pdf(device);
        pdf.setTitle(view.renderTitle());
        pdf.setCreator(QStringLiteral("caseline"));
        // Painter units of 1/96 inch, the views' layout units, on a page of the canvas's physical size.
        pdf.setResolution(int(LayoutDpi));
        pdf.setPageLayout(pageLayout(canvas));
        QPainter painter;
        if (!painter.begin(&pdf))
            return false;
        paint(view, &painter, canvas, theme);
        return painter.end();
    });
}
