// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importroundtrip.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Replays the fuzzers' regression corpus (tests/fuzz/corpus/{csv,json}: seeds and minimized crashers) through the
// same function the fuzz targets call, so that a fixed crash stays fixed in every build, fuzzing or not.
class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_isNotEmpty();
    void replay_keepsEveryPromise_data();
    void replay_keepsEveryPromise();
};

void TestFuzzCorpus::corpus_isNotEmpty()
{
    const QDir corpus(QStringLiteral(CASELINE_FUZZ_CORPUS));
    QVERIFY(QDir(corpus.filePath(QStringLiteral("csv"))).entryList(QDir::Files).size() >= 5);
    QVERIFY(QDir(corpus.filePath(QStringLiteral("json"))).entryList(QDir::Files).size() >= 5);
}

void TestFuzzCorpus::replay_keepsEveryPromise_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fileName");

    const QDir corpus(QStringLiteral(CASELINE_FUZZ_CORPUS));
    for (const char *format : { "csv", "json" }) {
        const QDir dir(corpus.filePath(QString::fromLatin1(format)));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            // The name the fuzz target passes, so that the format is chosen the same way.
            QTest::addRow("%s/%s", format, qPrintable(name))
                << dir.filePath(name) << QStringLiteral("fuzz.") + QString::fromLatin1(format);
        }
    }
}

void TestFuzzCorpus::replay_keepsEveryPromise()
{
    QFETCH(QString, path);
    QFETCH(QString, fileName);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString failure;
    QVERIFY2(ImportRoundTrip::check(fileName, file.readAll(), &failure), qPrintable(failure));
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
