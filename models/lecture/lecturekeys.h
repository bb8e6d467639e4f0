// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <Qt>

// The keys of lecture mode: what clickers send and what presenters expect from reveal.js and PowerPoint. One table,
// read by the audience and presenter windows and listed by the "?" overlay, so the help cannot drift from the keys.
namespace LectureKeys {

enum class Action {
    None,
    Next,
    Previous,
    First,
    Last,
    Digit, // 0-9: a step number being typed; Enter then jumps to it
    Black,
    White,
    GoTo,
    Help,
    AutoAdvance,
    Slower,
    Faster,
    PresenterView,
    Leave,
};

// The action of a key press; `text` is the character it types (for "?", "[" and "]" on any keyboard layout).
Action actionFor(int key, Qt::KeyboardModifiers modifiers, const QString &text);

// For the "?" overlay: each row a list of keys and what they do, translated.
struct HelpRow
{
    QString keys;
    QString action;
};
QList<HelpRow> helpRows();

} // namespace LectureKeys
