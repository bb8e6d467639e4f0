// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DecisionIndexReader, the window's read of every decision at start-up: it must give exactly what
// CaseRepository::decisions() gives, field by field, row version included, in the same order.
#include "bundleddata.h"
#include "caserepository.h"
#include "decisionindexreader.h"
#include "emptyschema.h"
#include "fixtures.h"
#include "syntheticdecisions.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {

// Every kind of child row, none at all, an announcement date only, a timeline date override, two decisions on
// one day (the id decides) and ids whose byte order differs from their order as QStrings would be compared.
QList<Decision> edgeCases(const Decision &base)
{
    Decision every = base;
    every.id = QStringLiteral("zz-every-child");
    every.decisionDate = QDate(2022, 3, 1);
    every.announceDate = QDate(2022, 5, 1);
    every.timelineDateOverride = QDate(2021, 12, 31);
    every.legalBasis.provisionsViolated = { QStringLiteral("Art. 5(1)(a) GDPR"), QStringLiteral("Art. 6 GDPR") };
    every.orders = { QStringLiteral("stop"), QStringLiteral("delete") };
    every.facts = { QStringLiteral("first fact"), QStringLiteral("second fact") };
    every.lowConfidenceDetails = { QStringLiteral("date uncertain") };
    every.sources = { { QStringLiteral("https://example.org/a"), QStringLiteral("the fine"), QStringLiteral("A"),
                          QStringLiteral("P"), QStringLiteral("en") },
        { QStringLiteral("https://example.org/b"), {}, {}, {}, {} } };
    every.relatedTo = { QStringLiteral("aa-no-child"), QStringLiteral("mm-announced-only") };
    every.statusChanges = { { QDate(2023, 1, 1), QStringLiteral("annulled"), false, QStringLiteral("aa-no-child"),
                                QStringLiteral("set aside") },
        { QDate(2024, 1, 1), QStringLiteral("reinstated"), true, {}, {} } };
    every.periodicPenalty.perDay = Money { 10000, QStringLiteral("EUR") };
    every.periodicPenalty.maxTotal = Money { 1000000, QStringLiteral("EUR") };
    every.periodicPenalty.starts = QStringLiteral("after two months");

    Decision none = base;
    none.id = QStringLiteral("aa-no-child");
    none.decisionDate = QDate(2021, 12, 31);
    none.announceDate = QDate();
    none.timelineDateOverride = QDate();
    none.legalBasis.provisionsViolated.clear();
    none.orders.clear();
    none.facts.clear();
    none.lowConfidenceDetails.clear();
    none.sources.clear();
    none.relatedTo.clear();
    none.statusChanges.clear();
    none.periodicPenalty = {};

    Decision announced = none;
    announced.id = QStringLiteral("mm-announced-only");
    announced.decisionDate = QDate();
    announced.announceDate = QDate(2020, 6, 1);
    announced.sources = { { QStringLiteral("https://example.org/c"), {}, {}, {}, {} } };

    // Same day as `none`: "Z" (0x5A) sorts before "a" in bytes, "é" (0xC3 0xA9) after every ASCII letter.
    Decision upper = none;
    upper.id = QStringLiteral("Zz-upper");
    Decision accented = none;
    accented.id = QStringLiteral("\u00e9-accented");
    accented.target = QStringLiteral("Soci\u00e9t\u00e9 g\u00e9n\u00e9rale");
    return { every, none, announced, upper, accented };
}

} // namespace

class TestDecisionIndexReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void decisions_areWhatTheRepositoryReads_data();
    void decisions_areWhatTheRepositoryReads();
    void decisions_emptyDatabase();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }

    BundledData m_bundled;
    QString m_connection;
    int m_run = 0;
};

void TestDecisionIndexReader::initTestCase()
{
    m_bundled = Fixtures::bundled();
    QVERIFY(!m_bundled.decisions.isEmpty());
}

void TestDecisionIndexReader::init()
{
    m_connection = QStringLiteral("tst_decisionindexreader_%1").arg(++m_run);
    const QString problem = EmptySchema::open(m_connection);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDecisionIndexReader::cleanup()
{
    EmptySchema::close(m_connection);
}

void TestDecisionIndexReader::decisions_areWhatTheRepositoryReads_data()
{
    QTest::addColumn<QString>("data");
    QTest::newRow("bundled data") << QStringLiteral("bundled");
    QTest::newRow("edge cases") << QStringLiteral("edge");
    QTest::newRow("bundled and edge cases") << QStringLiteral("both");
    QTest::newRow("3,000 synthetic decisions") << QStringLiteral("synthetic");
}

void TestDecisionIndexReader::decisions_areWhatTheRepositoryReads()
{
    QFETCH(QString, data);
    QList<Decision> saved;
    if (data == QLatin1String("bundled") || data == QLatin1String("both"))
        saved += m_bundled.decisions;
    if (data == QLatin1String("edge") || data == QLatin1String("both"))
        saved += edgeCases(m_bundled.decisions.constFirst());
    if (data == QLatin1String("synthetic"))
        saved = SyntheticDecisions::generate(3000);
    CaseRepository repository(db());
    QVERIFY2(repository.saveDecisions(saved), qPrintable(repository.lastError()));

    const QList<Decision> expected = repository.decisions();
    QCOMPARE(expected.size(), saved.size());
    const DecisionIndexReader reader(db());
    const QList<Decision> read = reader.decisions();
    QVERIFY2(reader.lastError().isEmpty(), qPrintable(reader.lastError()));
    // The point of the reader; where the driver does not allow it, it reads through CaseRepository instead.
    QVERIFY(reader.usedDirectRead());
    QCOMPARE(read.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(read.at(i).id, expected.at(i).id);
        QVERIFY2(read.at(i) == expected.at(i), qPrintable(expected.at(i).id));
        // Not compared by ==, but the window's edits are checked against it.
        QCOMPARE(read.at(i).rowVersion, expected.at(i).rowVersion);
    }
}

void TestDecisionIndexReader::decisions_emptyDatabase()
{
    const DecisionIndexReader reader(db());
    QVERIFY(reader.decisions().isEmpty());
    QVERIFY(reader.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestDecisionIndexReader)
#include "tst_decisionindexreader.moc"
