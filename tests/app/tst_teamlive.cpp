// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "dataactions.h"
#include "decisionconflictdialog.h"
#include "decisioneditor.h"
#include "decisionhistorydialog.h"
#include "decisionstore.h"
#include "modalanswers.h"
#include "caserepository.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "mainwindow.h"
#include "settings.h"
#include "teamdatabase.h"
#include "temporarypostgres.h"
#include "uilanguage.h"
#include "viewstate.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
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
    void colleagueSavesWhileTheFormIsOpen_conflictDialogNeverAnOverwrite();
    void history_listsEveryWrite_andRestoresAnEarlierVersion();
    void twoWindows_editTheSameDecision_seeEachOther_loseNothing();

private:
    QString currentId() const;
    // The colleague's connection (opened once), as another caseline's would be.
    CaseRepository colleague();

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
    m_database = std::make_unique<CaseDatabase>(QStringLiteral("window"));
    const QString opened = m_server->openNewTeamDatabase(m_database.get(), QStringLiteral("team"));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
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
    // Zoomed to 2022, as a user looking at that year would be.
    m_window->viewState()->setVisibleRange(QDate(2022, 1, 1), QDate(2022, 12, 31));
    const int zoomSteps = m_window->viewState()->historySize();
    const int before = m_window->filterProxy()->rowCount();
    QVERIFY(before > 30);

    CaseRepository other = colleague();
    Decision added = *other.decision(QStringLiteral("fr-cnil-2022-fine"));
    added.id = QStringLiteral("fr-colleague-2026");
    added.rowVersion = 0;
    added.relatedTo.clear();
    QVERIFY2(other.saveDecisions({ added }), qPrintable(other.lastError()));

    QTRY_COMPARE_WITH_TIMEOUT(m_window->filterProxy()->rowCount(), before + 1, 3000);
    QCOMPARE(currentId(), selected);
    QCOMPARE(m_window->viewState()->visibleFrom(), QDate(2022, 1, 1));
    QCOMPARE(m_window->viewState()->visibleTo(), QDate(2022, 12, 31));
    QCOMPARE(m_window->viewState()->historySize(), zoomSteps);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("changed by someone else")));
    QCOMPARE(m_window->decisionModel()->rowOf(added.id) >= 0, true);
}

CaseRepository TestTeamLive::colleague()
{
    const QString name = QStringLiteral("colleague");
    if (!QSqlDatabase::contains(name)) {
        QString error;
        if (!TeamDatabase::connect(ServerAddress::parse(m_server->uri(QStringLiteral("team"))), name, &error))
            qWarning("%s", qPrintable(error));
    }
    return CaseRepository(QSqlDatabase::database(name));
}

void TestTeamLive::colleagueSavesWhileTheFormIsOpen_conflictDialogNeverAnOverwrite()
{
    // The colleague's save reaches the window (the live update) while the user's form is still open: the form's
    // old target must not be saved over the colleague's.
    const QString id = QStringLiteral("gb-ico-2022-fine");
    const QString theirTarget = QStringLiteral("Clearview AI Inc. (the colleague's correction)");
    const QString mySummary = QStringLiteral("My summary, typed during the colleague's save");
    QVERIFY(m_window->selectDecision(id));
    ModalAnswers answers;
    answers.expect([&](QWidget *w) {
        auto *editor = qobject_cast<DecisionEditor *>(w);
        if (!editor)
            return false;
        editor->findChild<QPlainTextEdit *>(QStringLiteral("summary"))->setPlainText(mySummary);
        CaseRepository other = colleague();
        Decision theirs = *other.decision(id);
        theirs.target = theirTarget;
        if (!other.saveDecisions({ theirs }))
            qWarning("%s", qPrintable(other.lastError()));
        QElapsedTimer waited;
        waited.start();
        while (m_window->decisionModel()->decisionById(id)->target != theirTarget && waited.elapsed() < 5000)
            QTest::qWait(20);
        editor->accept();
        return true;
    });
    QStringList mine;
    answers.expect([&](QWidget *w) {
        auto *dialog = qobject_cast<DecisionConflictDialog *>(w);
        if (!dialog)
            return false;
        mine = QStringList(dialog->fromMine().cbegin(), dialog->fromMine().cend());
        dialog->findChild<QPushButton *>(QStringLiteral("conflictMerge"))->click();
        return true;
    });
    m_window->dataActions()->editAction()->trigger();
    QCOMPARE(answers.pending(), 0);
    QVERIFY2(answers.unexpected().isEmpty(), qPrintable(answers.unexpected().join(QLatin1Char('\n'))));
    QCOMPARE(mine, QStringList { QStringLiteral("summary") });
    const Decision saved = *colleague().decision(id);
    QCOMPARE(saved.target, theirTarget);
    QCOMPARE(saved.summary, mySummary);
}

