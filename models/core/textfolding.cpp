// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfolding.h"

#include <algorithm>

namespace TextFolding {

QString fold(const QString &text)
{
    // Most text is ASCII, where folding is lowering A-Z: no decomposition, no marks. The first search of a large
    // database folds every text of every decision, and the general path below was most of its time.
    const char16_t *const begin = QStringView(text).utf16();
    const char16_t *const end = begin + text.size();
    if (std::all_of(begin, end, [](char16_t u) { return u < 0x80; })) {
        QString out(text.size(), Qt::Uninitialized);
        char16_t *to = reinterpret_cast<char16_t *>(out.data());
        for (const char16_t *u = begin; u != end; ++u)
            *to++ = (*u >= u'A' && *u <= u'Z') ? char16_t(*u + (u'a' - u'A')) : *u;
        return out;
    }
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
