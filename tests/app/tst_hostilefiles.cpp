// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselineprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <functional>
#include <sys/resource.h>
#include <sys/stat.h>

// The real executable against the outputs a hostile or careless user gives it: none of them may lose a file.
// Each row is a case that destroyed or corrupted data before the one output writer (OutputFile) existed.
class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void outputOverTheDatabaseOrAFifo_isRefused_andChangesNothing_data();
    void outputOverTheDatabaseOrAFifo_isRefused_andChangesNothing();
    void export_onAWriteError_saysWhy_andKeepsTheOldFile_data();
    void export_onAWriteError_saysWhy_andKeepsTheOldFile();
    void messages_quotePathsWithPercentSignsExactly();
    void import_thatCommitted_exits0_whenItsSummaryCannotBePrinted();

private:
    using Run = CaselineProcess::Result;
    Run run(const QStringList &arguments, qint64 fileSizeLimit = -1) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static QByteArray hashOf(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHostileFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Every row starts from a real caseline database, made by caseline itself.
    QCOMPARE(
        run({ QStringLiteral("--database"), path(QStringLiteral("cases.sqlite")), QStringLiteral("stats") }).exitCode,
        0);
}

TestHostileFiles::Run TestHostileFiles::run(const QStringList &arguments, qint64 fileSizeLimit) const
{
    std::function<void()> inChild;
    if (fileSizeLimit >= 0) {
        // In the child only: its writes beyond the limit fail with EFBIG, as on a full disk.
        inChild = [fileSizeLimit] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit { rlim_t(fileSizeLimit), rlim_t(fileSizeLimit) };
            ::setrlimit(RLIMIT_FSIZE, &limit);
        };
    }
    return CaselineProcess(m_dir->path()).run(arguments, inChild);
}

QByteArray TestHostileFiles::hashOf(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

void TestHostileFiles::outputOverTheDatabaseOrAFifo_isRefused_andChangesNothing_data()
{
    QTest::addColumn<QString>("databaseName"); // the database, copied from cases.sqlite under this name
    QTest::addColumn<QString>("output"); // the name the command writes to; "fifo.png" is made a FIFO
    QTest::addColumn<QStringList>("command"); // %OUT is replaced by the output's path
    QTest::addColumn<QString>("expected"); // a phrase of the message on stderr

    const QString out = QStringLiteral("%OUT");
    // Case 1: a screenshot cut the named file to 0 bytes.
    QTest::newRow("screenshot over the open database")
        << "db.png"
        << "db.png" << QStringList { QStringLiteral("--screenshot"), out } << "is an SQLite database";
    QTest::newRow("screenshot that is not a .png")
        << "cases.sqlite"
        << "cases.sqlite" << QStringList { QStringLiteral("--screenshot"), out } << "must end in .png";
    // Case 2: an export replaced the live database, leaving its -wal and -shm behind.
    QTest::newRow("export-data JSON over the open database")
        << "db.json"
        << "db.json" << QStringList { QStringLiteral("export-data"), QStringLiteral("-o"), out }
        << "is an SQLite database";
    QTest::newRow("export-data CSV over the open database")
        << "db.csv"
        << "db.csv" << QStringList { QStringLiteral("export-data"), QStringLiteral("-o"), out }
        << "is an SQLite database";
    QTest::newRow("export timeline over the open database")
        << "db.png"
        << "db.png" << QStringList { QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), out }
        << "is an SQLite database";
    // Case 3: a FIFO, a device, or a link to one was replaced by a regular file.
    QTest::newRow("export timeline into a FIFO")
        << "cases.sqlite"
        << "fifo.png" << QStringList { QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), out }
        << "FIFO";
    QTest::newRow("export-data into a link to /dev/null")
        << "cases.sqlite"
        << "null.json" << QStringList { QStringLiteral("export-data"), QStringLiteral("-o"), out } << "is a device";
    QTest::newRow("screenshot into a FIFO")
        << "cases.sqlite"
        << "fifo.png" << QStringList { QStringLiteral("--screenshot"), out } << "FIFO";
    // Case 11: a huge screenshot tried to allocate about 40 GB.
    QTest::newRow("screenshot of 99999x99999")
        << "cases.sqlite"
        << "big.png"
        << QStringList { QStringLiteral("--screenshot"), out, QStringLiteral("--size"), QStringLiteral("99999x99999") }
        << "between 16x16 and 16384x16384";
    QTest::newRow("export of 99999x99999")
        << "cases.sqlite"
        << "big.png"
        << QStringList { QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), out,
               QStringLiteral("--size"), QStringLiteral("99999x99999") }
        << "between 16x16 and 16384x16384";
}

