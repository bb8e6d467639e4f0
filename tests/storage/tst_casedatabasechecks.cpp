// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What CaseDatabase::open() checks before it trusts a file: files that are not caseline's, damaged indexes, files
// changed since their clean close, read-only locations, and the messages for SQLite's errors.
#include "bundleddata.h"
#include "casedatabase.h"
#include "casedatabasefiles.h"
#include "caserepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <unistd.h>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// The first value of QUERY on a copy of PATH, so that nothing is left beside the original.
QString queryCopy(const QString &path, const QString &query)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    if (!QFile::copy(path, copy))
        return QStringLiteral("cannot copy");
    static int run = 0;
    const QString name = QStringLiteral("tst_casedatabase_check_%1").arg(++run);
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(copy);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(query) && q.next())
                result = q.value(0).toString();
            else
                result = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Changes one character of a key in the page of the decisions' primary-key index, as a hex editor or a faulty
// disk would: the index then misses a row of its table, which only the full integrity check notices.
bool damageDecisionsIndex(const QString &path, const QString &id)
{
    const QString root = queryCopy(path,
        QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'index' "
                       "AND tbl_name = 'decisions' AND sql IS NULL"));
    QByteArray bytes = readFile(path);
    const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
    const qsizetype page = (root.toLongLong() - 1) * pageSize;
    const QByteArray key = id.toUtf8();
    const qsizetype at = bytes.indexOf(key, page);
    if (root.isEmpty() || at < 0 || at + key.size() > page + pageSize)
        return false;
    // The last character moves up by one: the keys stay in order, so the b-tree itself still looks sound.
    bytes[at + key.size() - 1] = char(bytes.at(at + key.size() - 1) + 1);
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.write(bytes) == bytes.size();
}

quint32 bigEndian32(const QByteArray &bytes, qsizetype offset)
{
    return (quint32(uchar(bytes.at(offset))) << 24) | (quint32(uchar(bytes.at(offset + 1))) << 16)
        | (quint32(uchar(bytes.at(offset + 2))) << 8) | quint32(uchar(bytes.at(offset + 3)));
}

// Overwrites a leaf page of the decisions table, as a faulty disk would, leaving the header, the schema, meta and
// the file's size alone: the file looks as its clean close left it, and SQLite finds the damage only when it reads
// that page.
bool damageDecisionsPage(const QString &path)
{
    const QString root = queryCopy(path,
        QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'decisions'"));
    QByteArray bytes = readFile(path);
    if (root.toLongLong() < 2 || bytes.size() < 100)
        return false;
    const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
    qsizetype page = root.toLongLong();
    // Down the right-most children of the interior pages (type 0x05) to a leaf (0x0d).
    while (page > 1 && page * pageSize <= bytes.size() && uchar(bytes.at((page - 1) * pageSize)) == 0x05)
        page = bigEndian32(bytes, (page - 1) * pageSize + 8);
    if (page < 2 || page * pageSize > bytes.size() || uchar(bytes.at((page - 1) * pageSize)) != 0x0d)
        return false;
    bytes.replace((page - 1) * pageSize, pageSize, QByteArray(pageSize, char(0x5a)));
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.write(bytes) == bytes.size();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestCaseDatabaseChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void open_refusesUntrustedFileWithoutTouchingIt_data();
    void open_refusesUntrustedFileWithoutTouchingIt();
    void open_readOnlyLocation_opensReadOnlyWithoutSideFiles_data();
    void open_readOnlyLocation_opensReadOnlyWithoutSideFiles();
    void open_damagedIndex_isRefusedAndLeftUnchanged_data();
    void open_damagedIndex_isRefusedAndLeftUnchanged();
    void open_fullCheckWhenTheFileChangedSinceItsCleanClose_data();
    void open_fullCheckWhenTheFileChangedSinceItsCleanClose();
    void open_untouchedFile_isNotCheckedUpFront_data();
    void open_untouchedFile_isNotCheckedUpFront();
    void sqliteErrorMessage_namesTheConditionAndThePath_data();
    void sqliteErrorMessage_namesTheConditionAndThePath();
    void open_afterRefusal_canOpenAnotherFile();

private:
    QString connectionName() const { return QStringLiteral("tst_casedatabase_%1").arg(m_run); }

    QTemporaryDir m_fixtures;
    QByteArray m_realDatabase;
    qsizetype m_bundledCount = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_run = 0;
    // Undone by cleanup(), so that a failing test leaves no mount and no folder it cannot delete.
    QString m_mountPoint;
    QString m_lockedFolder;
};

void TestCaseDatabaseChecks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fixtures.isValid());
    QString bundledError;
    m_bundledCount = BundledData::load(&bundledError).decisions.size();
    QVERIFY2(bundledError.isEmpty(), qPrintable(bundledError));
    QVERIFY(m_bundledCount > 30);
    const QString real = m_fixtures.filePath(QStringLiteral("real.sqlite"));
    const QString error = createCaselineFile(real);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_realDatabase = readFile(real);
    QVERIFY(m_realDatabase.size() > 16 * 1024);
}

