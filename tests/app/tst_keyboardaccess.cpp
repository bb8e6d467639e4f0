// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "countrychartview.h"
#include "cumulativechartview.h"
#include "detailpanel.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "timelineview.h"
#include "uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

// The window from the keyboard alone (issue 14): Tab reaches every panel in the order the window reads, and
// Help > Keyboard Shortcuts lists the keys.
class TestKeyboardAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tab_reachesEveryPanelInReadingOrder_data();
    void tab_reachesEveryPanelInReadingOrder();
    void f1_opensTheShortcutsListingTheMenus();

private:
    // The widgets that have the focus as Tab is pressed from the window's start, once round.
    QList<QWidget *> tabWalk() const;

    QTemporaryDir m_dir;
    CaseDatabase *m_database = nullptr;
    Settings *m_settings = nullptr;
    MainWindow *m_window = nullptr;
};

void TestKeyboardAccess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("caseline-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboardaccess"));
    QVERIFY(m_dir.isValid());
    QVERIFY(UiLanguage::instance()->apply(QStringLiteral("en")));
}

void TestKeyboardAccess::init()
{
    m_database = new CaseDatabase(QStringLiteral("tst_keyboardaccess"));
    QVERIFY2(m_database->open(m_dir.filePath(QStringLiteral("cases.sqlite"))), qPrintable(m_database->errorString()));
    m_settings = new Settings;
    m_window = new MainWindow(m_database, m_settings);
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestKeyboardAccess::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_settings;
    m_settings = nullptr;
    delete m_database;
    m_database = nullptr;
}

QList<QWidget *> TestKeyboardAccess::tabWalk() const
{
    // From nowhere, the first Tab goes to the first widget of the window's chain.
    if (QWidget *focus = QApplication::focusWidget())
        focus->clearFocus();
    QList<QWidget *> walk;
    for (int i = 0; i < 200; ++i) {
        QWidget *from = QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
        QTest::keyClick(from, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || (!walk.isEmpty() && now == walk.constFirst()))
            break;
        walk << now;
    }
    return walk;
}

void TestKeyboardAccess::tab_reachesEveryPanelInReadingOrder_data()
{
    QTest::addColumn<int>("tab");
    QTest::newRow("decisions table") << 0;
    QTest::newRow("cumulative chart") << 1;
    QTest::newRow("chart by country") << 2;
}

void TestKeyboardAccess::tab_reachesEveryPanelInReadingOrder()
{
    QFETCH(int, tab);
    m_window->bottomTabs()->setCurrentIndex(tab);
    QWidget *page = m_window->bottomTabs()->currentWidget();
    const QList<QWidget *> walk = tabWalk();
    QStringList names;
    for (QWidget *w : walk)
        names << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') + w->objectName();
    const QString seen = names.join(QStringLiteral(", "));

    // Where each panel is first reached; -1 if never.
    const auto first = [&walk](const QWidget *panel) {
        for (int i = 0; i < walk.size(); ++i) {
            if (walk.at(i) == panel || panel->isAncestorOf(walk.at(i)))
                return i;
        }
        return -1;
    };
    const auto last = [&walk](const QWidget *panel) {
        for (int i = int(walk.size()) - 1; i >= 0; --i) {
            if (walk.at(i) == panel || panel->isAncestorOf(walk.at(i)))
                return i;
        }
        return -1;
    };
    const int filters = first(m_window->filterBar());
    const int timeline = first(m_window->timelineView());
    const int tabs = first(m_window->bottomTabs()->tabBar());
    const int pageStart = first(page);
    const int detail = first(m_window->detailPanel());
    for (const int at : { filters, timeline, tabs, pageStart, detail })
        QVERIFY2(at >= 0, qPrintable(seen));
    // The filters first, all of them, then the timeline, the tabs and their page, then the details.
    QVERIFY2(filters == 0, qPrintable(seen));
    QVERIFY2(last(m_window->filterBar()) < timeline, qPrintable(seen));
    QVERIFY2(
        m_window->filterBar()->searchField() && walk.contains(m_window->filterBar()->searchField()), qPrintable(seen));
    QVERIFY2(timeline < tabs && tabs < pageStart && last(page) < detail, qPrintable(seen));
    // Only the page shown is reached.
    for (int i = 0; i < m_window->bottomTabs()->count(); ++i) {
        if (i != tab)
            QVERIFY2(first(m_window->bottomTabs()->widget(i)) < 0, qPrintable(seen));
    }
    // A chart: its controls as they are read, then the chart, where the arrow keys move between its items.
    if (auto *chart = qobject_cast<ChartViewBase *>(page)) {
        const int canvas = int(walk.indexOf(chart->chartCanvas()));
        QVERIFY2(canvas >= 0, qPrintable(seen));
        QCOMPARE(canvas, last(page));
        QVERIFY2(canvas > pageStart, qPrintable(seen));
    } else {
        QVERIFY2(walk.contains(m_window->tableView()), qPrintable(seen));
    }
    // Nothing is reached twice in one round. The detail panel keeps the focus while Tab walks its links.
    QList<QWidget *> stops = walk;
    stops.erase(std::unique(stops.begin(), stops.end()), stops.end());
    QCOMPARE(QSet<QWidget *>(stops.cbegin(), stops.cend()).size(), stops.size());
}

void TestKeyboardAccess::f1_opensTheShortcutsListingTheMenus()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
    // F1 is no other action's.
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *other : actions) {
        if (other != action)
            QVERIFY2(!other->shortcuts().contains(QKeySequence(Qt::Key_F1)), qPrintable(other->text()));
    }
    // In the Help menu.
    QMenu *help = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            help = menu->menu();
    }
    QVERIFY(help);
    QCOMPARE(help->title(), QStringLiteral("&Help"));

    m_window->timelineView()->setFocus();
    QTest::keyClick(m_window->timelineView(), Qt::Key_F1);
    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    if (qEnvironmentVariableIsSet("CASELINE_SCREENSHOTS"))
        dialog->grab().save(qEnvironmentVariable("CASELINE_SCREENSHOTS") + QStringLiteral("/shortcuts.png"));
    const QStringList lines = dialog->text().split(QLatin1Char('\n'));
    QVERIFY(lines.contains(QStringLiteral("Ctrl+E\tExport Timeline...")));
    QVERIFY(lines.contains(QStringLiteral("F1\tKeyboard Shortcuts")));
    QVERIFY(lines.contains(QStringLiteral("Ctrl+F\tFind...")));
    QVERIFY(lines.contains(QStringLiteral("Left, Right\tPrevious or next decision in time")));
    QVERIFY(lines.contains(QStringLiteral("Esc\tLeave lecture mode")));
    QTest::keyClick(dialog->filterField(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

QTEST_MAIN(TestKeyboardAccess)
#include "tst_keyboardaccess.moc"
