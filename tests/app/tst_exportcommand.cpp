// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselineprocess.h"
#include "citation.h"
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The page size of a PDF written by Qt, in points, from its first MediaBox.
QSizeF mediaBox(const QByteArray &pdf)
{
    static const QRegularExpression box(QStringLiteral("/MediaBox \\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
    const QRegularExpressionMatch match = box.match(QString::fromLatin1(pdf));
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
}

// How many bundled decisions `filter` keeps on the adopted basis: what a fresh database holds.
int bundledMatching(const DecisionFilter &filter, DateBasis basis = DateBasis::Adopted)
{
    int count = 0;
    for (const Decision &d : Fixtures::bundled().decisions)
        count += filter.matches(d, basis) ? 1 : 0;
    return count;
}

} // namespace

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
    void presets_giveExactPixels_data();
    void presets_giveExactPixels();
    void presets_giveThePdfPage_data();
    void presets_giveThePdfPage();
    void dpi_isRecordedInThePng();
    void fromTo_limitTheDecisions_andAreCited();
    void cumulativeRange_startsFromEarlierSteps_data();
    void cumulativeRange_startsFromEarlierSteps();
    void noMatchingDecision_exits1_andWritesNothing();
    void citationFile_isTheExactCitation();
    void titleAndCitation_areTextInTheSvg_andOptional();
    void transparent_leavesTheCornersClear();
    void dashboard_andDbSizeOverlay_areExported();
    void badExportOptions_exitWith2_andWriteNothing_data();
    void badExportOptions_exitWith2_andWriteNothing();

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

void TestExportCommand::presets_giveExactPixels_data()
{
    QTest::addColumn<QStringList>("canvas");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("slide-1080") << QStringList { QStringLiteral("--preset"), QStringLiteral("slide-1080") } << QSize(1920, 1080);
    QTest::newRow("slide-720") << QStringList { QStringLiteral("--preset"), QStringLiteral("slide-720") } << QSize(1280, 720);
    QTest::newRow("4k") << QStringList { QStringLiteral("--preset"), QStringLiteral("4k") } << QSize(3840, 2160);
    QTest::newRow("4x3") << QStringList { QStringLiteral("--preset"), QStringLiteral("4x3") } << QSize(1600, 1200);
    QTest::newRow("a4") << QStringList { QStringLiteral("--preset"), QStringLiteral("a4") } << QSize(3508, 2480);
    QTest::newRow("letter") << QStringList { QStringLiteral("--preset"), QStringLiteral("letter") } << QSize(3300, 2550);
    QTest::newRow("a4 at 150 dpi") << QStringList { QStringLiteral("--preset"), QStringLiteral("a4"), QStringLiteral("--dpi"),
        QStringLiteral("150") } << QSize(1754, 1240);
    QTest::newRow("custom") << QStringList { QStringLiteral("--size"), QStringLiteral("1000x500") } << QSize(1000, 500);
    QTest::newRow("no option: the Full HD slide") << QStringList() << QSize(1920, 1080);
}

void TestExportCommand::presets_giveExactPixels()
{
    QFETCH(QStringList, canvas);
    QFETCH(QSize, expected);
    const QString file = m_dir.filePath(QStringLiteral("preset-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    QByteArray errors;
    QCOMPARE(run(QStringList { QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), file } + canvas, &errors), 0);
    QCOMPARE(QImage(file).size(), expected);
}

void TestExportCommand::presets_giveThePdfPage_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QSizeF>("points");
    QTest::newRow("a4: A4 landscape") << "a4" << QSizeF(841.89, 595.28);
    QTest::newRow("letter: US Letter landscape") << "letter" << QSizeF(792, 612);
    QTest::newRow("slide-720 at 96 dpi") << "slide-720" << QSizeF(960, 540);
    QTest::newRow("4k: the Full HD slide's page") << "4k" << QSizeF(1440, 810);
}

void TestExportCommand::presets_giveThePdfPage()
{
    QFETCH(QString, preset);
    QFETCH(QSizeF, points);
    const QString file = m_dir.filePath(QStringLiteral("page-%1.pdf").arg(preset));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("cumulative"), QStringLiteral("-o"), file,
                 QStringLiteral("--preset"), preset }),
        0);
    const QSizeF page = mediaBox(contentOf(file));
    QVERIFY2(qAbs(page.width() - points.width()) < 1 && qAbs(page.height() - points.height()) < 1,
        qPrintable(QStringLiteral("%1 x %2").arg(page.width()).arg(page.height())));
}

