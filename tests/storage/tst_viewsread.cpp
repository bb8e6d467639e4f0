// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's read of a large file (CaseRepository::decisionsForViews into compact rows), which reads the table's
// two halves at once over two connections: the same decisions, in the same order, as the one-pass read.
#include "caserepository.h"
#include "emptyschema.h"
#include "fixtures.h"
#include "syntheticdecisions.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestViewsRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_connection = QStringLiteral("tst_viewsread_%1").arg(++m_run);
        const QString problem = EmptySchema::open(m_connection, m_dir.filePath(m_connection + QLatin1String(".db")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup()
    {
        CaseRepository::setParallelReadFrom(CaseRepository::DefaultParallelReadFrom);
        EmptySchema::close(m_connection);
    }

    void sameAsOnePass_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("deleteEvery"); // rowids with gaps, as deletions leave them
        QTest::addColumn<int>("parallelFrom");
        QTest::newRow("3,000, in two halves") << 3000 << 0 << 1000;
        QTest::newRow("3,000 with gaps, in two halves") << 3000 << 7 << 1000;
        QTest::newRow("3,000, in one pass") << 3000 << 0 << 200000;
        QTest::newRow("two decisions, in two halves") << 2 << 0 << 1;
    }
    void sameAsOnePass()
    {
        QFETCH(int, count);
        QFETCH(int, deleteEvery);
        QFETCH(int, parallelFrom);
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        CaseRepository repository(db);
        QList<Decision> saved = SyntheticDecisions::generate(count);
        saved += Fixtures::bundled().decisions; // penalties, long texts: rows kept whole
        QVERIFY2(repository.saveDecisions(saved), qPrintable(repository.lastError()));
        if (deleteEvery > 0) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM decisions WHERE rowid % %1 = 0").arg(deleteEvery)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        }
        QList<Decision> expected;
        QVERIFY(repository.decisionsForViews(&expected, {}));

        CaseRepository::setParallelReadFrom(parallelFrom);
        QList<qint64> reported;
        DecisionTable table;
        QVERIFY2(repository.decisionsForViews(&table,
                     [&](qint64 done, qint64 total) {
                         reported.append(done);
                         return done <= total;
                     }),
            qPrintable(repository.lastError()));
        QCOMPARE(table.size(), expected.size());
        for (qsizetype row = 0; row < expected.size(); ++row) {
            const Decision read = table.decision(row);
            QVERIFY2(read == expected.at(row), qPrintable(QStringLiteral("row %1: %2, expected %3")
                                                       .arg(row)
                                                       .arg(read.id, expected.at(row).id)));
            QCOMPARE(read.rowVersion, expected.at(row).rowVersion);
            QCOMPARE(table.rowOf(read.id), row);
        }
        QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
    }

    // Nothing to read, with the two-part read asked for at any size: an empty table, and no error.
    void emptyDatabase()
    {
        CaseRepository repository(QSqlDatabase::database(m_connection));
        CaseRepository::setParallelReadFrom(0);
        DecisionTable table;
        table.append(Decision()); // what was there before is replaced
        QVERIFY2(repository.decisionsForViews(&table, {}), qPrintable(repository.lastError()));
        QVERIFY(table.isEmpty());
        QVERIFY(repository.lastError().isEmpty());
    }

    void stopsWhenAsked_data()
    {
        QTest::addColumn<int>("parallelFrom");
        QTest::newRow("in two halves") << 1000;
        QTest::newRow("in one pass") << 200000;
    }
    void stopsWhenAsked()
    {
        QFETCH(int, parallelFrom);
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        CaseRepository repository(db);
        QVERIFY2(repository.saveDecisions(SyntheticDecisions::generate(40000)), qPrintable(repository.lastError()));
        CaseRepository::setParallelReadFrom(parallelFrom);
        DecisionTable table;
        int calls = 0;
        QVERIFY(!repository.decisionsForViews(&table, [&](qint64, qint64) { return ++calls < 2; }));
        QCOMPARE(calls, 2);
        QVERIFY(table.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_connection;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(TestViewsRead)
#include "tst_viewsread.moc"
