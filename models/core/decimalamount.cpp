// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimalamount.h"

#include <algorithm>

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// The length of the run of ASCII digits at the start of `text`.
qsizetype digitRun(QStringView text)
{
    qsizetype n = 0;
    while (n < text.size() && isAsciiDigit(text.at(n)))
        ++n;
    return n;
}

// value * 10 + digit, false on qint64 overflow.
bool appendDigit(qint64 *value, int digit)
{
    return !__builtin_mul_overflow(*value, qint64(10), value) && !__builtin_add_overflow(*value, qint64(digit), value);
}

} // namespace

DecimalAmount DecimalAmount::parse(QStringView text, int fractionDigits)
{
    DecimalAmount result;
    QStringView rest = text;
    const bool negative = rest.startsWith(QLatin1Char('-'));
    if (negative)
        rest = rest.mid(1);
    const qsizetype wholeLength = digitRun(rest);
    if (wholeLength == 0)
        return result;
    const QStringView whole = rest.left(wholeLength);
    rest = rest.mid(wholeLength);
    QStringView fraction;
    if (rest.startsWith(QLatin1Char('.'))) {
        fraction = rest.mid(1);
        if (fraction.isEmpty() || digitRun(fraction) != fraction.size())
            return result;
    } else if (!rest.isEmpty()) {
        return result;
    }

    result.negative = negative;
    // Trailing zeros of the fraction change nothing ("12.500" EUR is 12.50); other extra digits would need rounding.
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    result.zero
        = fraction.isEmpty() && std::all_of(whole.begin(), whole.end(), [](QChar c) { return c == QLatin1Char('0'); });
    if (fraction.size() > fractionDigits) {
        result.status = Status::TooManyDecimals;
        return result;
    }

    qint64 minor = 0;
    for (const QChar c : whole) {
        if (!appendDigit(&minor, c.unicode() - '0')) {
            result.status = Status::TooLarge;
            return result;
        }
    }
    for (int i = 0; i < fractionDigits; ++i) {
        if (!appendDigit(&minor, i < fraction.size() ? fraction.at(i).unicode() - '0' : 0)) {
            result.status = Status::TooLarge;
            return result;
        }
    }
    result.status = Status::Ok;
    result.magnitude = minor;
    return result;
}
