// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "themename.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>

// The colours and sizes every view paints with: light, dark, and projector (high contrast, larger type,
// for a lecture hall). The screen, the exports and presentation mode all take one of these.
struct Theme
{
    QString name;
    QPalette palette;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor laneAlternate;
    QColor accent;
    QColor selection;
    QColor today;
    // Okabe-Ito: distinguishable with the common colour-vision deficiencies. Some are darker or lighter in a theme,
    // so that each stands out 3:1 from the background as a line.
    QList<QColor> categorical;
    // Over the system font: the projector's type is larger than the user's, never a fixed size.
    qreal fontScale = 1.0;

    // The names ThemeNames reads, in menu order.
    static QStringList names();
    static Theme named(ThemeName name);
    // Read by ThemeNames::parse; unknown names give the light theme.
    static Theme named(const QString &name);
    static QString displayName(ThemeName name);
    static QString displayName(const QString &name);
    // The application's font as the platform gave it, read the first time it is asked for (the first theme
    // applied asks, before it changes the font): the size the user chose for their desktop.
    static QFont systemFont();
    // `systemFont` at this theme's scale, in points or in pixels as it was given.
    QFont scaledFont(const QFont &systemFont) const;
    // Applies the style, the palette and the system font at this theme's scale to the whole application.
    void applyToApplication() const;
    void applyToApplication(const QFont &systemFont) const;
};
