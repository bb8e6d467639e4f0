// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewstate.h"

ViewState::ViewState(QObject *parent)
    : QObject(parent)
{
}

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

void ViewState::setVisibleRange(const QDate &from, const QDate &to, RangeChange change)
{
    const Range range { from, to };
    if (range == m_history.at(m_current))
        return;
    const bool couldGoBack = canGoBack();
    const bool couldGoForward = canGoForward();
    // Whatever was ahead is no longer where Forward leads once the user has looked somewhere else.
    m_history.resize(m_current + 1);
    if (change == RangeChange::SameStep && m_stepOpen) {
        m_history.last() = range;
        m_stepOpen = true;
        // A gesture that ends where it began is no step: Back would change nothing. The rest of the gesture, if
        // any, starts a new one rather than overwriting the step it returned to.
        if (m_current > 0 && range == m_history.at(m_current - 1)) {
            m_history.removeLast();
            --m_current;
            m_stepOpen = false;
        }
    } else {
        m_history.append(range);
        if (m_history.size() > MaximumHistory)
            m_history.removeFirst();
        m_current = int(m_history.size()) - 1;
        m_stepOpen = true;
    }
    Q_EMIT visibleRangeChanged(from, to);
    emitHistoryChanges(couldGoBack, couldGoForward);
}

void ViewState::back()
{
    if (canGoBack())
        goTo(m_current - 1);
}

void ViewState::forward()
{
    if (canGoForward())
        goTo(m_current + 1);
}

void ViewState::goTo(int index)
{
    const bool couldGoBack = canGoBack();
    const bool couldGoForward = canGoForward();
    m_current = index;
    m_stepOpen = false;
    const Range &range = m_history.at(m_current);
    Q_EMIT visibleRangeChanged(range.from, range.to);
    emitHistoryChanges(couldGoBack, couldGoForward);
}

void ViewState::emitHistoryChanges(bool couldGoBack, bool couldGoForward)
{
    if (canGoBack() != couldGoBack)
        Q_EMIT canGoBackChanged(canGoBack());
    if (canGoForward() != couldGoForward)
        Q_EMIT canGoForwardChanged(canGoForward());
}

void ViewState::setTheme(ThemeName theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    Q_EMIT themeChanged(theme);
}

void ViewState::setLaneOrder(TimelineLayout::LaneOrder order)
{
    if (order == m_laneOrder)
        return;
    m_laneOrder = order;
    Q_EMIT laneOrderChanged(order);
}
