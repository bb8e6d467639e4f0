// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstring>
#include <memory>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

// OutputFile, the one writer of every file caseline makes: what it refuses, and that a failure changes nothing.
class TestOutputFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusesWhatIsNotARegularFileOrIsADatabase_data();
    void refusesWhatIsNotARegularFileOrIsADatabase();
    void writesNewAndReplacesRegularFilesWhole_data();
    void writesNewAndReplacesRegularFilesWhole();
    void throughASymlink_replacesItsTarget_andKeepsTheLink();
    void producerFailure_leavesTheOldFile_andNoTemporaryFile();
    void missingFolder_failsWithThePath();
    void writeError_failsWithTheReason_andKeepsTheOldFile();
    void pathWithPercentSigns_isQuotedExactly();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static void writeFile(const QString &file, const QByteArray &bytes);
    static QByteArray readFile(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOutputFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOutputFile::writeFile(const QString &file, const QByteArray &bytes)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray TestOutputFile::readFile(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestOutputFile::refusesWhatIsNotARegularFileOrIsADatabase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // a phrase of the reason
    QTest::newRow("a folder") << "folder"
                              << "is a folder";
    QTest::newRow("a FIFO") << "fifo"
                            << "is a FIFO";
    QTest::newRow("a symlink to a FIFO") << "link-to-fifo"
                                         << "is a FIFO";
    QTest::newRow("a character device") << "device"
                                        << "is a device";
    QTest::newRow("a symlink to /dev/null") << "link-to-device"
                                            << "is a device";
    QTest::newRow("a socket") << "socket"
                              << "is a socket";
    QTest::newRow("a broken symlink") << "dangling"
                                      << "symbolic link to nothing";
    QTest::newRow("an SQLite database") << "database"
                                        << "is an SQLite database";
    QTest::newRow("a symlink to a database") << "link-to-database"
                                             << "is an SQLite database";
    QTest::newRow("a database's WAL") << "wal"
                                      << "its log or journal";
    QTest::newRow("a database's journal") << "journal"
                                          << "its log or journal";
    QTest::newRow("a database's -shm") << "shm"
                                       << "belongs to the SQLite database beside it";
    QTest::newRow("no name") << "empty"
                             << "no output file";
}

void TestOutputFile::refusesWhatIsNotARegularFileOrIsADatabase()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString target = path(kind + QStringLiteral(".out"));
    const QByteArray sqlite = QByteArray("SQLite format 3\0", 16) + QByteArray(4080, 'x');
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(m_dir->path()).mkdir(kind + QStringLiteral(".out")));
    } else if (kind == QLatin1String("fifo") || kind == QLatin1String("link-to-fifo")) {
        const QString fifo = path(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        if (kind == QLatin1String("fifo"))
            target = fifo;
        else
            QVERIFY(QFile::link(fifo, target));
    } else if (kind == QLatin1String("device")) {
        target = QStringLiteral("/dev/null");
    } else if (kind == QLatin1String("link-to-device")) {
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), target));
    } else if (kind == QLatin1String("socket")) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(target);
        QVERIFY(size_t(name.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
    } else if (kind == QLatin1String("dangling")) {
        QVERIFY(QFile::link(path(QStringLiteral("nowhere/nothing.png")), target));
    } else if (kind == QLatin1String("database")) {
        writeFile(target, sqlite);
    } else if (kind == QLatin1String("link-to-database")) {
        writeFile(path(QStringLiteral("cases.sqlite")), sqlite);
        QVERIFY(QFile::link(path(QStringLiteral("cases.sqlite")), target));
    } else if (kind == QLatin1String("wal")) {
        writeFile(target, QByteArray::fromHex("377f0682002de218") + QByteArray(24, '\0'));
    } else if (kind == QLatin1String("journal")) {
        writeFile(target, QByteArray::fromHex("d9d505f920a163d7") + QByteArray(24, '\0'));
    } else if (kind == QLatin1String("shm")) {
        writeFile(path(QStringLiteral("cases.sqlite")), sqlite);
        target = path(QStringLiteral("cases.sqlite-shm"));
        writeFile(target, QByteArray(32768, '\0'));
    } else if (kind == QLatin1String("empty")) {
        target.clear();
    }
    // Only regular files are read back: opening a FIFO for reading would block.
    const bool regular = QStringList { QStringLiteral("database"), QStringLiteral("link-to-database"),
        QStringLiteral("wal"), QStringLiteral("journal"), QStringLiteral("shm") }
                             .contains(kind);
    const QByteArray before = regular ? readFile(target) : QByteArray();
    QVERIFY2(OutputFile::refusal(target).contains(expected), qPrintable(OutputFile::refusal(target)));
    bool produced = false;
    const OutputFile::Result result = OutputFile::write(target, [&](QIODevice *device, QString *) {
        produced = true;
        return device->write("export") == 6;
    });
    QCOMPARE(result.status, OutputFile::Status::Refused);
    QVERIFY(result.error.contains(expected));
    QVERIFY2(!produced, "a refused target must not even be rendered");
    if (target.isEmpty())
        return;
    const QFileInfo after(target);
    if (kind == QLatin1String("fifo") || kind == QLatin1String("link-to-fifo"))
        QVERIFY(!QFileInfo(path(QStringLiteral("pipe"))).isFile());
    if (kind.startsWith(QLatin1String("link-to")) || kind == QLatin1String("dangling"))
        QVERIFY2(after.isSymLink(), "the link itself must stay a link");
    if (kind == QLatin1String("device"))
        QVERIFY(!QFileInfo(QStringLiteral("/dev/null")).isFile());
    if (!before.isEmpty())
        QCOMPARE(readFile(target), before);
    // No temporary file of the writer is left in the folder.
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : left)
        QVERIFY2(!name.contains(QLatin1String(".out.")), qPrintable(name));
}

