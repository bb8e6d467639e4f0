// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturekeys.h"

namespace LectureKeys {

Action actionFor(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    // Characters first: "?" is Shift+/ on a US keyboard but a key of its own elsewhere, and "[" is AltGr+5 on a
    // French one; the text is what the user meant.
    if (text == QLatin1String("?"))
        return Action::Help;
    if (text == QLatin1String("["))
        return Action::Slower;
    if (text == QLatin1String("]"))
        return Action::Faster;
    if (text == QLatin1String("."))
        return Action::Black;
    if (text == QLatin1String(","))
        return Action::White;
    // Ctrl and Alt combinations belong to the window (Ctrl+Q, Alt+Tab), not to the lecture.
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return Action::None;
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_N:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Shift+Space goes back, as in every slide tool.
        return key == Qt::Key_Space && (modifiers & Qt::ShiftModifier) ? Action::Previous : Action::Next;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_P:
        return Action::Previous;
    case Qt::Key_Home:
        return Action::First;
    case Qt::Key_End:
        return Action::Last;
    case Qt::Key_B:
    case Qt::Key_Period:
        return Action::Black;
    case Qt::Key_W:
    case Qt::Key_Comma:
        return Action::White;
    case Qt::Key_G:
        return Action::GoTo;
    case Qt::Key_Question:
        return Action::Help;
    case Qt::Key_A:
        return Action::AutoAdvance;
    case Qt::Key_BracketLeft:
        return Action::Slower;
    case Qt::Key_BracketRight:
        return Action::Faster;
    case Qt::Key_S:
        return Action::PresenterView;
    case Qt::Key_Escape:
        return Action::Leave;
    default:
        break;
    }
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return Action::Digit;
    return Action::None;
}

QList<HelpRow> helpRows()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("LectureKeys", text); };
    return {
        {tr("Right, Down, Page Down, Space, N, Enter"), tr("Next step")},
        {tr("Left, Up, Page Up, Backspace, P"), tr("Previous step")},
        {tr("Home, End"), tr("First step, last step")},
        {tr("A number, then Enter"), tr("Go to that step")},
        {tr("G"), tr("Choose a step from the list")},
        {tr("B or ."), tr("Black screen (any key returns)")},
        {tr("W or ,"), tr("White screen (any key returns)")},
        {tr("A"), tr("Advance automatically, on or off")},
        {tr("[ and ]"), tr("Slower, faster")},
        {tr("S"), tr("Presenter view on or off (one screen); swap the screens (two)")},
        {tr("?"), tr("These keys")},
        {tr("Esc"), tr("Leave lecture mode")},
    };
}

} // namespace LectureKeys
