// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "caselineprocess.h"
#include "caserepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Enough rows that the second import starts while the first is still at work. Under the sanitizers (a Debug build
// about twenty times slower) fewer rows overlap just as well and keep the test within its time-out.
#ifdef CASELINE_SANITIZED
constexpr int LargeImportRows = 2000;
#else
constexpr int LargeImportRows = 20000;
#endif

const QString Id = QStringLiteral("at-dsb-2023-order");
const QString FirstTarget = QStringLiteral("Clearview AI Inc. (target from the large import)");
const QString SecondSummary = QStringLiteral("Summary from the small import");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString identifyingCells(const Decision &d)
{
    return QStringList { quoted(d.id), quoted(d.country), quoted(d.authority), quoted(d.decisionType),
        quoted(d.decisionDate.toString(Qt::ISODate)), quoted(d.announceDate.toString(Qt::ISODate)) }
        .join(QLatin1Char(','));
}

const QString Header = QStringLiteral("id,country,authority,decision_type,decision_date,announce_date");

// COUNT new decisions, then a change of the target of `existing`: long enough to read, check and write that a
// second caseline started meanwhile overlaps it.
QByteArray largeImport(const Decision &existing, int count)
{
    QString csv = Header + QStringLiteral(",target\n");
    for (int i = 0; i < count; ++i) {
        csv += QStringLiteral("gen-%1,%2,Authority %3,fine,%4,,Generated target %1\n")
                   .arg(QString::number(i), i % 2 ? QStringLiteral("FR") : QStringLiteral("DE"),
                       QString::number(i % 50), QDate(2020, 1, 1).addDays(i % 2000).toString(Qt::ISODate));
    }
    // A CSV row updates only its columns: this file has no summary column, so whichever import takes the write
    // lock first, the two changes touch different fields and both must survive. Before the fix, the import that
    // wrote second saved its whole copy of the decision as read before the other committed, undoing that change.
    csv += identifyingCells(existing) + QLatin1Char(',') + quoted(FirstTarget) + QLatin1Char('\n');
    return csv.toUtf8();
}

QByteArray summaryImport(const Decision &existing)
{
    return (Header + QStringLiteral(",summary\n") + identifyingCells(existing) + QLatin1Char(',')
        + quoted(SecondSummary) + QLatin1Char('\n'))
        .toUtf8();
}

} // namespace

// Two caseline processes import into one database at the same time (issue 9, case 5). Each import reads the
// stored decisions, merges its rows into them and writes the result; without one write transaction around the
// read and the write, the second writer saves a copy it read before the first committed and one change is lost.
class TestTwoWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoImports_bothChangesSurvive();
};

void TestTwoWriters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo::exists(CaselineProcess::executable()), qPrintable(CaselineProcess::executable()));
}

void TestTwoWriters::twoImports_bothChangesSurvive()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("caseline.sqlite"));
    Decision original;
    {
        CaseDatabase database(QStringLiteral("two-writers-setup"));
        QVERIFY2(database.open(db), qPrintable(database.errorString()));
        const std::optional<Decision> stored = CaseRepository(database.connection()).decision(Id);
        QVERIFY(stored);
        original = *stored;
    }
    QVERIFY(original.target != FirstTarget);
    QVERIFY(original.summary != SecondSummary);
    const QString large = dir.filePath(QStringLiteral("large.csv"));
    const QString small = dir.filePath(QStringLiteral("small.csv"));
    QVERIFY(writeFile(large, largeImport(original, LargeImportRows)));
    QVERIFY(writeFile(small, summaryImport(original)));

    // Both processes run in isolation from the user's folders, as separate users' caselines would.
    const QProcessEnvironment environment = CaselineProcess(dir.path()).environment();
    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(CaselineProcess::executable(), { QStringLiteral("--database"), db, QStringLiteral("import"), large });
    QVERIFY(first.waitForStarted());
    // The first caseline has opened the file once its write-ahead log exists (opening marks the file in use);
    // from then on it reads, merges and writes its 20,000 rows while the second one starts.
    const QString wal = db + QStringLiteral("-wal");
    QElapsedTimer timer;
    timer.start();
    while (!QFileInfo::exists(wal) && first.state() == QProcess::Running && timer.elapsed() < 60000)
        QTest::qWait(1);
    QVERIFY2(first.state() == QProcess::Running, "the large import finished before the second could start");

    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(CaselineProcess::executable(), { QStringLiteral("--database"), db, QStringLiteral("import"), small });
    QVERIFY(second.waitForStarted());
    QVERIFY(second.waitForFinished(180000));
    QVERIFY(first.waitForFinished(180000));
    const QByteArray firstOut = first.readAllStandardOutput() + first.readAllStandardError();
    const QByteArray secondOut = second.readAllStandardOutput() + second.readAllStandardError();
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QVERIFY2(first.exitCode() == 0, firstOut.constData());
    QVERIFY2(firstOut.contains(QByteArray(QByteArray::number(LargeImportRows) + " new, 1 updated")), firstOut.constData());
    // The second writer waits for the first (the busy timeout). On a machine so slow that the first still holds
    // the write lock when the wait ends, the second may give up, saying so: refused, but never silently lost.
    const bool secondImported = second.exitCode() == 0;
    if (secondImported)
        QVERIFY2(secondOut.contains("0 new, 1 updated"), secondOut.constData());
    else
        QVERIFY2(secondOut.contains("another caseline or another program"), secondOut.constData());

    CaseDatabase database(QStringLiteral("two-writers-check"));
    QVERIFY2(database.open(db), qPrintable(database.errorString()));
    CaseRepository repository(database.connection());
    const std::optional<Decision> after = repository.decision(Id);
    QVERIFY(after);
    // Neither writer's change was lost to the other's stale copy.
    QCOMPARE(after->target, FirstTarget);
    QVERIFY(repository.decision(QStringLiteral("gen-%1").arg(LargeImportRows - 1)));
    if (secondImported) {
        QCOMPARE(after->summary, SecondSummary);
        QCOMPARE(after->rowVersion, original.rowVersion + 2);
    } else {
        QCOMPARE(after->summary, original.summary);
        QCOMPARE(after->rowVersion, original.rowVersion + 1);
    }
}

QTEST_GUILESS_MAIN(TestTwoWriters)
#include "tst_twowriters.moc"
