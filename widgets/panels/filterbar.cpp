// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "countryregistry.h"
#include "decisiontype.h"
#include "viewstate.h"

#include <QAction>
#include <QCheckBox>
#include <QCollator>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>

#include <algorithm>

namespace {

// Long enough to coalesce a typed word into one re-filter, short enough to feel immediate.
constexpr int TextDebounceMs = 150;

QStringList checkedValues(const QMenu *menu)
{
    QStringList values;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isCheckable() && action->isChecked())
            values << action->data().toString();
    }
    return values;
}

QAction *entryFor(const QMenu *menu, const QString &value)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isCheckable() && action->data().toString() == value)
            return action;
    }
    return nullptr;
}

void setDateQuietly(QDateEdit *edit, const QDate &date)
{
    if (date.isValid() && edit->date() != date)
        edit->setDate(date);
}

} // namespace

FilterBar::FilterBar(ViewState *state, QWidget *parent) : QWidget(parent), m_state(state)
{
    createControls();
    retranslateUi();

    m_textDebounce.setSingleShot(true);
    m_textDebounce.setInterval(TextDebounceMs);
    connect(&m_textDebounce, &QTimer::timeout, this, &FilterBar::commit);

    // Ctrl+F anywhere in the window, as in every application with a search field.
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WindowShortcut);
    connect(findShortcut, &QShortcut::activated, this, &FilterBar::focusSearch);

    if (m_state) {
        connect(m_state, &ViewState::filterChanged, this, [this] { showFilter(m_state->filter()); });
        showFilter(m_state->filter());
    }
}

void FilterBar::createControls()
{
    m_countryMenu = new QMenu(this);
    m_countryMenu->setObjectName(QStringLiteral("countryMenu"));
    m_countryMenu->installEventFilter(this);
    m_countryButton = new QToolButton(this);
    m_countryButton->setObjectName(QStringLiteral("countryButton"));
    m_countryButton->setPopupMode(QToolButton::InstantPopup);
    m_countryButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_countryButton->setMenu(m_countryMenu);

    m_typeMenu = new QMenu(this);
    m_typeMenu->setObjectName(QStringLiteral("typeMenu"));
    m_typeMenu->installEventFilter(this);
    m_typeButton = new QToolButton(this);
    m_typeButton->setObjectName(QStringLiteral("typeButton"));
    m_typeButton->setPopupMode(QToolButton::InstantPopup);
    m_typeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_typeButton->setMenu(m_typeMenu);

    rebuildMenu(m_countryMenu, {}, {});
    rebuildMenu(m_typeMenu, {}, {});

    const QDate today = QDate::currentDate();
    m_fromCheck = new QCheckBox(this);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_fromEdit = new QDateEdit(QDate(today.year(), 1, 1), this);
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_toCheck = new QCheckBox(this);
    m_toCheck->setObjectName(QStringLiteral("toCheck"));
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        // ISO days, as in the table and the command line.
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }

    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("targetField"));
    m_target->setClearButtonEnabled(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 28);

    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearAllButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_countryButton);
    layout->addWidget(m_typeButton);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_fromCheck);
    layout->addWidget(m_fromEdit);
    layout->addWidget(m_toCheck);
    layout->addWidget(m_toEdit);
    layout->addWidget(m_target, 1);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_clearButton);

    connect(m_fromCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_fromEdit->setEnabled(on);
        commit();
    });
    connect(m_toCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_toEdit->setEnabled(on);
        commit();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_fromCheck->isChecked())
            commit();
    });
    connect(m_toEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_toCheck->isChecked())
            commit();
    });
    for (QLineEdit *edit : {m_target, m_search}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_showingFilter)
                m_textDebounce.start();
        });
        // Enter applies at once rather than after the pause.
        connect(edit, &QLineEdit::returnPressed, this, &FilterBar::commit);
    }
    connect(m_clearButton, &QPushButton::clicked, this, &FilterBar::clearAll);
}

