// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window with a large database: it shows at once and reads the decisions on a worker thread, with a progress
// bar and Cancel; nothing can be changed until they are in. And the texts the window keeps only in the database
// (Decision::omitLongTexts) reach the detail panel and the lecture.
#include "casedatabase.h"
#include "caserepository.h"
#include "dataactions.h"
#include "decisionmodel.h"
#include "detailpanel.h"
#include "filterbar.h"
#include "lectureactions.h"
#include "lecturedeck.h"
#include "lecturemode.h"
#include "lecturenavigator.h"
#include "lectureaudienceview.h"
#include "mainwindow.h"
#include "settings.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestBackgroundLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void largeDatabase_windowShowsAtOnceThenEveryDecision();
    void cancel_leavesTheWindowOpenAndLoadAgainReads();
    void closingWhileLoading_stopsTheWorker();
    void smallDatabase_loadsBeforeTheWindowShows();
    void detailAndLecture_showTheTextsKeptInTheDatabase();

private:
    MainWindow *makeWindow();
    QPushButton *loadButton() const { return m_window->findChild<QPushButton *>(QStringLiteral("loadButton")); }

    QTemporaryDir m_dir;
    int m_run = 0;
    CaseDatabase *m_database = nullptr;
    Settings *m_settings = nullptr;
    MainWindow *m_window = nullptr;
    qint64 m_stored = 0;
};

void TestBackgroundLoad::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("CASELINE_REDUCED_MOTION", "1");
}

void TestBackgroundLoad::init()
{
    m_database = new CaseDatabase(QStringLiteral("tst_backgroundload_%1").arg(++m_run));
    QVERIFY2(m_database->open(m_dir.filePath(QStringLiteral("cases-%1.sqlite").arg(m_run))),
        qPrintable(m_database->errorString()));
    m_stored = CaseRepository(m_database->connection()).decisionCount();
    QVERIFY(m_stored > 40);
    m_settings = new Settings;
    // The bundled data counts as a large database here.
    MainWindow::setBackgroundLoadThreshold(10);
}

void TestBackgroundLoad::cleanup()
{
    MainWindow::setBackgroundLoadThreshold(50000);
    delete m_window;
    m_window = nullptr;
    delete m_settings;
    m_settings = nullptr;
    delete m_database;
    m_database = nullptr;
}

MainWindow *TestBackgroundLoad::makeWindow()
{
    m_window = new MainWindow(m_database, m_settings);
    m_window->resize(1280, 720);
    return m_window;
}

void TestBackgroundLoad::largeDatabase_windowShowsAtOnceThenEveryDecision()
{
    makeWindow();
    QSignalSpy loaded(m_window, &MainWindow::decisionsLoaded);
    // Constructed without the decisions: the worker reads them.
    QVERIFY(m_window->isLoading());
    QCOMPARE(m_window->decisionModel()->rowCount(), 0);
    DataActions *data = m_window->dataActions();
    for (QAction *action : { data->importAction(), data->addAction(), data->exportDataAction() })
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    // Checked before any event is processed: the bundled data is read in milliseconds.
    m_window->show();
    QVERIFY(m_window->findChild<QProgressBar *>(QStringLiteral("loadProgress"))->isVisible());
    QCOMPARE(loadButton()->text(), QStringLiteral("Cancel"));
    QVERIFY(loadButton()->isVisible());

    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!m_window->isLoading());
    QCOMPARE(m_window->decisionModel()->rowCount(), int(m_stored));
    // The same rows, in the same order, as a window that reads before it shows.
    const QList<Decision> expected = CaseRepository(m_database->connection()).decisionsForViews();
    QCOMPARE(m_window->decisionModel()->allDecisions(), expected);
    for (QAction *action : { data->importAction(), data->addAction(), data->exportDataAction() })
        QVERIFY2(action->isEnabled(), qPrintable(action->text()));
    QVERIFY(!m_window->findChild<QProgressBar *>(QStringLiteral("loadProgress"))->isVisible());
    QVERIFY(!loadButton()->isVisible());
    // As after a load at start-up: the first decision is selected and shown.
    QVERIFY(m_window->selectionModel()->currentIndex().isValid());
    QVERIFY(!m_window->detailPanel()->decisionId().isEmpty());
}

void TestBackgroundLoad::cancel_leavesTheWindowOpenAndLoadAgainReads()
{
    makeWindow();
    m_window->show();
    QSignalSpy loaded(m_window, &MainWindow::decisionsLoaded);
    // Clicked before any event is processed, so before the worker's result is delivered (the bundled data is read
    // in milliseconds): a cancelled read never fills the window, even when the worker was done.
    loadButton()->click();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTest::qWait(300);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(m_window->decisionModel()->rowCount(), 0);
    QVERIFY(m_window->isLoading());
    QVERIFY(!m_window->dataActions()->importAction()->isEnabled());
    QCOMPARE(loadButton()->text(), QStringLiteral("&Load Decisions"));
    QVERIFY(loadButton()->isVisible());

    QTest::mouseClick(loadButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_window->decisionModel()->rowCount(), int(m_stored));
    QVERIFY(m_window->dataActions()->importAction()->isEnabled());
}

void TestBackgroundLoad::closingWhileLoading_stopsTheWorker()
{
    makeWindow();
    QVERIFY(m_window->isLoading());
    // The destructor stops the worker and waits for it: no read outlives the window or its connection.
    delete m_window;
    m_window = nullptr;
    QTest::qWait(50);
}

void TestBackgroundLoad::smallDatabase_loadsBeforeTheWindowShows()
{
    MainWindow::setBackgroundLoadThreshold(50000);
    makeWindow();
    QVERIFY(!m_window->isLoading());
    QCOMPARE(m_window->decisionModel()->rowCount(), int(m_stored));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("loadButton")));
}

void TestBackgroundLoad::detailAndLecture_showTheTextsKeptInTheDatabase()
{
    makeWindow();
    QSignalSpy loaded(m_window, &MainWindow::decisionsLoaded);
    m_window->show();
    QVERIFY(loaded.wait(10000));
    const QString id = QStringLiteral("fr-cnil-2022-fine");
    const Decision whole = *CaseRepository(m_database->connection()).decision(id);
    QVERIFY(!whole.outcome.isEmpty());
    const int row = m_window->decisionModel()->rowOf(id);
    QVERIFY(m_window->decisionModel()->decisionAt(row).longTextsOmitted);

    QVERIFY(m_window->selectDecision(id));
    const QString shown = m_window->detailPanel()->plainText().simplified();
    QVERIFY2(shown.contains(whole.outcome.simplified().left(60)), qPrintable(shown));
    QVERIFY(shown.contains(whole.sources.constFirst().url));

    // Shift+F5 presents from the selected decision: its step carries the whole decision.
    QTest::keyClick(m_window, Qt::Key_F5, Qt::ShiftModifier);
    LectureMode *lecture = m_window->lectureActions()->lecture();
    QVERIFY(lecture);
    const LectureDeck *deck = lecture->audience()->slide().deck();
    const Decision &presented = deck->step(lecture->navigator()->current()).decision;
    QCOMPARE(presented.id, id);
    QCOMPARE(presented, whole);
    lecture->stop();
}

QTEST_MAIN(TestBackgroundLoad)
#include "tst_backgroundload.moc"
