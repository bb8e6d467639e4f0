// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DecisionIndexReader, the direct read of every decision: decisions() must give exactly what
// CaseRepository::decisions() gives, and forEach() what CaseRepository::forEachDecision() streams, field by field,
// row version included, in the same order.
#include "bundleddata.h"
#include "caserepository.h"
#include "decisionindexreader.h"
#include "emptyschema.h"
#include "fixtures.h"
#include "syntheticdecisions.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(CaseRepository::ReadOrder)

namespace {

// Where `read` first differs from `expected`: an id, a field (Decision::operator==) or the row version (not compared
// by ==, but the window's edits are checked against it); empty when they are the same, in the same order.
QString differenceBetween(const QList<Decision> &read, const QList<Decision> &expected)
{
    if (read.size() != expected.size())
        return QStringLiteral("%1 decisions read, %2 expected").arg(read.size()).arg(expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (read.at(i).id != expected.at(i).id)
            return QStringLiteral("at %1: %2 instead of %3").arg(i).arg(read.at(i).id, expected.at(i).id);
        if (read.at(i) != expected.at(i))
            return QStringLiteral("%1 differs").arg(expected.at(i).id);
        if (read.at(i).rowVersion != expected.at(i).rowVersion)
            return QStringLiteral("%1: row version %2 instead of %3")
                .arg(expected.at(i).id)
                .arg(read.at(i).rowVersion)
                .arg(expected.at(i).rowVersion);
    }
    return {};
}

} // namespace

#define COMPARE_READ(read, expected)                                                                                   \
    do {                                                                                                               \
        const QString difference = differenceBetween(read, expected);                                                  \
        QVERIFY2(difference.isEmpty(), qPrintable(difference));                                                        \
    } while (false)

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
    void forEach_isWhatTheRepositoryStreams_data();
    void forEach_isWhatTheRepositoryStreams();
    void forEach_stopsWhenTheVisitorSaysSo();
    void forEachAmong_readsTheIdsInTheirOrder_data();
    void forEachAmong_readsTheIdsInTheirOrder();

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
        saved += Fixtures::readEdgeCases(m_bundled.decisions.constFirst());
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
    COMPARE_READ(read, expected);
}

void TestDecisionIndexReader::decisions_emptyDatabase()
{
    const DecisionIndexReader reader(db());
    QVERIFY(reader.decisions().isEmpty());
    QVERIFY(reader.lastError().isEmpty());
}

void TestDecisionIndexReader::forEach_isWhatTheRepositoryStreams_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<CaseRepository::ReadOrder>("order");
    const std::pair<const char *, CaseRepository::ReadOrder> orders[] = {
        { "by adopted date", CaseRepository::ReadOrder::ByAdoptedDate },
        { "by announced date", CaseRepository::ReadOrder::ByAnnouncedDate },
        { "by id", CaseRepository::ReadOrder::ById },
        { "as stored", CaseRepository::ReadOrder::Stored },
    };
    for (const auto &[name, order] : orders) {
        QTest::addRow("bundled and edge cases, %s", name) << QStringLiteral("both") << order;
        QTest::addRow("3,000 synthetic decisions, %s", name) << QStringLiteral("synthetic") << order;
    }
    QTest::addRow("no decisions") << QString() << CaseRepository::ReadOrder::ByAdoptedDate;
}

