// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "citation.h"
#include "exportframe.h"
#include "exportpreset.h"
#include "fixtures.h"
#include "imageexporter.h"
#include "renderablecolumn.h"
#include "theme.h"
#include "timelineitem.h"
#include "timelinerenderer.h"

#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A view that fills what it is given and writes a word in it: enough to see where the frame puts it.
class Block final : public Renderable
{
public:
    void render(QPainter *painter, const QRectF &target, const Theme &theme) const override
    {
        painter->fillRect(target, theme.accent);
        painter->setPen(theme.text);
        painter->drawText(target, Qt::AlignCenter, QStringLiteral("Inside"));
        last = target;
    }
    QString renderTitle() const override { return QStringLiteral("a block"); }
    mutable QRectF last;
};

ExportFrame::Text allText()
{
    return { QStringLiteral("Decisions against Clearview AI"), QStringLiteral("43 decisions in 13 countries"),
        Citation::text({ QStringLiteral("0123456789abcdef"), QDate(2026, 2, 18) }, 43, DateBasis::Adopted, {}) };
}

// The page size of a PDF written by Qt, in points, from its first MediaBox.
QSizeF mediaBox(const QByteArray &pdf)
{
    static const QRegularExpression box(QStringLiteral("/MediaBox \\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
    const QRegularExpressionMatch match = box.match(QString::fromLatin1(pdf));
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
}

} // namespace

// The frame of an exported figure (title, subtitle, citation) and the canvases, formats and fonts of ImageExporter.
class TestExportFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frame_givesTheViewWhatTheTextLeaves();
    void frame_withoutText_givesTheViewNearlyEverything();
    void frame_typeGrowsWithTheCanvas();
    void png_hasThePresetsPixelsAndDpi_data();
    void png_hasThePresetsPixelsAndDpi();
    void pdf_pageIsThePresetsPage_data();
    void pdf_pageIsThePresetsPage();
    void svg_namesSansFamiliesEndingInSansSerif();
    void svg_carriesTheTitleAndTheCitationAsText();
    void transparent_leavesTheBackgroundOut();
    void transparentPdf_isRefused();
    void column_givesEachPartItsShare();
    void snapshots();
};

void TestExportFrame::frame_givesTheViewWhatTheTextLeaves()
{
    Block block;
    const ExportFrame frame(block, allText());
    const QRectF target(0, 0, 1920, 1080);
    const Theme t = Theme::named(QStringLiteral("light"));
    const QRectF content = frame.contentRect(target, t);
    QVERIFY(target.contains(content));
    // Room for a title, a subtitle and a footer, and still most of the slide for the figure.
    QVERIFY2(content.top() > 1080 * 0.08, qPrintable(QString::number(content.top())));
    QVERIFY2(content.bottom() < 1080 * 0.97, qPrintable(QString::number(content.bottom())));
    QVERIFY2(content.height() > 1080 * 0.7, qPrintable(QString::number(content.height())));
    ImageExporter::toImage(frame, ExportPresets::standard(), t);
    QCOMPARE(block.last, content);
    QCOMPARE(frame.renderTitle(), QStringLiteral("Decisions against Clearview AI"));
}

void TestExportFrame::frame_withoutText_givesTheViewNearlyEverything()
{
    Block block;
    const ExportFrame frame(block, {});
    const QRectF target(0, 0, 1280, 720);
    const QRectF content = frame.contentRect(target, Theme::named(QStringLiteral("light")));
    QCOMPARE(content.top(), 0.0);
    QCOMPARE(content.bottom(), 720.0);
    QVERIFY(content.width() > 1280 * 0.95);
    QCOMPARE(frame.renderTitle(), QStringLiteral("a block"));
}

