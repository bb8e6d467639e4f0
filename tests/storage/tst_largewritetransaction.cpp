// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserepository.h"
#include "emptyschema.h"
#include "fixtures.h"
#include "testfiles.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// CaseRepository::inLargeWriteTransaction, the import's transaction, with LargeWriteSettings while it runs and only
// then: SQLite's undo record of each statement in memory (PRAGMA temp_store = MEMORY), the rollback journal when the
// file is not open elsewhere, the length-limit triggers off when they are the only ones; everything else is
// inWriteTransaction's.
class TestLargeWriteTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keepsStatementJournalsInMemoryOnlyWhileItRuns_data();
    void keepsStatementJournalsInMemoryOnlyWhileItRuns();
    void aStatementThatAbortsHalfWayLeavesNothing();
    void leavesTheTemporaryTablesOfTheConnectionAlone();
    void insideAnotherTransactionJoinsIt();
    void usesTheRollbackJournalOnlyWhenAlone_data();
    void usesTheRollbackJournalOnlyWhenAlone();
    void turnsTheLengthTriggersOffOnlyInsideIt_data();
    void turnsTheLengthTriggersOffOnlyInsideIt();
    void checksForeignKeysAgainAfterIt_data();
    void checksForeignKeysAgainAfterIt();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }
    QVariant pragma(const QString &statement) const;
    bool insertLongAuthority() const;
    int tempStore() const;
    bool setTempStore(int value) const;
    QStringList storedIds() const { return CaseRepository(db()).decisionIds(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_connection;
    int m_run = 0;
};

namespace {

// PRAGMA temp_store's values.
constexpr int File = 1;
constexpr int Memory = 2;

Decision decisionWithId(const QString &id)
{
    Decision d = Fixtures::ukFine();
    d.id = id;
    d.relatedTo.clear();
    d.statusChanges.clear();
    return d;
}

} // namespace

// A file, not memory: SQLite keeps the journals of an in-memory database in memory whatever temp_store says.
void TestLargeWriteTransaction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_connection = QStringLiteral("tst_largewritetransaction_%1").arg(++m_run);
    const QString problem = EmptySchema::open(m_connection, m_dir->filePath(QStringLiteral("large.sqlite")));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
}

void TestLargeWriteTransaction::cleanup()
{
    EmptySchema::close(m_connection);
    m_dir.reset();
}

int TestLargeWriteTransaction::tempStore() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA temp_store")) && q.next() ? q.value(0).toInt() : -1;
}

bool TestLargeWriteTransaction::setTempStore(int value) const
{
    return QSqlQuery(db()).exec(QStringLiteral("PRAGMA temp_store = %1").arg(value));
}

void TestLargeWriteTransaction::keepsStatementJournalsInMemoryOnlyWhileItRuns_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<bool>("commit");
    QTest::newRow("default, committed") << 0 << true;
    QTest::newRow("default, rolled back") << 0 << false;
    QTest::newRow("file, committed") << File << true;
    QTest::newRow("file, rolled back") << File << false;
}

void TestLargeWriteTransaction::keepsStatementJournalsInMemoryOnlyWhileItRuns()
{
    QFETCH(int, before);
    QFETCH(bool, commit);
    QVERIFY(setTempStore(before));
    CaseRepository repository(db());
    int during = -1;
    const bool written = repository.inLargeWriteTransaction([&] {
        during = tempStore();
        return repository.saveDecisions({ decisionWithId(QStringLiteral("large-1")) }) && commit;
    });
    QCOMPARE(written, commit);
    QCOMPARE(during, Memory);
    QCOMPARE(tempStore(), before);
    QCOMPARE(storedIds(), commit ? QStringList { QStringLiteral("large-1") } : QStringList());
}

