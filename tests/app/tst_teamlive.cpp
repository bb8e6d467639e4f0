// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "caserepository.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "mainwindow.h"
#include "settings.h"
#include "teamdatabase.h"
#include "temporarypostgres.h"
#include "uilanguage.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <memory>

// The window on a team database sees another caseline's changes live: PostgreSQL's notification, then the decisions
// read again, the user's selection kept.
class TestTeamLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void anotherEditorsChanges_appearWithinASecond_selectionKept();

private:
    QString currentId() const;

    std::unique_ptr<TemporaryPostgres> m_server;
    std::unique_ptr<CaseDatabase> m_database;
    std::unique_ptr<Settings> m_settings;
    MainWindow *m_window = nullptr;
};

void TestTeamLive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("caseline-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_teamlive"));
    QVERIFY(UiLanguage::instance()->apply(QStringLiteral("en")));
    m_server = std::make_unique<TemporaryPostgres>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    const QString made = m_server->makeTeamDatabase(QStringLiteral("team"));
    QVERIFY2(made.isEmpty(), qPrintable(made));
    m_database = std::make_unique<CaseDatabase>(QStringLiteral("window"));
    QVERIFY2(m_database->open(m_server->uri(QStringLiteral("team"))), qPrintable(m_database->errorString()));
    m_settings = std::make_unique<Settings>();
    m_window = new MainWindow(m_database.get(), m_settings.get());
    new QAbstractItemModelTester(m_window->filterProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_window);
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestTeamLive::cleanupTestCase()
{
    delete m_window;
    m_settings.reset();
    m_database.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("colleague"));
    m_server.reset();
}

QString TestTeamLive::currentId() const
{
    const auto *table = m_window->findChild<QTableView *>();
    return table ? table->currentIndex().data(DecisionModel::DecisionIdRole).toString() : QString();
}

void TestTeamLive::anotherEditorsChanges_appearWithinASecond_selectionKept()
{
    const QString selected = QStringLiteral("it-garante-2022-fine");
    QVERIFY(m_window->selectDecision(selected));
    const int before = m_window->filterProxy()->rowCount();
    QVERIFY(before > 30);

    QString error;
    QVERIFY2(TeamDatabase::connect(ServerAddress::parse(m_server->uri(QStringLiteral("team"))),
                 QStringLiteral("colleague"), &error),
        qPrintable(error));
    CaseRepository colleague(QSqlDatabase::database(QStringLiteral("colleague")));
    Decision added = *colleague.decision(QStringLiteral("fr-cnil-2022-fine"));
    added.id = QStringLiteral("fr-colleague-2026");
    added.rowVersion = 0;
    added.relatedTo.clear();
    QVERIFY2(colleague.saveDecisions({ added }), qPrintable(colleague.lastError()));

    QTRY_COMPARE_WITH_TIMEOUT(m_window->filterProxy()->rowCount(), before + 1, 3000);
    QCOMPARE(currentId(), selected);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("changed by someone else")));
    QCOMPARE(m_window->decisionModel()->rowOf(added.id) >= 0, true);
}

QTEST_MAIN(TestTeamLive)
#include "tst_teamlive.moc"
