// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exactamount.h"

#include "decimalamount.h"

#include <QLocale>

std::optional<Money> ExactAmount::parse(const QString &text, const QString &currency, QString *problem)
{
    // A new amount: a retired currency (HRK) is refused here even though Money still knows its digits.
    if (!Money::isKnownCurrency(currency)) {
        *problem = tr("unknown currency '%1'").arg(currency);
        return std::nullopt;
    }
    const int digits = Money::minorDigits(currency);
    const DecimalAmount amount = DecimalAmount::parse(text, digits);
    if (amount.status == DecimalAmount::Status::NotANumber) {
        *problem = tr("'%1' is not a plain number (write it like 7552800 or 7552800.50, without spaces, thousands "
                      "separators or exponent)")
                       .arg(text);
        return std::nullopt;
    }
    // Checked before the decimals and the size, so that "-1.234" is reported for its sign; "-0" is zero, not negative.
    if (amount.negative && !amount.zero) {
        *problem = tr("'%1' is negative: amounts must not be negative").arg(text);
        return std::nullopt;
    }
    if (amount.status == DecimalAmount::Status::TooManyDecimals) {
        *problem = tr("'%1' has more decimals than %2 has (%3)").arg(text, currency).arg(digits);
        return std::nullopt;
    }
    if (amount.status == DecimalAmount::Status::TooLarge) {
        *problem = tr("'%1' is too large: it does not fit exactly in 64-bit minor units").arg(text);
        return std::nullopt;
    }
    const Money money { amount.magnitude, currency };
    if (!survivesJson(money)) {
        *problem = tooPreciseMessage(text);
        return std::nullopt;
    }
    return money;
}

bool ExactAmount::survivesJson(const Money &money)
{
    if (money.isWholeMajor())
        return true;
    // What DecisionJson reads back: the shortest text of the double the export wrote.
    const double asDouble = money.toDecimalString().toDouble();
    const std::optional<Money> back
        = Money::fromDecimalString(QString::number(asDouble, 'f', QLocale::FloatingPointShortest), money.currency);
    return back && *back == money;
}

QString ExactAmount::tooPreciseMessage(const QString &text)
{
    return tr("'%1' has too many significant digits to be kept exactly with decimals (at most 15; whole amounts "
              "may be larger)")
        .arg(text);
}
