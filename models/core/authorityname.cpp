// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorityname.h"

#include <QRegularExpression>

namespace {

// An acronym-like name: short, with a capital letter, e.g. "CNIL", "OIPC AB", "HmbBfDI", "Garante".
bool looksLikeShortName(const QString &text)
{
    if (text.isEmpty() || text.size() > 10)
        return false;
    for (const QChar c : text) {
        if (c.isUpper())
            return true;
    }
    return false;
}

} // namespace

namespace AuthorityName {

QString shortName(const QString &authority)
{
    // The researched names carry their acronym in parentheses, sometimes after the name in the original language.
    qsizetype open = authority.indexOf(QLatin1Char('('));
    while (open >= 0) {
        const qsizetype close = authority.indexOf(QLatin1Char(')'), open);
        if (close < 0)
            break;
        const QString inside = authority.mid(open + 1, close - open - 1).trimmed();
        QString candidate = inside.section(QLatin1Char(','), -1).trimmed();
        candidate.remove(QLatin1Char('\'')).remove(QChar(0x2019)).remove(QLatin1Char('"'));
        if (looksLikeShortName(candidate))
            return candidate;
        open = authority.indexOf(QLatin1Char('('), close);
    }
    // Per thread: timeline items, which use this, are built on two threads at once.
    static thread_local const QRegularExpression separators(QStringLiteral("\\s\\(|\\s[–—-]\\s|,"));
    return authority.section(separators, 0, 0).trimmed();
}

QString elided(const QString &text, int maxLength)
{
    if (text.size() <= maxLength)
        return text;
    return text.left(maxLength - 1).trimmed() + QChar(0x2026);
}

} // namespace AuthorityName
