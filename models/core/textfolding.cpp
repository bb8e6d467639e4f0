// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfolding.h"

namespace TextFolding {

QString fold(const QString &text)
{
    // Case first, so that the capital ligatures (Œ, Æ) and the capital sharp s (ẞ) meet the replacements below.
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c == QChar(0x0153)) { // œ has no decomposition
            out += QLatin1String("oe");
            continue;
        }
        if (c == QChar(0x00E6)) { // æ likewise
            out += QLatin1String("ae");
            continue;
        }
        if (c == QChar(0x00DF)) { // ß
            out += QLatin1String("ss");
            continue;
        }
        out += c.toCaseFolded();
    }
    return out;
}

} // namespace TextFolding
