// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

// The one reader of plain decimal numbers ("7552800", "12.50", "-0.5"). Money and ExactAmount both go through it,
// so that they accept the same syntax and compute minor units the same way: with integers only, because a double
// would round amounts of more than 15 significant digits.
struct DecimalAmount
{
    enum class Status {
        Ok,
        NotANumber, // not [-]digits[.digits] in ASCII: no '+', spaces, grouping, exponent or bare point
        TooManyDecimals, // more significant decimals than the minor unit has (trailing zeros do not count)
        TooLarge, // the magnitude does not fit in qint64 minor units
    };

    Status status = Status::NotANumber;
    // The text starts with '-'; set whenever the syntax is valid, even if the value is refused.
    bool negative = false;
    // Every digit is 0 ("-0.00" included); set whenever the syntax is valid.
    bool zero = false;
    // The absolute value in minor units; meaningful only when status is Ok.
    qint64 magnitude = 0;

    // Reads `text` as it is (callers decide whether surrounding spaces are allowed) for a currency whose minor unit
    // has `fractionDigits` decimal digits.
    static DecimalAmount parse(QStringView text, int fractionDigits);
};
