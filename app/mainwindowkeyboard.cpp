// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's language and keyboard: View > Language, the formats the views take from it, and the order Tab goes in.
#include "mainwindow.h"

#include "countrychartview.h"
#include "cumulativechartview.h"
#include "decisionmodel.h"
#include "detailpanel.h"
#include "filterbar.h"
#include "settings.h"
#include "timelineview.h"
#include "uilanguage.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

namespace {

// The widgets of a panel that Tab stops at, in the panel's own order.
QList<QWidget *> tabStops(QWidget *panel)
{
    QList<QWidget *> stops;
    for (QWidget *w = panel->nextInFocusChain(); w != panel; w = w->nextInFocusChain()) {
        // A widget with a focus proxy (a date edit's line edit) passes the focus on: its proxy is a stop already.
        if (panel->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            stops << w;
    }
    return stops;
}

} // namespace

void MainWindow::setKeyboardOrder()
{
    // Tab goes as the window reads: the filters, the timeline, the tabs under it and the page they show, the details.
    // The tab widget itself goes before its tab bar, which it passes the focus to.
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move in it
    const QList<QWidget *> tabOrder = tabStops(m_filterBar)
        + QList<QWidget *> { m_timeline, m_bottomTabs, m_bottomTabs->tabBar(), m_table } + tabStops(m_cumulative)
        + tabStops(m_countries) + tabStops(m_detail);
    for (qsizetype i = 0; i + 1 < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i), tabOrder.at(i + 1));
}

void MainWindow::createLanguageMenu(QMenu *view)
{
    // View > Language: the words and the formats switch at once, without a restart, and the choice is remembered.
    QMenu *languages = view->addMenu(QString());
    languages->setObjectName(QStringLiteral("languageMenu"));
    UiLanguage::follow(languages, [languages] { languages->setTitle(tr("&Language")); });
    auto *group = new QActionGroup(languages);
    QAction *system = languages->addAction(QString());
    system->setData(QString());
    UiLanguage::follow(system, [system] { system->setText(tr("&System Language")); });
    languages->addSeparator();
    const QStringList codes = UiLanguage::codes();
    for (const QString &code : codes) {
        // Each language in its own name, so that a user lost in the other one can find their way back.
        QAction *a = languages->addAction(UiLanguage::nativeName(code));
        a->setObjectName(QStringLiteral("language_") + code);
        a->setData(code);
    }
    const QString remembered = m_settings->language();
    for (QAction *a : languages->actions()) {
        if (a->isSeparator())
            continue;
        a->setCheckable(true);
        a->setChecked(a->data().toString() == remembered);
        group->addAction(a);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *a) {
        const QString code = a->data().toString();
        m_settings->setLanguage(code);
        UiLanguage::instance()->apply(code.isEmpty() ? UiLanguage::systemCode() : code);
    });
}

void MainWindow::applyLocale()
{
    const QLocale locale;
    setLocale(locale);
    m_model->setDisplayLocale(locale);
    if (m_timeline)
        m_timeline->setLocale(locale);
    if (m_cumulative)
        m_cumulative->setLocale(locale);
    if (m_countries)
        m_countries->setLocale(locale);
}
