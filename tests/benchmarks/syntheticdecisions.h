// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QList>

// Seeded synthetic decisions shaped like the researched ones: 30 countries with unequal activity, 15 years
// (2010-2024) with more decisions in later years, the eleven decision types in a realistic mix, fines from a few
// thousand to tens of millions of euros (some in other currencies), relations to earlier decisions, orders with
// compliance periods and bans, and a few decisions set aside or contested. The same seed gives the same data.
class SyntheticDecisions
{
public:
    static QList<Decision> generate(int count, quint32 seed = 20260101);
};
