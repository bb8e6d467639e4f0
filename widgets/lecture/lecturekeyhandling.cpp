// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturekeyhandling.h"

#include "lecturenavigator.h"

#include <QKeyEvent>

bool handleLectureKey(QKeyEvent *event, LectureNavigator *navigator,
    const std::function<void(LectureKeys::Action)> &windowAction)
{
    using LectureKeys::Action;
    const Action action = LectureKeys::actionFor(event->key(), event->modifiers(), event->text());
    if (action == Action::None)
        return false;
    // While blacked out, any key (Esc included) first brings the lecture back: a presenter reaching for the keyboard
    // in the dark should not leave the lecture by accident.
    const bool blank = navigator->screen() != LectureNavigator::Screen::Normal;
    const int digit = action == Action::Digit ? event->key() - Qt::Key_0 : -1;
    if (navigator->perform(action, digit) || blank)
        return true;
    if (action == Action::GoTo || action == Action::Help || action == Action::PresenterView || action == Action::Leave) {
        windowAction(action);
        return true;
    }
    // Next at the last step and the like: a lecture key that had nothing to do.
    return true;
}
