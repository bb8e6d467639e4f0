// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "filterbar.h"
#include "lectureactions.h"
#include "lectureaudienceview.h"
#include "lecturescriptpanel.h"
#include "dataactions.h"
#include "decisionstore.h"
#include "lecturemode.h"
#include "lecturenavigator.h"
#include "mainwindow.h"
#include "settings.h"
#include "viewstate.h"

#include <QAction>
#include <QDockWidget>
#include <QTableView>
#include <QApplication>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Lecture mode from the window, as a lecturer starts it: F5, Shift+F5, the clicker's keys, Esc.
class TestLectureActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void f5PresentsTheFilteredDecisionsFromTheFirst();
    void shiftF5StartsAtTheSelectedDecision();
    void escapeReturnsToTheWindowWithTheLastDecisionSelected();
    void oneScreenPresenterViewToggles();
    void nothingToPresent();
    void scriptPanelPresentsItsScript();
    void undoFollowsTheFocus();

private:
    QString selectedId() const
    {
        return m_window->selectionModel()->currentIndex().data(DecisionModel::DecisionIdRole).toString();
    }
    QTemporaryDir m_dir;
    CaseDatabase *m_database = nullptr;
    Settings *m_settings = nullptr;
    MainWindow *m_window = nullptr;
};

void TestLectureActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Screens and timings as a test needs them: no glide.
    qputenv("CASELINE_REDUCED_MOTION", "1");
}

void TestLectureActions::init()
{
    m_database = new CaseDatabase(QStringLiteral("tst_lectureactions"));
    QVERIFY2(m_database->open(m_dir.filePath(QStringLiteral("cases.sqlite"))), qPrintable(m_database->errorString()));
    m_settings = new Settings;
    m_window = new MainWindow(m_database, m_settings);
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestLectureActions::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_settings;
    m_settings = nullptr;
    delete m_database;
    m_database = nullptr;
}

void TestLectureActions::f5PresentsTheFilteredDecisionsFromTheFirst()
{
    DecisionFilter filter;
    filter.countries = QStringList{QStringLiteral("FR")};
    m_window->viewState()->setFilter(filter);
    QTest::keyClick(m_window, Qt::Key_F5);
    LectureMode *lecture = m_window->lectureActions()->lecture();
    QVERIFY(lecture);
    QVERIFY(lecture->isRunning());
    LectureAudienceView *audience = lecture->audience();
    QVERIFY(audience->isVisible());
    QVERIFY(audience->isFullScreen());
    // One step per French decision, from the first.
    QCOMPARE(lecture->navigator()->count(), m_window->filterProxy()->rowCount());
    QCOMPARE(lecture->navigator()->current(), 0);
    QCOMPARE(audience->slide().deck()->step(0).decision.country, QStringLiteral("FR"));
    QTest::keyClick(audience, Qt::Key_PageDown);
    QCOMPARE(lecture->navigator()->current(), 1);
}

void TestLectureActions::shiftF5StartsAtTheSelectedDecision()
{
    QVERIFY(m_window->selectDecision(QStringLiteral("gb-ico-2022-fine")));
    QTest::keyClick(m_window, Qt::Key_F5, Qt::ShiftModifier);
    LectureMode *lecture = m_window->lectureActions()->lecture();
    QVERIFY(lecture);
    const LectureStep &step = lecture->audience()->slide().deck()->step(lecture->navigator()->current());
    QCOMPARE(step.decision.id, QStringLiteral("gb-ico-2022-fine"));
}

void TestLectureActions::escapeReturnsToTheWindowWithTheLastDecisionSelected()
{
    QTest::keyClick(m_window, Qt::Key_F5);
    LectureMode *lecture = m_window->lectureActions()->lecture();
    QVERIFY(lecture);
    QSignalSpy finished(lecture, &LectureMode::finished);
    QTest::keyClick(lecture->audience(), Qt::Key_3);
    QTest::keyClick(lecture->audience(), Qt::Key_Return);
    const QString third = lecture->audience()->slide().deck()->step(2).decision.id;
    QTest::keyClick(lecture->audience(), Qt::Key_Escape);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!lecture->audience()->isVisible());
    QCOMPARE(selectedId(), third);
}

void TestLectureActions::oneScreenPresenterViewToggles()
{
    if (QGuiApplication::screens().size() != 1)
        QSKIP("needs exactly one screen");
    QTest::keyClick(m_window, Qt::Key_F5);
    LectureMode *lecture = m_window->lectureActions()->lecture();
    QVERIFY(!lecture->presenterVisible());
    QTest::keyClick(lecture->audience(), Qt::Key_S);
    QVERIFY(lecture->presenterVisible());
    // The presenter's keys drive the same lecture.
    QTest::keyClick(lecture->presenter(), Qt::Key_Right);
    QCOMPARE(lecture->audience()->slide().step(), 1);
    QTest::keyClick(lecture->presenter(), Qt::Key_S);
    QVERIFY(!lecture->presenterVisible());
}

void TestLectureActions::nothingToPresent()
{
    DecisionFilter filter;
    filter.countries = QStringList{QStringLiteral("JP")};
    m_window->viewState()->setFilter(filter);
    QTimer::singleShot(0, this, [] {
        // The message box says why; close it as the user would.
        if (QWidget *box = QApplication::activeModalWidget())
            QTest::keyClick(box, Qt::Key_Escape);
    });
    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(!m_window->lectureActions()->lecture());
}

void TestLectureActions::scriptPanelPresentsItsScript()
{
    LectureScriptPanel *panel = m_window->lectureScripts();
    QVERIFY(panel);
    const QString example = QStringLiteral("Clearview AI before the regulators, 2020 to 2026");
    QVERIFY(panel->selectScript(example));
    panel->setCurrentStep(2);
    panel->present();
    LectureMode *lecture = m_window->lectureActions()->lecture();
    QVERIFY(lecture);
    QCOMPARE(lecture->audience()->slide().deck()->title(), example);
    QCOMPARE(lecture->navigator()->count(), panel->currentScript().steps.size());
    QCOMPARE(lecture->navigator()->current(), 2);
}

void TestLectureActions::undoFollowsTheFocus()
{
    QUndoGroup *undo = m_window->dataActions()->undoGroup();
    LectureScriptPanel *panel = m_window->lectureScripts();
    m_window->findChild<QDockWidget *>(QStringLiteral("lectureScriptsDock"))->show();
    QVERIFY(panel->selectScript(QStringLiteral("Clearview AI before the regulators, 2020 to 2026")));
    panel->setFocus();
    QApplication::setActiveWindow(m_window);
    QWidget *inside = panel->focusWidget() ? panel->focusWidget() : panel;
    inside->setFocus();
    QTRY_COMPARE(undo->activeStack(), panel->undoStack());
    m_window->tableView()->setFocus();
    QTRY_COMPARE(undo->activeStack(), m_window->dataActions()->store()->undoStack());
}

QTEST_MAIN(TestLectureActions)
#include "tst_lectureactions.moc"
