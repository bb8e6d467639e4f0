// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// The keys a view handles itself (not through a menu action), as Help > Keyboard Shortcuts lists them. Each view
// gives its table next to the code that reads the keys, so the list cannot drift from what the keys do.
struct KeyHelp
{
    QString keys; // "Left, Right", "Ctrl+0", in the interface language
    QString action;
};

struct KeyHelpSection
{
    QString title; // "Timeline", "Charts"
    QList<KeyHelp> keys;
};