void TestTeamLive::history_listsEveryWrite_andRestoresAnEarlierVersion()
{
    const QString id = QStringLiteral("nl-ap-2024-fine");
    QVERIFY(m_window->selectDecision(id));
    CaseRepository other = colleague();
    const Decision original = *other.decision(id);
    const int before = int(other.history(id).size());
    for (const QString &target : { QStringLiteral("first change"), QStringLiteral("second change") }) {
        Decision d = *other.decision(id);
        d.target = target;
        QVERIFY2(other.saveDecisions({ d }), qPrintable(other.lastError()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_window->decisionModel()->decisionById(id)->target, QStringLiteral("second change"), 5000);
    QVERIFY(m_window->dataActions()->historyAction()->isEnabled());

    ModalAnswers answers;
    int listed = 0;
    answers.expect([&](QWidget *w) {
        auto *dialog = qobject_cast<DecisionHistoryDialog *>(w);
        if (!dialog)
            return false;
        listed = dialog->versionCount();
        // The oldest version: the bundled one.
        auto *versions = dialog->findChild<QTreeWidget *>(QStringLiteral("versions"));
        versions->setCurrentItem(versions->topLevelItem(versions->topLevelItemCount() - 1));
        dialog->findChild<QPushButton *>(QStringLiteral("restore"))->click();
        return true;
    });
    m_window->dataActions()->historyAction()->trigger();
    QCOMPARE(answers.pending(), 0);
    QVERIFY2(answers.unexpected().isEmpty(), qPrintable(answers.unexpected().join(QLatin1Char('\n'))));
    QCOMPARE(listed, before + 2);
    const Decision restored = *other.decision(id);
    QCOMPARE(restored.target, original.target);
    QCOMPARE(m_window->decisionModel()->decisionById(id)->target, original.target);
    // The restore is a write of its own, recorded like any other: nothing in the history is rewritten.
    const QList<CaseRepository::HistoryEntry> history = other.history(id);
    QCOMPARE(int(history.size()), before + 3);
    QCOMPARE(history.at(before).decision.target, QStringLiteral("first change"));
    QCOMPARE(history.constLast().decision.target, original.target);
    // Undo takes the restore back, as any edit.
    m_window->dataActions()->undoAction()->trigger();
    QCOMPARE(other.decision(id)->target, QStringLiteral("second change"));
}

void TestTeamLive::twoWindows_editTheSameDecision_seeEachOther_loseNothing()
{
    // Two caselines as two users would run them: each window on a connection of its own to the one server.
    CaseDatabase secondDatabase(QStringLiteral("second window"));
    QVERIFY2(secondDatabase.open(m_server->uri(QStringLiteral("team"))), qPrintable(secondDatabase.errorString()));
    Settings secondSettings;
    MainWindow second(&secondDatabase, &secondSettings);
    second.resize(1280, 720);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    const QString id = QStringLiteral("gr-hdpa-2022-fine");
    QVERIFY(m_window->selectDecision(id));
    QVERIFY(second.selectDecision(id));
    const int written = int(colleague().history(id).size());

    // The second user edits through the form; the first sees it within a second, still on the same decision.
    ModalAnswers answers;
    const QString secondTarget = QStringLiteral("Clearview AI Inc. (second user's edit)");
    answers.expect([&](QWidget *w) {
        auto *editor = qobject_cast<DecisionEditor *>(w);
        if (!editor || editor->parentWidget() != &second)
            return false;
        auto *target = editor->findChild<QLineEdit *>(QStringLiteral("target"));
        target->selectAll();
        QTest::keyClicks(target, secondTarget);
        editor->accept();
        return true;
    });
    second.dataActions()->editAction()->trigger();
    QCOMPARE(answers.pending(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->decisionModel()->decisionById(id)->target, secondTarget, 3000);
    QCOMPARE(currentId(), id);

    // Both change the summary at once: the first user's form is open while the second user's save arrives.
    const QString firstSummary = QStringLiteral("The first user's summary");
    const QString secondSummary = QStringLiteral("The second user's summary");
    answers.expect([&](QWidget *w) {
        auto *editor = qobject_cast<DecisionEditor *>(w);
        if (!editor)
            return false;
        editor->findChild<QPlainTextEdit *>(QStringLiteral("summary"))->setPlainText(firstSummary);
        Decision theirs = *second.decisionModel()->wholeDecisionById(id);
        theirs.summary = secondSummary;
        QString error;
        if (!second.dataActions()->store()->updateDecision(theirs, &error))
            qWarning("%s", qPrintable(error));
        QElapsedTimer waited;
        waited.start();
        while (m_window->decisionModel()->wholeDecisionById(id)->summary != secondSummary && waited.elapsed() < 5000)
            QTest::qWait(20);
        editor->accept();
        return true;
    });
    QString shownTheirs;
    answers.expect([&](QWidget *w) {
        auto *dialog = qobject_cast<DecisionConflictDialog *>(w);
        if (!dialog)
            return false;
        auto *fields = dialog->findChild<QTableWidget *>(QStringLiteral("conflictFields"));
        shownTheirs = fields->item(0, 1)->text();
        dialog->findChild<QPushButton *>(QStringLiteral("conflictKeepMine"))->click();
        return true;
    });
    m_window->dataActions()->editAction()->trigger();
    QCOMPARE(answers.pending(), 0);
    QVERIFY2(answers.unexpected().isEmpty(), qPrintable(answers.unexpected().join(QLatin1Char('\n'))));
    QCOMPARE(shownTheirs, secondSummary);

    // The second user sees the first's choice; both windows and the server agree; every write is in the history.
    QTRY_COMPARE_WITH_TIMEOUT(second.decisionModel()->wholeDecisionById(id)->summary, firstSummary, 3000);
    const Decision stored = *colleague().decision(id);
    QCOMPARE(stored.summary, firstSummary);
    QCOMPARE(stored.target, secondTarget);
    QCOMPARE(m_window->decisionModel()->wholeDecisionById(id)->target, secondTarget);
    const QList<CaseRepository::HistoryEntry> history = colleague().history(id);
    QCOMPARE(int(history.size()), written + 3);
    QCOMPARE(history.at(written + 1).decision.summary, secondSummary);
}

QTEST_MAIN(TestTeamLive)
#include "tst_teamlive.moc"
