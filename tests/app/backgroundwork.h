// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"
#include "decisionindexreader.h"

#include <QElapsedTimer>
#include <QList>
#include <QSqlDatabase>
#include <QTimer>

// What the tests of the window's background work (import, export) share.
namespace BackgroundWork {

// A timer ticking every 20 ms on the GUI thread: the longest gap between two ticks is how long the window was
// unresponsive.
class TickGaps
{
public:
    TickGaps()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = qMax(m_longest, m_clock.restart());
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    // Up to now: a window blocked since its last tick counts too.
    qint64 longestMs() const { return qMax(m_longest, m_clock.elapsed()); }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

// Every decision as stored, with its row version (which Decision's == leaves out): equal before and after, nothing
// was written.
struct Stored
{
    QList<Decision> decisions;
    QList<qint64> versions;

    bool operator==(const Stored &o) const { return decisions == o.decisions && versions == o.versions; }
};

inline Stored stored(const QSqlDatabase &db)
{
    Stored out;
    out.decisions = DecisionIndexReader(db).decisions();
    for (const Decision &d : std::as_const(out.decisions))
        out.versions.append(d.rowVersion);
    return out;
}

} // namespace BackgroundWork
