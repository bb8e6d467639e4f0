// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "cumulativechartview.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "detailpanel.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "settings.h"
#include "timelinerenderer.h"
#include "timelineview.h"
#include "uilanguage.h"
#include "viewstate.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QActionGroup>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Drives the real window over a real database: the table, the filter bar and the detail panel share one selection.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensWithEveryBundledDecision();
    void clickingARow_showsItInTheDetailPanel();
    void typingInSearch_filtersTheTable();
    void relatedDecisionLink_selectsIt_evenWhenFilteredOut();
    void filterHidingTheCurrentDecision_clearsTheDetail_data();
    void filterHidingTheCurrentDecision_clearsTheDetail();
    void dateBasisSwitch_changesTheDateColumn();
    void keyboardDown_movesTheSelection();
    void windowGeometry_isRememberedAcrossSessions();
    void selectingInTheTable_highlightsItInTheTimelineAndChart();
    void timelineZoom_movesTheChartRange();
    void deleteKeyInTheTable_deletes_andUndoBringsItBack();
    void altLeftAndAltRight_walkTheZoomHistory();
    void themeAndLaneOrder_chosenInTheMenu_areRestoredInANewWindow();
    void unloadedSettings_neverRecordTheView();

private:
    int rowOf(const QString &id) const;
    // The checkable action of a View submenu, found by its text as the user reads it.
    QAction *viewMenuAction(const QString &submenu, const QString &text) const;

    QTemporaryDir m_dir;
    CaseDatabase *m_database = nullptr;
    Settings *m_settings = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("caseline-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
    // As main() does: English words with their plural forms ("43 of 43 decisions").
    QVERIFY(UiLanguage::instance()->apply(QStringLiteral("en")));
}

void TestMainWindow::init()
{
    m_database = new CaseDatabase(QStringLiteral("tst_mainwindow"));
    QVERIFY2(m_database->open(m_dir.filePath(QStringLiteral("cases.sqlite"))), qPrintable(m_database->errorString()));
    m_settings = new Settings;
    m_window = new MainWindow(m_database, m_settings);
    new QAbstractItemModelTester(m_window->filterProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_window);
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_settings;
    m_settings = nullptr;
    delete m_database;
    m_database = nullptr;
}

int TestMainWindow::rowOf(const QString &id) const
{
    const QAbstractItemModel *proxy = m_window->filterProxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(DecisionModel::DecisionIdRole).toString() == id)
            return row;
    }
    return -1;
}

void TestMainWindow::opensWithEveryBundledDecision()
{
    QCOMPARE(m_window->decisionModel()->rowCount(), 43);
    QCOMPARE(m_window->tableView()->model()->rowCount(), 43);
    QCOMPARE(m_window->tableView()->selectionModel(), m_window->selectionModel());
    const auto *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("43 of 43 decisions"));
}

void TestMainWindow::clickingARow_showsItInTheDetailPanel()
{
    QTableView *table = m_window->tableView();
    const int row = rowOf(QStringLiteral("fr-cnil-2022-fine"));
    QVERIFY(row >= 0);
    table->scrollTo(table->model()->index(row, 0));
    const QRect cell = table->visualRect(table->model()->index(row, DecisionModel::AuthorityColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_window->selectionModel()->currentIndex().row(), row);
    QCOMPARE(m_window->detailPanel()->decisionId(), QStringLiteral("fr-cnil-2022-fine"));
    QVERIFY(m_window->detailPanel()->plainText().contains(QStringLiteral("SAN-2022-019")));
}

void TestMainWindow::typingInSearch_filtersTheTable()
{
    QLineEdit *search = m_window->filterBar()->searchField();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("grece"));
    QTRY_COMPARE(m_window->tableView()->model()->rowCount(), 1);
    QCOMPARE(m_window->tableView()->model()->index(0, 0).data(DecisionModel::DecisionIdRole).toString(),
        QStringLiteral("gr-hdpa-2022-fine"));
    const auto *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    QTRY_COMPARE(count->text(), QStringLiteral("1 of 43 decisions"));
}

