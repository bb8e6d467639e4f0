// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFont>
#include <QStyleFactory>

namespace {

QList<QColor> okabeIto()
{
    return {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42),
        QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x99, 0x99, 0x99)};
}

QPalette makePalette(const QColor &window, const QColor &base, const QColor &text, const QColor &button,
    const QColor &highlight, const QColor &highlightedText, const QColor &link, const QColor &disabledText)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlightedText);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    return p;
}

} // namespace

QStringList Theme::names()
{
    return ThemeNames::names();
}

QString Theme::displayName(ThemeName name)
{
    switch (name) {
    case ThemeName::Dark:
        return QCoreApplication::translate("Theme", "Dark");
    case ThemeName::Projector:
        return QCoreApplication::translate("Theme", "Projector (high contrast)");
    case ThemeName::Light:
        break;
    }
    return QCoreApplication::translate("Theme", "Light");
}

QString Theme::displayName(const QString &name)
{
    return displayName(ThemeNames::parse(name).value_or(ThemeName::Light));
}

Theme Theme::named(const QString &name)
{
    return named(ThemeNames::parse(name).value_or(ThemeName::Light));
}

Theme Theme::named(ThemeName name)
{
    Theme t;
    t.categorical = okabeIto();
    t.name = ThemeNames::toString(name);
    if (name == ThemeName::Dark) {
        t.background = QColor(0x1e, 0x1f, 0x22);
        t.text = QColor(0xe8, 0xe8, 0xe8);
        t.mutedText = QColor(0xa8, 0xa8, 0xa8);
        t.grid = QColor(0x3a, 0x3c, 0x40);
        t.laneAlternate = QColor(0x26, 0x27, 0x2b);
        t.accent = QColor(0x56, 0xB4, 0xE9);
        t.selection = QColor(0xF0, 0xE4, 0x42);
        t.today = QColor(0xD5, 0x5E, 0x00);
        t.palette = makePalette(t.background, QColor(0x17, 0x18, 0x1a), t.text, QColor(0x2d, 0x2f, 0x33),
            QColor(0x1f, 0x5f, 0x99), Qt::white, QColor(0x7c, 0xc4, 0xff), QColor(0x80, 0x80, 0x80));
    } else if (name == ThemeName::Projector) {
        // Projectors wash out light greys and thin lines: pure black on white, strong grid, bigger type.
        t.background = Qt::white;
        t.text = Qt::black;
        t.mutedText = QColor(0x30, 0x30, 0x30);
        t.grid = QColor(0x80, 0x80, 0x80);
        t.laneAlternate = QColor(0xe6, 0xe6, 0xe6);
        t.accent = QColor(0x00, 0x50, 0x9e);
        t.selection = QColor(0xD5, 0x5E, 0x00);
        t.today = QColor(0xD5, 0x5E, 0x00);
        t.fontScale = 1.35;
        t.palette = makePalette(Qt::white, Qt::white, Qt::black, QColor(0xf0, 0xf0, 0xf0), QColor(0x00, 0x50, 0x9e),
            Qt::white, QColor(0x00, 0x3c, 0x78), QColor(0x50, 0x50, 0x50));
    } else {
        t.background = QColor(0xfb, 0xfb, 0xfb);
        t.text = QColor(0x20, 0x20, 0x20);
        t.mutedText = QColor(0x60, 0x60, 0x60);
        t.grid = QColor(0xdd, 0xdd, 0xdd);
        t.laneAlternate = QColor(0xf2, 0xf4, 0xf7);
        t.accent = QColor(0x00, 0x72, 0xB2);
        t.selection = QColor(0xD5, 0x5E, 0x00);
        t.today = QColor(0xD5, 0x5E, 0x00);
        t.palette = makePalette(QColor(0xf3, 0xf3, 0xf3), Qt::white, t.text, QColor(0xea, 0xea, 0xea),
            QColor(0x30, 0x8c, 0xc6), Qt::white, QColor(0x00, 0x5a, 0x9c), QColor(0x90, 0x90, 0x90));
    }
    return t;
}

void Theme::applyToApplication() const
{
    // Fusion follows the palette fully on every platform, which the native styles do not.
    static const qreal baseSize = QApplication::font().pointSizeF() > 0 ? QApplication::font().pointSizeF() : 10.0;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette);
    QFont font = QApplication::font();
    font.setPointSizeF(baseSize * fontScale);
    QApplication::setFont(font);
}
