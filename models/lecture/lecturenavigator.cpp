// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturenavigator.h"

namespace {
// Long enough to read a caption card aloud at the slow end, a quick run-through at the fast end.
const QList<int> Speeds {3, 5, 8, 12, 20, 30, 60};
} // namespace

LectureNavigator::LectureNavigator(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(Speeds.at(m_speedIndex) * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // Auto-advance stops at the last step rather than wrapping round in front of an audience.
        if (!next())
            setAutoAdvance(false);
    });
}

void LectureNavigator::setCount(int count)
{
    m_count = qMax(0, count);
    if (m_count == 0)
        setCurrent(-1);
    else if (m_current < 0 || m_current >= m_count)
        setCurrent(qBound(0, m_current, m_count - 1));
}

bool LectureNavigator::next()
{
    if (m_current + 1 >= m_count)
        return false;
    setCurrent(m_current + 1);
    return true;
}

bool LectureNavigator::previous()
{
    if (m_current <= 0)
        return false;
    setCurrent(m_current - 1);
    return true;
}

void LectureNavigator::first()
{
    if (m_count > 0)
        setCurrent(0);
}

void LectureNavigator::last()
{
    if (m_count > 0)
        setCurrent(m_count - 1);
}

bool LectureNavigator::jumpTo(int index)
{
    if (index < 0 || index >= m_count)
        return false;
    setCurrent(index);
    return true;
}

void LectureNavigator::setScreen(Screen screen)
{
    if (m_screen == screen)
        return;
    m_screen = screen;
    Q_EMIT screenChanged(screen);
}

void LectureNavigator::setAutoAdvance(bool on)
{
    if (on == m_timer.isActive())
        return;
    if (on)
        m_timer.start();
    else
        m_timer.stop();
    Q_EMIT autoAdvanceChanged(on, autoAdvanceSeconds());
}

int LectureNavigator::autoAdvanceSeconds() const
{
    return Speeds.at(m_speedIndex);
}

QList<int> LectureNavigator::autoAdvanceSpeeds()
{
    return Speeds;
}

bool LectureNavigator::perform(LectureKeys::Action action, int digit)
{
    using LectureKeys::Action;
    if (m_screen != Screen::Normal && action != Action::None) {
        setScreen(Screen::Normal);
        return true;
    }
    // A typed number survives only digits and the Enter that uses it.
    const QString typed = m_typed;
    if (action != Action::Digit)
        setTyped(QString());
    switch (action) {
    case Action::Digit:
        if (digit < 0 || digit > 9)
            return false;
        if (typed.size() < 7)
            setTyped(typed + QString::number(digit));
        return true;
    case Action::Next:
        // "12" then Enter jumps to step 12 (the counter's numbering, from 1).
        if (!typed.isEmpty())
            return jumpTo(typed.toInt() - 1);
        return next();
    case Action::Previous:
        return previous();
    case Action::First:
        first();
        return true;
    case Action::Last:
        last();
        return true;
    case Action::Black:
        setScreen(Screen::Black);
        return true;
    case Action::White:
        setScreen(Screen::White);
        return true;
    case Action::AutoAdvance:
        setAutoAdvance(!autoAdvance());
        return true;
    case Action::Slower:
        changeSpeed(+1);
        return true;
    case Action::Faster:
        changeSpeed(-1);
        return true;
    case Action::None:
    case Action::GoTo:
    case Action::Help:
    case Action::PresenterView:
    case Action::Leave:
        break;
    }
    return false;
}

void LectureNavigator::setCurrent(int index)
{
    if (index == m_current)
        return;
    m_current = index;
    // A step chosen by hand restarts the auto-advance wait, so the new step gets its full time.
    if (m_timer.isActive())
        m_timer.start();
    Q_EMIT currentChanged(index);
}

void LectureNavigator::setTyped(const QString &typed)
{
    if (typed == m_typed)
        return;
    m_typed = typed;
    Q_EMIT typedNumberChanged(typed);
}

void LectureNavigator::changeSpeed(int by)
{
    const int index = qBound(0, m_speedIndex + by, int(Speeds.size()) - 1);
    if (index == m_speedIndex)
        return;
    m_speedIndex = index;
    m_timer.setInterval(Speeds.at(index) * 1000);
    Q_EMIT autoAdvanceChanged(autoAdvance(), autoAdvanceSeconds());
}
