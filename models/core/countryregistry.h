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

// ISO 3166-1 codes with English and French names (generated from Debian's iso-codes into
// resources/data/countries.json). Used to validate imports and to name lanes in the UI language.
class CountryRegistry
{
public:
    static const QList<Country> &all();
    static bool isKnown(const QString &code);
    // English or French by the locale's language; the code itself when unknown.
    static QString name(const QString &code, const QLocale &locale);
    static QString nameEn(const QString &code);
    static QString nameFr(const QString &code);
};
