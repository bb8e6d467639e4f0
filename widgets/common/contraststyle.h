// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QProxyStyle>

class QPalette;

// Fusion, with the parts it draws too faintly to see made to stand out 3:1 (WCAG 1.4.11). Fusion outlines check
// boxes and radio buttons in the window colour a little darkened: about 1.7:1 on a light window and 1.07:1 on the
// dark theme's, where the boxes vanished. Its keyboard focus rectangle is the highlight at a third of its opacity.
// Everything else is Fusion's, which follows the palette on every platform.
class ContrastStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    ContrastStyle();

    struct IndicatorColours
    {
        QColor outline; // drawn over Fusion's own: on the window, around the field
        QColor field; // inside the box, as Fusion fills it
        QColor mark; // the check mark and the radio button's dot, as Fusion draws them
    };
    // The colours a check box or radio button of `palette` is drawn with.
    static IndicatorColours indicatorColours(const QPalette &palette);
    // Fusion's focus outline (line edits, spin boxes, buttons), which the focus rectangle now uses too.
    static QColor focusColour(const QPalette &palette);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
};
