// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "caserepository.h"
#include "decisioncsv.h"
#include "decisionimporter.h"
#include "importrun.h"
#include "importvalidator.h"

#include "testfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// The command line's import (DecisionImporter::planAndApply, preview): the file is read as it streams in and each
// decision written as soon as it is checked, in one transaction that anything wrong anywhere rolls back.
namespace {

const QByteArray Header = "id,country,authority,decision_type,decision_date,summary\n";

QByteArray row(const QString &id, const QString &date = QStringLiteral("2024-01-02"))
{
    return (id + QStringLiteral(",FR,CNIL,fine,") + date + QStringLiteral(",generated\n")).toUtf8();
}

QByteArray rows(int count, const QString &prefix = QStringLiteral("s-"))
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += row(prefix + QString::number(i));
    return out;
}

using TestFiles::databaseContent;
using TestFiles::readFile;
using TestFiles::writeFile;

} // namespace

class TestImportStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void planAndApply_readsAFileOverTheOldLimit_data();
    void planAndApply_readsAFileOverTheOldLimit();
    void planAndApply_oneBadRowAfterManyWritesNothing();
    void planAndApply_aFailedWriteWritesNothing_data();
    void planAndApply_aFailedWriteWritesNothing();
    void planAndApply_listsDecisionsOnlyWhenAsked_data();
    void planAndApply_listsDecisionsOnlyWhenAsked();
    void preview_writesAndKeepsNothing();
    void planAndApply_updatesInFileOrder_whenTheDatabaseIsLarge();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseDatabase> m_db;
};

void TestImportStream::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportStream::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<CaseDatabase>(QStringLiteral("stream"));
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("db.sqlite"))), qPrintable(m_db->errorString()));
}

void TestImportStream::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestImportStream::planAndApply_readsAFileOverTheOldLimit_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("padding");
    QTest::addColumn<QByteArray>("after");
    // White space between the decisions makes a large file that is quick to read: what matters is that it is not
    // refused, nor held whole, and that the lines after it are still counted right.
    const QByteArray spaces(101 * 1024 * 1024, ' ');
    QTest::newRow("JSON") << QStringLiteral("big.json")
                          << QByteArray("[{\"id\": \"b-1\", \"country\": \"FR\", \"authority\": \"CNIL\", "
                                        "\"decision_type\": \"fine\", \"decision_date\": \"2024-01-02\"},")
                          << spaces + '\n'
                          << QByteArray("{\"id\": \"b-2\", \"country\": \"FR\", \"authority\": \"CNIL\", "
                                        "\"decision_type\": \"fine\", \"decision_date\": \"2024-01-03\"}]\n");
    QTest::newRow("CSV") << QStringLiteral("big.csv") << Header + row(QStringLiteral("b-1"))
                         << QByteArray(101 * 1024 * 1024, '\n') << row(QStringLiteral("b-2"));
}