void TestMainWindow::relatedDecisionLink_selectsIt_evenWhenFilteredOut()
{
    QVERIFY(m_window->selectDecision(QStringLiteral("gb-ico-2022-fine")));
    DecisionFilter onlyGreece;
    onlyGreece.countries = {QStringLiteral("GR")};
    m_window->viewState()->setFilter(onlyGreece);
    QCOMPARE(m_window->tableView()->model()->rowCount(), 1);

    // The detail panel asks for a related decision; the window clears filters that hide it and selects it.
    Q_EMIT m_window->detailPanel()->relatedDecisionActivated(QStringLiteral("gb-ftt-2023-appeal"));
    QCOMPARE(m_window->tableView()->model()->rowCount(), 43);
    const QModelIndex current = m_window->selectionModel()->currentIndex();
    QCOMPARE(current.data(DecisionModel::DecisionIdRole).toString(), QStringLiteral("gb-ftt-2023-appeal"));
    QCOMPARE(m_window->detailPanel()->decisionId(), QStringLiteral("gb-ftt-2023-appeal"));
    QVERIFY(!m_window->selectDecision(QStringLiteral("no-such-decision")));
}

void TestMainWindow::filterHidingTheCurrentDecision_clearsTheDetail_data()
{
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<QString>("shown");
    QTest::newRow("the filter keeps it") << QStringList { QStringLiteral("GB") } << QStringLiteral("gb-ico-2022-fine");
    QTest::newRow("the filter hides it") << QStringList { QStringLiteral("GR") } << QString();
}

// The proxy rebuilds its rows as one layout change; the detail panel must follow what stays selected.
void TestMainWindow::filterHidingTheCurrentDecision_clearsTheDetail()
{
    QFETCH(QStringList, countries);
    QFETCH(QString, shown);
    QVERIFY(m_window->selectDecision(QStringLiteral("gb-ico-2022-fine")));
    QCOMPARE(m_window->detailPanel()->decisionId(), QStringLiteral("gb-ico-2022-fine"));
    DecisionFilter filter;
    filter.countries = countries;
    m_window->viewState()->setFilter(filter);
    QVERIFY(m_window->tableView()->model()->rowCount() > 0);
    QCOMPARE(m_window->detailPanel()->decisionId(), shown);
    QCOMPARE(m_window->selectionModel()->currentIndex().data(DecisionModel::DecisionIdRole).toString(), shown);
}

void TestMainWindow::dateBasisSwitch_changesTheDateColumn()
{
    const int row = rowOf(QStringLiteral("nl-ap-2024-fine"));
    const QModelIndex date = m_window->filterProxy()->index(row, DecisionModel::DateColumn);
    QCOMPARE(date.data().toString(), QStringLiteral("16 May 2024"));
    QSignalSpy spy(m_window->viewState(), &ViewState::dateBasisChanged);
    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
    const int newRow = rowOf(QStringLiteral("nl-ap-2024-fine"));
    QCOMPARE(m_window->filterProxy()->index(newRow, DecisionModel::DateColumn).data().toString(),
        QStringLiteral("3 Sept 2024")); // CLDR's British abbreviation
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->viewState()->dateBasis(), DateBasis::Adopted);
}

void TestMainWindow::keyboardDown_movesTheSelection()
{
    QTableView *table = m_window->tableView();
    QVERIFY(m_window->selectDecision(QStringLiteral("it-garante-2022-fine")));
    const int before = m_window->selectionModel()->currentIndex().row();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(m_window->selectionModel()->currentIndex().row(), before + 1);
    const QString id = m_window->selectionModel()->currentIndex().data(DecisionModel::DecisionIdRole).toString();
    QCOMPARE(m_window->detailPanel()->decisionId(), id);
}

