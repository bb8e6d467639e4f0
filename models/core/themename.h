// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Which of the themes every view paints with: the name, without the colours (those are the widgets' Theme). It lives
// here so that the view state, the settings file, the command line and the painting code read a name by one rule.
enum class ThemeName { Light, Dark, Projector };

namespace ThemeNames {

// In menu order.
QList<ThemeName> all();
// "light", "dark", "projector": the words of the command line and the settings file.
QStringList names();
QString toString(ThemeName theme);
// One of names(), surrounding spaces ignored; nullopt for anything else, so a typo is refused and never silently
// becomes the light theme.
std::optional<ThemeName> parse(const QString &text);
// "light, dark or projector": what a usage error says.
QString expectation();

} // namespace ThemeNames