void TestCaseDatabaseChecks::init()
{
    ++m_run;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A connection removed while a handle is still alive leaves the file open: any such warning is a failure.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use|duplicate connection name")));
}

void TestCaseDatabaseChecks::cleanup()
{
    if (!m_mountPoint.isEmpty())
        QProcess::execute(QStringLiteral("umount"), { m_mountPoint });
    m_mountPoint.clear();
    if (!m_lockedFolder.isEmpty())
        QFile::setPermissions(m_lockedFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_lockedFolder.clear();
    QVERIFY2(!QSqlDatabase::contains(connectionName()), "a test left its connection registered");
    m_dir.reset();
}

void TestCaseDatabaseChecks::open_refusesUntrustedFileWithoutTouchingIt_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty file") << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("text file") << QByteArray("Notes on Clearview AI decisions\nCNIL 2022: EUR 20m\n").repeated(50)
                               << QStringLiteral("not an SQLite file");

    QByteArray random(8192, Qt::Uninitialized);
    QRandomGenerator generator(20220518);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("random bytes") << random << QStringLiteral("not an SQLite file");

    QByteArray headerThenNoise = QByteArray("SQLite format 3\0", 16) + random.left(4080);
    QTest::newRow("SQLite header followed by noise") << headerThenNoise << QStringLiteral("is damaged");

    QTest::newRow("truncated caseline database")
        << m_realDatabase.left(m_realDatabase.size() / 2) << QStringLiteral("is damaged (it is truncated");
    QTest::newRow("caseline database cut to 50 bytes")
        << m_realDatabase.left(50) << QStringLiteral("is damaged (it is truncated: 50 bytes");

    // Overwrite a b-tree page in the middle of the file: the header and the first page still look right.
    QByteArray corrupt = m_realDatabase;
    const int pageSize = (uchar(corrupt.at(16)) << 8) | uchar(corrupt.at(17));
    const qsizetype pages = corrupt.size() / pageSize;
    qsizetype victim = -1;
    for (qsizetype offset = 0; offset < pages / 2 && victim < 0; ++offset) {
        for (const qsizetype page : { pages / 2 + offset, pages / 2 - offset }) {
            const uchar type = uchar(corrupt.at(page * pageSize));
            if (page > 0 && (type == 0x02 || type == 0x05 || type == 0x0a || type == 0x0d)) {
                victim = page;
                break;
            }
        }
    }
    QVERIFY(victim > 0);
    corrupt.replace(victim * pageSize, pageSize, QByteArray(pageSize, char(0x5a)));
    QTest::newRow("caseline database with a corrupted page") << corrupt << QStringLiteral("is damaged");

    const QString foreignPath = m_fixtures.filePath(QStringLiteral("foreign.sqlite"));
    QString error = runSql(foreignPath,
        { QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"),
            QStringLiteral("INSERT INTO contacts VALUES ('Ada', '+44 20 7946 0000')") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTest::newRow("another application's SQLite database")
        << readFile(foreignPath) << QStringLiteral("belongs to another application");

    const QString newerPath = m_fixtures.filePath(QStringLiteral("newer.sqlite"));
    QVERIFY(writeFile(newerPath, m_realDatabase));
    error = runSql(newerPath, { QStringLiteral("PRAGMA user_version = 99") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTest::newRow("caseline database with a newer schema")
        << readFile(newerPath)
        << QStringLiteral("newer caseline (schema version 99, this version reads up to %1)")
               .arg(CaseDatabase::SchemaVersion);

    const QString negativePath = m_fixtures.filePath(QStringLiteral("negative.sqlite"));
    QVERIFY(writeFile(negativePath, m_realDatabase));
    error = runSql(negativePath, { QStringLiteral("PRAGMA user_version = -5") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTest::newRow("caseline database with a negative schema version")
        << readFile(negativePath) << QStringLiteral("is damaged (impossible schema version -5)");
}

void TestCaseDatabaseChecks::open_refusesUntrustedFileWithoutTouchingIt()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);

    // "%1" and "%2" in the name: a message that used the path as a format would garble it.
    const QString path = m_dir->filePath(QStringLiteral("case %1 line %2.sqlite"));
    QVERIFY(writeFile(path, content));
    const QStringList filesBefore = filesIn(m_dir->path());

    {
        CaseDatabase database(connectionName());
        QVERIFY(!database.open(path));
        QVERIFY(!database.isOpen());
        QVERIFY(!database.wasCreated());
        QVERIFY2(database.errorString().contains(reason), qPrintable(database.errorString()));
        QVERIFY2(database.errorString().contains(path), qPrintable(database.errorString()));
        QVERIFY(!QSqlDatabase::contains(connectionName()));

        QCOMPARE(QFileInfo(path).size(), content.size());
        QVERIFY2(readFile(path) == content, "the refused file was modified");
        QCOMPARE(filesIn(m_dir->path()), filesBefore);

        // The fallback: the bundled data, in memory and read-only.
        QVERIFY2(database.openBundledReadOnly(), qPrintable(database.errorString()));
        QVERIFY(database.isOpen());
        QVERIFY(database.isReadOnly());
        QCOMPARE(decisionCount(database), m_bundledCount);
    }
    QVERIFY2(readFile(path) == content, "the refused file was modified");
    QCOMPARE(filesIn(m_dir->path()), filesBefore);
}

void TestCaseDatabaseChecks::open_readOnlyLocation_opensReadOnlyWithoutSideFiles_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("fileName");
    // Tests run as root in CI, where permission bits stop no write: caseline must go by the bits themselves.
    QTest::newRow("file mode 0444") << QStringLiteral("file") << QStringLiteral("caseline.sqlite");
    QTest::newRow("folder mode 0555") << QStringLiteral("folder") << QStringLiteral("caseline.sqlite");
    QTest::newRow("folder mode 0555, name with %1, #, ? and spaces")
        << QStringLiteral("folder") << QStringLiteral("my %1 cases #2? 100%.sqlite");
    QTest::newRow("read-only bind mount") << QStringLiteral("mount") << QStringLiteral("caseline.sqlite");
}

void TestCaseDatabaseChecks::open_readOnlyLocation_opensReadOnlyWithoutSideFiles()
{
    QFETCH(QString, condition);
    QFETCH(QString, fileName);

    QString folder = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(folder));
    const QString error = createCaselineFile(folder + QLatin1Char('/') + fileName);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (condition == QLatin1String("file")) {
        QVERIFY(QFile::setPermissions(
            folder + QLatin1Char('/') + fileName, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    } else if (condition == QLatin1String("folder")) {
        m_lockedFolder = folder;
        QVERIFY(QFile::setPermissions(folder,
            QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::ExeOther));
    } else {
        if (::geteuid() != 0)
            QSKIP("a read-only bind mount needs root");
        const QString mountPoint = m_dir->filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(mountPoint));
        QProcess mount;
        mount.start(QStringLiteral("mount"), { QStringLiteral("--bind"), folder, mountPoint });
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("mount --bind is not available here: ")
                + QString::fromLocal8Bit(mount.readAllStandardError()).trimmed()));
        m_mountPoint = mountPoint;
        mount.start(QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), mountPoint });
        QVERIFY(mount.waitForFinished(10000));
        if (mount.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("a bind mount cannot be made read-only here: ")
                + QString::fromLocal8Bit(mount.readAllStandardError()).trimmed()));
        folder = mountPoint;
    }
    const QString path = folder + QLatin1Char('/') + fileName;
    const QByteArray before = readFile(path);
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = filesIn(folder);

    {
        CaseDatabase database(connectionName());
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        QVERIFY(database.isOpen());
        QVERIFY(database.isReadOnly());
        QVERIFY(!database.wasCreated());
        QVERIFY2(database.errorString().contains(QLatin1String("is read-only")), qPrintable(database.errorString()));
        QVERIFY2(database.errorString().startsWith(path), qPrintable(database.errorString()));
        QCOMPARE(decisionCount(database), m_bundledCount);
        // Nothing slips through: the connection itself cannot write.
        QVERIFY(!CaseRepository(database.connection()).setMeta(QStringLiteral("marker"), QStringLiteral("written")));
        QCOMPARE(filesIn(folder), filesBefore);
        database.close();
    }
    QVERIFY2(readFile(path) == before, "the read-only file was modified");
    QCOMPARE(filesIn(folder), filesBefore);
}

