// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportpreset.h"

#include <QSize>
#include <QString>

// What the user chose in the export dialog, as plain data: the dialog takes the last choices and returns the new
// ones, and the application remembers them (Settings) without the dialog knowing where.
struct ExportChoices
{
    QString fileName;
    QString preset = ExportPresets::standard().name; // a preset's name, or "custom"
    QSize customSize { 1920, 1080 };
    int customDpi = ExportPresets::ScreenDpi;
    QString theme = QStringLiteral("light");
    bool title = true;
    QString titleText;
    QString subtitle;
    bool citation = true;
    bool transparent = false;

    // The canvas: the preset, or the custom size at the custom dpi. An unknown preset name is the default slide.
    ExportPreset canvas() const
    {
        if (preset == QLatin1String("custom"))
            return ExportPresets::custom(customSize).atDpi(customDpi);
        return ExportPresets::find(preset).value_or(ExportPresets::standard());
    }
};
