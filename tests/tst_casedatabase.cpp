// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "caserepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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

// Runs statements on PATH through a connection of its own, closed and removed before returning.
QString runSql(const QString &path, const QStringList &statements)
{
    static int run = 0;
    const QString name = QStringLiteral("tst_casedatabase_raw_%1").arg(++run);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString &statement : statements) {
                if (!q.exec(statement)) {
                    error = statement + QLatin1String(": ") + q.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString metaValue(const QString &path, const QString &key)
{
    static int run = 0;
    const QString name = QStringLiteral("tst_casedatabase_meta_%1").arg(++run);
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
            q.addBindValue(key);
            if (q.exec() && q.next())
                value = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

qsizetype decisionCount(const CaseDatabase &database)
{
    return CaseRepository(database.connection()).decisions().size();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestCaseDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void open_createsMissingFileFromBundledData();
    void open_existingFileIsNotRecreated();
    void open_refusesUntrustedFileWithoutTouchingIt_data();
    void open_refusesUntrustedFileWithoutTouchingIt();
    void open_readOnlyFileOpensReadOnly();
    void close_marksCleanShutdown();
    void destructor_marksCleanShutdown();
    void open_afterUncleanShutdown_reportsRecovered();
    void open_afterKill_readsTheWriteAheadLogAndReportsRecovered();
    void open_afterRefusal_canOpenAnotherFile();
    void defaultPath_isInTheApplicationDataFolder();

private:
    QString connectionName() const { return QStringLiteral("tst_casedatabase_%1").arg(m_run); }
    QString createCaselineFile(const QString &path);

    QTemporaryDir m_fixtures;
    QByteArray m_realDatabase;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_run = 0;
};

QString TestCaseDatabase::createCaselineFile(const QString &path)
{
    CaseDatabase database(QStringLiteral("tst_casedatabase_fixture"));
    if (!database.open(path))
        return database.errorString();
    database.close();
    return {};
}

void TestCaseDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fixtures.isValid());
    const QString real = m_fixtures.filePath(QStringLiteral("real.sqlite"));
    const QString error = createCaselineFile(real);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_realDatabase = readFile(real);
    QVERIFY(m_realDatabase.size() > 16 * 1024);
}

void TestCaseDatabase::init()
{
    ++m_run;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A connection removed while a handle is still alive leaves the file open: any such warning is a failure.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use|duplicate connection name")));
}

void TestCaseDatabase::cleanup()
{
    QVERIFY2(!QSqlDatabase::contains(connectionName()), "a test left its connection registered");
    m_dir.reset();
}

void TestCaseDatabase::open_createsMissingFileFromBundledData()
{
    const QString path = m_dir->filePath(QStringLiteral("sub/folder/caseline.sqlite"));
    CaseDatabase database(connectionName());
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QVERIFY(database.isOpen());
    QVERIFY(database.wasCreated());
    QVERIFY(!database.isReadOnly());
    QVERIFY(!database.wasRecovered());
    QVERIFY2(database.errorString().isEmpty(), qPrintable(database.errorString()));
    QCOMPARE(database.path(), path);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".creating")));

    QCOMPARE(decisionCount(database), 34);
    {
        CaseRepository repository(database.connection());
        QCOMPARE(repository.dbSizeClaims().size(), 19);
        QCOMPARE(repository.meta(QStringLiteral("bundled_version")).size(), 16);
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), CaseDatabase::ApplicationId);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), CaseDatabase::SchemaVersion);
    }
    database.close();
    QVERIFY(!database.isOpen());
}

void TestCaseDatabase::open_existingFileIsNotRecreated()
{
    const QString path = m_dir->filePath(QStringLiteral("caseline.sqlite"));
    {
        CaseDatabase database(connectionName());
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        QVERIFY(database.wasCreated());
        QVERIFY(CaseRepository(database.connection()).setMeta(QStringLiteral("marker"), QStringLiteral("kept")));
        QVERIFY(CaseRepository(database.connection()).deleteDecisions({ QStringLiteral("gb-ico-2022-fine") }));
    }
    CaseDatabase database(connectionName());
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QVERIFY(!database.wasCreated());
    QVERIFY(!database.isReadOnly());
    QCOMPARE(CaseRepository(database.connection()).meta(QStringLiteral("marker")), QStringLiteral("kept"));
    QCOMPARE(decisionCount(database), 33);
    database.close();
}

void TestCaseDatabase::open_refusesUntrustedFileWithoutTouchingIt_data()
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
    QTest::newRow("SQLite header followed by noise") << headerThenNoise << QStringLiteral("corrupt");

    QTest::newRow("truncated caseline database")
        << m_realDatabase.left(m_realDatabase.size() / 2) << QStringLiteral("corrupt");

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
    QTest::newRow("caseline database with a corrupted page") << corrupt << QStringLiteral("corrupt");

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
        << readFile(newerPath) << QStringLiteral("newer caseline (schema version 99");
}

