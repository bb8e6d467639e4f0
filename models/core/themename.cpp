// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themename.h"

#include <QCoreApplication>

namespace ThemeNames {

QList<ThemeName> all()
{
    return { ThemeName::Light, ThemeName::Dark, ThemeName::Projector };
}

QStringList names()
{
    QStringList result;
    for (ThemeName theme : all())
        result.append(toString(theme));
    return result;
}

QString toString(ThemeName theme)
{
    switch (theme) {
    case ThemeName::Dark:
        return QStringLiteral("dark");
    case ThemeName::Projector:
        return QStringLiteral("projector");
    case ThemeName::Light:
        break;
    }
    return QStringLiteral("light");
}

std::optional<ThemeName> parse(const QString &text)
{
    const QString name = text.trimmed();
    for (ThemeName theme : all()) {
        if (name == toString(theme))
            return theme;
    }
    return std::nullopt;
}

QString expectation()
{
    return QCoreApplication::translate("ThemeNames", "%1, %2 or %3")
        .arg(toString(ThemeName::Light), toString(ThemeName::Dark), toString(ThemeName::Projector));
}

} // namespace ThemeNames