void TestHostileFiles::outputOverTheDatabaseOrAFifo_isRefused_andChangesNothing()
{
    QFETCH(QString, databaseName);
    QFETCH(QString, output);
    QFETCH(QStringList, command);
    QFETCH(QString, expected);
    const QString database = path(databaseName);
    if (databaseName != QLatin1String("cases.sqlite"))
        QVERIFY(QFile::copy(path(QStringLiteral("cases.sqlite")), database));
    const QString target = path(output);
    if (output == QLatin1String("fifo.png"))
        QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
    if (output == QLatin1String("null.json"))
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), target));
    const QByteArray before = hashOf(database);
    QStringList arguments { QStringLiteral("--database"), database };
    for (const QString &argument : std::as_const(command))
        arguments.append(argument == QLatin1String("%OUT") ? target : argument);

    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(expected.toUtf8()), refused.err.constData());
    QCOMPARE(hashOf(database), before);
    if (output == QLatin1String("fifo.png")) {
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QVERIFY2(S_ISFIFO(st.st_mode), "the FIFO was replaced");
    }
    if (output == QLatin1String("null.json"))
        QVERIFY(QFileInfo(target).isSymLink());
    if (output == QLatin1String("big.png"))
        QVERIFY(!QFile::exists(target));
    // The database still opens and reads.
    const Run list = run({ QStringLiteral("--database"), database, QStringLiteral("list"), QStringLiteral("--format"),
        QStringLiteral("csv") });
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("fr-cnil-2022-fine"));
}

void TestHostileFiles::export_onAWriteError_saysWhy_andKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("fileName");
    // Case 9: an SVG export on a full disk said "Unknown error"; it also committed a file cut off at the limit.
    QTest::newRow("SVG") << "chart.svg";
    QTest::newRow("PNG") << "chart.png";
    QTest::newRow("PDF") << "chart.pdf";
}

void TestHostileFiles::export_onAWriteError_saysWhy_andKeepsTheOldFile()
{
    // A file size limit fails the write the way a full disk does, for any user.
    QFETCH(QString, fileName);
    const QString target = path(fileName);
    // A read-only database, so that the limit hits the export and not the database's own writes.
    const QString database = path(QStringLiteral("readonly.sqlite"));
    QVERIFY(QFile::copy(path(QStringLiteral("cases.sqlite")), database));
    QVERIFY(QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("<svg>the old chart</svg>");
    }
    const Run failed = run({ QStringLiteral("--database"), database, QStringLiteral("export"),
                               QStringLiteral("cumulative"), QStringLiteral("-o"), target },
        16 * 1024);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(QByteArray("cannot write " + QFile::encodeName(target) + ": File too large")),
        failed.err.constData());
    QFile old(target);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("<svg>the old chart</svg>"));
    QCOMPARE(QDir(m_dir->path()).entryList({ QStringLiteral("chart.*") }, QDir::Files | QDir::Hidden).size(), 1);
}

void TestHostileFiles::messages_quotePathsWithPercentSignsExactly()
{
    // Case 9: a path containing %1 garbled the message it was put into.
    const QString target = path(QStringLiteral("100% %1 %2/out.png"));
    const Run failed = run({ QStringLiteral("--database"), path(QStringLiteral("cases.sqlite")),
        QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("-o"), target });
    QCOMPARE(failed.exitCode, 1);
    const QString expected = QStringLiteral("cannot write ") + target + QStringLiteral(": the folder ");
    QVERIFY2(failed.err.contains(expected.toUtf8()), failed.err.constData());
}

void TestHostileFiles::import_thatCommitted_exits0_whenItsSummaryCannotBePrinted()
{
    // Case 10: `import a.csv >/dev/full` committed, then exited 1 ("cannot write the output").
    const QString csv = path(QStringLiteral("a.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,country,authority,decision_type,decision_date,source_urls\n"
                   "es-aepd-2026-fine,ES,AEPD,fine,2026-03-01,https://www.aepd.es/\n");
    }
    const QString database = path(QStringLiteral("cases.sqlite"));
    QProcess process;
    process.setProcessEnvironment(CaselineProcess(m_dir->path()).environment());
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(
        CaselineProcess::executable(), { QStringLiteral("--database"), database, QStringLiteral("import"), csv });
    QVERIFY(process.waitForFinished(60000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(err.contains("the changes were saved, but the summary could not be written"), err.constData());
    const Run list = run({ QStringLiteral("--database"), database, QStringLiteral("list"), QStringLiteral("--format"),
        QStringLiteral("csv") });
    QVERIFY(list.out.contains("es-aepd-2026-fine"));

    // A dry run's summary is its whole result: losing it is a failure.
    process.start(CaselineProcess::executable(),
        { QStringLiteral("--database"), database, QStringLiteral("import"), csv, QStringLiteral("--dry-run") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
