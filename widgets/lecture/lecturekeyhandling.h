// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lecturekeys.h"

#include <functional>

class LectureNavigator;
class QKeyEvent;

// What both lecture windows do with a key: the navigator takes the lecture's actions (steps, blackout, typed
// numbers, auto-advance); the rest (go-to list, help, presenter view, leave) go to `windowAction`. True when the key
// was a lecture key, so that the window accepts it.
bool handleLectureKey(QKeyEvent *event, LectureNavigator *navigator,
    const std::function<void(LectureKeys::Action)> &windowAction);
