// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

// What a chart on screen adds to the drawing that export shares: where clicks and hovers go, and which decision
// is selected. Export passes none, so the same chart code serves both.
struct ChartInteraction
{
    // A step or mark of a decision was clicked.
    std::function<void(const QString &decisionId)> clicked;
    // The pointer entered a mark (its plain-text description) or left it (an empty string).
    std::function<void(const QString &text)> hovered;
    QString selectedId;
};