void TestCaseDatabase::open_refusesUntrustedFileWithoutTouchingIt()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);

    const QString path = m_dir->filePath(QStringLiteral("caseline.sqlite"));
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
        QCOMPARE(decisionCount(database), 34);
    }
    QVERIFY2(readFile(path) == content, "the refused file was modified");
    QCOMPARE(filesIn(m_dir->path()), filesBefore);
}

void TestCaseDatabase::open_readOnlyFileOpensReadOnly()
{
    const QString path = m_dir->filePath(QStringLiteral("caseline.sqlite"));
    const QString error = createCaselineFile(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    if (QFileInfo(path).isWritable())
        QSKIP("the 0444 file is still writable (running as root), so read-only opening cannot be tested here");
    const QByteArray before = readFile(path);

    {
        CaseDatabase database(connectionName());
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        QVERIFY(database.isOpen());
        QVERIFY(database.isReadOnly());
        QVERIFY(!database.wasCreated());
        QVERIFY2(database.errorString().contains(QLatin1String("read-only")), qPrintable(database.errorString()));
        QCOMPARE(decisionCount(database), 34);
        database.close();
    }
    QVERIFY2(readFile(path) == before, "the read-only file was modified");
}

void TestCaseDatabase::close_marksCleanShutdown()
{
    const QString path = m_dir->filePath(QStringLiteral("caseline.sqlite"));
    CaseDatabase database(connectionName());
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QCOMPARE(CaseRepository(database.connection()).meta(QStringLiteral("clean_shutdown")), QStringLiteral("0"));
    database.close();
    QVERIFY(!database.isOpen());
    QVERIFY(!QSqlDatabase::contains(connectionName()));
    QCOMPARE(metaValue(path, QStringLiteral("clean_shutdown")), QStringLiteral("1"));

    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QVERIFY(!database.wasRecovered());
    database.close();
}

void TestCaseDatabase::destructor_marksCleanShutdown()
{
    const QString path = m_dir->filePath(QStringLiteral("caseline.sqlite"));
    {
        CaseDatabase database(connectionName());
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
    }
    QVERIFY(!QSqlDatabase::contains(connectionName()));
    QCOMPARE(metaValue(path, QStringLiteral("clean_shutdown")), QStringLiteral("1"));
}

void TestCaseDatabase::open_afterUncleanShutdown_reportsRecovered()
{
    const QString path = m_dir->filePath(QStringLiteral("caseline.sqlite"));
    QString error = createCaselineFile(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = runSql(path, { QStringLiteral("UPDATE meta SET value = '0' WHERE key = 'clean_shutdown'") });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    CaseDatabase database(connectionName());
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QVERIFY(database.wasRecovered());
    QVERIFY(!database.isReadOnly());
    QCOMPARE(decisionCount(database), 34);
    database.close();

    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QVERIFY(!database.wasRecovered());
    database.close();
}

void TestCaseDatabase::open_afterKill_readsTheWriteAheadLogAndReportsRecovered()
{
    const QString path = m_dir->filePath(QStringLiteral("caseline.sqlite"));
    const QString copy = m_dir->filePath(QStringLiteral("killed.sqlite"));
    {
        CaseDatabase database(connectionName());
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        QVERIFY(CaseRepository(database.connection()).deleteDecisions({ QStringLiteral("nl-ap-2024-fine") }));
        // What a kill leaves behind: the file with its write-ahead log and shared-memory index, never closed.
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            if (QFileInfo::exists(path + suffix))
                QVERIFY(QFile::copy(path + suffix, copy + suffix));
        }
        database.close();
    }

    CaseDatabase database(connectionName());
    QVERIFY2(database.open(copy), qPrintable(database.errorString()));
    QVERIFY(database.wasRecovered());
    QVERIFY(!database.isReadOnly());
    QCOMPARE(decisionCount(database), 33);
    database.close();
}

void TestCaseDatabase::open_afterRefusal_canOpenAnotherFile()
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
    QCOMPARE(decisionCount(database), 34);

    // Opening the same object again closes the first file cleanly.
    QVERIFY2(database.open(good), qPrintable(database.errorString()));
    QVERIFY(!database.wasCreated());
    QVERIFY(!database.wasRecovered());
    database.close();
}

void TestCaseDatabase::defaultPath_isInTheApplicationDataFolder()
{
    const QString path = CaseDatabase::defaultPath();
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("caseline.sqlite"));
    QCOMPARE(QFileInfo(path).absolutePath(),
        QFileInfo(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).absoluteFilePath());
}

QTEST_GUILESS_MAIN(TestCaseDatabase)
#include "tst_casedatabase.moc"
