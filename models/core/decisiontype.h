// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The closed vocabulary of `decision_type`, with translated labels for display.
class DecisionType
{
public:
    static const QStringList &all();
    static bool isKnown(const QString &type);
    // "Fine", "Formal notice", ... in the UI language; the raw value for unknown types.
    static QString label(const QString &type);
    // Fines and penalty payments: decisions whose money is drawn to scale.
    static bool isMonetary(const QString &type);
};
