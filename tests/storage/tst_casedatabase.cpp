// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a caseline database: creating it, migrating it, and marking clean and unclean shutdowns. What open()
// refuses, and read-only locations, are tested in tst_casedatabasechecks.
#include "bundleddata.h"
#include "casedatabase.h"
#include "casedatabasefiles.h"
#include "caserepository.h"
#include "decisionindexreader.h"
#include "emptyschema.h"
#include "olderschemafile.h"
#include "sqlitedirect.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
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

// What a query of one value gives on PATH, through a connection of its own.
QVariant valueOf(const QString &path, const QString &sql)
{
    static int run = 0;
    const QString name = QStringLiteral("tst_casedatabase_value_%1").arg(++run);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// The rows of every table that holds decisions, and of the lecture tables, by table.
QMap<QString, qint64> rowCounts(const QString &path)
{
    QMap<QString, qint64> counts;
    for (const char *table :
        { "countries", "authorities", "decisions", "periodic_penalties", "decision_texts", "sources", "relations",
            "status_changes", "db_size_claims", "db_size_sources", "lecture_scripts", "lecture_steps" }) {
        counts.insert(QLatin1String(table),
            valueOf(path, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong());
    }
    return counts;
}

// How a table's columns are declared (name, type, NOT NULL, default, key), and the SQL of the tables of decision
// texts and of every length trigger, white space folded: what a migrated file and a new file must share. (The
// CREATE TABLE text of decisions itself differs: ALTER TABLE appends the columns it adds.)
QStringList decisionSchema(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    for (const char *table : { "decisions", "decision_texts" }) {
        q.exec(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('%1') "
                              "ORDER BY name")
                   .arg(QLatin1String(table)));
        while (q.next()) {
            out.append(QStringLiteral("%1.%2 %3 %4 %5 %6")
                           .arg(QLatin1String(table), q.value(0).toString(), q.value(1).toString(),
                               q.value(2).toString(), q.value(3).toString(), q.value(4).toString()));
        }
    }
    static const QRegularExpression space(QStringLiteral("\\s+"));
    q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE name = 'decision_texts' OR "
                          "(type = 'trigger' AND name LIKE '%_limits_%') OR "
                          "(type = 'index' AND sql IS NOT NULL AND tbl_name IN ('decisions', 'decision_texts')) "
                          "ORDER BY name"));
    while (q.next())
        out.append(
            q.value(0).toString() + QLatin1String(": ") + q.value(1).toString().replace(space, QStringLiteral(" ")));
    return out;
}

QList<Decision> byId(QList<Decision> decisions)
{
    std::sort(decisions.begin(), decisions.end(), [](const Decision &a, const Decision &b) { return a.id < b.id; });
    return decisions;
}

