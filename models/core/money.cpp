// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include "decimalamount.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QtGlobal>
#include <memory>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

namespace {

struct CurrencyData
{
    // Minor-unit digits of every commonly used ISO 4217 currency ICU knows, retired ones included.
    QHash<QString, int> digits;
    // The subset that is legal tender somewhere today.
    QSet<QString> inUse;
};

struct EnumerationCloser
{
    void operator()(UEnumeration *enumeration) const { uenum_close(enumeration); }
};
using Enumeration = std::unique_ptr<UEnumeration, EnumerationCloser>;

// The three-letter codes of an ICU enumeration; empty when ICU reports an error.
QSet<QString> currencyCodes(UEnumeration *raw, UErrorCode status)
{
    const Enumeration enumeration(raw);
    QSet<QString> codes;
    if (U_FAILURE(status))
        return codes;
    int32_t length = 0;
    while (const char *code = uenum_next(enumeration.get(), &length, &status)) {
        if (U_FAILURE(status))
            return {};
        if (length == 3)
            codes.insert(QString::fromLatin1(code, length));
    }
    return codes;
}

CurrencyData loadCurrencyData()
{
    CurrencyData data;
    UErrorCode status = U_ZERO_ERROR;
    // UCURR_COMMON leaves out funds, precious metals and test codes (XAU, XXX): no fine is imposed in those.
    UEnumeration *common = ucurr_openISOCurrencies(UCURR_COMMON, &status);
    const QSet<QString> iso = currencyCodes(common, status);
    for (const QString &code : iso) {
        UChar isoCode[4] = {};
        u_charsToUChars(code.toLatin1().constData(), isoCode, 3);
        UErrorCode digitsStatus = U_ZERO_ERROR;
        const int32_t digits = ucurr_getDefaultFractionDigits(isoCode, &digitsStatus);
        if (U_SUCCESS(digitsStatus) && digits >= 0)
            data.digits.insert(code, digits);
    }

    status = U_ZERO_ERROR;
    UEnumeration *current = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    const QSet<QString> notDeprecated = currencyCodes(current, status);
    // ICU's ISO list learns of a retirement only in a later release (ICU 72 still lists HRK as current), while its
    // per-territory tender data already ends HRK on 2022-12-31; a currency counts as in use only if both agree.
    // ucurr_isAvailable() cannot answer this: it keeps one territory's dates per code and calls GBP unavailable.
    for (const char *const *region = uloc_getISOCountries(); *region != nullptr; ++region) {
        const QByteArray locale = QByteArrayLiteral("und_") + *region;
        UErrorCode regionStatus = U_ZERO_ERROR;
        // commonlyUsed = true: only the tender currencies without an end date.
        UEnumeration *values = ucurr_getKeywordValuesForLocale("currency", locale.constData(), true, &regionStatus);
        const QSet<QString> tender = currencyCodes(values, regionStatus);
        for (const QString &code : tender) {
            if (data.digits.contains(code) && notDeprecated.contains(code))
                data.inUse.insert(code);
        }
    }
    if (data.inUse.isEmpty())
        qWarning("ICU reported no currencies: every amount will be refused as being in an unknown currency");
    return data;
}

const CurrencyData &currencyData()
{
    static const CurrencyData data = loadCurrencyData();
    return data;
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
    return currencyData().digits.value(currencyCode, -1);
}

bool Money::isKnownCurrency(const QString &currencyCode)
{
    return currencyData().inUse.contains(currencyCode);
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
    const DecimalAmount amount = DecimalAmount::parse(QStringView(text).trimmed(), digits);
    if (amount.status != DecimalAmount::Status::Ok)
        return std::nullopt;
    return Money { amount.negative ? -amount.magnitude : amount.magnitude, currencyCode };
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
