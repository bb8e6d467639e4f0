// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// An exact amount: integer minor units (cents, pence, öre) of an ISO 4217 currency. Never floating point,
// so that sums and round trips are exact.
struct Money
{
    qint64 minor = 0;
    QString currency;

    bool operator==(const Money &other) const { return minor == other.minor && currency == other.currency; }
    bool operator!=(const Money &other) const { return !(*this == other); }

    // Number of decimal digits of the currency's minor unit (2 for EUR, 0 for JPY, 3 for KWD), or -1 if the code is
    // not an ISO 4217 currency. Retired currencies (HRK) keep their digits, so that amounts stored before they were
    // retired still convert and print exactly. The digits are ICU's (CLDR's), not a table of ours.
    static int minorDigits(const QString &currencyCode);
    // True for an ISO 4217 currency that is legal tender somewhere today, per ICU's data: the currencies a new amount
    // may be entered or imported in. Retired ones (HRK since 2023), funds and metals (XAU) and "XXX" are not known.
    static bool isKnownCurrency(const QString &currencyCode);

    // Exact conversion from a whole number of major units; nullopt when it does not fit in 64 bits.
    static std::optional<Money> fromMajor(qint64 major, const QString &currencyCode);
    // Parses "7552800", "7552800.5" or "-12.34" exactly (surrounding spaces allowed; see DecimalAmount); nullopt
    // for anything else, on overflow, or for a code that minorDigits() does not know.
    static std::optional<Money> fromDecimalString(const QString &text, const QString &currencyCode);

    // "7552800" / "7552800.50": the major-unit amount without grouping, for CSV and JSON.
    QString toDecimalString() const;
    // True when the amount is a whole number of major units.
    bool isWholeMajor() const;
    // For people: DisplayFormat::money() ("£7,552,800", "7 552 800 £GB").
};

// A 64-bit integer and a QString: its bytes may be moved (QList growth).
Q_DECLARE_TYPEINFO(Money, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Money)
