// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselineprocess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// `caseline export VIEW -o FILE`: the real executable, without a display, into a temporary folder.
class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void png_hasTheRequestedSize_andIsNotBlank_data();
    void png_hasTheRequestedSize_andIsNotBlank();
    void svgAndPdf_areWritten_data();
    void svgAndPdf_areWritten();
    void badUsage_exitsWith2_andWritesNothing_data();
    void badUsage_exitsWith2_andWritesNothing();
    void unwritableTarget_fails_andLeavesNoPartialFile();
    void filtersAndDateBasis_changeTheImage();

private:
    int run(const QStringList &arguments, QByteArray *errors = nullptr);

    QTemporaryDir m_dir;
};

void TestExportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

int TestExportCommand::run(const QStringList &arguments, QByteArray *errors)
{
    const CaselineProcess::Result result = CaselineProcess(m_dir.path())
        .run(QStringList { QStringLiteral("--database"), m_dir.filePath(QStringLiteral("cases.sqlite")) } + arguments);
    if (errors)
        *errors = result.err;
    return result.exitCode;
}

void TestExportCommand::png_hasTheRequestedSize_andIsNotBlank_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("timeline full HD light") << "timeline" << "1920x1080" << "light" << QSize(1920, 1080);
    QTest::newRow("timeline 720p projector") << "timeline" << "1280x720" << "projector" << QSize(1280, 720);
    QTest::newRow("cumulative full HD dark") << "cumulative" << "1920x1080" << "dark" << QSize(1920, 1080);
    QTest::newRow("countries 720p light") << "countries" << "1280x720" << "light" << QSize(1280, 720);
}

void TestExportCommand::png_hasTheRequestedSize_andIsNotBlank()
{
    QFETCH(QString, view);
    QFETCH(QString, size);
    QFETCH(QString, theme);
    QFETCH(QSize, expected);
    const QString file = m_dir.filePath(QStringLiteral("%1-%2-%3.png").arg(view, size, theme));
    QByteArray errors;
    QCOMPARE(run({QStringLiteral("export"), view, QStringLiteral("-o"), file, QStringLiteral("--size"), size,
                 QStringLiteral("--theme"), theme},
                 &errors),
        0);
    const QImage image(file);
    QVERIFY2(!image.isNull(), errors.constData());
    QCOMPARE(image.size(), expected);
    // Not blank: a real chart has many colours (text anti-aliasing, markers, lines).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
}

void TestExportCommand::svgAndPdf_areWritten_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("timeline svg") << "timeline" << "svg" << QByteArray("<?xml");
    QTest::newRow("timeline pdf") << "timeline" << "pdf" << QByteArray("%PDF");
    QTest::newRow("cumulative svg") << "cumulative" << "svg" << QByteArray("<?xml");
    QTest::newRow("countries pdf") << "countries" << "pdf" << QByteArray("%PDF");
}

void TestExportCommand::svgAndPdf_areWritten()
{
    QFETCH(QString, view);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    const QString file = m_dir.filePath(view + QLatin1Char('.') + suffix);
    QCOMPARE(run({QStringLiteral("export"), view, QStringLiteral("-o"), file}), 0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.startsWith(magic));
    QVERIFY(bytes.size() > 2000);
}

void TestExportCommand::badUsage_exitsWith2_andWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = m_dir.filePath(QStringLiteral("never.png"));
    QTest::newRow("no view") << QStringList{QStringLiteral("export"), QStringLiteral("-o"), out};
    QTest::newRow("unknown view") << QStringList{QStringLiteral("export"), QStringLiteral("pie"), QStringLiteral("-o"), out};
    QTest::newRow("no output") << QStringList{QStringLiteral("export"), QStringLiteral("timeline")};
    QTest::newRow("unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("timeline"),
        QStringLiteral("-o"), m_dir.filePath(QStringLiteral("never.gif"))};
    QTest::newRow("bad size") << QStringList{QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"),
        out, QStringLiteral("--size"), QStringLiteral("10x99999")};
    QTest::newRow("bad theme") << QStringList{QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"),
        out, QStringLiteral("--theme"), QStringLiteral("neon")};
    QTest::newRow("bad date basis") << QStringList{QStringLiteral("export"), QStringLiteral("timeline"),
        QStringLiteral("-o"), out, QStringLiteral("--date-basis"), QStringLiteral("signed")};
    QTest::newRow("two views") << QStringList{QStringLiteral("export"), QStringLiteral("timeline"),
        QStringLiteral("cumulative"), QStringLiteral("-o"), out};
}

void TestExportCommand::badUsage_exitsWith2_andWritesNothing()
{
    QFETCH(QStringList, arguments);
    QByteArray errors;
    QCOMPARE(run(arguments, &errors), 2);
    QVERIFY(!errors.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.png"))));
}

void TestExportCommand::unwritableTarget_fails_andLeavesNoPartialFile()
{
    const QString missingFolder = m_dir.filePath(QStringLiteral("no/such/folder/out.png"));
    QByteArray errors;
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), missingFolder}, &errors), 1);
    QVERIFY(errors.contains("out.png"));
    QVERIFY(!QFile::exists(missingFolder));
}

void TestExportCommand::filtersAndDateBasis_changeTheImage()
{
    const QString all = m_dir.filePath(QStringLiteral("all.png"));
    const QString france = m_dir.filePath(QStringLiteral("france.png"));
    const QString announced = m_dir.filePath(QStringLiteral("announced.png"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), all}), 0);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), france,
                 QStringLiteral("--country"), QStringLiteral("FR")}),
        0);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), announced,
                 QStringLiteral("--date-basis"), QStringLiteral("announced")}),
        0);
    const QImage a(all);
    QVERIFY(a != QImage(france));
    QVERIFY(a != QImage(announced));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
