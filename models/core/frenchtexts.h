// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

// The French texts of a decision (outcome, orders, facts, summary) translate the English texts they were written
// for. An edit that changes an English text and leaves its French twin as it was makes that twin a translation of
// a text that is gone: stale, and for a list perhaps of another length, which no file may hold.
namespace FrenchTexts {

// `edited` (an edit of `before`) without the French texts whose English twin the edit changed while leaving them
// as they were. A stale translation is worse than none: the detail panel shows the new English text, marked as
// English, until someone writes the French again. French texts the edit changed itself are kept, whatever it did
// to the English.
Decision withoutStaleTranslations(const Decision &before, Decision edited);

} // namespace FrenchTexts
