// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "themename.h"

#include <QColor>
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
    // Okabe-Ito: distinguishable with the common colour-vision deficiencies.
    QList<QColor> categorical;
    qreal fontScale = 1.0;

    // The names ThemeNames reads, in menu order.
    static QStringList names();
    static Theme named(ThemeName name);
    // Read by ThemeNames::parse; unknown names give the light theme.
    static Theme named(const QString &name);
    static QString displayName(ThemeName name);
    static QString displayName(const QString &name);
    // Applies the palette and font size to the whole application.
    void applyToApplication() const;
};
