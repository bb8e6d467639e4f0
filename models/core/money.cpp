// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace {

// ISO 4217 minor-unit exponents. Currencies not listed here are refused on import rather than guessed.
const QHash<QString, int> &currencyDigits()
{
    static const QHash<QString, int> digits = [] {
        QHash<QString, int> d;
        const char *const twoDigit[] = {"EUR", "GBP", "USD", "CAD", "AUD", "SEK", "NOK", "DKK", "CHF", "PLN", "CZK",
            "HUF", "RON", "BGN", "HRK", "NZD", "BRL", "MXN", "ARS", "INR", "CNY", "HKD", "SGD", "ZAR", "TRY", "RUB",
            "UAH", "ILS", "THB", "MYR", "PHP", "IDR", "EGP", "MAD", "NGN", "KES", "COP", "PEN", "TWD"};
        for (const char *code : twoDigit)
            d.insert(QString::fromLatin1(code), 2);
        const char *const zeroDigit[] = {"JPY", "KRW", "ISK", "CLP", "VND", "XOF", "XAF", "UGX", "PYG"};
        for (const char *code : zeroDigit)
            d.insert(QString::fromLatin1(code), 0);
        const char *const threeDigit[] = {"BHD", "KWD", "OMR", "JOD", "TND", "LYD", "IQD"};
        for (const char *code : threeDigit)
            d.insert(QString::fromLatin1(code), 3);
        return d;
    }();
    return digits;
}

qint64 powerOfTen(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

} // namespace

int Money::minorDigits(const QString &currencyCode)
{
    return currencyDigits().value(currencyCode, -1);
}

bool Money::isKnownCurrency(const QString &currencyCode)
{
    return currencyDigits().contains(currencyCode);
}

std::optional<Money> Money::fromMajor(qint64 major, const QString &currencyCode)
{
    const int digits = minorDigits(currencyCode);
    if (digits < 0)
        return std::nullopt;
    qint64 minor = 0;
    if (__builtin_mul_overflow(major, powerOfTen(digits), &minor))
        return std::nullopt;
    return Money{minor, currencyCode};
}

std::optional<Money> Money::fromDecimalString(const QString &text, const QString &currencyCode)
{
    const int digits = minorDigits(currencyCode);
    if (digits < 0)
        return std::nullopt;
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,19})(?:\\.(\\d+))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const bool negative = !match.captured(1).isEmpty();
    bool ok = false;
    const qint64 major = match.captured(2).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    QString fraction = match.captured(3);
    // Trailing zeros beyond the minor unit are harmless ("12.500" EUR); other extra digits would be rounding.
    while (fraction.size() > digits && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > digits)
        return std::nullopt;
    fraction = fraction.leftJustified(digits, QLatin1Char('0'));
    const qint64 fractionValue = digits == 0 ? 0 : fraction.toLongLong();
    qint64 minor = 0;
    if (__builtin_mul_overflow(major, powerOfTen(digits), &minor) || __builtin_add_overflow(minor, fractionValue, &minor))
        return std::nullopt;
    return Money{negative ? -minor : minor, currencyCode};
}

QString Money::toDecimalString() const
{
    const int digits = qMax(0, minorDigits(currency));
    const qint64 scale = powerOfTen(digits);
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    QString text = QString::number(magnitude / quint64(scale));
    const quint64 fraction = magnitude % quint64(scale);
    if (fraction != 0)
        text += QLatin1Char('.') + QString::number(fraction).rightJustified(digits, QLatin1Char('0'));
    return minor < 0 ? QLatin1Char('-') + text : text;
}

bool Money::isWholeMajor() const
{
    const int digits = qMax(0, minorDigits(currency));
    return minor % powerOfTen(digits) == 0;
}

QString Money::toDisplayString(const QLocale &locale) const
{
    const int digits = qMax(0, minorDigits(currency));
    const quint64 scale = quint64(powerOfTen(digits));
    // The sign goes in front of the magnitude, so that -0.50 keeps it and INT64_MIN does not overflow.
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    QString number = locale.toString(qulonglong(magnitude / scale));
    const quint64 fraction = magnitude % scale;
    if (fraction != 0)
        number += locale.decimalPoint() + QString::number(fraction).rightJustified(digits, QLatin1Char('0'));
    if (minor < 0)
        number.prepend(locale.negativeSign());
    return currency.isEmpty() ? number : currency + QChar::Nbsp + number;
}
