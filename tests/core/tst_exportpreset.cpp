// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpreset.h"

#include <QTest>

// The table of export canvases: each preset's pixels, dpi and page, and what --dpi does to them.
class TestExportPreset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presets_data();
    void presets();
    void atDpi_paperGetsPixels_screenGetsScale();
    void parseDpi_data();
    void parseDpi();
    void expectation_namesEveryPreset();
};

void TestExportPreset::presets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSizeF>("layout");
    QTest::addColumn<QSizeF>("points");
    QTest::newRow("slide-1080") << "slide-1080" << QSize(1920, 1080) << 96 << QSizeF(1920, 1080) << QSizeF(1440, 810);
    QTest::newRow("slide-720") << "slide-720" << QSize(1280, 720) << 96 << QSizeF(1280, 720) << QSizeF(960, 540);
    // The Full HD slide, twice as sharp.
    QTest::newRow("4k") << "4k" << QSize(3840, 2160) << 192 << QSizeF(1920, 1080) << QSizeF(1440, 810);
    QTest::newRow("4x3") << "4x3" << QSize(1600, 1200) << 96 << QSizeF(1600, 1200) << QSizeF(1200, 900);
    QTest::newRow("a4") << "a4" << QSize(3508, 2480) << 300 << QSizeF(3508 / 3.125, 2480 / 3.125)
                        << QSizeF(297 * 72 / 25.4, 210 * 72 / 25.4);
    QTest::newRow("letter") << "letter" << QSize(3300, 2550) << 300 << QSizeF(1056, 816) << QSizeF(792, 612);
}

void TestExportPreset::presets()
{
    QFETCH(QString, name);
    QFETCH(QSize, pixels);
    QFETCH(int, dpi);
    QFETCH(QSizeF, layout);
    QFETCH(QSizeF, points);
    const std::optional<ExportPreset> preset = ExportPresets::find(name);
    QVERIFY(preset);
    QCOMPARE(preset->pixels, pixels);
    QCOMPARE(preset->dpi, dpi);
    QCOMPARE(preset->layoutSize(), layout);
    QVERIFY2(qAbs(preset->pagePoints().width() - points.width()) < 0.01
            && qAbs(preset->pagePoints().height() - points.height()) < 0.01,
        qPrintable(QStringLiteral("%1 x %2").arg(preset->pagePoints().width()).arg(preset->pagePoints().height())));
    QVERIFY(!preset->label().isEmpty());
}

void TestExportPreset::atDpi_paperGetsPixels_screenGetsScale()
{
    const ExportPreset a4 = ExportPresets::find(QStringLiteral("a4"))->atDpi(150);
    QCOMPARE(a4.pixels, QSize(1754, 1240));
    QCOMPARE(a4.paperMillimetres, QSizeF(297, 210));
    const ExportPreset slide = ExportPresets::standard().atDpi(192);
    QCOMPARE(slide.pixels, QSize(1920, 1080));
    QCOMPARE(slide.layoutSize(), QSizeF(960, 540));
    QCOMPARE(ExportPresets::custom(QSize(800, 600)).dpi, 96);
    QCOMPARE(ExportPresets::find(QStringLiteral("poster")), std::nullopt);
}

void TestExportPreset::parseDpi_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 0: refused
    QTest::newRow("screen") << "96" << 96;
    QTest::newRow("print") << " 300 " << 300;
    QTest::newRow("lowest") << "24" << 24;
    QTest::newRow("highest") << "2400" << 2400;
    QTest::newRow("too low") << "23" << 0;
    QTest::newRow("too high") << "2401" << 0;
    QTest::newRow("fraction") << "96.5" << 0;
    QTest::newRow("negative") << "-96" << 0;
    QTest::newRow("unit") << "300dpi" << 0;
    QTest::newRow("huge") << "99999999999" << 0;
    QTest::newRow("empty") << "" << 0;
}

void TestExportPreset::parseDpi()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(ExportPresets::parseDpi(text).value_or(0), expected);
}

void TestExportPreset::expectation_namesEveryPreset()
{
    QCOMPARE(ExportPresets::expectation(), QStringLiteral("slide-1080, slide-720, 4k, 4x3, a4 or letter"));
}

QTEST_GUILESS_MAIN(TestExportPreset)
#include "tst_exportpreset.moc"
