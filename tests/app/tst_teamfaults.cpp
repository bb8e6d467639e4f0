// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "caserepository.h"
#include "dataactions.h"
#include "decisioneditor.h"
#include "decisionmodel.h"
#include "mainwindow.h"
#include "modalanswers.h"
#include "pendingedits.h"
#include "settings.h"
#include "teamconnectionwatch.h"
#include "teamdatabase.h"
#include "temporarypostgres.h"
#include "uilanguage.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <memory>

// The window on a team database when its server goes away (pg_ctl stop -m immediate): it stays usable read-only
// from what it loaded and says so, reconnects by itself once the server is back and hears colleagues' changes
// again; an edit that could not be saved meanwhile is kept and saved on reconnection.
class TestTeamFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void serverGoesAway_windowReadOnly_reconnectsAndHearsChangesAgain();
    void editSavedWhileTheServerIsAway_isKeptAndSavedOnReconnection();
    void editsKeptInAnEarlierSession_areOfferedOnceTheDecisionsAreIn();

private:
    // A colleague's change of `id`'s target, through a connection of their own; empty on success.
    QString colleagueSetsTarget(const QString &id, const QString &target);
    Decision onServer(const QString &id);
    QString databaseLabel() const
    {
        return m_window->statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"))->text();
    }

    std::unique_ptr<TemporaryPostgres> m_server;
    std::unique_ptr<CaseDatabase> m_database;
    std::unique_ptr<Settings> m_settings;
    MainWindow *m_window = nullptr;
    int m_colleague = 0;
};

void TestTeamFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("caseline-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_teamfaults"));
    QVERIFY(UiLanguage::instance()->apply(QStringLiteral("en")));
    m_server = std::make_unique<TemporaryPostgres>();
    m_database = std::make_unique<CaseDatabase>(QStringLiteral("window"));
    const QString opened = m_server->openNewTeamDatabase(m_database.get(), QStringLiteral("team"));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    // Edits kept by an earlier run of this test would be offered at start.
    QFile::remove(PendingEdits(PendingEdits::defaultFolder(), m_database->path()).fileName());
    m_settings = std::make_unique<Settings>();
    m_window = new MainWindow(m_database.get(), m_settings.get());
    m_window->dataActions()->connectionWatch()->setInterval(200);
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->dataActions()->connectionWatch()->isWatching());
}

void TestTeamFaults::cleanupTestCase()
{
    delete m_window;
    m_settings.reset();
    m_database.reset();
    m_server.reset();
}