void TestMainWindow::windowGeometry_isRememberedAcrossSessions()
{
    m_window->resize(1100, 640);
    QTest::qWait(20);
    m_window->close();
    delete m_window;
    Settings reloaded;
    reloaded.load();
    QVERIFY(!reloaded.windowGeometry().isEmpty());
    m_window = new MainWindow(m_database, &reloaded);
    QCOMPARE(m_window->size(), QSize(1100, 640));
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::selectingInTheTable_highlightsItInTheTimelineAndChart()
{
    QVERIFY(m_window->selectDecision(QStringLiteral("nl-ap-2024-fine")));
    const TimelineRenderer &timeline = m_window->timelineView()->renderer();
    const int item = timeline.selectedItem();
    QVERIFY(item >= 0);
    QCOMPARE(timeline.layout().item(item).id, QStringLiteral("nl-ap-2024-fine"));
    QCOMPARE(m_window->cumulativeChart()->selectedDecisionId(), QStringLiteral("nl-ap-2024-fine"));
}

void TestMainWindow::timelineZoom_movesTheChartRange()
{
    QSignalSpy spy(m_window->viewState(), &ViewState::visibleRangeChanged);
    m_window->timelineView()->zoomIn();
    QVERIFY(spy.count() >= 1);
    const QDate from = m_window->viewState()->visibleFrom();
    const QDate to = m_window->viewState()->visibleTo();
    QVERIFY(from.isValid() && to.isValid() && from < to);
    m_window->timelineView()->fitAll();
    QVERIFY(m_window->viewState()->visibleFrom() < from || !m_window->viewState()->visibleFrom().isValid());
}

void TestMainWindow::deleteKeyInTheTable_deletes_andUndoBringsItBack()
{
    // A decision that nothing else names can be deleted.
    QVERIFY(m_window->selectDecision(QStringLiteral("be-coc-2022-police")));
    m_window->tableView()->setFocus();
    QTest::keyClick(m_window->tableView(), Qt::Key_Delete);
    QCOMPARE(m_window->decisionModel()->rowCount(), 42);
    QCOMPARE(m_window->decisionModel()->rowOf(QStringLiteral("be-coc-2022-police")), -1);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->decisionModel()->rowCount(), 43);
    QVERIFY(m_window->decisionModel()->rowOf(QStringLiteral("be-coc-2022-police")) >= 0);
    // Typing Delete in the search field edits the text, never the data.
    QLineEdit *search = m_window->filterBar()->searchField();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("x"));
    QTest::keyClick(search, Qt::Key_Home);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(m_window->decisionModel()->rowCount(), 43);
}

QAction *TestMainWindow::viewMenuAction(const QString &submenu, const QString &text) const
{
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        if (menuAction->text() != QLatin1String("&View"))
            continue;
        for (QAction *sub : menuAction->menu()->actions()) {
            if (!sub->menu() || sub->text() != submenu)
                continue;
            for (QAction *a : sub->menu()->actions()) {
                if (a->text() == text)
                    return a;
            }
        }
    }
    return nullptr;
}