void TestExportCommand::dpi_isRecordedInThePng()
{
    const QString file = m_dir.filePath(QStringLiteral("sharp.png"));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("countries"), QStringLiteral("-o"), file,
                 QStringLiteral("--size"), QStringLiteral("1600x900"), QStringLiteral("--dpi"), QStringLiteral("192") }),
        0);
    const QImage image(file);
    QCOMPARE(image.size(), QSize(1600, 900));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);
}

void TestExportCommand::fromTo_limitTheDecisions_andAreCited()
{
    const QString all = m_dir.filePath(QStringLiteral("range-all.png"));
    const QString range = m_dir.filePath(QStringLiteral("range-2021-2022.png"));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), all }), 0);
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), range,
                 QStringLiteral("--from"), QStringLiteral("2021-01-01"), QStringLiteral("--to"), QStringLiteral("2022-12-31") }),
        0);
    QVERIFY(QImage(all) != QImage(range));
    DecisionFilter filter;
    filter.from = QDate(2021, 1, 1);
    filter.to = QDate(2022, 12, 31);
    const int count = bundledMatching(filter);
    QVERIFY(count > 0 && count < Fixtures::bundled().decisions.size());
    const QByteArray cited = contentOf(Citation::fileNameFor(range));
    QVERIFY2(cited.contains(QStringLiteral(", %1 decisions;").arg(count).toUtf8()), cited.constData());
    QVERIFY2(cited.endsWith("filters: from 2021-01-01; to 2022-12-31\n"), cited.constData());
}

void TestExportCommand::cumulativeRange_startsFromEarlierSteps_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("totals");
    // 2023: the 2022 fines stand at the start; the UK fine leaves in October; the CNIL penalty is added in April.
    QTest::addRow("cumulative, 2023") << QStringLiteral("cumulative") << QStringLiteral("2023-01-01") << QStringLiteral("2023-12-31")
                          << QStringLiteral("€74.12m imposed · €65.2m standing · €0 collected");
    QTest::addRow("dashboard, 2023") << QStringLiteral("dashboard") << QStringLiteral("2023-01-01")
                                     << QStringLiteral("2023-12-31")
                                     << QStringLiteral("€74.12m imposed · €65.2m standing · €0 collected");
}

void TestExportCommand::cumulativeRange_startsFromEarlierSteps()
{
    QFETCH(QString, view);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, totals);
    const QString file = m_dir.filePath(QStringLiteral("range-%1-%2.svg").arg(view, from));
    QCOMPARE(run({ QStringLiteral("export"), view, QStringLiteral("-o"), file,
                 QStringLiteral("--from"), from, QStringLiteral("--to"), to }),
        0);
    // The headline printed on the chart, read from the SVG's text.
    // Spaces compared as spaces: the chart keeps amounts together with no-break spaces.
    QString svg = QString::fromUtf8(contentOf(file));
    svg.replace(QChar::Nbsp, QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    const qsizetype at = svg.indexOf(QStringLiteral("m imposed "));
    QVERIFY2(svg.contains(totals), qPrintable(svg.mid(qMax<qsizetype>(0, at - 40), 120)));
}

