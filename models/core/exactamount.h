// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

// Reads amounts typed by people (CSV cells, the digits of a JSON number) exactly, and says why one is refused.
class ExactAmount
{
    Q_DECLARE_TR_FUNCTIONS(ExactAmount)

public:
    // Parses a plain decimal number of major units ("7552800", "12.50"; see DecimalAmount) in `currency`. nullopt,
    // with `problem` set to a message for the user, for a currency not in use (Money::isKnownCurrency), and for
    // anything that is not a non-negative plain number, has more decimals than the currency, does not fit in 64-bit
    // minor units, or would not survive a JSON export exactly.
    static std::optional<Money> parse(const QString &text, const QString &currency, QString *problem);

    // True when the JSON export keeps `money` exactly. Whole amounts are written as integers; amounts with
    // decimals are written as a JSON number (a double), exact only up to about 15 significant digits.
    static bool survivesJson(const Money &money);

    // The message for an amount that survivesJson() refuses.
    static QString tooPreciseMessage(const QString &text);
};
