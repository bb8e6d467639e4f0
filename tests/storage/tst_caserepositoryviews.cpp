// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's reads: every decision without its long texts (ReadScope::Views, decisionsForViews()), and a few
// decisions whole by id (forEachDecisionAmong(), decision()). Both must give exactly the stored decisions, less
// only what Decision::omitLongTexts() drops, through either reader (straight through SQLite or through QSqlQuery).
#include "bundleddata.h"
#include "caserepository.h"
#include "emptyschema.h"
#include "fixtures.h"

#include <QSqlDatabase>
#include <QTest>
#include <algorithm>

namespace {

using Order = CaseRepository::ReadOrder;
using Scope = CaseRepository::ReadScope;

Decision withoutLongTexts(Decision d)
{
    d.omitLongTexts();
    return d;
}

QStringList idsOf(const QList<Decision> &decisions)
{
    QStringList ids;
    for (const Decision &d : decisions)
        ids.append(d.id);
    return ids;
}

} // namespace

class TestCaseRepositoryViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void views_leaveOutOnlyTheLongTexts_data();
    void views_leaveOutOnlyTheLongTexts();
    void decisionsForViews_inTheOrderOfDecisions();
    void among_readsExactlyThoseIds_data();
    void among_readsExactlyThoseIds();
    void decision_byIdIsTheStoredDecision();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }
    QList<Decision> read(Order order, Scope scope, const QStringList *ids = nullptr) const;
    QList<Decision> saveAll();

    BundledData m_bundled;
    QString m_connection;
    int m_run = 0;
};

void TestCaseRepositoryViews::initTestCase()
{
    m_bundled = Fixtures::bundled();
    QVERIFY(!m_bundled.decisions.isEmpty());
}

void TestCaseRepositoryViews::init()
{
    m_connection = QStringLiteral("tst_caserepositoryviews_%1").arg(++m_run);
    const QString problem = EmptySchema::open(m_connection);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCaseRepositoryViews::cleanup()
{
    EmptySchema::close(m_connection);
}

QList<Decision> TestCaseRepositoryViews::read(Order order, Scope scope, const QStringList *ids) const
{
    QList<Decision> out;
    const CaseRepository repository(db());
    const bool ok = repository.forEachDecisionAmong(order, scope, ids, [&out](const Decision &d) {
        out.append(d);
        return true;
    });
    if (!ok)
        qWarning("%s", qPrintable(repository.lastError()));
    return ok ? out : QList<Decision>();
}

// The bundled data and every kind of child row the readers get wrong (Fixtures::readEdgeCases).
QList<Decision> TestCaseRepositoryViews::saveAll()
{
    const QList<Decision> all = m_bundled.decisions + Fixtures::readEdgeCases(m_bundled.decisions.constFirst());
    CaseRepository repository(db());
    if (!repository.saveDecisions(all))
        qWarning("%s", qPrintable(repository.lastError()));
    return repository.decisions();
}

void TestCaseRepositoryViews::views_leaveOutOnlyTheLongTexts_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("byIds");
    const QList<std::pair<const char *, Order>> orders
        = { { "by id", Order::ById }, { "by adoption date", Order::ByAdoptedDate }, { "as stored", Order::Stored } };
    // Without ids the views are read straight through SQLite where it can be; with ids through QSqlQuery.
    for (const auto &[name, order] : orders) {
        QTest::addRow("%s, every decision", name) << int(order) << false;
        QTest::addRow("%s, named ids", name) << int(order) << true;
    }
}

void TestCaseRepositoryViews::views_leaveOutOnlyTheLongTexts()
{
    QFETCH(int, order);
    QFETCH(bool, byIds);
    const QList<Decision> stored = saveAll();
    QVERIFY(stored.size() > m_bundled.decisions.size());
    const QStringList ids = idsOf(stored);
    const QList<Decision> whole = read(Order(order), Scope::Everything);
    const QList<Decision> views = read(Order(order), Scope::Views, byIds ? &ids : nullptr);
    QCOMPARE(idsOf(views), idsOf(whole));
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const Decision &view = views.at(i);
        QVERIFY2(view == withoutLongTexts(whole.at(i)), qPrintable(whole.at(i).id));
        QVERIFY(view.longTextsOmitted);
        QVERIFY(!whole.at(i).longTextsOmitted);
        // Not compared by ==, and what an edit of the row is checked against.
        QCOMPARE(view.rowVersion, whole.at(i).rowVersion);
        QVERIFY(view.rowVersion > 0);
        QCOMPARE(view.userModified, whole.at(i).userModified);
    }
}

void TestCaseRepositoryViews::decisionsForViews_inTheOrderOfDecisions()
{
    const QList<Decision> stored = saveAll();
    const QList<Decision> views = CaseRepository(db()).decisionsForViews();
    QCOMPARE(idsOf(views), idsOf(stored));
    for (qsizetype i = 0; i < stored.size(); ++i)
        QVERIFY2(views.at(i) == withoutLongTexts(stored.at(i)), qPrintable(stored.at(i).id));
}

void TestCaseRepositoryViews::among_readsExactlyThoseIds_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addRow("none") << QStringList();
    QTest::addRow("one") << QStringList { QStringLiteral("fr-cnil-2022-fine") };
    QTest::addRow("several, one unknown, one twice")
        << QStringList { QStringLiteral("gb-ico-2022-fine"), QStringLiteral("no-such-decision"),
               QStringLiteral("fr-cnil-2022-fine"), QStringLiteral("gb-ico-2022-fine") };
    // Ids that would break SQL or JSON if they were pasted rather than bound.
    QTest::addRow("quotes and brackets") << QStringList { QStringLiteral("x' OR '1'='1"), QStringLiteral("\"]") };
}

void TestCaseRepositoryViews::among_readsExactlyThoseIds()
{
    QFETCH(QStringList, ids);
    const QList<Decision> stored = saveAll();
    QList<Decision> expected;
    for (const Decision &d : stored) {
        if (ids.contains(d.id))
            expected.append(d);
    }
    std::sort(expected.begin(), expected.end(), [](const Decision &a, const Decision &b) { return a.id < b.id; });
    const QList<Decision> read = this->read(Order::ById, Scope::Everything, &ids);
    QCOMPARE(idsOf(read), idsOf(expected));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(read.at(i) == expected.at(i), qPrintable(expected.at(i).id));
        QCOMPARE(read.at(i).rowVersion, expected.at(i).rowVersion);
    }
}

void TestCaseRepositoryViews::decision_byIdIsTheStoredDecision()
{
    const QList<Decision> stored = saveAll();
    const CaseRepository repository(db());
    for (const Decision &d : stored) {
        const std::optional<Decision> read = repository.decision(d.id);
        QVERIFY2(read.has_value(), qPrintable(d.id));
        QVERIFY2(*read == d, qPrintable(d.id));
        QCOMPARE(read->rowVersion, d.rowVersion);
    }
    QVERIFY(!repository.decision(QStringLiteral("no-such-decision")).has_value());
}

QTEST_GUILESS_MAIN(TestCaseRepositoryViews)
#include "tst_caserepositoryviews.moc"
