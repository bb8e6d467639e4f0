// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "caserepository.h"
#include "decisionjson.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

namespace {

const QString Worker = QString::fromLocal8Bit(CASELINE_IMPORTWORKER);

// Thousands of new decisions with many child rows: big enough that the transaction, with SQLite's memory kept small
// (the worker's --spill), writes pages into the file or its log long before it commits.
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

using TestFiles::readFile;
using TestFiles::writeFile;

} // namespace

class TestImportKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workerImportsWhenNotKilled();
    void killHalfWay_leavesDatabaseIntactAndUnchanged_data();
    void killHalfWay_leavesDatabaseIntactAndUnchanged();
    void killHalfWay_readOnlyFileIsRefusedUntilWritable();

private:
    void killImportHalfWay(const QString &db, bool otherConnection);
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

// Starts the worker on a large import into `db` and kills it once 3 MB of the open transaction's pages are in the
// file (or the log): certainly in the middle of the write.
void TestImportKill::killImportHalfWay(const QString &db, bool otherConnection)
{
    const QString file = QFileInfo(db).absolutePath() + QStringLiteral("/large.json");
    QVERIFY(writeFile(file, largeImport(4000)));
    const QString otherName = QStringLiteral("kill-other");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), otherName);
        other.setDatabaseName(db);
        QSqlQuery read(other);
        if (otherConnection)
            QVERIFY(other.open() && read.exec(QStringLiteral("SELECT count(*) FROM decisions")) && read.next());
    }
    const auto closeOther = qScopeGuard([&otherName] { QSqlDatabase::removeDatabase(otherName); });

    QProcess worker;
    worker.start(Worker, { db, file, QStringLiteral("--spill") });
    QVERIFY(worker.waitForStarted());
    QByteArray output;
    while (!output.contains("applying") && worker.state() == QProcess::Running) {
        worker.waitForReadyRead(100);
        output += worker.readAllStandardOutput();
    }
    QVERIFY2(output.contains("applying"), worker.readAllStandardError().constData());

    const QString written = otherConnection ? db + QStringLiteral("-wal") : db;
    const qint64 atStart = QFileInfo(written).size();
    QElapsedTimer timer;
    timer.start();
    while (worker.state() == QProcess::Running && QFileInfo(written).size() < atStart + 3 * 1024 * 1024
        && timer.elapsed() < 120000)
        QTest::qWait(2);
    QVERIFY2(worker.state() == QProcess::Running, "the import finished before it could be killed: make it larger");
    const qint64 atKill = QFileInfo(written).size();
    worker.kill(); // SIGKILL on Unix
    QVERIFY(worker.waitForFinished(10000));
    QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
    output += worker.readAllStandardOutput();
    QVERIFY(!output.contains("done"));
    QVERIFY2(atKill > atStart, "nothing was being written when the worker was killed");
    // The journal of the unfinished write, which the next open undoes; none beside the log.
    QCOMPARE(QFileInfo(db + QStringLiteral("-journal")).size() > 0, !otherConnection);
}

void TestImportKill::killHalfWay_leavesDatabaseIntactAndUnchanged_data()
{
    QTest::addColumn<bool>("otherConnection");
    // LargeWriteSettings: alone on the file, the import writes its pages into the file and keeps their earlier
    // content in a rollback journal; with another connection open, it writes them into the write-ahead log.
    QTest::newRow("alone on the file: rollback journal") << false;
    QTest::newRow("another connection open: write-ahead log") << true;
}

void TestImportKill::killHalfWay_leavesDatabaseIntactAndUnchanged()
{
    QFETCH(bool, otherConnection);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("caseline.sqlite"));
    bool recovered = true;
    QString integrity;
    const QByteArray before = snapshot(db, QStringLiteral("kill-c"), &recovered, &integrity);
    QVERIFY(before.startsWith('['));
    QVERIFY(!recovered);

    killImportHalfWay(db, otherConnection);
    if (QTest::currentTestFailed())
        return;

    const QByteArray after = snapshot(db, QStringLiteral("kill-d"), &recovered, &integrity);
    QVERIFY2(after.startsWith('['), after.constData());
    QVERIFY(recovered); // the worker never closed the file: caseline ran the full check
    QCOMPARE(integrity, QStringLiteral("ok"));
    QCOMPARE(after, before);
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-journal")));
}

// Undoing the unfinished write means writing to the file: a file that may not be written is refused, as it is,
// with the journal beside it, and opens as it was once it may be written again.
void TestImportKill::killHalfWay_readOnlyFileIsRefusedUntilWritable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("caseline.sqlite"));
    bool recovered = true;
    QString integrity;
    const QByteArray before = snapshot(db, QStringLiteral("kill-e"), &recovered, &integrity);
    QVERIFY(before.startsWith('['));
    killImportHalfWay(db, false);
    if (QTest::currentTestFailed())
        return;

    const QString journal = db + QStringLiteral("-journal");
    const QByteArray fileAtKill = readFile(db);
    const QByteArray journalAtKill = readFile(journal);
    QVERIFY(!journalAtKill.isEmpty());
    const QFileDevice::Permissions writable = QFileInfo(db).permissions();
    QVERIFY(QFile::setPermissions(db, writable & ~(QFileDevice::WriteOwner | QFileDevice::WriteGroup
                                                   | QFileDevice::WriteOther | QFileDevice::WriteUser)));
    const QByteArray refused = snapshot(db, QStringLiteral("kill-f"), &recovered, &integrity);
    QVERIFY(QFile::setPermissions(db, writable));
    QCOMPARE(refused,
        QByteArray("cannot open: ") + db.toUtf8()
            + " may not be written and was not closed cleanly: a write that did not finish must be undone from "
            + journal.toUtf8()
            + ", which caseline cannot do without writing to the file. Your file was not changed. Make the file "
              "and its folder writable, then open it again.");
    QCOMPARE(readFile(db), fileAtKill);
    QCOMPARE(readFile(journal), journalAtKill);

    const QByteArray after = snapshot(db, QStringLiteral("kill-g"), &recovered, &integrity);
    QVERIFY(recovered);
    QCOMPARE(integrity, QStringLiteral("ok"));
    QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_importkill.moc"
