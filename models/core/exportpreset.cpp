// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpreset.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace {

constexpr double MillimetresPerInch = 25.4;
constexpr int PaperDpi = 300;

} // namespace

ExportPreset ExportPreset::atDpi(int newDpi) const
{
    ExportPreset preset = *this;
    preset.dpi = newDpi;
    if (isPaper())
        preset.pixels = ExportPresets::pixelsOf(paperMillimetres, newDpi);
    return preset;
}

QSizeF ExportPreset::pagePoints() const
{
    if (isPaper())
        return paperMillimetres * (72.0 / MillimetresPerInch);
    return QSizeF(pixels) * (72.0 / dpi);
}

QString ExportPreset::label() const
{
    const QString size = QStringLiteral("%1 x %2").arg(pixels.width()).arg(pixels.height());
    if (name == QLatin1String("slide-1080"))
        return QCoreApplication::translate("ExportPreset", "Slide, Full HD (%1)").arg(size);
    if (name == QLatin1String("slide-720"))
        return QCoreApplication::translate("ExportPreset", "Slide, HD (%1)").arg(size);
    if (name == QLatin1String("4k"))
        return QCoreApplication::translate("ExportPreset", "Slide, 4K (%1)").arg(size);
    if (name == QLatin1String("4x3"))
        return QCoreApplication::translate("ExportPreset", "Slide, 4:3 (%1)").arg(size);
    if (name == QLatin1String("a4"))
        return QCoreApplication::translate("ExportPreset", "A4 landscape, %1 dpi").arg(dpi);
    if (name == QLatin1String("letter"))
        return QCoreApplication::translate("ExportPreset", "US Letter landscape, %1 dpi").arg(dpi);
    return QCoreApplication::translate("ExportPreset", "Custom (%1)").arg(size);
}

namespace ExportPresets {

const QList<ExportPreset> &all()
{
    // The 4K slide is the Full HD slide at twice the pixels: the same layout, sharper. Paper is landscape, the
    // shape of a timeline, at the 300 dpi that journals and printers ask for.
    static const QList<ExportPreset> presets = {
        { QStringLiteral("slide-1080"), QSize(1920, 1080), ScreenDpi, QSizeF() },
        { QStringLiteral("slide-720"), QSize(1280, 720), ScreenDpi, QSizeF() },
        { QStringLiteral("4k"), QSize(3840, 2160), 2 * ScreenDpi, QSizeF() },
        { QStringLiteral("4x3"), QSize(1600, 1200), ScreenDpi, QSizeF() },
        { QStringLiteral("a4"), pixelsOf(QSizeF(297, 210), PaperDpi), PaperDpi, QSizeF(297, 210) },
        { QStringLiteral("letter"), pixelsOf(QSizeF(279.4, 215.9), PaperDpi), PaperDpi, QSizeF(279.4, 215.9) },
    };
    return presets;
}

QStringList names()
{
    QStringList result;
    for (const ExportPreset &preset : all())
        result.append(preset.name);
    return result;
}

std::optional<ExportPreset> find(const QString &name)
{
    for (const ExportPreset &preset : all()) {
        if (preset.name == name)
            return preset;
    }
    return std::nullopt;
}

ExportPreset standard()
{
    return all().constFirst();
}

ExportPreset custom(const QSize &pixels)
{
    return { QStringLiteral("custom"), pixels, ScreenDpi, QSizeF() };
}

QString expectation()
{
    QStringList list = names();
    const QString last = list.takeLast();
    return QCoreApplication::translate("ExportPreset", "%1 or %2").arg(list.join(QLatin1String(", ")), last);
}

std::optional<int> parseDpi(const QString &text)
{
    // At most four digits: anything longer is out of range anyway, and cannot overflow an int.
    static const QRegularExpression pattern(QStringLiteral("^\\d{1,4}$"));
    const QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return std::nullopt;
    const int dpi = trimmed.toInt();
    if (dpi < MinimumDpi || dpi > MaximumDpi)
        return std::nullopt;
    return dpi;
}

QSize pixelsOf(const QSizeF &millimetres, int dpi)
{
    return QSize(int(std::lround(millimetres.width() / MillimetresPerInch * dpi)),
        int(std::lround(millimetres.height() / MillimetresPerInch * dpi)));
}

} // namespace ExportPresets