void TestImportStream::planAndApply_readsAFileOverTheOldLimit()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, padding);
    QFETCH(QByteArray, after);
    const QString file = m_dir->filePath(name);
    QVERIFY(writeFile(file, before + padding + after));
    QVERIFY(QFileInfo(file).size() > ImportValidator::MaxFileSize);
    CaseRepository repo(m_db->connection());
    QString error;
    const ImportPlan plan = DecisionImporter::planAndApply(file, repo, &error);
    QVERIFY2(plan.canApply(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(plan.newCount, 2);
    QVERIFY(repo.decision(QStringLiteral("b-1")));
    QVERIFY(repo.decision(QStringLiteral("b-2")));

    // A problem after the padding is found on its line.
    const int lastLine = int(before.count('\n') + padding.count('\n')) + 1;
    const QString bad = m_dir->filePath(QStringLiteral("bad-") + name);
    QByteArray badAfter = after;
    badAfter.replace("2024-01-03", "2024-02-30");
    badAfter.replace("2024-01-02", "2024-02-30");
    badAfter.replace("b-2", "b-3");
    QVERIFY(writeFile(bad, QByteArray(before).replace("b-1", "b-4") + padding + badAfter));
    const ImportPlan refused = DecisionImporter::planAndApply(bad, repo, &error);
    QCOMPARE(refused.errors.size(), 1);
    QVERIFY2(refused.errors.constFirst().startsWith(bad + QLatin1Char(':') + QString::number(lastLine)
                 + QStringLiteral(": decision_date: '2024-02-30'")),
        qPrintable(refused.errors.constFirst()));
    QVERIFY(!repo.decision(QStringLiteral("b-4")));
}

// The decisions before the bad row were written as they were read: the transaction takes them back.
void TestImportStream::planAndApply_oneBadRowAfterManyWritesNothing()
{
    const QString file = m_dir->filePath(QStringLiteral("late.csv"));
    QVERIFY(writeFile(file, Header + rows(3000) + row(QStringLiteral("s-late"), QStringLiteral("2024-13-01"))));
    CaseRepository repo(m_db->connection());
    const QByteArray before = databaseContent(m_db->path());
    QVERIFY(!before.isEmpty());
    const QStringList idsBefore = repo.decisionIds();
    QString error;
    const ImportPlan plan = DecisionImporter::planAndApply(file, repo, &error);
    QCOMPARE(plan.errors,
        QStringList { file + QStringLiteral(":3002: decision_date: '2024-13-01' is not a date that exists") });
    QCOMPARE(plan.newCount, 0);
    QCOMPARE(repo.decisionIds(), idsBefore);
    QCOMPARE(databaseContent(m_db->path()), before);
}

void TestImportStream::planAndApply_aFailedWriteWritesNothing_data()
{
    QTest::addColumn<QString>("trigger");
    // A temporary trigger keeps the connection's statement journals in files (changing where would drop it); one in
    // the file lets the import keep them in memory. Either way the statement that fails is undone, then the rest.
    QTest::newRow("temporary trigger") << QStringLiteral(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.decisions WHEN NEW.id = 's-1500' "
        "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END");
    QTest::newRow("trigger of the file, after the row is written") << QStringLiteral(
        "CREATE TRIGGER refuse AFTER INSERT ON decisions WHEN NEW.id = 's-1500' "
        "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END");
}

// A write the database refuses (a trigger stands for a full disk) after others were written.
void TestImportStream::planAndApply_aFailedWriteWritesNothing()
{
    QFETCH(QString, trigger);
    QSqlQuery make(m_db->connection());
    QVERIFY2(make.exec(trigger), qPrintable(make.lastError().text()));
    make.finish();
    const QByteArray before = databaseContent(m_db->path());
    QVERIFY(!before.isEmpty());
    const QString file = m_dir->filePath(QStringLiteral("refused.csv"));
    QVERIFY(writeFile(file, Header + rows(3000)));
    CaseRepository repo(m_db->connection());
    const QStringList idsBefore = repo.decisionIds();
    QString error;
    const ImportPlan plan = DecisionImporter::planAndApply(file, repo, &error);
    QVERIFY(plan.canApply());
    QVERIFY2(error.startsWith(QStringLiteral("nothing was imported from ") + file + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("refused for the test")), qPrintable(error));
    QCOMPARE(repo.decisionIds(), idsBefore);
    QCOMPARE(databaseContent(m_db->path()), before);
}

void TestImportStream::planAndApply_listsDecisionsOnlyWhenAsked_data()
{
    QTest::addColumn<bool>("perDecision");
    QTest::newRow("counts only") << false;
    QTest::newRow("each decision and its changes") << true;
}

void TestImportStream::planAndApply_listsDecisionsOnlyWhenAsked()
{
    QFETCH(bool, perDecision);
    CaseRepository repo(m_db->connection());
    const Decision stored = *repo.decision(QStringLiteral("fr-cnil-2022-fine"));
    const QString file = m_dir->filePath(QStringLiteral("mixed.csv"));
    QVERIFY(writeFile(file,
        "id,country,authority,decision_type,decision_date,announce_date,summary\n"
        "n-1,FR,CNIL,fine,2024-01-02,,new\n"
            + (stored.id + QLatin1Char(',') + stored.country + QStringLiteral(",\"") + stored.authority
                + QStringLiteral("\",") + stored.decisionType + QLatin1Char(',')
                + stored.decisionDate.toString(Qt::ISODate) + QLatin1Char(',')
                + stored.announceDate.toString(Qt::ISODate) + QStringLiteral(",changed summary\n"))
                  .toUtf8()));
    QString error;
    const ImportPlan plan = DecisionImporter::planAndApply(file, repo, &error, perDecision);
    QVERIFY2(error.isEmpty() && plan.canApply(), qPrintable(error + plan.errors.join(QLatin1Char('\n'))));
    QCOMPARE(plan.newCount, 1);
    QCOMPARE(plan.updatedCount, 1);
    QVERIFY(plan.toWrite.isEmpty()); // written as read, never held
    QCOMPARE(plan.newIds, perDecision ? QStringList { QStringLiteral("n-1") } : QStringList());
    QCOMPARE(plan.updated.size(), perDecision ? 1 : 0);
    const QStringList summary = DecisionImporter::summary(plan, perDecision);
    QCOMPARE(summary.constFirst(), file + QStringLiteral(": 1 new, 1 updated, 0 unchanged"));
    QCOMPARE(summary.size() > 1, perDecision);
    QCOMPARE(repo.decision(stored.id)->summary, QStringLiteral("changed summary"));
}

void TestImportStream::preview_writesAndKeepsNothing()
{
    const QString file = m_dir->filePath(QStringLiteral("dry.csv"));
    QVERIFY(writeFile(file, Header + rows(500)));
    CaseRepository repo(m_db->connection());
    const QByteArray before = TestFiles::fileState(m_db->path());
    QVERIFY(!before.isEmpty());
    const ImportPlan plan = DecisionImporter::preview(file, repo, false);
    QVERIFY(plan.canApply());
    QCOMPARE(plan.newCount, 500);
    QVERIFY(plan.newIds.isEmpty());
    QVERIFY(plan.toWrite.isEmpty());
    QCOMPARE(TestFiles::fileState(m_db->path()), before);
}

// Beyond ImportRun::ReadAllStoredUpTo stored decisions the file is read twice: the decisions before the first
// stored id it names are written in the first reading, the others in the second, all in file order.
void TestImportStream::planAndApply_updatesInFileOrder_whenTheDatabaseIsLarge()
{
    CaseRepository repo(m_db->connection());
    const QString many = m_dir->filePath(QStringLiteral("many.csv"));
    QVERIFY(writeFile(many, Header + rows(int(ImportRun::ReadAllStoredUpTo) + 10, QStringLiteral("old-"))));
    QString error;
    QVERIFY2(DecisionImporter::planAndApply(many, repo, &error).canApply() && error.isEmpty(), qPrintable(error));

    const QString file = m_dir->filePath(QStringLiteral("update.csv"));
    QVERIFY(writeFile(file,
        Header + row(QStringLiteral("new-1")) + "old-7,FR,CNIL,fine,2024-01-02,updated\n" + row(QStringLiteral("new-2"))
            + row(QStringLiteral("old-8"))));
    const ImportPlan plan = DecisionImporter::planAndApply(file, repo, &error);
    QVERIFY2(plan.canApply() && error.isEmpty(), qPrintable(error + plan.errors.join(QLatin1Char('\n'))));
    QCOMPARE(plan.newIds, (QStringList { QStringLiteral("new-1"), QStringLiteral("new-2") }));
    QCOMPARE(plan.updated.size(), 1);
    QCOMPARE(plan.updated.constFirst().id, QStringLiteral("old-7"));
    QCOMPARE(plan.unchangedIds, QStringList { QStringLiteral("old-8") });
    QCOMPARE(repo.decision(QStringLiteral("old-7"))->summary, QStringLiteral("updated"));
    QVERIFY(repo.decision(QStringLiteral("new-2")));
    QCOMPARE(TestFiles::foreignKeyProblems(m_db->connection()), QStringList());
}

QTEST_GUILESS_MAIN(TestImportStream)
#include "tst_importstream.moc"
