// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartviewbase.h"
#include "shortcutsdialog.h"
#include "timelineview.h"

#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <memory>

namespace {

// A window with menus as MainWindow makes them: shortcuts set on actions, one given in the text after a tab (the
// key belongs to a widget), a submenu, an action without a shortcut and a hidden one.
std::unique_ptr<QMainWindow> windowWithMenus()
{
    auto window = std::make_unique<QMainWindow>();
    QMenu *file = window->menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Export Timeline..."))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(QStringLiteral("&Print..."));
    file->addSeparator();
    file->addAction(QStringLiteral("&Quit"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    QMenu *edit = window->menuBar()->addMenu(QStringLiteral("&Edit"));
    edit->addAction(QStringLiteral("&Find...\tCtrl+F"));
    QAction *hidden = edit->addAction(QStringLiteral("Hidden"));
    hidden->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    hidden->setVisible(false);
    QMenu *view = window->menuBar()->addMenu(QStringLiteral("&View"));
    QMenu *theme = view->addMenu(QStringLiteral("&Theme"));
    QAction *dark = theme->addAction(QStringLiteral("&Dark && high contrast"));
    dark->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_D), QKeySequence(Qt::Key_F8) });
    return window;
}

ShortcutsDialog::Sections viewKeys()
{
    return [] { return QList<KeyHelpSection> { TimelineView::keyHelp(), ChartViewBase::keyHelp() }; };
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menus_listEveryActionWithAShortcut()
    {
        const auto window = windowWithMenus();
        const QList<KeyHelpSection> sections = ShortcutsDialog::menuShortcuts(window->menuBar());
        QCOMPARE(sections.size(), 3);
        QCOMPARE(sections.at(0).title, QStringLiteral("File"));
        QCOMPARE(sections.at(0).keys.size(), 2);
        QCOMPARE(sections.at(0).keys.at(0).keys, QStringLiteral("Ctrl+E"));
        QCOMPARE(sections.at(0).keys.at(0).action, QStringLiteral("Export Timeline..."));
        QCOMPARE(sections.at(0).keys.at(1).action, QStringLiteral("Quit"));
        // The key in the text, for an action whose shortcut a widget owns; the hidden action is left out.
        QCOMPARE(sections.at(1).title, QStringLiteral("Edit"));
        QCOMPARE(sections.at(1).keys.size(), 1);
        QCOMPARE(sections.at(1).keys.at(0).keys, QStringLiteral("Ctrl+F"));
        QCOMPARE(sections.at(1).keys.at(0).action, QStringLiteral("Find..."));
        // A submenu is a section of its own, named by its path; every shortcut of an action is listed.
        QCOMPARE(sections.at(2).title, QStringLiteral("View > Theme"));
        QCOMPARE(sections.at(2).keys.at(0).keys, QStringLiteral("Ctrl+D, F8"));
        QCOMPARE(sections.at(2).keys.at(0).action, QStringLiteral("Dark & high contrast"));
    }

    void dialog_listsMenusViewsAndLectureKeys()
    {
        const auto window = windowWithMenus();
        ShortcutsDialog dialog(window->menuBar(), viewKeys());
        const QStringList shown = lines(dialog.text());
        QVERIFY(shown.contains(QStringLiteral("Ctrl+E\tExport Timeline...")));
        QVERIFY(shown.contains(QStringLiteral("Ctrl+F\tFind...")));
        QVERIFY(!dialog.text().contains(QStringLiteral("Print")));
        // The views' own keys and lecture mode's.
        QVERIFY(shown.contains(QStringLiteral("Timeline")));
        QVERIFY(shown.contains(QStringLiteral("Left, Right\tPrevious or next decision in time")));
        QVERIFY(shown.contains(QStringLiteral("Charts")));
        QVERIFY(shown.contains(QStringLiteral("Lecture mode")));
        QVERIFY(shown.contains(QStringLiteral("Esc\tLeave lecture mode")));
    }

    void filter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a word, any case") << QStringLiteral(
            "EXPORT") << QStringList { QStringLiteral("File"), QStringLiteral("Ctrl+E\tExport Timeline...") };
        QTest::newRow("a key") << QStringLiteral("ctrl+q")
                               << QStringList { QStringLiteral("File"), QStringLiteral("Ctrl+Q\tQuit") };
        // A section's title shows all of it.
        QTest::newRow("a section") << QStringLiteral("theme")
                                   << QStringList { QStringLiteral("View > Theme"),
                                          QStringLiteral("Ctrl+D, F8\tDark & high contrast") };
        QTest::newRow("nothing") << QStringLiteral("zzz")
                                 << QStringList { QStringLiteral("No shortcut matches \"zzz\".") };
    }

    void filter()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        const auto window = windowWithMenus();
        ShortcutsDialog dialog(window->menuBar(), {});
        const QString everything = dialog.text();
        QTest::keyClicks(dialog.filterField(), filter);
        QCOMPARE(lines(dialog.text()), expected);
        dialog.filterField()->clear();
        QCOMPARE(dialog.text(), everything);
    }

    void escape_closes()
    {
        const auto window = windowWithMenus();
        window->show();
        ShortcutsDialog *dialog = ShortcutsDialog::showFor(window.get(), window->menuBar(), viewKeys());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Asked again, the same dialog comes forward.
        QCOMPARE(ShortcutsDialog::showFor(window.get(), window->menuBar(), viewKeys()), dialog);
        QTRY_VERIFY(dialog->filterField()->hasFocus());
        QTest::keyClick(dialog->filterField(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
