// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QFontInfo>
#include <QLabel>
#include <QTest>

namespace {

// What the platform gives this test as its system font: larger than Qt's default, so that a theme that used a
// fixed size instead would show.
constexpr qreal PlatformPoints = 15.0;

} // namespace

class TestThemeFont : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QFont platform = QApplication::font();
        platform.setPointSizeF(PlatformPoints);
        QApplication::setFont(platform);
    }

    // First: the system font is read once, before the first theme changes the application's font.
    void themesScaleTheFontThePlatformGave()
    {
        Theme::named(QStringLiteral("projector")).applyToApplication();
        QCOMPARE(QApplication::font().pointSizeF(), PlatformPoints * 1.35);
        // Back to light: the user's size again, not the projector's scaled once more or a default.
        Theme::named(QStringLiteral("light")).applyToApplication();
        QCOMPARE(QApplication::font().pointSizeF(), PlatformPoints);
        Theme::named(QStringLiteral("dark")).applyToApplication();
        QCOMPARE(QApplication::font().pointSizeF(), PlatformPoints);
        QCOMPARE(Theme::systemFont().pointSizeF(), PlatformPoints);
    }

    void appliedFontGrowsWithTheSystemFont_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<qreal>("scale");
        QTest::newRow("light") << QStringLiteral("light") << 1.0;
        QTest::newRow("dark") << QStringLiteral("dark") << 1.0;
        QTest::newRow("projector") << QStringLiteral("projector") << 1.35;
    }

    void appliedFontGrowsWithTheSystemFont()
    {
        QFETCH(QString, theme);
        QFETCH(qreal, scale);
        const Theme t = Theme::named(theme);
        QCOMPARE(t.fontScale, scale);
        QFont small = QApplication::font();
        small.setPointSizeF(9);
        QFont large = small;
        large.setPointSizeF(18);

        t.applyToApplication(small);
        QCOMPARE(QApplication::font().pointSizeF(), 9 * scale);
        const QLabel before;
        const qreal smallPixels = QFontInfo(before.font()).pixelSize();

        t.applyToApplication(large);
        QCOMPARE(QApplication::font().pointSizeF(), 18 * scale);
        // A widget made now is drawn in type twice the size.
        const QLabel after;
        QCOMPARE(after.font().pointSizeF(), 18 * scale);
        const qreal largePixels = QFontInfo(after.font()).pixelSize();
        QVERIFY2(qAbs(largePixels / smallPixels - 2.0) < 0.15,
            qPrintable(QStringLiteral("%1 px then %2 px").arg(smallPixels).arg(largePixels)));
    }

    void aSystemFontInPixelsScalesInPixels_data() { appliedFontGrowsWithTheSystemFont_data(); }
    void aSystemFontInPixelsScalesInPixels()
    {
        QFETCH(QString, theme);
        QFETCH(qreal, scale);
        QFont pixels = QApplication::font();
        pixels.setPixelSize(20);
        Theme::named(theme).applyToApplication(pixels);
        QCOMPARE(QApplication::font().pixelSize(), qRound(20 * scale));
    }

    void cleanupTestCase() { Theme::named(QStringLiteral("light")).applyToApplication(); }
};

QTEST_MAIN(TestThemeFont)
#include "tst_themefont.moc"