// A statement that fails after it changed pages (its trigger aborts once the row and its index entry are written) is
// undone from the statement journal kept in memory, and the transaction after it: nothing of it stays.
void TestLargeWriteTransaction::aStatementThatAbortsHalfWayLeavesNothing()
{
    QSqlQuery trigger(db());
    QVERIFY2(trigger.exec(QStringLiteral("CREATE TRIGGER refuse AFTER INSERT ON decisions WHEN NEW.id = 'large-3' "
                                         "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")),
        qPrintable(trigger.lastError().text()));
    CaseRepository repository(db());
    QStringList insideAfterRefusal;
    QString integrityInside;
    const bool written = repository.inLargeWriteTransaction([&] {
        CaseRepository::Writer writer(repository);
        for (const QString &id : { QStringLiteral("large-1"), QStringLiteral("large-2"), QStringLiteral("large-3") }) {
            if (!writer.insert(decisionWithId(id))) {
                // Only the statement that failed was undone: what the ones before it wrote is still there.
                insideAfterRefusal = storedIds();
                QSqlQuery check(db());
                if (check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next())
                    integrityInside = check.value(0).toString();
                return false;
            }
        }
        return true;
    });
    QVERIFY(!written);
    QCOMPARE(insideAfterRefusal, (QStringList { QStringLiteral("large-1"), QStringLiteral("large-2") }));
    QCOMPARE(integrityInside, QStringLiteral("ok"));
    QVERIFY2(repository.lastError().contains(QLatin1String("refused for the test")), qPrintable(repository.lastError()));
    QCOMPARE(storedIds(), QStringList());
    QSqlQuery check(db());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    check.finish();
    QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM decision_texts")) && check.next());
    QCOMPARE(check.value(0).toInt(), 0);
}

// Changing temp_store drops the connection's temporary tables, triggers and views: with any, it stays as it is.
void TestLargeWriteTransaction::leavesTheTemporaryTablesOfTheConnectionAlone()
{
    QVERIFY(setTempStore(File));
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE kept (value TEXT)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO kept VALUES ('still here')")));
    CaseRepository repository(db());
    int during = -1;
    QVERIFY(repository.inLargeWriteTransaction([&] {
        during = tempStore();
        return repository.saveDecisions({ decisionWithId(QStringLiteral("large-1")) });
    }));
    QCOMPARE(during, File);
    QCOMPARE(tempStore(), File);
    QVERIFY2(q.exec(QStringLiteral("SELECT value FROM kept")) && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toString(), QStringLiteral("still here"));
    QCOMPARE(storedIds(), QStringList { QStringLiteral("large-1") });
}

// SQLite takes the setting when a transaction begins: inside one it cannot change, and the write joins it.
void TestLargeWriteTransaction::insideAnotherTransactionJoinsIt()
{
    QVERIFY(setTempStore(File));
    CaseRepository repository(db());
    int during = -1;
    bool innerWritten = false;
    const bool outerWritten = repository.inWriteTransaction([&] {
        innerWritten = repository.inLargeWriteTransaction([&] {
            during = tempStore();
            return repository.saveDecisions({ decisionWithId(QStringLiteral("large-1")) });
        });
        return false;
    });
    QVERIFY(innerWritten);
    QVERIFY(!outerWritten);
    QCOMPARE(during, File);
    QCOMPARE(tempStore(), File);
    QCOMPARE(storedIds(), QStringList());
}

QVariant TestLargeWriteTransaction::pragma(const QString &statement) const
{
    QSqlQuery q(db());
    return q.exec(statement) && q.next() ? q.value(0) : QVariant();
}

// One character past authorities.name's limit (limits.sql).
bool TestLargeWriteTransaction::insertLongAuthority() const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO authorities (name, country) VALUES (?, 'FR')"));
    q.addBindValue(QString(1001, QLatin1Char('a')));
    return q.exec();
}

void TestLargeWriteTransaction::usesTheRollbackJournalOnlyWhenAlone_data()
{
    QTest::addColumn<bool>("otherConnection");
    QTest::newRow("alone on the file") << false;
    QTest::newRow("another connection open") << true;
}

