// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "fixtures.h"
#include "timelineitems.h"
#include "imageexporter.h"
#include "theme.h"
#include "timelinerenderer.h"
#include "viewstate.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct PixelStats
{
    int distinctColours = 0;
    double foregroundShare = 0; // pixels that differ from the background
};

PixelStats pixelStats(const QImage &image, const QColor &background)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colours;
    qint64 foreground = 0;
    const QRgb bg = background.rgb();
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            colours.insert(line[x]);
            if (line[x] != bg)
                ++foreground;
        }
    }
    return { int(colours.size()), double(foreground) / (qint64(rgb.width()) * rgb.height()) };
}

} // namespace

class TestTimelineExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void toImage_hasRequestedSizeAndIsNotBlank_data();
    void toImage_hasRequestedSizeAndIsNotBlank();
    void toImage_showsOneLanePerCountry();
    void toImage_emptyDataStillDrawsAxisAndMessage();
    void exportToFile_writesNonEmptyFiles_data();
    void exportToFile_writesNonEmptyFiles();
    void renderTitle_namesTheTimeline();

private:
    BundledData m_data;
    ViewState m_state;
    DecisionModel m_model;
    DecisionFilterProxy m_proxy { &m_state };
    TimelineRenderer m_renderer;
};

void TestTimelineExport::initTestCase()
{
    m_data = Fixtures::bundled();
    m_proxy.setSourceModel(&m_model);
    m_model.setDecisions(m_data.decisions);
    m_renderer.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_renderer.setToday(QDate(2026, 3, 1));
    m_renderer.setItems(TimelineItems::fromModel(&m_proxy, m_state.dateBasis()));
    QCOMPARE(m_renderer.layout().itemCount(), int(m_data.decisions.size()));
}

void TestTimelineExport::toImage_hasRequestedSizeAndIsNotBlank_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("theme");
    for (const QSize &size : { QSize(1920, 1080), QSize(1280, 720) }) {
        for (const QString &theme : Theme::names())
            QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(theme)) << size << theme;
    }
}

void TestTimelineExport::toImage_hasRequestedSizeAndIsNotBlank()
{
    QFETCH(QSize, size);
    QFETCH(QString, theme);
    const Theme t = Theme::named(theme);
    const QImage image = ImageExporter::toImage(m_renderer, size, t);
    QCOMPARE(image.size(), size);
    const PixelStats stats = pixelStats(image, t.background);
    // Markers in eight colours, flags, antialiased text: a drawn timeline has hundreds of colours.
    QVERIFY2(stats.distinctColours > 200, qPrintable(QString::number(stats.distinctColours)));
    QVERIFY2(stats.foregroundShare > 0.05, qPrintable(QString::number(stats.foregroundShare)));
    QVERIFY2(stats.foregroundShare < 0.9, qPrintable(QString::number(stats.foregroundShare)));

    const QString snapshots = qEnvironmentVariable("CASELINE_TIMELINE_SNAPSHOTS");
    if (!snapshots.isEmpty())
        image.save(
            QStringLiteral("%1/timeline-%2x%3-%4.png").arg(snapshots).arg(size.width()).arg(size.height()).arg(theme));
}

void TestTimelineExport::toImage_showsOneLanePerCountry()
{
    QSet<QString> countries;
    for (const Decision &d : std::as_const(m_data.decisions))
        countries.insert(d.country);
    QCOMPARE(m_renderer.layout().laneCount(), int(countries.size()));
    const TimelineRenderer::Geometry g
        = m_renderer.geometry(QRectF(0, 0, 1280, 720), Theme::named(QStringLiteral("light")));
    // Every lane fits inside the image, above the legend.
    QVERIFY(g.plot.bottom() <= g.legend.top());
    QVERIFY(g.legend.bottom() <= 720);
    QVERIFY(g.laneHeight >= g.fontPixels);
}

void TestTimelineExport::toImage_emptyDataStillDrawsAxisAndMessage()
{
    TimelineRenderer empty;
    const Theme t = Theme::named(QStringLiteral("light"));
    const QImage image = ImageExporter::toImage(empty, QSize(1280, 720), t);
    QCOMPARE(image.size(), QSize(1280, 720));
    const PixelStats stats = pixelStats(image, t.background);
    QVERIFY(stats.distinctColours > 10);
    QVERIFY(stats.foregroundShare > 0.001);
}

void TestTimelineExport::exportToFile_writesNonEmptyFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("magic");
    QTest::addRow("PNG") << QStringLiteral("timeline.png") << QByteArray("\x89PNG");
    QTest::addRow("SVG") << QStringLiteral("timeline.svg") << QByteArray("<?xml");
    QTest::addRow("PDF") << QStringLiteral("timeline.pdf") << QByteArray("%PDF");
}

void TestTimelineExport::exportToFile_writesNonEmptyFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    const OutputFile::Result written
        = ImageExporter::exportToFile(m_renderer, path, QSize(1920, 1080), Theme::named(QStringLiteral("light")));
    QVERIFY2(written.ok(), qPrintable(written.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(content.size() > 10000, qPrintable(QString::number(content.size())));
    QVERIFY(content.startsWith(magic));
    if (fileName.endsWith(QLatin1String(".svg"))) {
        // Vector output: the lane names are text, the title is in the metadata.
        QVERIFY(content.contains("France"));
        QVERIFY(content.contains("caseline timeline"));
    }
    if (fileName.endsWith(QLatin1String(".png"))) {
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1920, 1080));
    }
    const QString snapshots = qEnvironmentVariable("CASELINE_TIMELINE_SNAPSHOTS");
    if (!snapshots.isEmpty()) {
        QFile::remove(snapshots + QLatin1Char('/') + fileName);
        QVERIFY(QFile::copy(path, snapshots + QLatin1Char('/') + fileName));
    }
}

void TestTimelineExport::renderTitle_namesTheTimeline()
{
    TimelineRenderer renderer;
    QCOMPARE(renderer.renderTitle(), QStringLiteral("caseline timeline"));
    renderer.setTitle(QStringLiteral("Clearview AI: enforcement"));
    QCOMPARE(renderer.renderTitle(), QStringLiteral("Clearview AI: enforcement"));
}

QTEST_MAIN(TestTimelineExport)
#include "tst_timelineexport.moc"