void FilterBar::retranslateUi()
{
    m_countryButton->setAccessibleName(tr("Countries"));
    m_countryButton->setToolTip(tr("Show only decisions from these countries"));
    m_anyCountry->setText(tr("All countries"));
    m_typeButton->setAccessibleName(tr("Decision types"));
    m_typeButton->setToolTip(tr("Show only decisions of these types"));
    m_anyType->setText(tr("All types"));

    m_fromCheck->setText(tr("From"));
    m_fromCheck->setAccessibleName(tr("Limit to decisions from a date"));
    m_fromEdit->setAccessibleName(tr("From date"));
    m_toCheck->setText(tr("To"));
    m_toCheck->setAccessibleName(tr("Limit to decisions up to a date"));
    m_toEdit->setAccessibleName(tr("To date"));

    m_target->setPlaceholderText(tr("Target"));
    m_target->setAccessibleName(tr("Target"));
    m_target->setToolTip(tr("Show only decisions against this target, e.g. a police force"));
    m_search->setPlaceholderText(tr("Search (accents and case ignored)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setToolTip(tr("Every word must occur in the decision (%1)")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));

    m_clearButton->setText(tr("Clear all"));
    m_clearButton->setAccessibleName(tr("Clear all filters"));

    relabelTypes();
    updateMenuButtons();
}

void FilterBar::setAvailableCountries(const QStringList &isoCodes)
{
    m_availableCountries = isoCodes;
    QCollator collator(locale());
    const QLocale loc = locale();
    std::sort(m_availableCountries.begin(), m_availableCountries.end(), [&](const QString &a, const QString &b) {
        return collator.compare(CountryRegistry::name(a, loc), CountryRegistry::name(b, loc)) < 0;
    });
    m_availableCountries.removeDuplicates();
    const QStringList checked = m_state ? m_state->filter().countries : QStringList();
    rebuildMenu(m_countryMenu, m_availableCountries, checked);
    relabelCountries();
    updateMenuButtons();
}

void FilterBar::setAvailableTypes(const QStringList &types)
{
    m_availableTypes = types;
    m_availableTypes.removeDuplicates();
    const QStringList checked = m_state ? m_state->filter().types : QStringList();
    rebuildMenu(m_typeMenu, m_availableTypes, checked);
    relabelTypes();
    updateMenuButtons();
}

void FilterBar::setAvailableDateRange(const QDate &first, const QDate &last)
{
    const bool wasShowing = m_showingFilter;
    m_showingFilter = true;
    if (!m_fromCheck->isChecked())
        setDateQuietly(m_fromEdit, first);
    if (!m_toCheck->isChecked())
        setDateQuietly(m_toEdit, last);
    m_showingFilter = wasShowing;
}

void FilterBar::rebuildMenu(QMenu *menu, const QStringList &values, const QStringList &checked)
{
    menu->clear();
    QAction *any = menu->addAction(menu == m_countryMenu ? tr("All countries") : tr("All types"));
    any->setObjectName(menu == m_countryMenu ? QStringLiteral("allCountriesAction") : QStringLiteral("allTypesAction"));
    connect(any, &QAction::triggered, this, [this, menu] {
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions)
            action->setChecked(false);
        commit();
    });
    if (menu == m_countryMenu)
        m_anyCountry = any;
    else
        m_anyType = any;
    menu->addSeparator();

    for (const QString &value : values)
        addMenuEntry(menu, value);
    // Values filtered on but not offered (set from the command line or a saved view) stay visible and removable.
    for (const QString &value : checked) {
        if (!entryFor(menu, value))
            addMenuEntry(menu, value);
    }
    for (const QString &value : checked)
        entryFor(menu, value)->setChecked(true);
}

QAction *FilterBar::addMenuEntry(QMenu *menu, const QString &value)
{
    QAction *action = menu->addAction(value);
    action->setCheckable(true);
    action->setData(value);
    connect(action, &QAction::triggered, this, &FilterBar::commit);
    return action;
}

void FilterBar::relabelCountries()
{
    const QList<QAction *> actions = m_countryMenu->actions();
    for (QAction *action : actions) {
        if (!action->isCheckable())
            continue;
        const QString code = action->data().toString();
        action->setText(tr("%1 (%2)").arg(CountryRegistry::name(code, locale()), code));
    }
}

void FilterBar::relabelTypes()
{
    const QList<QAction *> actions = m_typeMenu->actions();
    for (QAction *action : actions) {
        if (action->isCheckable())
            action->setText(DecisionType::label(action->data().toString()));
    }
}

void FilterBar::updateMenuButtons()
{
    const QStringList countries = checkedValues(m_countryMenu);
    QStringList countryNames;
    for (const QString &code : countries)
        countryNames << CountryRegistry::name(code, locale());
    if (countries.isEmpty())
        m_countryButton->setText(tr("All countries"));
    else if (countries.size() == 1)
        m_countryButton->setText(countryNames.constFirst());
    else
        m_countryButton->setText(tr("%n countries", nullptr, int(countries.size())));
    m_countryButton->setAccessibleDescription(countryNames.join(QStringLiteral(", ")));

    const QStringList types = checkedValues(m_typeMenu);
    QStringList typeLabels;
    for (const QString &type : types)
        typeLabels << DecisionType::label(type);
    if (types.isEmpty())
        m_typeButton->setText(tr("All types"));
    else if (types.size() == 1)
        m_typeButton->setText(typeLabels.constFirst());
    else
        m_typeButton->setText(tr("%n types", nullptr, int(types.size())));
    m_typeButton->setAccessibleDescription(typeLabels.join(QStringLiteral(", ")));
}

void FilterBar::showFilter(const DecisionFilter &filter)
{
    const bool wasShowing = m_showingFilter;
    m_showingFilter = true;
    // What is shown is the filter now in force; text typed before it arrived is superseded.
    m_textDebounce.stop();

    const auto check = [this](QMenu *menu, const QStringList &values) {
        for (const QString &value : values) {
            if (!entryFor(menu, value))
                addMenuEntry(menu, value);
        }
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->isCheckable())
                action->setChecked(values.contains(action->data().toString()));
        }
    };
    check(m_countryMenu, filter.countries);
    check(m_typeMenu, filter.types);
    relabelCountries();
    relabelTypes();

    setDateQuietly(m_fromEdit, filter.from);
    m_fromCheck->setChecked(filter.from.isValid());
    m_fromEdit->setEnabled(filter.from.isValid());
    setDateQuietly(m_toEdit, filter.to);
    m_toCheck->setChecked(filter.to.isValid());
    m_toEdit->setEnabled(filter.to.isValid());

    // Only when different, so that the cursor does not jump while the user types.
    if (m_target->text() != filter.target)
        m_target->setText(filter.target);
    if (m_search->text() != filter.search)
        m_search->setText(filter.search);

    m_showingFilter = wasShowing;
    updateMenuButtons();
}

