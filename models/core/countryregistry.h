// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QLocale;

struct Country
{
    QString code; // ISO 3166-1 alpha-2
    QString nameEn;
    QString nameFr;
};

// The ISO 3166-1 codes and their names in each language, from ICU's CLDR data (Debian's libicu, kept current by
// its releases; no table of ours). Used to validate imports and to name lanes in the interface language.
class CountryRegistry
{
public:
    static const QList<Country> &all();
    static bool isKnown(const QString &code);
    // The name in the locale's language ("Royaume-Uni", "United Kingdom"); the code itself when unknown.
    static QString name(const QString &code, const QLocale &locale);
    static QString nameEn(const QString &code);
    static QString nameFr(const QString &code);
};
