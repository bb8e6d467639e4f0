// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyhelp.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <functional>

class QLabel;
class QLineEdit;
class QMenu;
class QMenuBar;
class QPlainTextEdit;

// Help > Keyboard Shortcuts: every key caseline answers, as plain text a screen reader reads line by line, with a
// filter. The menus' shortcuts are read from the menu bar each time the list is made, so it never drifts from the
// actions; the views' own keys come from their tables (TimelineView::keyHelp(), ChartViewBase::keyHelp()) and
// lecture mode's from LectureKeys. Not modal: it can stay open beside the window. Esc closes it.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    using Sections = std::function<QList<KeyHelpSection>()>;

    // `viewKeys` gives the views' sections, asked again after a language switch.
    ShortcutsDialog(const QMenuBar *menuBar, Sections viewKeys, QWidget *parent = nullptr);

    // Shows the window's dialog, making it the first time.
    static ShortcutsDialog *showFor(QWidget *window, const QMenuBar *menuBar, const Sections &viewKeys);

    // The actions with a shortcut, one section per menu ("View > Theme" for a submenu), in menu order. An action
    // with no shortcut of its own but a key after a tab in its text ("&Find...\tCtrl+F": the key belongs to a
    // widget) is listed with that key.
    static QList<KeyHelpSection> menuShortcuts(const QMenuBar *menuBar);
    // What lecture mode's "?" overlay lists.
    static KeyHelpSection lectureKeys();
    // The sections that have a line matching `filter` (in the keys or the words, ignoring case), with only those
    // lines; every line of a section whose title matches.
    static QList<KeyHelpSection> filtered(const QList<KeyHelpSection> &sections, const QString &filter);

    QLineEdit *filterField() const { return m_filter; }
    // The list as shown.
    QString text() const;

private:
    void collect();
    void showList();

    QPointer<const QMenuBar> m_menuBar;
    Sections m_viewKeys;
    QList<KeyHelpSection> m_sections;
    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QPlainTextEdit *m_list = nullptr;
};