// Makes a true schema-3 file at PATH, holding the previous release's decisions (no French), one of them at row
// version 5, and a lecture script of the user's; returns them, or fails the test.
QList<Decision> makeVersion3File(const QString &path)
{
    QString error;
    const QList<Decision> previous = previousBundledDecisions(QStringLiteral(CASELINE_TEST_DATA), &error);
    if (!error.isEmpty() || previous.size() < 30)
        qFatal("previous bundled data: %s", qPrintable(error));
    error = createOlderSchemaFile(path, QStringLiteral(CASELINE_TEST_DATA "/schema-version-3.sql"), 3, previous);
    if (error.isEmpty()) {
        error = runSql(path,
            { QStringLiteral("UPDATE decisions SET row_version = 5 WHERE id = 'gb-ico-2022-fine'"),
                QStringLiteral(
                    "INSERT INTO lecture_scripts (id, name, updated) VALUES (7, 'Mine', '2026-01-05T09:00:00Z')"),
                QStringLiteral("INSERT INTO lecture_steps (script_id, position, kind, decision_id) "
                               "VALUES (7, 0, 'decision', 'gb-ico-2022-fine')") });
    }
    if (!error.isEmpty())
        qFatal("schema-3 file: %s", qPrintable(error));
    return previous;
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
    void open_migratesSchemaVersion3_keepsEveryRowWithEmptyFrenchTexts();
    void open_migratesSchemaVersion3_thenStoresAndLimitsFrenchTexts_data();
    void open_readOnlySchemaVersion3_everyReaderReadsWithoutFrench();
    void open_migratesSchemaVersion3_thenStoresAndLimitsFrenchTexts();
    void open_migratesSchemaVersion4_addsTheOrdersIndex();
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
#ifdef CASELINE_SQLITE_DIRECT
    {
        // The first SQLite connection of this process is CaseDatabase's: SQLite counts no memory from then on
        // (SqliteDirect::stopCountingMemory()), so sqlite3_memory_used() stays 0 with a database open.
        QTemporaryDir dir;
        CaseDatabase first(QStringLiteral("first"));
        QVERIFY2(first.open(dir.filePath(QStringLiteral("first.sqlite"))), qPrintable(first.errorString()));
        sqlite3_int64 used = -1;
        QVERIFY(SqliteDirect::inPlugin(first.connection(), [&used](void *plugin) {
            const auto memoryUsed
                = reinterpret_cast<decltype(&sqlite3_memory_used)>(dlsym(plugin, "sqlite3_memory_used"));
            if (memoryUsed)
                used = memoryUsed();
            return memoryUsed != nullptr;
        }));
        QCOMPARE(used, sqlite3_int64(0));
    }
#endif
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

// Schema 5 adds an index and changes no row: a file of version 4 gets the index, keeps every decision, and the views'
// read of the orders finds them in it rather than in the table of every text.
void TestCaseDatabase::open_migratesSchemaVersion4_addsTheOrdersIndex()
{
    const QString path = m_dir->filePath(QStringLiteral("version4.sqlite"));
    QList<Decision> before;
    {
        CaseDatabase database(connectionName());
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        before = CaseRepository(database.connection()).decisions();
    }
    QCOMPARE(runSql(path, { QStringLiteral("DROP INDEX decision_texts_orders"), QStringLiteral("PRAGMA user_version = 4") }),
        QString());
    QCOMPARE(valueOf(path, QStringLiteral("PRAGMA user_version")).toInt(), 4);
    QCOMPARE(valueOf(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'decision_texts_orders'")).toInt(), 0);

    CaseDatabase database(connectionName());
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QSqlQuery q(database.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT d.rowid, c.text FROM decision_texts c CROSS JOIN decisions d "
                                  "ON d.id = c.decision_id WHERE c.kind = 'order' ORDER BY d.rowid, c.position")));
    QStringList plan;
    while (q.next())
        plan.append(q.value(3).toString());
    QVERIFY2(plan.join(QLatin1Char('\n')).contains(QLatin1String("USING INDEX decision_texts_orders")),
        qPrintable(plan.join(QLatin1Char('\n'))));
    q.finish();
    const QList<Decision> after = CaseRepository(database.connection()).decisions();
    QCOMPARE(after, before);
    QVERIFY(std::any_of(after.cbegin(), after.cend(), [](const Decision &d) { return !d.orders.isEmpty(); }));
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
    // Nor the French texts of schema 4 (the wider CHECK of decision_texts stays: migrate_4 makes it anew).
    downgrade.append(QStringLiteral("ALTER TABLE decisions DROP COLUMN outcome_fr"));
    downgrade.append(QStringLiteral("ALTER TABLE decisions DROP COLUMN summary_fr"));
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

void TestCaseDatabase::open_migratesSchemaVersion3_keepsEveryRowWithEmptyFrenchTexts()
{
    const QString path = m_dir->filePath(QStringLiteral("version3.sqlite"));
    const QList<Decision> previous = makeVersion3File(path);
    QCOMPARE(valueOf(path, QStringLiteral("PRAGMA user_version")).toInt(), 3);
    const QMap<QString, qint64> before = rowCounts(path);
    QCOMPARE(before.value(QStringLiteral("decisions")), qint64(previous.size()));
    QVERIFY(before.value(QStringLiteral("decision_texts")) > 100);

    CaseDatabase database(connectionName());
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QVERIFY(!database.isReadOnly());
    {
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), CaseDatabase::SchemaVersion);
        QCOMPARE(CaseDatabase::SchemaVersion, 5);
        // Nothing set aside is left behind.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'decision_texts_version_3'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    // The tables and triggers exactly as a new file has them.
    {
        const QString fresh = QStringLiteral("tst_casedatabase_fresh_%1").arg(m_run);
        QVERIFY(EmptySchema::open(fresh).isEmpty());
        const QStringList expected = decisionSchema(QSqlDatabase::database(fresh));
        EmptySchema::close(fresh);
        QCOMPARE(decisionSchema(database.connection()), expected);
        QVERIFY(expected.size() > 30);
    }
    {
        CaseRepository repository(database.connection());
        const QList<Decision> after = repository.decisions();
        // Every decision and every text as it was, with empty French texts, at its row version.
        QCOMPARE(byId(after), byId(previous));
        for (const Decision &d : after) {
            QVERIFY(d.outcomeFr.isEmpty() && d.summaryFr.isEmpty() && d.ordersFr.isEmpty() && d.factsFr.isEmpty());
            QCOMPARE(d.rowVersion, qint64(d.id == QLatin1String("gb-ico-2022-fine") ? 5 : 1));
        }
    }
    database.close();
    // Every row kept: the decisions' tables row for row, the user's script with its step (the bundled example,
    // offered once to a file that never had it, comes beside it).
    const QMap<QString, qint64> after = rowCounts(path);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("lecture_")))
            QCOMPARE(after.value(it.key()), it.value());
    }
    QCOMPARE(valueOf(path, QStringLiteral("SELECT count(*) FROM lecture_steps WHERE script_id = 7")).toInt(), 1);
    QCOMPARE(valueOf(path, QStringLiteral("SELECT name FROM lecture_scripts WHERE id = 7")).toString(),
        QStringLiteral("Mine"));
}