void TestExportFrame::frame_typeGrowsWithTheCanvas()
{
    Block block;
    const ExportFrame frame(block, allText());
    const Theme t = Theme::named(QStringLiteral("light"));
    const double small = frame.contentRect(QRectF(0, 0, 1280, 720), t).top();
    const double large = frame.contentRect(QRectF(0, 0, 1920, 1080), t).top();
    // The header takes the same share of the slide at either size.
    QVERIFY2(qAbs(small / 720 - large / 1080) < 0.01, qPrintable(QStringLiteral("%1 %2").arg(small).arg(large)));
}

void TestExportFrame::png_hasThePresetsPixelsAndDpi_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<int>("dpi");
    QTest::newRow("slide-1080") << "slide-1080" << QSize(1920, 1080) << 96;
    QTest::newRow("4k") << "4k" << QSize(3840, 2160) << 192;
    QTest::newRow("a4") << "a4" << QSize(3508, 2480) << 300;
}

void TestExportFrame::png_hasThePresetsPixelsAndDpi()
{
    QFETCH(QString, preset);
    QFETCH(QSize, pixels);
    QFETCH(int, dpi);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.png"));
    Block block;
    const OutputFile::Result written = ImageExporter::exportToFile(ExportFrame(block, allText()), path,
        *ExportPresets::find(preset), Theme::named(QStringLiteral("light")));
    QVERIFY2(written.ok(), qPrintable(written.error));
    const QImage image(path);
    QCOMPARE(image.size(), pixels);
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
}

void TestExportFrame::pdf_pageIsThePresetsPage_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QSizeF>("points");
    QTest::newRow("a4 landscape") << "a4" << QSizeF(841.89, 595.28);
    QTest::newRow("letter landscape") << "letter" << QSizeF(792, 612);
    QTest::newRow("slide-1080 at 96 dpi") << "slide-1080" << QSizeF(1440, 810);
}