void TestCaseDatabaseChecks::open_damagedIndex_isRefusedAndLeftUnchanged_data()
{
    QTest::addColumn<QString>("how");
    // The index damage moves neither the size nor the page count, and the quick check does not see it: each row
    // is another way for caseline to know that the quick check is not enough.
    QTest::newRow("edited after a clean close") << QStringLiteral("edited");
    QTest::newRow("change counter moved, size and modification time kept") << QStringLiteral("counter");
    QTest::newRow("not closed cleanly, modification time kept") << QStringLiteral("unclean");
}

void TestCaseDatabaseChecks::open_damagedIndex_isRefusedAndLeftUnchanged()
{
    QFETCH(QString, how);

    const QString path = m_dir->filePath(QStringLiteral("caseline.sqlite"));
    QString error = createCaselineFile(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (how == QLatin1String("unclean")) {
        error = runSql(path, { QStringLiteral("UPDATE meta SET value = '0' WHERE key = 'clean_shutdown'") });
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const QDateTime modified = QFileInfo(path).lastModified();
    QTest::qWait(20); // so that the edit's modification time differs
    QVERIFY(damageDecisionsIndex(path, QStringLiteral("gb-ico-2022-fine")));
    if (how == QLatin1String("counter")) {
        // What a program writing in rollback-journal mode does: the change counter (and its "valid for" copy) move.
        QByteArray bytes = readFile(path);
        for (const int offset : { 24, 92 })
            bytes[offset + 3] = char(bytes.at(offset + 3) + 1);
        QVERIFY(writeFile(path, bytes));
    }
    if (how != QLatin1String("edited")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    QCOMPARE(queryCopy(path, QStringLiteral("PRAGMA quick_check")), QStringLiteral("ok"));
    const QString integrity = queryCopy(path, QStringLiteral("PRAGMA integrity_check"));
    QVERIFY2(integrity.contains(QLatin1String("missing from index")), qPrintable(integrity));

    const QByteArray before = readFile(path);
    const QStringList filesBefore = filesIn(m_dir->path());
    {
        CaseDatabase database(connectionName());
        QVERIFY(!database.open(path));
        const QString message = database.errorString();
        QVERIFY2(message.startsWith(path + QStringLiteral(" is damaged (")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("missing from index")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Your file was not changed.")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String(".recover")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("moving the file away")), qPrintable(message));
    }
    QVERIFY2(readFile(path) == before, "the damaged file was modified");
    QCOMPARE(filesIn(m_dir->path()), filesBefore);
}

void TestCaseDatabaseChecks::open_fullCheckWhenTheFileChangedSinceItsCleanClose_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("fullCheck");
    QTest::addColumn<bool>("recovered");
    QTest::newRow("untouched since its clean close") << QString() << false << false;
    QTest::newRow("written by another program") << QStringLiteral("written") << true << false;
    QTest::newRow("modification time moved") << QStringLiteral("touched") << true << false;
    QTest::newRow("not closed cleanly") << QStringLiteral("unclean") << true << true;
}

void TestCaseDatabaseChecks::open_fullCheckWhenTheFileChangedSinceItsCleanClose()
{
    QFETCH(QString, change);
    QFETCH(bool, fullCheck);
    QFETCH(bool, recovered);

    const QString path = m_dir->filePath(QStringLiteral("caseline.sqlite"));
    QString error = createCaselineFile(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Opened and closed by caseline once, so that the fingerprint is caseline's own.
    error = createCaselineFile(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (change == QLatin1String("written")) {
        error = runSql(path, { QStringLiteral("INSERT INTO meta (key, value) VALUES ('another', 'program')") });
    } else if (change == QLatin1String("unclean")) {
        error = runSql(path, { QStringLiteral("UPDATE meta SET value = '0' WHERE key = 'clean_shutdown'") });
    } else if (change == QLatin1String("touched")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(3600), QFileDevice::FileModificationTime));
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));

    CaseDatabase database(connectionName());
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QCOMPARE(database.wasFullyChecked(), fullCheck);
    QCOMPARE(database.wasRecovered(), recovered);
    database.close();
    // The clean close records the file again: the next open checks nothing up front.
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QVERIFY(!database.wasFullyChecked());
    QVERIFY(!database.wasRecovered());
    database.close();
}

void TestCaseDatabaseChecks::open_untouchedFile_isNotCheckedUpFront_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("opens");
    // The same damaged page each time: only a file that caseline closed cleanly and nothing touched since opens
    // without its pages being read; then SQLite reports the damage where a read meets it.
    QTest::newRow("untouched since its clean close: opens, the read finds the damage") << QString() << true;
    QTest::newRow("not closed cleanly: the full check refuses it") << QStringLiteral("unclean") << false;
    QTest::newRow("modification time moved: the full check refuses it") << QStringLiteral("touched") << false;
}

void TestCaseDatabaseChecks::open_untouchedFile_isNotCheckedUpFront()
{
    QFETCH(QString, change);
    QFETCH(bool, opens);

    const QString path = m_dir->filePath(QStringLiteral("caseline.sqlite"));
    QString error = createCaselineFile(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (change == QLatin1String("unclean")) {
        error = runSql(path, { QStringLiteral("UPDATE meta SET value = '0' WHERE key = 'clean_shutdown'") });
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const QDateTime modified = QFileInfo(path).lastModified();
    QVERIFY(damageDecisionsPage(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(change == QLatin1String("touched") ? modified.addSecs(60) : modified,
        QFileDevice::FileModificationTime));
    file.close();
    QVERIFY2(queryCopy(path, QStringLiteral("PRAGMA quick_check")) != QLatin1String("ok"), "the page is not damaged");

    CaseDatabase database(connectionName());
    QCOMPARE(database.open(path), opens);
    if (!opens) {
        QVERIFY2(database.errorString().startsWith(path + QStringLiteral(" is damaged (")),
            qPrintable(database.errorString()));
        return;
    }
    QVERIFY(!database.wasFullyChecked());
    QVERIFY(!database.wasRecovered());
    {
        CaseRepository repository(database.connection());
        QVERIFY(repository.decisions().isEmpty());
        // SQLite's words for SQLITE_CORRUPT.
        QVERIFY2(repository.lastError().contains(QLatin1String("malformed")), qPrintable(repository.lastError()));
    }
    database.close();
}

void TestCaseDatabaseChecks::sqliteErrorMessage_namesTheConditionAndThePath_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("condition");
    QTest::newRow("SQLITE_FULL") << 13 << QStringLiteral("the disk is full");
    QTest::newRow("SQLITE_IOERR") << 10 << QStringLiteral("input/output error");
    QTest::newRow("SQLITE_IOERR_READ (extended)") << 266 << QStringLiteral("input/output error");
    QTest::newRow("SQLITE_READONLY") << 8 << QStringLiteral("is read-only");
    QTest::newRow("SQLITE_CANTOPEN") << 14 << QStringLiteral("cannot be opened");
    QTest::newRow("SQLITE_CORRUPT") << 11 << QStringLiteral("is damaged");
    QTest::newRow("SQLITE_NOTADB") << 26 << QStringLiteral("is damaged");
    QTest::newRow("SQLITE_BUSY") << 5 << QStringLiteral("in use: another caseline or another program");
    QTest::newRow("SQLITE_ERROR") << 1 << QStringLiteral("cannot be used");
}

void TestCaseDatabaseChecks::sqliteErrorMessage_namesTheConditionAndThePath()
{
    QFETCH(int, code);
    QFETCH(QString, condition);
    const QString path = QStringLiteral("/data/%1 100%2 %L3/caseline.sqlite");
    const QString words = QStringLiteral("SQLite says %1");
    const QString message = CaseDatabase::sqliteErrorMessage(path, code, words);
    QVERIFY2(message.startsWith(path), qPrintable(message));
    QVERIFY2(message.contains(condition), qPrintable(message));
    QVERIFY2(message.contains(words), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("corrupt or unreadable")), qPrintable(message));
}

void TestCaseDatabaseChecks::open_afterRefusal_canOpenAnotherFile()
{
    const QString bad = m_dir->filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(bad, QByteArray("not a database")));
    const QString good = m_dir->filePath(QStringLiteral("caseline.sqlite"));

    CaseDatabase database(connectionName());
    QVERIFY(!database.open(bad));
    QVERIFY(!database.errorString().isEmpty());
    QVERIFY2(database.open(good), qPrintable(database.errorString()));
    QVERIFY(database.errorString().isEmpty());
    QVERIFY(database.wasCreated());
    QCOMPARE(decisionCount(database), m_bundledCount);

    // Opening the same object again closes the first file cleanly.
    QVERIFY2(database.open(good), qPrintable(database.errorString()));
    QVERIFY(!database.wasCreated());
    QVERIFY(!database.wasRecovered());
    database.close();
}

QTEST_GUILESS_MAIN(TestCaseDatabaseChecks)
#include "tst_casedatabasechecks.moc"
