// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "caserepository.h"
#include "decisionjson.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

namespace {

const QString Worker = QString::fromLocal8Bit(CASELINE_IMPORTWORKER);

// Thousands of new decisions with many child rows: big enough that the transaction spills pages to the WAL long
// before it commits.
QByteArray largeImport(int count)
{
    QList<Decision> decisions;
    const QString padding(400, QLatin1Char('x'));
    for (int i = 0; i < count; ++i) {
        Decision d;
        d.id = QStringLiteral("gen-%1").arg(i);
        d.country = i % 2 ? QStringLiteral("FR") : QStringLiteral("DE");
        d.jurisdictionName = QStringLiteral("Generated");
        d.authority = QStringLiteral("Authority %1").arg(i % 50);
        d.decisionType = QStringLiteral("fine");
        d.decisionDate = QDate(2020, 1, 1).addDays(i % 2000);
        d.amount = Money { qint64(i) * 100, QStringLiteral("EUR") };
        d.facts = { padding, padding, padding };
        d.sources = { Source { QStringLiteral("https://example.org/%1").arg(i), padding, {}, {}, {} } };
        if (i > 0)
            d.relatedTo = { QStringLiteral("gen-%1").arg(i - 1) };
        decisions.append(d);
    }
    return DecisionJson::toDocument(decisions);
}

QByteArray snapshot(const QString &path, const QString &connection, bool *recovered, QString *integrity)
{
    CaseDatabase database(connection);
    if (!database.open(path))
        return "cannot open: " + database.errorString().toUtf8();
    *recovered = database.wasRecovered();
    QSqlQuery check(database.connection());
    if (check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next())
        *integrity = check.value(0).toString();
    return DecisionJson::toDocument(CaseRepository(database.connection()).decisions());
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestImportKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workerImportsWhenNotKilled();
    void killHalfWay_leavesDatabaseIntactAndUnchanged();
};

void TestImportKill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo::exists(Worker), qPrintable(Worker));
}

// Without this, the kill test could pass because the worker never wrote anything.
void TestImportKill::workerImportsWhenNotKilled()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("caseline.sqlite"));
    const QString file = dir.filePath(QStringLiteral("small.json"));
    QVERIFY(writeFile(file, largeImport(20)));
    bool recovered = false;
    QString integrity;
    const QByteArray before = snapshot(db, QStringLiteral("kill-a"), &recovered, &integrity);

    QProcess worker;
    worker.start(Worker, { db, file });
    QVERIFY(worker.waitForFinished(60000));
    QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
    QCOMPARE(worker.exitCode(), 0);
    QVERIFY(worker.readAllStandardOutput().contains("done"));

    const QByteArray after = snapshot(db, QStringLiteral("kill-b"), &recovered, &integrity);
    QVERIFY(!recovered); // the worker closed the file cleanly
    QCOMPARE(integrity, QStringLiteral("ok"));
    QVERIFY(after != before);
    QVERIFY(after.contains("\"gen-19\""));
}

void TestImportKill::killHalfWay_leavesDatabaseIntactAndUnchanged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("caseline.sqlite"));
    const QString file = dir.filePath(QStringLiteral("large.json"));
    QVERIFY(writeFile(file, largeImport(4000)));
    bool recovered = true;
    QString integrity;
    const QByteArray before = snapshot(db, QStringLiteral("kill-c"), &recovered, &integrity);
    QVERIFY(before.startsWith('['));
    QVERIFY(!recovered);

    QProcess worker;
    worker.start(Worker, { db, file });
    QVERIFY(worker.waitForStarted());
    QByteArray output;
    while (!output.contains("applying") && worker.state() == QProcess::Running) {
        worker.waitForReadyRead(100);
        output += worker.readAllStandardOutput();
    }
    QVERIFY2(output.contains("applying"), worker.readAllStandardError().constData());

    // Pages of the open transaction reach the WAL once SQLite's cache is full: from then on the kill is certainly
    // in the middle of the write.
    const QString wal = db + QStringLiteral("-wal");
    const qint64 walAtStart = QFileInfo(wal).size();
    QElapsedTimer timer;
    timer.start();
    while (worker.state() == QProcess::Running && QFileInfo(wal).size() < walAtStart + 3 * 1024 * 1024
        && timer.elapsed() < 120000)
        QTest::qWait(2);
    QVERIFY2(worker.state() == QProcess::Running, "the import finished before it could be killed: make it larger");
    const qint64 walAtKill = QFileInfo(wal).size();
    worker.kill(); // SIGKILL on Unix
    QVERIFY(worker.waitForFinished(10000));
    QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
    output += worker.readAllStandardOutput();
    QVERIFY(!output.contains("done"));
    QVERIFY2(walAtKill > walAtStart, "nothing was being written when the worker was killed");

    const QByteArray after = snapshot(db, QStringLiteral("kill-d"), &recovered, &integrity);
    QVERIFY2(after.startsWith('['), after.constData());
    QVERIFY(recovered); // the worker never closed the file: caseline ran the full check
    QCOMPARE(integrity, QStringLiteral("ok"));
    QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_importkill.moc"