void TestExportFrame::pdf_pageIsThePresetsPage()
{
    QFETCH(QString, preset);
    QFETCH(QSizeF, points);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.pdf"));
    Block block;
    const OutputFile::Result written = ImageExporter::exportToFile(ExportFrame(block, allText()), path,
        *ExportPresets::find(preset), Theme::named(QStringLiteral("light")));
    QVERIFY2(written.ok(), qPrintable(written.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QSizeF page = mediaBox(file.readAll());
    QVERIFY2(qAbs(page.width() - points.width()) < 1 && qAbs(page.height() - points.height()) < 1,
        qPrintable(QStringLiteral("%1 x %2").arg(page.width()).arg(page.height())));
}

void TestExportFrame::svg_namesSansFamiliesEndingInSansSerif()
{
    Block block;
    const QString svg = QString::fromUtf8(ImageExporter::toSvg(
        ExportFrame(block, allText()), ExportPresets::standard(), Theme::named(QStringLiteral("light"))));
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    int count = 0;
    for (QRegularExpressionMatchIterator it = family.globalMatch(svg); it.hasNext();) {
        const QString families = it.next().captured(1);
        ++count;
        // A reader without the first font falls back to a sans font, never to its default serif.
        QVERIFY2(families.endsWith(QLatin1String(", sans-serif")), qPrintable(families));
        QVERIFY2(families.contains(QLatin1String("DejaVu Sans")), qPrintable(families));
        QVERIFY2(!families.contains(QLatin1String("Sans Serif")), qPrintable(families));
    }
    QVERIFY(count > 0);
    QCOMPARE(ImageExporter::svgFontFamilies(QStringLiteral("Noto Sans")),
        QStringLiteral("Noto Sans, DejaVu Sans, Liberation Sans, Arial, sans-serif"));
}

void TestExportFrame::svg_carriesTheTitleAndTheCitationAsText()
{
    Block block;
    const QByteArray svg = ImageExporter::toSvg(
        ExportFrame(block, allText()), ExportPresets::standard(), Theme::named(QStringLiteral("light")));
    QVERIFY(svg.contains("Decisions against Clearview AI"));
    QVERIFY(svg.contains("43 decisions in 13 countries"));
    QVERIFY(svg.contains("0123456789abcdef"));
    // The page is the canvas at its dpi: a Full HD slide at 96 dpi is 508 mm wide.
    QVERIFY(svg.contains("width=\"508mm\""));
}

void TestExportFrame::transparent_leavesTheBackgroundOut()
{
    Block block;
    const ExportFrame frame(block, allText());
    const ExportPreset canvas = ExportPresets::find(QStringLiteral("slide-720")).value();
    const Theme t = Theme::named(QStringLiteral("dark"));
    const QImage clear = ImageExporter::toImage(frame, canvas, t, ImageExporter::Background::Transparent);
    QCOMPARE(qAlpha(clear.pixel(1, 1)), 0);
    QCOMPARE(qAlpha(clear.pixel(640, 360)), 255); // the view's own fill
    const QImage opaque = ImageExporter::toImage(frame, canvas, t);
    QCOMPARE(opaque.pixelColor(1, 1), t.background);
}

void TestExportFrame::transparentPdf_isRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.pdf"));
    Block block;
    const OutputFile::Result written = ImageExporter::exportToFile(block, path, ExportPresets::standard(),
        Theme::named(QStringLiteral("light")), ImageExporter::Background::Transparent);
    QCOMPARE(written.status, OutputFile::Status::Refused);
    QVERIFY(written.error.contains(QLatin1String("transparent")));
    QVERIFY(!QFile::exists(path));
}

void TestExportFrame::column_givesEachPartItsShare()
{
    Block top;
    Block bottom;
    RenderableColumn column(QStringLiteral("two blocks"));
    column.add(top, 0.6);
    column.add(bottom, 0.4);
    ImageExporter::toImage(column, QSize(1000, 500), Theme::named(QStringLiteral("light")));
    QCOMPARE(top.last, QRectF(0, 0, 1000, 300));
    QCOMPARE(bottom.last, QRectF(0, 300, 1000, 200));
    QCOMPARE(column.renderTitle(), QStringLiteral("two blocks"));
}

void TestExportFrame::snapshots()
{
    // CASELINE_EXPORT_SNAPSHOTS=/some/folder writes framed timelines to look at; the test itself checks nothing.
    const QString folder = qEnvironmentVariable("CASELINE_EXPORT_SNAPSHOTS");
    if (folder.isEmpty())
        QSKIP("set CASELINE_EXPORT_SNAPSHOTS to a folder to write snapshots");
    TimelineRenderer timeline;
    timeline.setPurpose(TimelineRenderer::Purpose::Export);
    timeline.setItems(TimelineItem::fromDecisions(Fixtures::bundled().decisions, DateBasis::Adopted));
    const ExportFrame frame(timeline, allText());
    for (const QString &preset : { QStringLiteral("slide-720"), QStringLiteral("slide-1080") }) {
        for (const QString &theme : Theme::names()) {
            ImageExporter::toImage(frame, *ExportPresets::find(preset), Theme::named(theme))
                .save(QStringLiteral("%1/frame-%2-%3.png").arg(folder, preset, theme));
        }
    }
    QList<Decision> franceItaly;
    for (const Decision &d : Fixtures::bundled().decisions) {
        if (d.country == QLatin1String("FR") || d.country == QLatin1String("IT"))
            franceItaly.append(d);
    }
    TimelineRenderer filtered;
    filtered.setPurpose(TimelineRenderer::Purpose::Export);
    filtered.setItems(TimelineItem::fromDecisions(franceItaly, DateBasis::Adopted));
    ImageExporter::toImage(ExportFrame(filtered, allText()), ExportPresets::standard(), Theme::named(QStringLiteral("light")))
        .save(QStringLiteral("%1/frame-fr-it.png").arg(folder));
}

QTEST_MAIN(TestExportFrame)
#include "tst_exportframe.moc"