// The command line's streams (`list`, `export-data`): every field, in CaseRepository::forEachDecision()'s order.
void TestDecisionIndexReader::forEach_isWhatTheRepositoryStreams()
{
    QFETCH(QString, data);
    QFETCH(CaseRepository::ReadOrder, order);
    QList<Decision> saved;
    if (data == QLatin1String("both"))
        saved = m_bundled.decisions + Fixtures::readEdgeCases(m_bundled.decisions.constFirst());
    else if (data == QLatin1String("synthetic"))
        saved = SyntheticDecisions::generate(3000);
    CaseRepository repository(db());
    QVERIFY2(repository.saveDecisions(saved), qPrintable(repository.lastError()));
    // Stored decisions are stored again after some others, so that the table's order is not the order of ids.
    if (saved.size() > 10) {
        QList<Decision> again = saved.mid(0, 5);
        QVERIFY(repository.deleteDecisions({ again.at(0).id, again.at(1).id, again.at(2).id }));
        QVERIFY2(repository.saveDecisions(again), qPrintable(repository.lastError()));
    }

    QList<Decision> expected;
    QVERIFY2(repository.forEachDecision(order, CaseRepository::ReadScope::Everything,
                 [&expected](const Decision &d) {
                     expected.append(d);
                     return true;
                 }),
        qPrintable(repository.lastError()));
    QCOMPARE(expected.size(), saved.size());
    const DecisionIndexReader reader(db());
    QList<Decision> read;
    QVERIFY2(reader.forEach(order,
                 [&read](const Decision &d) {
                     read.append(d);
                     return true;
                 }),
        qPrintable(reader.lastError()));
    QVERIFY(reader.usedDirectRead());
    COMPARE_READ(read, expected);
}

void TestDecisionIndexReader::forEach_stopsWhenTheVisitorSaysSo()
{
    CaseRepository repository(db());
    QVERIFY2(repository.saveDecisions(m_bundled.decisions), qPrintable(repository.lastError()));
    const DecisionIndexReader reader(db());
    int visited = 0;
    QVERIFY(reader.forEach(CaseRepository::ReadOrder::ByAdoptedDate, [&visited](const Decision &) {
        return ++visited < 3;
    }));
    QCOMPARE(visited, 3);
    QVERIFY(reader.lastError().isEmpty());
}

void TestDecisionIndexReader::forEachAmong_readsTheIdsInTheirOrder_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("every");
    QTest::newRow("bundled and edge cases, all") << QStringLiteral("both") << 1;
    QTest::newRow("bundled and edge cases, every third") << QStringLiteral("both") << 3;
    QTest::newRow("3,000 synthetic decisions, all") << QStringLiteral("synthetic") << 1;
    QTest::newRow("3,000 synthetic decisions, every seventh") << QStringLiteral("synthetic") << 7;
    QTest::newRow("no decisions") << QString() << 1;
}

// File > Export Data: the rows of the window's table in its order (any order, as the user sorts it), every field,
// ids no longer stored left out.
void TestDecisionIndexReader::forEachAmong_readsTheIdsInTheirOrder()
{
    QFETCH(QString, data);
    QFETCH(int, every);
    QList<Decision> saved;
    if (data == QLatin1String("both"))
        saved = m_bundled.decisions + Fixtures::readEdgeCases(m_bundled.decisions.constFirst());
    else if (data == QLatin1String("synthetic"))
        saved = SyntheticDecisions::generate(3000);
    CaseRepository repository(db());
    QVERIFY2(repository.saveDecisions(saved), qPrintable(repository.lastError()));

    // An order that is neither the table's, nor by id or date: by a hash of the id.
    QStringList ids;
    for (qsizetype i = 0; i < saved.size(); i += every)
        ids.append(saved.at(i).id);
    std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) {
        return qHash(a, 7) < qHash(b, 7) || (qHash(a, 7) == qHash(b, 7) && a < b);
    });
    ids.insert(ids.size() / 2, QStringLiteral("no-such-decision"));
    QList<Decision> expected;
    for (const QString &id : std::as_const(ids)) {
        if (const std::optional<Decision> d = repository.decision(id))
            expected.append(*d);
    }
    QCOMPARE(expected.size(), ids.size() - 1);

    const DecisionIndexReader reader(db());
    QList<Decision> read;
    QVERIFY2(reader.forEachAmong(ids,
                 [&read](const Decision &d) {
                     read.append(d);
                     return true;
                 }),
        qPrintable(reader.lastError()));
    QVERIFY(reader.usedDirectRead());
    COMPARE_READ(read, expected);
}

QTEST_GUILESS_MAIN(TestDecisionIndexReader)
#include "tst_decisionindexreader.moc"