void TestCaseDatabase::open_migratesSchemaVersion3_thenStoresAndLimitsFrenchTexts_data()
{
    QTest::addColumn<QString>("outcomeFr");
    QTest::addColumn<QString>("summaryFr");
    QTest::addColumn<QStringList>("ordersFr");
    QTest::addColumn<QStringList>("factsFr");
    QTest::addColumn<QString>("error"); // empty: stored

    const QString ok = QStringLiteral("Non payée.");
    QTest::newRow("French texts stored") << ok << QStringLiteral("Résumé") << QStringList { QStringLiteral("Cesser") }
                                         << QStringList { QStringLiteral("Un fait") } << QString();
    QTest::newRow("French outcome too long")
        << QString(65537, QLatin1Char('x')) << QString() << QStringList() << QStringList()
        << QStringLiteral("decisions.outcome_fr longer than 65536 characters");
    QTest::newRow("French summary too long") << ok << QString(65537, QLatin1Char('x')) << QStringList() << QStringList()
                                             << QStringLiteral("decisions.summary_fr longer than 65536 characters");
    QTest::newRow("French fact too long")
        << ok << QString() << QStringList() << QStringList { QString(65537, QLatin1Char('x')) }
        << QStringLiteral("decision_texts.text longer than 65536 characters");
}

// The migrated file takes what only schema 4 can hold, and its limits hold behind the import's.
void TestCaseDatabase::open_migratesSchemaVersion3_thenStoresAndLimitsFrenchTexts()
{
    QFETCH(QString, outcomeFr);
    QFETCH(QString, summaryFr);
    QFETCH(QStringList, ordersFr);
    QFETCH(QStringList, factsFr);
    QFETCH(QString, error);
    const QString path = m_dir->filePath(QStringLiteral("version3.sqlite"));
    makeVersion3File(path);
    CaseDatabase database(connectionName());
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    {
        CaseRepository repository(database.connection());
        Decision d = *repository.decision(QStringLiteral("fr-cnil-2022-fine"));
        d.outcomeFr = outcomeFr;
        d.summaryFr = summaryFr;
        d.ordersFr = ordersFr;
        d.factsFr = factsFr;
        const bool saved = repository.saveDecisions({ d });
        QCOMPARE(saved, error.isEmpty());
        if (saved) {
            const Decision back = *repository.decision(d.id);
            QCOMPARE(back.outcomeFr, outcomeFr);
            QCOMPARE(back.summaryFr, summaryFr);
            QCOMPARE(back.ordersFr, ordersFr);
            QCOMPARE(back.factsFr, factsFr);
            QVERIFY(back == d);
        } else {
            QVERIFY2(repository.lastError().contains(error), qPrintable(repository.lastError()));
            QVERIFY(repository.decision(d.id)->outcomeFr.isEmpty());
        }
    }
    database.close();
}

// A schema-3 file that may not be written is not migrated: every reader must read it as it is, French texts empty.
void TestCaseDatabase::open_readOnlySchemaVersion3_everyReaderReadsWithoutFrench()
{
    const QString path = m_dir->filePath(QStringLiteral("version3.sqlite"));
    const QList<Decision> previous = byId(makeVersion3File(path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    {
        CaseDatabase database(connectionName());
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        QVERIFY(database.isReadOnly());
        {
            CaseRepository repository(database.connection());
            QCOMPARE(byId(repository.decisions()), previous);
            QCOMPARE(byId(DecisionIndexReader(database.connection()).decisions()), previous);
            QList<Decision> streamed;
            QVERIFY(repository.forEachDecision(
                CaseRepository::ReadOrder::ById, CaseRepository::ReadScope::Everything, [&streamed](const Decision &d) {
                    streamed.append(d);
                    return true;
                }));
            QCOMPARE(streamed, previous);
            const std::optional<Decision> one = repository.decision(QStringLiteral("fr-cnil-2022-fine"));
            QVERIFY(one.has_value());
            QVERIFY(one->outcomeFr.isEmpty() && one->summaryFr.isEmpty());
            QVERIFY(!one->outcome.isEmpty());
        }
        database.close();
    }
    QCOMPARE(valueOf(path, QStringLiteral("PRAGMA user_version")).toInt(), 3);
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