void TestMainWindow::altLeftAndAltRight_walkTheZoomHistory()
{
    auto *back = m_window->findChild<QAction *>(QStringLiteral("backAction"));
    auto *forward = m_window->findChild<QAction *>(QStringLiteral("forwardAction"));
    QVERIFY(back && forward);
    // Nothing to go back to when the window opens, even though it selected and scrolled to the first decision.
    QVERIFY(!back->isEnabled());
    QVERIFY(!forward->isEnabled());
    TimelineView *timeline = m_window->timelineView();
    QVERIFY(timeline->isFitAll());

    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Plus);
    QVERIFY(!timeline->isFitAll());
    const QDate zoomedFrom = timeline->visibleFrom();
    const QDate zoomedTo = timeline->visibleTo();
    QTest::keyClick(timeline, Qt::Key_Plus);
    QVERIFY(timeline->visibleFrom() > zoomedFrom);
    QVERIFY(back->isEnabled());
    QVERIFY(!forward->isEnabled());

    QTest::keyClick(timeline, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(timeline->visibleFrom(), zoomedFrom);
    QCOMPARE(timeline->visibleTo(), zoomedTo);
    QVERIFY(forward->isEnabled());
    // The chart follows Back like any other change of the range.
    QCOMPARE(m_window->viewState()->visibleFrom(), zoomedFrom);
    QTest::keyClick(timeline, Qt::Key_Left, Qt::AltModifier);
    QVERIFY(timeline->isFitAll());
    QVERIFY(!back->isEnabled());

    QTest::keyClick(timeline, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(timeline->visibleFrom(), zoomedFrom);
    QCOMPARE(timeline->visibleTo(), zoomedTo);
    QVERIFY(back->isEnabled());
    // Alt+Left and Alt+Right went to the window's actions, not to the timeline's decision stepping.
    QVERIFY(m_window->selectionModel()->currentIndex().isValid());
    QCOMPARE(m_window->selectionModel()->currentIndex().row(), 0);
}

void TestMainWindow::themeAndLaneOrder_chosenInTheMenu_areRestoredInANewWindow()
{
    // A real start: the settings are loaded before the window is made.
    delete m_window;
    QSettings().clear();
    Settings first;
    first.load();
    m_window = new MainWindow(m_database, &first);
    QCOMPARE(m_window->viewState()->themeName(), ThemeName::Light);
    QAction *projector = viewMenuAction(QStringLiteral("&Theme"), QStringLiteral("Projector (high contrast)"));
    QAction *alphabetical = viewMenuAction(QStringLiteral("&Lane Order"), QStringLiteral("&Alphabetical"));
    QVERIFY(projector && alphabetical);
    projector->trigger();
    alphabetical->trigger();
    viewMenuAction(QStringLiteral("&Date Basis"), QStringLiteral("A&nnounced (publication date)"))->trigger();
    QCOMPARE(m_window->viewState()->themeName(), ThemeName::Projector);
    QCOMPARE(m_window->timelineView()->theme().name, QStringLiteral("projector"));
    QCOMPARE(m_window->timelineView()->renderer().laneOrder(), TimelineLayout::LaneOrder::Alphabetical);
    // Recorded when chosen, not only on a clean close: the window is destroyed without closing.
    delete m_window;
    m_window = nullptr;

    Settings second;
    second.load();
    m_window = new MainWindow(m_database, &second);
    QCOMPARE(m_window->viewState()->themeName(), ThemeName::Projector);
    QCOMPARE(m_window->viewState()->laneOrder(), TimelineLayout::LaneOrder::Alphabetical);
    QCOMPARE(m_window->viewState()->dateBasis(), DateBasis::Announced);
    QCOMPARE(m_window->timelineView()->theme().name, QStringLiteral("projector"));
    QCOMPARE(m_window->timelineView()->renderer().layout().lane(0).country, QStringLiteral("AU"));
    // The menus show what was restored.
    QVERIFY(viewMenuAction(QStringLiteral("&Theme"), QStringLiteral("Projector (high contrast)"))->isChecked());
    QVERIFY(viewMenuAction(QStringLiteral("&Lane Order"), QStringLiteral("&Alphabetical"))->isChecked());
    QVERIFY(
        viewMenuAction(QStringLiteral("&Date Basis"), QStringLiteral("A&nnounced (publication date)"))->isChecked());
    delete m_window;
    m_window = nullptr;
    QSettings().clear();
}

void TestMainWindow::unloadedSettings_neverRecordTheView()
{
    // The fixture's Settings was never loaded, as for a screenshot: what it shows is not the user's preference.
    QSettings().clear();
    m_window->viewState()->setTheme(ThemeName::Dark);
    m_window->viewState()->setLaneOrder(TimelineLayout::LaneOrder::TotalFines);
    QVERIFY(QSettings().allKeys().isEmpty());
    delete m_window;
    Settings loaded;
    loaded.load();
    m_window = new MainWindow(m_database, &loaded);
    QCOMPARE(m_window->viewState()->themeName(), ThemeName::Light);
    QCOMPARE(m_window->viewState()->laneOrder(), TimelineLayout::LaneOrder::FirstDecision);
    delete m_window;
    m_window = nullptr;
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
