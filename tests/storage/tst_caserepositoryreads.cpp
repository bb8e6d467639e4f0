// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseRepository::forEachDecision, the forward-only read the command line streams from: it must yield exactly
// what decisions() returns, in the order asked for, with every kind of child row.
#include "bundleddata.h"
#include "casedatabase.h"
#include "caserepository.h"
#include "emptyschema.h"
#include "fixtures.h"
#include "decisioncsv.h"
#include "decisionjson.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

namespace {

using Order = CaseRepository::ReadOrder;
using Scope = CaseRepository::ReadScope;

QList<Decision> sortedFor(QList<Decision> decisions, Order order)
{
    std::sort(decisions.begin(), decisions.end(), [order](const Decision &a, const Decision &b) {
        if (order != Order::ById) {
            const DateBasis basis = order == Order::ByAnnouncedDate ? DateBasis::Announced : DateBasis::Adopted;
            const QDate dateA = dateFor(a, basis);
            const QDate dateB = dateFor(b, basis);
            if (dateA != dateB)
                return dateA < dateB;
        }
        return a.id < b.id;
    });
    return decisions;
}

// What Scope::Figures leaves out (and the row version, which == does not compare).
Decision figuresOf(Decision d)
{
    d.fxRateUsed.clear();
    d.status.clear();
    d.confidence.clear();
    d.userModified = false;
    d.jurisdictionName.clear();
    d.dateNotes.clear();
    d.amountNotes.clear();
    d.legalBasis = LegalBasis();
    d.outcome.clear();
    d.outcomeFr.clear();
    d.reference.clear();
    d.summary.clear();
    d.summaryFr.clear();
    d.orders.clear();
    d.ordersFr.clear();
    d.facts.clear();
    d.factsFr.clear();
    d.lowConfidenceDetails.clear();
    d.sources.clear();
    d.relatedTo.clear();
    return d;
}

} // namespace

class TestCaseRepositoryReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void forEachDecision_yieldsWhatDecisionsReturns_data();
    void forEachDecision_yieldsWhatDecisionsReturns();
    void forEachDecision_figuresLeaveOutOnlyTexts_data();
    void forEachDecision_figuresLeaveOutOnlyTexts();
    void forEachDecision_stopsWhenTheVisitorSaysSo();
    void forEachDecision_emptyDatabase();
    void streamingWriters_writeTheWholeDocumentsBytes();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }
    QList<Decision> read(Order order, Scope scope = Scope::Everything) const;

    BundledData m_bundled;
    QString m_connection;
    int m_run = 0;
};

void TestCaseRepositoryReads::initTestCase()
{
    m_bundled = Fixtures::bundled();
    QVERIFY(!m_bundled.decisions.isEmpty());
}

