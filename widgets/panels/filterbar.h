// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisionfilter.h"

#include <QDate>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;
class ViewState;

// The row of filter controls above the views: countries, decision types, a date range, target and free-text
// search. It writes a complete DecisionFilter to the ViewState on every change and shows the ViewState's filter
// when someone else changes it, so the ViewState stays the only copy of the filter.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(ViewState *state, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FilterBar)

    // ISO 3166-1 codes, listed by their name in the widget's locale.
    void setAvailableCountries(const QStringList &isoCodes);
    // decision_type values, listed by DecisionType::label.
    void setAvailableTypes(const QStringList &types);
    // The dates the "from" and "to" editors offer before the user picks one (the data's first and last dates).
    void setAvailableDateRange(const QDate &first, const QDate &last);

    QLineEdit *searchField() const { return m_search; }

public Q_SLOTS:
    void focusSearch();
    void clearAll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createControls();
    void retranslateUi();
    void relabelCountries();
    void relabelTypes();
    void rebuildMenu(QMenu *menu, const QStringList &values, const QStringList &checked);
    QAction *addMenuEntry(QMenu *menu, const QString &value);
    void updateMenuButtons();

    // ViewState -> controls, without writing back.
    void showFilter(const DecisionFilter &filter);
    // Controls -> ViewState.
    void commit();
    DecisionFilter filterFromControls() const;

    QPointer<ViewState> m_state;
    QToolButton *m_countryButton = nullptr;
    QMenu *m_countryMenu = nullptr;
    QAction *m_anyCountry = nullptr;
    QToolButton *m_typeButton = nullptr;
    QMenu *m_typeMenu = nullptr;
    QAction *m_anyType = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLineEdit *m_target = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_clearButton = nullptr;
    QTimer m_textDebounce;
    QMenu *m_pressedMenu = nullptr;
    QStringList m_availableCountries;
    QStringList m_availableTypes;
    bool m_showingFilter = false;
};