void TestExportCommand::noMatchingDecision_exits1_andWritesNothing()
{
    // Checked against the data: no formal notice was ever issued in Spain.
    DecisionFilter filter;
    filter.countries = { QStringLiteral("ES") };
    filter.types = { QStringLiteral("formal_notice") };
    QCOMPARE(bundledMatching(filter), 0);
    for (const QString &name : { QStringLiteral("nothing.png"), QStringLiteral("nothing.pdf") }) {
        const QString file = m_dir.filePath(name);
        QByteArray errors;
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("cumulative"), QStringLiteral("-o"), file,
                     QStringLiteral("--country"), QStringLiteral("ES"), QStringLiteral("--type"), QStringLiteral("formal_notice") },
                     &errors),
            1);
        QVERIFY2(errors.contains("caseline export: no decision matches the filters; nothing written\n"), errors.constData());
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(Citation::fileNameFor(file)));
    }
    // An earlier export of that name is left as it was.
    const QString earlier = m_dir.filePath(QStringLiteral("earlier.png"));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), earlier }), 0);
    const QByteArray before = contentOf(earlier);
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), earlier,
                 QStringLiteral("--from"), QStringLiteral("2030-01-01") }),
        1);
    QCOMPARE(contentOf(earlier), before);
}

void TestExportCommand::citationFile_isTheExactCitation()
{
    const QString file = m_dir.filePath(QStringLiteral("cited.svg"));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("countries"), QStringLiteral("-o"), file,
                 QStringLiteral("--country"), QStringLiteral("IT,FR"), QStringLiteral("--date-basis"), QStringLiteral("announced") }),
        0);
    DecisionFilter filter;
    filter.countries = { QStringLiteral("IT"), QStringLiteral("FR") };
    const QString expected = Citation::text(DatasetInfo::bundled(), bundledMatching(filter, DateBasis::Announced),
        DateBasis::Announced, filter);
    // FILE.txt ends with the citation, after the figure's description (its text alternative) and a blank line.
    const QString beside = QString::fromUtf8(contentOf(m_dir.filePath(QStringLiteral("cited.svg.txt"))));
    QVERIFY2(beside.endsWith(QStringLiteral("\n\n") + expected + QLatin1Char('\n')), qPrintable(beside));
    QVERIFY(beside.startsWith(QStringLiteral("Money was imposed in 2 ")));
    QVERIFY(expected.contains(QLatin1String("dates: announced; filters: country FR, IT")));
    // The footer of the figure says the same.
    QVERIFY(contentOf(file).contains(QStringLiteral("dates: announced; filters: country FR, IT").toUtf8()));
}

void TestExportCommand::titleAndCitation_areTextInTheSvg_andOptional()
{
    const auto exportSvg = [this](const QString &name, const QStringList &options) {
        const QString file = m_dir.filePath(name);
        QByteArray errors;
        const int code = run(QStringList { QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), file } + options, &errors);
        return code == 0 ? contentOf(file) : QByteArray("failed: ") + errors;
    };
    const QByteArray framed = exportSvg(QStringLiteral("framed.svg"), {});
    QVERIFY(framed.contains(">Decisions against Clearview AI<"));
    QVERIFY(framed.contains("Source: caseline dataset"));
    const QByteArray titled = exportSvg(QStringLiteral("titled.svg"),
        { QStringLiteral("--title"), QStringLiteral("Five years of enforcement"), QStringLiteral("--subtitle"),
            QStringLiteral("Lecture 3, privacy law") });
    QVERIFY(titled.contains(">Five years of enforcement<"));
    QVERIFY(titled.contains(">Lecture 3, privacy law<"));
    QVERIFY(!titled.contains(">Decisions against Clearview AI<"));
    const QByteArray bare = exportSvg(QStringLiteral("bare.svg"), { QStringLiteral("--no-title"), QStringLiteral("--no-citation") });
    QVERIFY(!bare.startsWith("failed"));
    QVERIFY(!bare.contains(">Decisions against Clearview AI<"));
    QVERIFY(!bare.contains("Source: caseline dataset"));
    // Without the footer, the citation still goes beside the figure, after its description.
    QVERIFY(contentOf(m_dir.filePath(QStringLiteral("bare.svg.txt"))).contains("\n\nSource: caseline dataset"));

    const QString plain = m_dir.filePath(QStringLiteral("untitled.png"));
    const QString withTitle = m_dir.filePath(QStringLiteral("withtitle.png"));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), plain, QStringLiteral("--no-title") }), 0);
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), withTitle }), 0);
    QVERIFY(QImage(plain) != QImage(withTitle));
}