void TestCaseRepositoryReads::init()
{
    m_connection = QStringLiteral("tst_caserepositoryreads_%1").arg(++m_run);
    const QString problem = EmptySchema::open(m_connection);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCaseRepositoryReads::cleanup()
{
    EmptySchema::close(m_connection);
}

QList<Decision> TestCaseRepositoryReads::read(Order order, Scope scope) const
{
    QList<Decision> out;
    const CaseRepository repository(db());
    const bool ok = repository.forEachDecision(order, scope, [&out](const Decision &d) {
        out.append(d);
        return true;
    });
    if (!ok)
        qWarning("%s", qPrintable(repository.lastError()));
    return ok ? out : QList<Decision>();
}

void TestCaseRepositoryReads::forEachDecision_yieldsWhatDecisionsReturns_data()
{
    QTest::addColumn<bool>("bundled");
    QTest::addColumn<int>("order");
    const QList<std::pair<const char *, Order>> orders = { { "by id", Order::ById },
        { "by adoption date", Order::ByAdoptedDate }, { "by announcement date", Order::ByAnnouncedDate },
        { "as stored", Order::Stored } };
    for (const auto &[name, order] : orders) {
        QTest::addRow("bundled data, %s", name) << true << int(order);
        QTest::addRow("every child kind, %s", name) << false << int(order);
    }
}

void TestCaseRepositoryReads::forEachDecision_yieldsWhatDecisionsReturns()
{
    QFETCH(bool, bundled);
    QFETCH(int, order);
    const QList<Decision> saved = bundled ? m_bundled.decisions : Fixtures::readEdgeCases(m_bundled.decisions.constFirst());
    CaseRepository repository(db());
    QVERIFY2(repository.saveDecisions(saved), qPrintable(repository.lastError()));

    QList<Decision> expected = sortedFor(repository.decisions(), Order(order));
    // As stored: new rows are stored in the order they were saved.
    if (Order(order) == Order::Stored) {
        QStringList ids;
        for (const Decision &d : saved)
            ids << d.id;
        std::sort(expected.begin(), expected.end(),
            [&ids](const Decision &a, const Decision &b) { return ids.indexOf(a.id) < ids.indexOf(b.id); });
    }
    QCOMPARE(expected.size(), saved.size());
    const QList<Decision> streamed = read(Order(order));
    QCOMPARE(streamed.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(streamed.at(i).id, expected.at(i).id);
        QVERIFY2(streamed.at(i) == expected.at(i), qPrintable(expected.at(i).id));
        QCOMPARE(streamed.at(i).rowVersion, expected.at(i).rowVersion);
        QCOMPARE(streamed.at(i).userModified, expected.at(i).userModified);
    }
}

void TestCaseRepositoryReads::forEachDecision_figuresLeaveOutOnlyTexts_data()
{
    QTest::addColumn<int>("order");
    QTest::addRow("by id") << int(Order::ById);
    QTest::addRow("by adoption date") << int(Order::ByAdoptedDate);
    QTest::addRow("as stored") << int(Order::Stored);
}

void TestCaseRepositoryReads::forEachDecision_figuresLeaveOutOnlyTexts()
{
    QFETCH(int, order);
    CaseRepository repository(db());
    QVERIFY(repository.saveDecisions(m_bundled.decisions + Fixtures::readEdgeCases(m_bundled.decisions.constFirst())));
    const QList<Decision> full = read(Order(order));
    const QList<Decision> figures = read(Order(order), Scope::Figures);
    QCOMPARE(figures.size(), full.size());
    for (qsizetype i = 0; i < full.size(); ++i) {
        QVERIFY2(figures.at(i) == figuresOf(full.at(i)), qPrintable(full.at(i).id));
        // Not compared by ==: the figures leave it out too.
        QCOMPARE(figures.at(i).rowVersion, qint64(0));
    }
}

void TestCaseRepositoryReads::forEachDecision_stopsWhenTheVisitorSaysSo()
{
    CaseRepository repository(db());
    QVERIFY(repository.saveDecisions(m_bundled.decisions));
    QStringList seen;
    QVERIFY(repository.forEachDecision(Order::ByAdoptedDate, Scope::Everything, [&seen](const Decision &d) {
        seen.append(d.id);
        return seen.size() < 3;
    }));
    QCOMPARE(seen.size(), 3);
    QStringList firstThree;
    for (const Decision &d : sortedFor(m_bundled.decisions, Order::ByAdoptedDate).mid(0, 3))
        firstThree.append(d.id);
    QCOMPARE(seen, firstThree);
}

void TestCaseRepositoryReads::forEachDecision_emptyDatabase()
{
    const CaseRepository repository(db());
    int visits = 0;
    QVERIFY(repository.forEachDecision(Order::ById, Scope::Everything, [&visits](const Decision &) {
        ++visits;
        return true;
    }));
    QCOMPARE(visits, 0);
    QVERIFY(repository.lastError().isEmpty());
}

// The pieces the command line streams are, put together, the bytes of the whole-document writers.
void TestCaseRepositoryReads::streamingWriters_writeTheWholeDocumentsBytes()
{
    const QList<Decision> all = m_bundled.decisions + Fixtures::readEdgeCases(m_bundled.decisions.constFirst());
    for (const QList<Decision> &decisions : { QList<Decision>(), all.mid(0, 1), all }) {
        QByteArray json = DecisionJson::documentStart();
        QByteArray csv = DecisionCsv::headerRow();
        for (qsizetype i = 0; i < decisions.size(); ++i) {
            json += DecisionJson::documentElement(decisions.at(i), i);
            csv += DecisionCsv::row(decisions.at(i));
        }
        json += DecisionJson::documentEnd(decisions.size());
        QCOMPARE(json, DecisionJson::toDocument(decisions));
        QCOMPARE(csv, DecisionCsv::toCsv(decisions));
    }
}

QTEST_GUILESS_MAIN(TestCaseRepositoryReads)
#include "tst_caserepositoryreads.moc"