void TestOutputFile::writesNewAndReplacesRegularFilesWhole_data()
{
    QTest::addColumn<QByteArray>("existing");
    QTest::newRow("new file") << QByteArray();
    QTest::newRow("a longer file is replaced, not overwritten in place") << QByteArray(100000, 'o');
    QTest::newRow("a JSON export") << QByteArray("[{\"id\": \"x\"}]");
}

void TestOutputFile::writesNewAndReplacesRegularFilesWhole()
{
    QFETCH(QByteArray, existing);
    const QString target = path(QStringLiteral("out.json"));
    if (!existing.isEmpty())
        writeFile(target, existing);
    const OutputFile::Result result = OutputFile::write(target, QByteArray("new content"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(readFile(target), QByteArray("new content"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestOutputFile::throughASymlink_replacesItsTarget_andKeepsTheLink()
{
    const QString real = path(QStringLiteral("real.png"));
    const QString link = path(QStringLiteral("link.png"));
    writeFile(real, "old");
    QVERIFY(QFile::link(real, link));
    QVERIFY(OutputFile::write(link, QByteArray("new")).ok());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readFile(real), QByteArray("new"));
}

void TestOutputFile::producerFailure_leavesTheOldFile_andNoTemporaryFile()
{
    const QString target = path(QStringLiteral("chart.svg"));
    writeFile(target, "the old chart");
    const OutputFile::Result result = OutputFile::write(target, [](QIODevice *device, QString *problem) {
        device->write("half a chart");
        *problem = QStringLiteral("the renderer failed");
        return false;
    });
    QCOMPARE(result.status, OutputFile::Status::Failed);
    QCOMPARE(result.error, QStringLiteral("cannot write %1: the renderer failed").arg(target));
    QCOMPARE(readFile(target), QByteArray("the old chart"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("chart.svg") });
}

void TestOutputFile::missingFolder_failsWithThePath()
{
    const QString target = path(QStringLiteral("no/such/folder/out.png"));
    const OutputFile::Result result = OutputFile::write(target, QByteArray("x"));
    QCOMPARE(result.status, OutputFile::Status::Failed);
    QVERIFY2(
        result.error.startsWith(QStringLiteral("cannot write %1: the folder").arg(target)), qPrintable(result.error));
    QVERIFY(!QFile::exists(target));
}

void TestOutputFile::writeError_failsWithTheReason_andKeepsTheOldFile()
{
    // A write that the system refuses half-way. The file size limit (RLIMIT_FSIZE) does it for any user: the
    // write fails with EFBIG, through the same path as a full disk (ENOSPC, tested on a real small tmpfs by hand).
    const QString target = path(QStringLiteral("export.svg"));
    writeFile(target, "the old export");
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit small = old;
    small.rlim_cur = 64 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const OutputFile::Result result = OutputFile::write(target, QByteArray(1024 * 1024, 'x'));
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &old), 0);
    QCOMPARE(result.status, OutputFile::Status::Failed);
    QVERIFY2(result.error.startsWith(QStringLiteral("cannot write ") + target + QStringLiteral(": File too large")),
        qPrintable(result.error));
    QCOMPARE(readFile(target), QByteArray("the old export"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("export.svg") });
}

void TestOutputFile::pathWithPercentSigns_isQuotedExactly()
{
    const QString target = path(QStringLiteral("%1 %2 report/out.png"));
    const OutputFile::Result result = OutputFile::write(target, QByteArray("x"));
    QCOMPARE(result.status, OutputFile::Status::Failed);
    QVERIFY2(result.error.startsWith(QStringLiteral("cannot write ") + target + QStringLiteral(": the folder ")),
        qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
