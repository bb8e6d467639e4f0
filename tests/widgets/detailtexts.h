// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"
#include "displayformat.h"
#include "money.h"

#include <QDate>
#include <QLocale>
#include <QString>

// What the detail-panel tests compare: the panel's texts in British English, with ordinary spaces.
namespace DetailTexts {

inline const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

// Every Money display string has a non-breaking space; compare texts with ordinary spaces.
inline QString normalised(QString text)
{
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    return text;
}

inline QString money(qint64 minor, const char *currency)
{
    return normalised(DisplayFormat::money(minor, QString::fromLatin1(currency), english()));
}

// A French decision with only what the panel's headline needs.
inline Decision makeDecision(const QString &id, const QString &authority, const QString &type, const QDate &date)
{
    Decision d;
    d.id = id;
    d.country = QStringLiteral("FR");
    d.authority = authority;
    d.decisionType = type;
    d.decisionDate = date;
    return d;
}

} // namespace DetailTexts
