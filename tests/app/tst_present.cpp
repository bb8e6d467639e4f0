// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselineprocess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Example = QStringLiteral("Clearview AI before the regulators, 2020 to 2026");
} // namespace

class TestPresent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void screenshots_data();
    void screenshots();
    void refusals_data();
    void refusals();
    void scriptFile();
    void exportPresentation_data();
    void exportPresentation();

private:
    QString path(const QString &name) const { return QDir(m_dir->path()).filePath(name); }
    CaselineProcess::Result caseline(const QStringList &arguments) const
    {
        return CaselineProcess(m_dir->path()).run(QStringList{QStringLiteral("present"), QStringLiteral("--database"),
                                                      path(QStringLiteral("cases.sqlite"))}
            + arguments);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPresent::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPresent::screenshots_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QSize>("size");
    QTest::addRow("the filter's decisions, projector at 1280x720")
        << QStringList{QStringLiteral("--size"), QStringLiteral("1280x720")} << QSize(1280, 720);
    QTest::addRow("one country, step 2, 4K")
        << QStringList{QStringLiteral("--country"), QStringLiteral("FR"), QStringLiteral("--step"), QStringLiteral("2"),
               QStringLiteral("--size"), QStringLiteral("3840x2160")}
        << QSize(3840, 2160);
    QTest::addRow("the bundled script by name")
        << QStringList{QStringLiteral("--script"), Example, QStringLiteral("--step"), QStringLiteral("21")}
        << QSize(1920, 1080);
    QTest::addRow("presenter view")
        << QStringList{QStringLiteral("--script"), Example, QStringLiteral("--view"), QStringLiteral("presenter"),
               QStringLiteral("--size"), QStringLiteral("1280x720")}
        << QSize(1280, 720);
}

void TestPresent::screenshots()
{
    QFETCH(QStringList, arguments);
    QFETCH(QSize, size);
    const QString png = path(QStringLiteral("lecture.png"));
    const CaselineProcess::Result result = caseline(arguments + QStringList{QStringLiteral("--screenshot"), png});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QImage image(png);
    QCOMPARE(image.size(), size);
}

void TestPresent::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown script") << QStringList{QStringLiteral("--script"), QStringLiteral("No such lecture")} << 1
                                    << QStringLiteral("no lecture script named 'No such lecture' and no such file");
    QTest::addRow("step past the end") << QStringList{QStringLiteral("--script"), Example, QStringLiteral("--step"),
                                              QStringLiteral("99")}
                                       << 2 << QStringLiteral("--step: the lecture has 21 steps");
    QTest::addRow("step zero") << QStringList{QStringLiteral("--step"), QStringLiteral("0")} << 2
                               << QStringLiteral("--step: expected a step number from 1");
    QTest::addRow("no decision matches") << QStringList{QStringLiteral("--country"), QStringLiteral("JP")} << 1
                                         << QStringLiteral("no dated decision matches the filters; nothing to present");
    QTest::addRow("presenter view as SVG")
        << QStringList{QStringLiteral("--view"), QStringLiteral("presenter")} << 2
        << QStringLiteral("--view presenter: the presenter view is a window, drawn only to .png");
}

void TestPresent::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString out = path(QStringLiteral("lecture.svg"));
    const CaselineProcess::Result result = caseline(arguments + QStringList{QStringLiteral("--screenshot"), out});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    // A refused command writes nothing.
    QVERIFY(!QFile::exists(out));
}

void TestPresent::scriptFile()
{
    // A colleague's script: one step this database lacks is reported and left out, the rest is presented.
    const QString script = path(QStringLiteral("talk.json"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"caseline_lecture_script": 1, "name": "Talk", "steps": [
        {"title": "Hello", "notes": "n"},
        {"decision": "fr-cnil-2022-fine"},
        {"decision": "xx-not-here"}]})");
    file.close();
    const QString png = path(QStringLiteral("talk.png"));
    CaselineProcess::Result result = caseline(
        {QStringLiteral("--script"), script, QStringLiteral("--step"), QStringLiteral("2"), QStringLiteral("--screenshot"), png});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(QString::fromUtf8(result.err).contains(QStringLiteral("'xx-not-here'")));
    QVERIFY(QFile::exists(png));

    // A broken file is refused with its line.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"caseline_lecture_script\": 1,\n \"name\": \"Talk\",\n \"steps\": [{\"title\": 5}]}");
    file.close();
    result = caseline({QStringLiteral("--script"), script, QStringLiteral("--screenshot"), path(QStringLiteral("bad.png"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(QString::fromUtf8(result.err).contains(QStringLiteral("talk.json:3:")), result.err.constData());
    QVERIFY(!QFile::exists(path(QStringLiteral("bad.png"))));
}

void TestPresent::exportPresentation_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("pages"); // -1: refused with exit 2
    QTest::addRow("the bundled script") << QStringList{QStringLiteral("--script"), Example} << 1 + 21;
    QTest::addRow("with handout pages") << QStringList{QStringLiteral("--script"), Example, QStringLiteral("--notes")}
                                        << 1 + 2 * 21;
    QTest::addRow("France's decisions") << QStringList{QStringLiteral("--country"), QStringLiteral("FR")} << 1 + 3;
    QTest::addRow("a canvas option") << QStringList{QStringLiteral("--preset"), QStringLiteral("4k")} << -1;
}

void TestPresent::exportPresentation()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, pages);
    const QString deck = path(QStringLiteral("deck.pdf"));
    const CaselineProcess::Result result = CaselineProcess(m_dir->path()).run(
        QStringList{QStringLiteral("export"), QStringLiteral("presentation"), QStringLiteral("--database"),
            path(QStringLiteral("cases.sqlite")), QStringLiteral("-o"), deck}
        + arguments);
    if (pages < 0) {
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!QFile::exists(deck));
        return;
    }
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile pdf(deck);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QString text = QString::fromLatin1(pdf.readAll());
    QCOMPARE(int(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page\\b(?!s)")))), pages);
    // The citation is on every page and beside the deck, after the deck's text alternative.
    QFile citation(deck + QStringLiteral(".txt"));
    QVERIFY(citation.open(QIODevice::ReadOnly));
    const QByteArray beside = citation.readAll();
    QVERIFY2(beside.startsWith("The lecture ") && beside.contains("\n\nSource: caseline dataset "), beside.constData());
}

QTEST_GUILESS_MAIN(TestPresent)
#include "tst_present.moc"