// Leaving the write-ahead log needs the file to itself: with another connection open it stays, without waiting
// for the busy timeout, and the write is the same.
void TestLargeWriteTransaction::usesTheRollbackJournalOnlyWhenAlone()
{
    QFETCH(bool, otherConnection);
    QVERIFY(QSqlQuery(db()).exec(QStringLiteral("PRAGMA busy_timeout = 20000")));
    const QString otherName = m_connection + QStringLiteral("-other");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), otherName);
        other.setDatabaseName(db().databaseName());
        QSqlQuery read(other);
        if (otherConnection)
            QVERIFY(other.open() && read.exec(QStringLiteral("SELECT count(*) FROM decisions")) && read.next());
    }
    CaseRepository repository(db());
    QString during;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(repository.inLargeWriteTransaction([&] {
        during = pragma(QStringLiteral("PRAGMA journal_mode")).toString();
        return repository.saveDecisions({ decisionWithId(QStringLiteral("large-1")) });
    }));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QSqlDatabase::removeDatabase(otherName);
    QCOMPARE(during, otherConnection ? QStringLiteral("wal") : QStringLiteral("delete"));
    QCOMPARE(pragma(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(QStringLiteral("PRAGMA busy_timeout")).toInt(), 20000);
    QCOMPARE(storedIds(), QStringList { QStringLiteral("large-1") });
    QVERIFY(!QFileInfo::exists(db().databaseName() + QStringLiteral("-journal")));
}

void TestLargeWriteTransaction::turnsTheLengthTriggersOffOnlyInsideIt_data()
{
    QTest::addColumn<QString>("otherTrigger");
    QTest::addColumn<bool>("longWrittenInside");
    QTest::newRow("only the length limits") << QString() << true;
    // A trigger that may matter to the write (this one does nothing) keeps every trigger on.
    QTest::newRow("another trigger of the file")
        << QStringLiteral("CREATE TRIGGER kept AFTER INSERT ON authorities BEGIN SELECT 1; END") << false;
    QTest::newRow("a temporary trigger")
        << QStringLiteral("CREATE TEMP TRIGGER kept AFTER INSERT ON main.authorities BEGIN SELECT 1; END") << false;
}

void TestLargeWriteTransaction::turnsTheLengthTriggersOffOnlyInsideIt()
{
    QFETCH(QString, otherTrigger);
    QFETCH(bool, longWrittenInside);
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO countries (code, name_en, name_fr) VALUES ('FR', 'France', 'France')")));
    if (!otherTrigger.isEmpty())
        QVERIFY2(q.exec(otherTrigger), qPrintable(q.lastError().text()));
    QVERIFY(!insertLongAuthority());
    CaseRepository repository(db());
    bool inside = false;
    // Rolled back: nothing written inside stays.
    QVERIFY(!repository.inLargeWriteTransaction([&] {
        inside = insertLongAuthority();
        return false;
    }));
    QCOMPARE(inside, longWrittenInside);
    QVERIFY(!insertLongAuthority());
    QCOMPARE(pragma(QStringLiteral("SELECT count(*) FROM authorities")).toInt(), 0);
}

void TestLargeWriteTransaction::checksForeignKeysAgainAfterIt_data()
{
    QTest::addColumn<int>("before");
    QTest::newRow("checked before") << 1;
    QTest::newRow("unchecked before") << 0;
}

// Inside, SQLite does not check foreign keys (what is written must refer to rows that are there); after, the
// connection checks them as it did before, whether the transaction committed or not.
void TestLargeWriteTransaction::checksForeignKeysAgainAfterIt()
{
    QFETCH(int, before);
    QVERIFY(QSqlQuery(db()).exec(QStringLiteral("PRAGMA foreign_keys = %1").arg(before)));
    CaseRepository repository(db());
    int inside = -1;
    QVERIFY(!repository.inLargeWriteTransaction([&] {
        inside = pragma(QStringLiteral("PRAGMA foreign_keys")).toInt();
        return false;
    }));
    QCOMPARE(inside, 0);
    QCOMPARE(pragma(QStringLiteral("PRAGMA foreign_keys")).toInt(), before);
    QVERIFY(repository.inLargeWriteTransaction([&] {
        return repository.saveDecisions({ decisionWithId(QStringLiteral("large-1")) });
    }));
    QCOMPARE(pragma(QStringLiteral("PRAGMA foreign_keys")).toInt(), before);
    QCOMPARE(TestFiles::foreignKeyProblems(db()), QStringList());
}

QTEST_GUILESS_MAIN(TestLargeWriteTransaction)
#include "tst_largewritetransaction.moc"