DecisionFilter FilterBar::filterFromControls() const
{
    DecisionFilter filter;
    filter.countries = checkedValues(m_countryMenu);
    filter.types = checkedValues(m_typeMenu);
    if (m_fromCheck->isChecked())
        filter.from = m_fromEdit->date();
    if (m_toCheck->isChecked())
        filter.to = m_toEdit->date();
    filter.target = m_target->text();
    filter.search = m_search->text();
    return filter;
}

void FilterBar::commit()
{
    if (m_showingFilter)
        return;
    m_textDebounce.stop();
    updateMenuButtons();
    if (m_state)
        m_state->setFilter(filterFromControls());
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clearAll()
{
    showFilter(DecisionFilter());
    if (m_state)
        m_state->setFilter(DecisionFilter());
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // A multi-select menu stays open while the user ticks several entries; QMenu alone closes after each one.
    auto *menu = qobject_cast<QMenu *>(watched);
    if (menu && (menu == m_countryMenu || menu == m_typeMenu)) {
        QAction *action = nullptr;
        // Only a release that follows a press in the menu: the release of the press that opened it is not a choice.
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressedMenu = menu;
        } else if (event->type() == QEvent::MouseButtonRelease && m_pressedMenu == menu) {
            m_pressedMenu = nullptr;
            action = menu->actionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        } else if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
            action = menu->activeAction();
        }
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        relabelCountries();
    } else if (event->type() == QEvent::LocaleChange) {
        relabelCountries();
        updateMenuButtons();
    }
    QWidget::changeEvent(event);
}
