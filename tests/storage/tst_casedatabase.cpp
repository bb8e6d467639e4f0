// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a caseline database: creating it, migrating it, and marking clean and unclean shutdowns. What open()
// refuses, and read-only locations, are tested in tst_casedatabasechecks.
#include "bundleddata.h"
#include "casedatabase.h"
#include "casedatabasefiles.h"
#include "caserepository.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

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
    void open_migratesSchemaVersion1();
    void close_marksCleanShutdown();
    void destructor_marksCleanShutdown();
    void open_afterUncleanShutdown_reportsRecovered();
    void open_afterKill_readsTheWriteAheadLogAndReportsRecovered();
    void defaultPath_isInTheApplicationDataFolder();

private:
    QString connectionName() const { return QStringLiteral("tst_casedatabase_%1").arg(m_run); }

    qsizetype m_bundledCount = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_run = 0;
};

void TestCaseDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString bundledError;
    m_bundledCount = BundledData::load(&bundledError).decisions.size();
    QVERIFY2(bundledError.isEmpty(), qPrintable(bundledError));
    QVERIFY(m_bundledCount > 30);
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

    QCOMPARE(decisionCount(database), m_bundledCount);
    {
        CaseRepository repository(database.connection());
        QCOMPARE(repository.dbSizeClaims().size(), 23);
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
    QCOMPARE(decisionCount(database), m_bundledCount - 1);
    database.close();
}

void TestCaseDatabase::open_migratesSchemaVersion1()
{
    const QString path = m_dir->filePath(QStringLiteral("caseline.sqlite"));
    QString error = createCaselineFile(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Back to schema version 1: no row versions, no length triggers.
    QStringList downgrade;
    for (const char *table : { "authorities", "decisions", "periodic_penalties", "decision_texts", "sources",
             "relations", "status_changes", "db_size_claims", "db_size_sources" }) {
        for (const char *event : { "insert", "update" })
            downgrade.append(
                QStringLiteral("DROP TRIGGER %1_limits_%2").arg(QLatin1String(table), QLatin1String(event)));
    }
    downgrade.append(QStringLiteral("ALTER TABLE decisions DROP COLUMN row_version"));
    downgrade.append(QStringLiteral("PRAGMA user_version = 1"));
    error = runSql(path, downgrade);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    CaseDatabase database(connectionName());
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QVERIFY(!database.isReadOnly());
    {
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), CaseDatabase::SchemaVersion);
    }
    {
        CaseRepository repository(database.connection());
        QList<Decision> decisions = repository.decisions();
        QCOMPARE(decisions.size(), m_bundledCount);
        for (const Decision &d : std::as_const(decisions))
            QCOMPARE(d.rowVersion, qint64(1));
        Decision tooLong = decisions.constFirst();
        tooLong.summary = QString(65537, QLatin1Char('s'));
        QVERIFY(!repository.saveDecisions({ tooLong }));
        QVERIFY2(repository.lastError().contains(QLatin1String("summary longer than 65536 characters")),
            qPrintable(repository.lastError()));
        // Every write raises the version from there.
        tooLong.summary = QStringLiteral("short");
        QVERIFY2(repository.saveDecisions({ tooLong }), qPrintable(repository.lastError()));
        QCOMPARE(repository.decision(tooLong.id)->rowVersion, qint64(2));
    }
    database.close();
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
    QCOMPARE(decisionCount(database), m_bundledCount);
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
    QCOMPARE(decisionCount(database), m_bundledCount - 1);
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