void TestExportCommand::transparent_leavesTheCornersClear()
{
    const QString file = m_dir.filePath(QStringLiteral("clear.png"));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), file,
                 QStringLiteral("--transparent"), QStringLiteral("--theme"), QStringLiteral("dark") }),
        0);
    const QImage image(file);
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(image.width() - 1, image.height() - 1)), 0);
}

void TestExportCommand::dashboard_andDbSizeOverlay_areExported()
{
    const QString dashboard = m_dir.filePath(QStringLiteral("dashboard.png"));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("dashboard"), QStringLiteral("-o"), dashboard }), 0);
    QCOMPARE(QImage(dashboard).size(), QSize(1920, 1080));
    const QString plain = m_dir.filePath(QStringLiteral("cumulative-plain.png"));
    const QString overlay = m_dir.filePath(QStringLiteral("cumulative-overlay.png"));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("cumulative"), QStringLiteral("-o"), plain }), 0);
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("cumulative"), QStringLiteral("-o"), overlay,
                 QStringLiteral("--overlay"), QStringLiteral("db-size") }),
        0);
    QVERIFY(QImage(plain) != QImage(overlay));
}

void TestExportCommand::badExportOptions_exitWith2_andWriteNothing_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown preset") << QStringList { QStringLiteral("--preset"), QStringLiteral("poster") }
                                    << QByteArray("--preset: unknown preset 'poster' (expected slide-1080, slide-720, 4k, 4x3, a4 or letter)");
    QTest::newRow("size and preset") << QStringList { QStringLiteral("--preset"), QStringLiteral("a4"), QStringLiteral("--size"),
        QStringLiteral("800x600") } << QByteArray("--size and --preset: give one of them");
    QTest::newRow("dpi too low") << QStringList { QStringLiteral("--dpi"), QStringLiteral("5") }
                                 << QByteArray("--dpi: expected a whole number from 24 to 2400, not '5'");
    QTest::newRow("a4 too large at 2400 dpi") << QStringList { QStringLiteral("--preset"), QStringLiteral("a4"),
        QStringLiteral("--dpi"), QStringLiteral("2400") } << QByteArray("--dpi 2400: a4 would be 28063x19843 pixels");
    QTest::newRow("transparent PDF") << QStringList { QStringLiteral("-o"), m_dir.filePath(QStringLiteral("never.pdf")),
        QStringLiteral("--transparent") } << QByteArray("--transparent: a PDF page cannot be transparent");
    QTest::newRow("title and no title") << QStringList { QStringLiteral("--title"), QStringLiteral("X"), QStringLiteral("--no-title") }
                                        << QByteArray("--no-title: cannot be combined with --title or --subtitle");
    QTest::newRow("empty title") << QStringList { QStringLiteral("--title"), QStringLiteral(" ") }
                                 << QByteArray("--title: expected a text");
    QTest::newRow("unknown overlay") << QStringList { QStringLiteral("--overlay"), QStringLiteral("fines") }
                                     << QByteArray("--overlay: unknown overlay 'fines' (expected db-size)");
    QTest::newRow("overlay on the timeline") << QStringList { QStringLiteral("--overlay"), QStringLiteral("db-size") }
                                             << QByteArray("--overlay db-size: only the cumulative and dashboard views draw it");
}

void TestExportCommand::badExportOptions_exitWith2_andWriteNothing()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, message);
    const QString out = m_dir.filePath(QStringLiteral("never.png"));
    QStringList arguments { QStringLiteral("export"), QStringLiteral("timeline") };
    if (!options.contains(QStringLiteral("-o")))
        arguments << QStringLiteral("-o") << out;
    QByteArray errors;
    QCOMPARE(run(arguments + options, &errors), 2);
    QVERIFY2(errors.contains(message), errors.constData());
    for (const QString &name : { QStringLiteral("never.png"), QStringLiteral("never.pdf"), QStringLiteral("never.png.txt") })
        QVERIFY(!QFile::exists(m_dir.filePath(name)));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
