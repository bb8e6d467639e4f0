// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "lecturekeys.h"
#include "uilanguage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace {

// "&Export Timeline...\tCtrl+E" -> "Export Timeline...": the words of a menu entry without its mnemonic.
QString plainText(const QString &text)
{
    QString words = text.section(QLatin1Char('\t'), 0, 0);
    words.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    words.remove(QLatin1Char('&'));
    words.replace(QChar(0x0001), QLatin1Char('&'));
    return words.trimmed();
}

void addMenu(const QMenu *menu, const QString &title, QList<KeyHelpSection> *sections)
{
    KeyHelpSection section { title, {} };
    QList<std::pair<const QMenu *, QString>> submenus;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (const QMenu *submenu = action->menu()) {
            submenus.append({ submenu,
                ShortcutsDialog::tr("%1 > %2", "a submenu: the menu, then the submenu")
                    .arg(title, plainText(submenu->title())) });
            continue;
        }
        QStringList keys;
        for (const QKeySequence &shortcut : action->shortcuts())
            keys << shortcut.toString(QKeySequence::NativeText);
        if (keys.isEmpty() && action->text().contains(QLatin1Char('\t')))
            keys << action->text().section(QLatin1Char('\t'), 1).trimmed();
        if (!keys.isEmpty())
            section.keys.append({ keys.join(QStringLiteral(", ")), plainText(action->text()) });
    }
    if (!section.keys.isEmpty())
        sections->append(section);
    for (const auto &[submenu, subtitle] : std::as_const(submenus))
        addMenu(submenu, subtitle, sections);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, Sections viewKeys, QWidget *parent)
    : QDialog(parent)
    , m_menuBar(menuBar)
    , m_viewKeys(std::move(viewKeys))
{
    m_filterLabel = new QLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_list = new QPlainTextEdit(this);
    m_list->setReadOnly(true);
    // Read-only text still takes the keyboard, so that it can be read, selected and copied.
    m_list->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_list->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::showList);

    UiLanguage::follow(this, [this] {
        setWindowTitle(tr("Keyboard Shortcuts"));
        m_filterLabel->setText(tr("&Filter:"));
        m_filter->setPlaceholderText(tr("A key or a word, e.g. Ctrl or zoom"));
        m_list->setAccessibleName(tr("Keyboard shortcuts"));
        collect();
    });
    resize(640, 560);
    m_filter->setFocus();
}

ShortcutsDialog *ShortcutsDialog::showFor(QWidget *window, const QMenuBar *menuBar, const Sections &viewKeys)
{
    auto *dialog = window->findChild<ShortcutsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new ShortcutsDialog(menuBar, viewKeys, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QList<KeyHelpSection> ShortcutsDialog::menuShortcuts(const QMenuBar *menuBar)
{
    QList<KeyHelpSection> sections;
    if (!menuBar)
        return sections;
    const QList<QAction *> menus = menuBar->actions();
    for (const QAction *action : menus) {
        if (const QMenu *menu = action->menu(); menu && action->isVisible())
            addMenu(menu, plainText(menu->title()), &sections);
    }
    return sections;
}

KeyHelpSection ShortcutsDialog::lectureKeys()
{
    KeyHelpSection section { tr("Lecture mode"), {} };
    const QList<LectureKeys::HelpRow> rows = LectureKeys::helpRows();
    for (const LectureKeys::HelpRow &row : rows)
        section.keys.append({ row.keys, row.action });
    return section;
}

QList<KeyHelpSection> ShortcutsDialog::filtered(const QList<KeyHelpSection> &sections, const QString &filter)
{
    const QString wanted = filter.trimmed();
    if (wanted.isEmpty())
        return sections;
    QList<KeyHelpSection> shown;
    for (const KeyHelpSection &section : sections) {
        if (section.title.contains(wanted, Qt::CaseInsensitive)) {
            shown.append(section);
            continue;
        }
        KeyHelpSection matching { section.title, {} };
        for (const KeyHelp &key : section.keys) {
            if (key.keys.contains(wanted, Qt::CaseInsensitive) || key.action.contains(wanted, Qt::CaseInsensitive))
                matching.keys.append(key);
        }
        if (!matching.keys.isEmpty())
            shown.append(matching);
    }
    return shown;
}

QString ShortcutsDialog::text() const
{
    return m_list->toPlainText();
}

void ShortcutsDialog::collect()
{
    m_sections = menuShortcuts(m_menuBar);
    if (m_viewKeys)
        m_sections += m_viewKeys();
    m_sections.append(lectureKeys());
    showList();
}

void ShortcutsDialog::showList()
{
    const QList<KeyHelpSection> sections = filtered(m_sections, m_filter->text());
    // One line a key, the keys and the words apart by a tab: a screen reader reads each line whole, and the words
    // line up in a column after the widest keys.
    const QFontMetricsF metrics(m_list->font());
    qreal widest = 0;
    QStringList lines;
    for (const KeyHelpSection &section : sections) {
        if (!lines.isEmpty())
            lines << QString();
        lines << section.title;
        for (const KeyHelp &key : section.keys) {
            lines << key.keys + QLatin1Char('\t') + key.action;
            widest = std::max(widest, metrics.horizontalAdvance(key.keys));
        }
    }
    if (lines.isEmpty())
        lines << tr("No shortcut matches \"%1\".").arg(m_filter->text().trimmed());
    // Not wider than a few menu shortcuts: lecture mode's long lists of keys go on to the next stop instead.
    const qreal column = std::min(widest, metrics.horizontalAdvance(QStringLiteral("Ctrl+Shift+Alt+F12")));
    m_list->setTabStopDistance(column + metrics.horizontalAdvance(QStringLiteral("MMM")));
    m_list->setPlainText(lines.join(QLatin1Char('\n')));
}
