// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseRepository::forEachDecisionInParts(), the read of `caseline stats`: a large file in two parts at once, each
// part's decisions in the stored order, part 0's before part 1's, so that the two together are the one-pass read.
#include "caserepository.h"
#include "emptyschema.h"
#include "fixtures.h"
#include "syntheticdecisions.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(CaseRepository::ReadScope)

namespace {

using Scope = CaseRepository::ReadScope;

// The decisions of each part, as they came.
struct PartsRead
{
    bool ok = false;
    QList<Decision> parts[2];
};

PartsRead readInParts(const CaseRepository &repository, Scope scope)
{
    PartsRead read;
    // Each part is only ever visited from one thread, but the two may run at once: a list each, no lock needed.
    read.ok = repository.forEachDecisionInParts(scope, [&read](int part, const Decision &d) {
        read.parts[part].append(d);
        return true;
    });
    return read;
}

} // namespace

class TestPartsRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_connection = QStringLiteral("tst_partsread_%1").arg(++m_run);
        const QString problem = EmptySchema::open(m_connection, m_dir.filePath(m_connection + QLatin1String(".db")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup()
    {
        CaseRepository::setParallelReadFrom(CaseRepository::DefaultParallelReadFrom);
        EmptySchema::close(m_connection);
    }

    void partsInOrder_areTheOnePassRead_data()
    {
        QTest::addColumn<Scope>("scope");
        QTest::addColumn<int>("deleteEvery"); // rowids with gaps, as deletions leave them
        QTest::addColumn<int>("parallelFrom");
        QTest::addColumn<bool>("twoParts");
        QTest::newRow("figures, in two parts") << Scope::Figures << 0 << 1000 << true;
        QTest::newRow("figures with gaps, in two parts") << Scope::Figures << 7 << 1000 << true;
        QTest::newRow("views, in two parts") << Scope::Views << 0 << 1000 << true;
        QTest::newRow("figures, below the size for two parts") << Scope::Figures << 0 << 200000 << false;
        // The free-text search needs every field, which only the one-pass read gives.
        QTest::newRow("everything, in one pass at any size") << Scope::Everything << 0 << 1000 << false;
    }
    void partsInOrder_areTheOnePassRead()
    {
        QFETCH(Scope, scope);
        QFETCH(int, deleteEvery);
        QFETCH(int, parallelFrom);
        QFETCH(bool, twoParts);
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        CaseRepository repository(db);
        QList<Decision> saved = SyntheticDecisions::generate(3000);
        saved += Fixtures::bundled().decisions; // penalties, status changes, relations
        QVERIFY2(repository.saveDecisions(saved), qPrintable(repository.lastError()));
        if (deleteEvery > 0) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM decisions WHERE rowid % %1 = 0").arg(deleteEvery)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        }
        QList<Decision> expected;
        QVERIFY(repository.forEachDecision(CaseRepository::ReadOrder::Stored, scope, [&expected](const Decision &d) {
            expected.append(d);
            return true;
        }));

        CaseRepository::setParallelReadFrom(parallelFrom);
        const PartsRead read = readInParts(repository, scope);
        QVERIFY2(read.ok, qPrintable(repository.lastError()));
        QCOMPARE(!read.parts[1].isEmpty(), twoParts);
        if (twoParts) // halves by rowid: neither part is most of the file
            QVERIFY(qAbs(read.parts[0].size() - read.parts[1].size()) < expected.size() / 10);
        const QList<Decision> joined = read.parts[0] + read.parts[1];
        QCOMPARE(joined.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(joined.at(i) == expected.at(i), qPrintable(QStringLiteral("decision %1: %2, expected %3")
                                                          .arg(i)
                                                          .arg(joined.at(i).id, expected.at(i).id)));
            QCOMPARE(joined.at(i).rowVersion, expected.at(i).rowVersion);
        }
    }

    // Nothing to read, with the two parts asked for at any size: no decision and no error.
    void emptyDatabase()
    {
        CaseRepository repository(QSqlDatabase::database(m_connection));
        CaseRepository::setParallelReadFrom(0);
        const PartsRead read = readInParts(repository, Scope::Figures);
        QVERIFY2(read.ok, qPrintable(repository.lastError()));
        QVERIFY(read.parts[0].isEmpty() && read.parts[1].isEmpty());
        QVERIFY(repository.lastError().isEmpty());
    }

    // A visitor that stops one part stops the other too, and the read is still a success (as forEachDecision()).
    void stopsBothParts()
    {
        CaseRepository repository(QSqlDatabase::database(m_connection));
        QVERIFY2(repository.saveDecisions(SyntheticDecisions::generate(40000)), qPrintable(repository.lastError()));
        CaseRepository::setParallelReadFrom(1000);
        QMutex mutex;
        int visited[2] = { 0, 0 };
        const bool ok = repository.forEachDecisionInParts(Scope::Figures, [&](int part, const Decision &) {
            const QMutexLocker locker(&mutex);
            ++visited[part];
            return part != 0 || visited[0] < 100;
        });
        QVERIFY2(ok, qPrintable(repository.lastError()));
        QCOMPARE(visited[0], 100);
        // The other part stops at its next decision once told: far short of its 20,000.
        QVERIFY2(visited[1] < 19000, qPrintable(QString::number(visited[1])));
    }

    // Parts that cannot read (a table of child rows missing, as in a damaged file) fail the whole read, with
    // SQLite's words.
    void failureOfAPartFailsTheRead()
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        CaseRepository repository(db);
        QVERIFY2(repository.saveDecisions(SyntheticDecisions::generate(4000)), qPrintable(repository.lastError()));
        CaseRepository::setParallelReadFrom(1000);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE periodic_penalties")));
        const PartsRead read = readInParts(repository, Scope::Figures);
        QVERIFY(!read.ok);
        QVERIFY2(repository.lastError().contains(QLatin1String("periodic_penalties")), qPrintable(repository.lastError()));
    }

private:
    QTemporaryDir m_dir;
    QString m_connection;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(TestPartsRead)
#include "tst_partsread.moc"