QString TestTeamFaults::colleagueSetsTarget(const QString &id, const QString &target)
{
    const QString name = QStringLiteral("colleague-%1").arg(++m_colleague);
    QString error;
    if (!TeamDatabase::connect(ServerAddress::parse(m_server->uri(QStringLiteral("team"))), name, &error))
        return error;
    {
        CaseRepository colleague(QSqlDatabase::database(name));
        Decision d = *colleague.decision(id);
        d.target = target;
        if (!colleague.saveDecisions({ d }))
            error = colleague.lastError();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

Decision TestTeamFaults::onServer(const QString &id)
{
    const QString name = QStringLiteral("reader-%1").arg(++m_colleague);
    QString error;
    Decision d;
    if (TeamDatabase::connect(ServerAddress::parse(m_server->uri(QStringLiteral("team"))), name, &error)) {
        d = CaseRepository(QSqlDatabase::database(name)).decision(id).value_or(Decision());
    }
    QSqlDatabase::removeDatabase(name);
    return d;
}

void TestTeamFaults::serverGoesAway_windowReadOnly_reconnectsAndHearsChangesAgain()
{
    const QString id = QStringLiteral("it-garante-2022-fine");
    QVERIFY(m_window->selectDecision(id));
    DataActions *data = m_window->dataActions();
    QVERIFY(data->editAction()->isEnabled());
    const int rows = m_window->decisionModel()->rowCount();

    QVERIFY(m_server->stopAbruptly());
    QTRY_VERIFY_WITH_TIMEOUT(data->isOffline(), 10000);
    // What was loaded stays to read; nothing can be changed, and the status bar says why.
    QCOMPARE(m_window->decisionModel()->rowCount(), rows);
    QVERIFY(!data->editAction()->isEnabled());
    QVERIFY(!data->addAction()->isEnabled());
    QVERIFY(!data->importAction()->isEnabled());
    QVERIFY2(databaseLabel().contains(QLatin1String("cannot be reached")), qPrintable(databaseLabel()));
    QVERIFY(m_window->selectDecision(QStringLiteral("fr-cnil-2022-fine")));

    QVERIFY(m_server->start());
    QTRY_VERIFY_WITH_TIMEOUT(!data->isOffline(), 15000);
    QVERIFY(m_window->selectDecision(id));
    QVERIFY(data->editAction()->isEnabled());
    QVERIFY2(!databaseLabel().contains(QLatin1String("cannot be reached")), qPrintable(databaseLabel()));

    // Listening again: a colleague's change appears without a restart.
    const QString error = colleagueSetsTarget(id, QStringLiteral("Target changed after the restart"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->decisionModel()->decisionById(id)->target,
        QStringLiteral("Target changed after the restart"), 5000);
}

void TestTeamFaults::editSavedWhileTheServerIsAway_isKeptAndSavedOnReconnection()
{
    const QString id = QStringLiteral("fr-cnil-2022-fine");
    const QString summary = QStringLiteral("Written while the server was away");
    QVERIFY(m_window->selectDecision(id));
    DataActions *data = m_window->dataActions();
    QVERIFY(!data->isOffline());
    const PendingEdits pending(PendingEdits::defaultFolder(), m_database->path());

    ModalAnswers answers;
    // The server goes away while the form is open; OK comes after.
    answers.expect([&](QWidget *w) {
        auto *editor = qobject_cast<DecisionEditor *>(w);
        if (!editor)
            return false;
        editor->findChild<QPlainTextEdit *>(QStringLiteral("summary"))->setPlainText(summary);
        if (!m_server->stopAbruptly())
            qWarning("the server did not stop");
        editor->accept();
        return true;
    });
    data->editAction()->trigger();
    QCOMPARE(answers.pending(), 0);
    QVERIFY2(answers.unexpected().isEmpty(), qPrintable(answers.unexpected().join(QLatin1Char('\n'))));
    QVERIFY(data->isOffline());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("kept")),
        qPrintable(m_window->statusBar()->currentMessage()));
    QString error;
    const QList<PendingEdits::Edit> kept = pending.read(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().mine.summary, summary);

    // Back: the kept edit is offered, and saved.
    QString offer;
    answers.pressButton(QStringLiteral("Save Now"), &offer);
    QVERIFY(m_server->start());
    QTRY_VERIFY_WITH_TIMEOUT(!data->isOffline(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(answers.pending(), 0, 5000);
    QVERIFY2(offer.contains(id), qPrintable(offer));
    QCOMPARE(onServer(id).summary, summary);
    QVERIFY(pending.read(&error).isEmpty());
    QVERIFY2(answers.unexpected().isEmpty(), qPrintable(answers.unexpected().join(QLatin1Char('\n'))));
}

void TestTeamFaults::editsKeptInAnEarlierSession_areOfferedOnceTheDecisionsAreIn()
{
    // caseline was closed while an edit was kept; the next window loads its decisions in the background (as for a
    // large database) and offers the edit once they are in.
    const QString id = QStringLiteral("gb-ico-2022-fine");
    PendingEdits pending(PendingEdits::defaultFolder(), m_database->path());
    PendingEdits::Edit kept;
    kept.base = onServer(id);
    kept.mine = kept.base;
    kept.mine.summary = QStringLiteral("Kept from the last session");
    QString error;
    QVERIFY2(pending.add(kept, &error), qPrintable(error));

    ModalAnswers answers;
    QString offer;
    answers.pressButton(QStringLiteral("Save Now"), &offer);
    MainWindow::setBackgroundLoadThreshold(10);
    CaseDatabase database(QStringLiteral("next session"));
    QVERIFY2(database.open(m_server->uri(QStringLiteral("team"))), qPrintable(database.errorString()));
    Settings settings;
    MainWindow window(&database, &settings);
    MainWindow::setBackgroundLoadThreshold(50000);
    window.show();
    QVERIFY(window.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(answers.pending(), 0, 10000);
    QVERIFY2(offer.contains(id), qPrintable(offer));
    QCOMPARE(onServer(id).summary, kept.mine.summary);
    QVERIFY(pending.read(&error).isEmpty());
    QVERIFY2(answers.unexpected().isEmpty(), qPrintable(answers.unexpected().join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTeamFaults)
#include "tst_teamfaults.moc"
