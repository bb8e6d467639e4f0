// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Case- and accent-insensitive matching: "grece" finds "Grèce", "cnil" finds "CNIL", "ORDONNANCE" finds
// "ordonnance". Both sides are folded the same way, then compared as plain substrings.
namespace TextFolding {

// Decomposes (NFKD), drops combining marks, folds case. Ligatures such as "œ" become "oe".
QString fold(const QString &text);

} // namespace TextFolding
