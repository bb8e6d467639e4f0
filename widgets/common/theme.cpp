// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "contraststyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFont>

namespace {

// Okabe-Ito in its order: 0 orange, 1 sky blue, 2 bluish green, 3 yellow, 4 blue, 5 vermillion, 6 reddish purple,
// 7 grey. Each is drawn as a line somewhere (the edge of a bar, a hollow set-aside marker, a chart line) and
// needs 3:1 against the background and the alternate lanes (WCAG 1.4.11); purple also colours the cumulative
// chart's right axis labels, text that needs 4.5:1. Where the original does not reach that, its HSL lightness
// is moved just far enough, hue and saturation kept.
QList<QColor> okabeIto()
{
    return {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42),
        QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x99, 0x99, 0x99)};
}

// On the light theme's lanes: orange, sky blue, yellow, purple and grey darkened.
QList<QColor> okabeItoOnLight()
{
    QList<QColor> colours = okabeIto();
    colours[0] = QColor(0xBC, 0x82, 0x00);
    colours[1] = QColor(0x1C, 0x95, 0xD9);
    colours[3] = QColor(0x99, 0x8F, 0x0C);
    colours[6] = QColor(0xBB, 0x4C, 0x89);
    colours[7] = QColor(0x8D, 0x8D, 0x8D);
    return colours;
}

// On the projector's white and its grey lanes: all but blue and vermillion darkened.
QList<QColor> okabeItoOnProjector()
{
    QList<QColor> colours = okabeIto();
    colours[0] = QColor(0xAF, 0x79, 0x00);
    colours[1] = QColor(0x1A, 0x8B, 0xCB);
    colours[2] = QColor(0x00, 0x96, 0x6D);
    colours[3] = QColor(0x8F, 0x86, 0x0B);
    colours[6] = QColor(0xBC, 0x50, 0x8C);
    colours[7] = QColor(0x83, 0x83, 0x83);
    return colours;
}

// On the dark theme's lanes: blue lightened.
QList<QColor> okabeItoOnDark()
{
    QList<QColor> colours = okabeIto();
    colours[4] = QColor(0x00, 0x75, 0xB7);
    return colours;
}

struct PaletteColours
{
    QColor window;
    QColor base;
    QColor text;
    QColor button;
    QColor highlight;
    QColor highlightedText;
    QColor link;
    // Readable, 4.5:1 on the base: a placeholder says what a field is for.
    QColor placeholderText;
    // Disabled controls are exempt from the contrast minimum and should look out of use.
    QColor disabledText;
};

QPalette makePalette(const PaletteColours &c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.window);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::ToolTipBase, c.base);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.placeholderText);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.link);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Disabled, QPalette::Text, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, c.disabledText);
    return p;
}

// The font the platform gave the application before a theme changed it: the size the user chose for the desktop.
// Read once, by the first theme applied, so that applying themes in turn never compounds their scales.
const QFont &rememberedSystemFont()
{
    static const QFont font = QApplication::font();
    return font;
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
    t.name = ThemeNames::toString(name);
    // Every pair of colours drawn on each other reaches WCAG AA: 4.5:1 for text, 3:1 for lines, marks and the
    // outlines of controls (tst_themecontrast lists the pairs).
    if (name == ThemeName::Dark) {
        t.background = QColor(0x1e, 0x1f, 0x22);
        t.text = QColor(0xe8, 0xe8, 0xe8);
        t.mutedText = QColor(0xa8, 0xa8, 0xa8);
        t.grid = QColor(0x3a, 0x3c, 0x40);
        t.laneAlternate = QColor(0x26, 0x27, 0x2b);
        t.accent = QColor(0x56, 0xB4, 0xE9);
        t.selection = QColor(0xF0, 0xE4, 0x42);
        // Vermillion lightened for its "Today" label.
        t.today = QColor(0xDC, 0x61, 0x00);
        t.categorical = okabeItoOnDark();
        // A mid blue under dark text: Fusion's focus outlines are the highlight darkened, and a highlight dark
        // enough for white text leaves them at 2:1 on the dark window.
        t.palette = makePalette({t.background, QColor(0x17, 0x18, 0x1a), t.text, QColor(0x2d, 0x2f, 0x33),
            QColor(0x29, 0x7d, 0xc9), Qt::black, QColor(0x7c, 0xc4, 0xff), QColor(0x86, 0x86, 0x86),
            QColor(0x80, 0x80, 0x80)});
    } else if (name == ThemeName::Projector) {
        // Projectors wash out light greys and thin lines: pure black on white, strong grid, bigger type.
        t.background = Qt::white;
        t.text = Qt::black;
        t.mutedText = QColor(0x30, 0x30, 0x30);
        t.grid = QColor(0x80, 0x80, 0x80);
        t.laneAlternate = QColor(0xe6, 0xe6, 0xe6);
        t.accent = QColor(0x00, 0x50, 0x9e);
        t.selection = QColor(0xD5, 0x5E, 0x00);
        // Vermillion darkened for its "Today" label.
        t.today = QColor(0xC3, 0x56, 0x00);
        t.categorical = okabeItoOnProjector();
        t.fontScale = 1.35;
        t.palette = makePalette({Qt::white, Qt::white, Qt::black, QColor(0xf0, 0xf0, 0xf0), QColor(0x00, 0x50, 0x9e),
            Qt::white, QColor(0x00, 0x3c, 0x78), QColor(0x50, 0x50, 0x50), QColor(0x50, 0x50, 0x50)});
    } else {
        t.background = QColor(0xfb, 0xfb, 0xfb);
        t.text = QColor(0x20, 0x20, 0x20);
        t.mutedText = QColor(0x60, 0x60, 0x60);
        t.grid = QColor(0xdd, 0xdd, 0xdd);
        t.laneAlternate = QColor(0xf2, 0xf4, 0xf7);
        t.accent = QColor(0x00, 0x72, 0xB2);
        t.selection = QColor(0xD5, 0x5E, 0x00);
        // Vermillion darkened for its "Today" label.
        t.today = QColor(0xBF, 0x54, 0x00);
        t.categorical = okabeItoOnLight();
        // The highlight darkened from 0x308cc6 for its white text.
        t.palette = makePalette({QColor(0xf3, 0xf3, 0xf3), Qt::white, t.text, QColor(0xea, 0xea, 0xea),
            QColor(0x2b, 0x7d, 0xb0), Qt::white, QColor(0x00, 0x5a, 0x9c), QColor(0x76, 0x76, 0x76),
            QColor(0x90, 0x90, 0x90)});
    }
    return t;
}

QFont Theme::systemFont()
{
    return rememberedSystemFont();
}

QFont Theme::scaledFont(const QFont &systemFont) const
{
    // A platform may give its font in pixels rather than points; either way the user's size is what is scaled.
    QFont font = systemFont;
    if (systemFont.pointSizeF() > 0)
        font.setPointSizeF(systemFont.pointSizeF() * fontScale);
    else if (systemFont.pixelSize() > 0)
        font.setPixelSize(qMax(1, qRound(systemFont.pixelSize() * fontScale)));
    return font;
}

void Theme::applyToApplication() const
{
    applyToApplication(systemFont());
}

void Theme::applyToApplication(const QFont &systemFont) const
{
    // Fusion follows the palette fully on every platform, which the native styles do not; ContrastStyle makes
    // the parts it draws too faintly visible.
    QApplication::setStyle(new ContrastStyle);
    QApplication::setPalette(palette);
    QApplication::setFont(scaledFont(systemFont));
}
