// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

// The keys a view handles itself (not through a menu action), as Help > Keyboard Shortcuts lists them. Each view
// gives its table next to the code that reads the keys, so the list cannot drift from what the keys do.
struct KeyHelp
{
    QString keys; // "Left, Right", "Ctrl+0", in the interface language
    QString action;

    // The keys as the menus write them, in the interface language: "Left, Right".
    static QString names(std::initializer_list<QKeySequence> sequences)
    {
        QStringList names;
        for (const QKeySequence &sequence : sequences)
            names << sequence.toString(QKeySequence::NativeText);
        return names.join(QStringLiteral(", "));
    }
};

struct KeyHelpSection
{
    QString title; // "Timeline", "Charts"
    QList<KeyHelp> keys;
};
