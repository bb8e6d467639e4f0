// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "themename.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

// The options of the window itself (`caseline [--database PATH] [--screenshot FILE.png] ...`), parsed before any
// application object exists, so that bad usage exits with 2 even on a machine without a display.
struct GuiOptions
{
    enum class Outcome { Run, Exit };

    QString database;
    QString screenshot;
    QSize size;
    QString select;
    std::optional<ThemeName> theme; // none: the remembered one
    QString language; // "en" or "fr"; empty: the remembered one, else the system's

    // Parses `arguments` (program name first). Outcome::Exit with *exitCode set for --help, --version (0) and
    // bad usage (2, after printing the reason on stderr).
    static Outcome parse(const QStringList &arguments, GuiOptions *options, int *exitCode);
};
