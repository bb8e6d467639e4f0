// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lecturekeys.h"

#include <QObject>
#include <QTimer>

// Where the lecture is: the current step, a blacked or whited out screen, the step number being typed and
// auto-advance. The audience window, the presenter view and the tests drive the same navigator, so both screens
// always show the same step.
class LectureNavigator final : public QObject
{
    Q_OBJECT
public:
    enum class Screen { Normal, Black, White };

    explicit LectureNavigator(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LectureNavigator)

    // Keeps the current step when it still exists.
    void setCount(int count);
    int count() const { return m_count; }
    // 0-based; -1 only when there are no steps.
    int current() const { return m_current; }
    bool atEnd() const { return m_current == m_count - 1; }

    bool next();
    bool previous();
    void first();
    void last();
    // False (and nothing changes) for an index outside the steps.
    bool jumpTo(int index);

    Screen screen() const { return m_screen; }
    void setScreen(Screen screen);

    // A step number typed before Enter, as the user sees it ("1", "12").
    QString typedNumber() const { return m_typed; }

    bool autoAdvance() const { return m_timer.isActive(); }
    void setAutoAdvance(bool on);
    int autoAdvanceSeconds() const;
    static QList<int> autoAdvanceSpeeds();

    // Applies a key's action. The window-level actions (GoTo, Help, PresenterView, Leave) change nothing here and
    // return false: the window that received the key handles them. While the screen is black or white, any key
    // only brings the lecture back. True when the key was used.
    bool perform(LectureKeys::Action action, int digit = -1);

Q_SIGNALS:
    void currentChanged(int index);
    void screenChanged(LectureNavigator::Screen screen);
    void typedNumberChanged(const QString &typed);
    void autoAdvanceChanged(bool on, int seconds);

private:
    void setCurrent(int index);
    void setTyped(const QString &typed);
    void changeSpeed(int by);

    int m_count = 0;
    int m_current = -1;
    Screen m_screen = Screen::Normal;
    QString m_typed;
    int m_speedIndex = 2;
    QTimer m_timer {this}; // a child, so that a test can find it and shorten the wait
};
