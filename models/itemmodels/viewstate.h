// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decisionfilter.h"
#include "themename.h"
#include "timelinelayout.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

// What the user is looking at: filters, date basis, visible time range with its zoom history, theme and lane order.
// One instance per window; every view observes it and nobody keeps a copy (architecture.md, "The flow of data",
// point 4). Settings loads the remembered parts into it at start and writes them back when they change.
class ViewState : public QObject
{
    Q_OBJECT
public:
    // How a change of the visible range enters the zoom history: as a step of its own, or as part of the step just
    // before it (the moves of one drag, the notches of one turn of the wheel), so that Back undoes a gesture and
    // not a pixel of it.
    enum class RangeChange { NewStep, SameStep };

    // Enough to walk back through a long session; the oldest steps are dropped first.
    static constexpr int MaximumHistory = 100;

    explicit ViewState(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ViewState)

    const DecisionFilter &filter() const { return m_filter; }
    void setFilter(const DecisionFilter &filter);

    DateBasis dateBasis() const { return m_dateBasis; }
    void setDateBasis(DateBasis basis);

    // The time range shown by the timeline and the charts; null dates mean "fit everything". Every change that
    // is not the one already shown becomes the current step of the zoom history, and drops the steps after it.
    QDate visibleFrom() const { return m_history.at(m_current).from; }
    QDate visibleTo() const { return m_history.at(m_current).to; }
    void setVisibleRange(const QDate &from, const QDate &to, RangeChange change = RangeChange::NewStep);

    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current < m_history.size() - 1; }
    // The number of steps in the zoom history, the current one included.
    int historySize() const { return int(m_history.size()); }

    ThemeName themeName() const { return m_theme; }
    // The theme's name, as Theme::named() takes it.
    QString theme() const { return ThemeNames::toString(m_theme); }
    void setTheme(ThemeName theme);

    TimelineLayout::LaneOrder laneOrder() const { return m_laneOrder; }
    void setLaneOrder(TimelineLayout::LaneOrder order);

public Q_SLOTS:
    // The visible range before the current step, and the one after it again; nothing when there is none.
    void back();
    void forward();

Q_SIGNALS:
    void filterChanged();
    void dateBasisChanged(DateBasis basis);
    void visibleRangeChanged(const QDate &from, const QDate &to);
    void canGoBackChanged(bool canGoBack);
    void canGoForwardChanged(bool canGoForward);
    void themeChanged(ThemeName theme);
    void laneOrderChanged(TimelineLayout::LaneOrder order);

private:
    struct Range
    {
        QDate from;
        QDate to;
        bool operator==(const Range &other) const { return from == other.from && to == other.to; }
    };

    // Shows m_history[index] and tells the observers of the range and of the history what changed.
    void goTo(int index);
    void emitHistoryChanges(bool couldGoBack, bool couldGoForward);

    DecisionFilter m_filter;
    DateBasis m_dateBasis = DateBasis::Adopted;
    // Never empty: the first step is "fit everything".
    QList<Range> m_history = { Range() };
    int m_current = 0;
    // Whether the current step was made by setVisibleRange and may still grow: Back and Forward close it, so that
    // a gesture continuing after them starts a step of its own instead of overwriting the one returned to.
    bool m_stepOpen = false;
    ThemeName m_theme = ThemeName::Light;
    TimelineLayout::LaneOrder m_laneOrder = TimelineLayout::LaneOrder::FirstDecision;
};
