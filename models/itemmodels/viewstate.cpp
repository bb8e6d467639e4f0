// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewstate.h"

ViewState::ViewState(QObject *parent) : QObject(parent) { }

void ViewState::setFilter(const DecisionFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged();
}

void ViewState::setDateBasis(DateBasis basis)
{
    if (basis == m_dateBasis)
        return;
    m_dateBasis = basis;
    Q_EMIT dateBasisChanged(basis);
}

void ViewState::setVisibleRange(const QDate &from, const QDate &to)
{
    if (from == m_visibleFrom && to == m_visibleTo)
        return;
    m_visibleFrom = from;
    m_visibleTo = to;
    Q_EMIT visibleRangeChanged(from, to);
}

void ViewState::setTheme(const QString &theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    Q_EMIT themeChanged(theme);
}
