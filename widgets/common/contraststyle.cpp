// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contraststyle.h"

#include "colourcontrast.h"

#include <QPainter>
#include <QPalette>
#include <QStyleOption>

ContrastStyle::ContrastStyle() : QProxyStyle(QStringLiteral("Fusion")) { }

ContrastStyle::IndicatorColours ContrastStyle::indicatorColours(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor field = palette.color(QPalette::Base);
    // Fusion's outline, taken towards the text until it stands out from the window and from the field: on a light
    // window a mid grey, on a dark one a lighter grey, never a new hue.
    const QColor fusionOutline = window.darker(140).lighter(110);
    IndicatorColours colours;
    colours.outline = ColourContrast::reaching(fusionOutline, palette.color(QPalette::WindowText), {window, field},
        ColourContrast::GraphicsMinimum);
    colours.field = field;
    colours.mark = palette.color(QPalette::Text).darker(120);
    return colours;
}

QColor ContrastStyle::focusColour(const QPalette &palette)
{
    QColor colour = palette.color(QPalette::Highlight).darker(125);
    if (colour.value() > 160)
        colour.setHsl(colour.hue(), colour.saturation(), 160);
    return colour;
}

void ContrastStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // With keyboard focus Fusion outlines the indicator in its focus colour, which the themes make visible.
    const bool keyboardFocus
        = option->state.testFlag(State_HasFocus) && option->state.testFlag(State_KeyboardFocusChange);
    switch (element) {
    case PE_IndicatorCheckBox:
        if (!qstyleoption_cast<const QStyleOptionButton *>(option) || keyboardFocus)
            return;
        painter->save();
        // Fusion's geometry, so that the outline covers its own exactly.
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->translate(0.5, 0.5);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(indicatorColours(option->palette).outline));
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
        return;
    case PE_IndicatorRadioButton: {
        if (keyboardFocus)
            return;
        const QRect rect = option->rect;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(indicatorColours(option->palette).outline));
        const qreal radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1;
        painter->drawEllipse(QPointF(rect.center() + QPoint(1, 1)), radius, radius);
        painter->restore();
        return;
    }
    case PE_FrameFocusRect:
        // Fusion draws it only for keyboard focus, in the highlight at a third of its opacity: drawn over, solid.
        if (!qstyleoption_cast<const QStyleOptionFocusRect *>(option)
            || !option->state.testFlag(State_KeyboardFocusChange))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->translate(0.5, 0.5);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(focusColour(option->palette)));
        painter->drawRoundedRect(QRectF(option->rect.adjusted(0, 0, -1, -1)), 1, 1);
        painter->restore();
        return;
    default:
        return;
    }
}
