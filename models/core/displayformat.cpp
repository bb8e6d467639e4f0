// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"

#include "money.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <cmath>
#include <unicode/ucurr.h>
#include <unicode/ustring.h>

namespace {

constexpr QChar currencySign(0x00A4); // "¤", where CLDR's patterns put the symbol
constexpr QChar narrowNoBreakSpace(0x202F);
constexpr QChar thinSpace(0x2009);

bool isFrench(const QLocale &locale)
{
    return locale.language() == QLocale::French;
}

quint64 magnitudeOf(qint64 value)
{
    // Negated in unsigned arithmetic, so that INT64_MIN does not overflow.
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

quint64 powerOfTen(int digits)
{
    quint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

// The locale's currency pattern, "¤1" / "1 ¤", from QLocale's CLDR data; the amount goes where "1" is.
QString currencyPattern(const QLocale &locale)
{
    return locale.toCurrencyString(qlonglong(1), QString(currencySign));
}

// Puts the symbol and the formatted magnitude into the pattern. A symbol of letters ("SEK") written straight against
// digits gets a no-break space, as CLDR's currency spacing rule asks ("SEK 1,000", not "SEK1,000").
QString placeInPattern(const QString &pattern, const QString &symbol, const QString &number)
{
    const qsizetype sign = pattern.indexOf(currencySign);
    const qsizetype one = pattern.indexOf(QLatin1Char('1'));
    QString out = pattern;
    QString spacedSymbol = symbol;
    if (sign >= 0 && one >= 0 && !symbol.isEmpty()) {
        if (sign + 1 == one && symbol.back().isLetter())
            spacedSymbol.append(QChar::Nbsp);
        else if (one + 1 == sign && symbol.front().isLetter())
            spacedSymbol.prepend(QChar::Nbsp);
    }
    // Replace the later one first, so that the earlier index stays right.
    if (sign > one) {
        out.replace(sign, 1, spacedSymbol);
        out.replace(one, 1, number);
    } else {
        out.replace(one, 1, number);
        if (sign >= 0)
            out.replace(sign, 1, spacedSymbol);
    }
    return out;
}

// "1.2", "7.55", "30.5", "104.6", "248": two decimals under ten, one above, trailing zeros dropped.
QString shortNumber(double value, const QLocale &locale)
{
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 9.995 ? 1 : 2;
    QString number = locale.toString(magnitude, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && number.contains(point)) {
        while (number.endsWith(locale.zeroDigit()))
            number.chop(locale.zeroDigit().size());
        if (number.endsWith(point))
            number.chop(point.size());
    }
    return number;
}

QString icuCurrencySymbol(const QString &code, const QLocale &locale)
{
    if (code.size() != 3)
        return code;
    UChar isoCode[4] = {};
    u_charsToUChars(code.toLatin1().constData(), isoCode, 3);
    const QByteArray localeName = locale.name().toLatin1();
    UBool isChoiceFormat = false;
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    const UChar *name = ucurr_getName(isoCode, localeName.constData(), UCURR_SYMBOL_NAME, &isChoiceFormat, &length,
                                      &status);
    if (U_FAILURE(status) || name == nullptr || length <= 0)
        return code;
    return QString(reinterpret_cast<const QChar *>(name), length);
}

// The magnitude in major units, grouped, with the minor digits only when there are some.
QString magnitudeText(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int digits = qMax(0, Money::minorDigits(currency));
    const quint64 scale = powerOfTen(digits);
    const quint64 magnitude = magnitudeOf(minor);
    QString number = locale.toString(qulonglong(magnitude / scale));
    const quint64 fraction = magnitude % scale;
    if (fraction != 0)
        number += locale.decimalPoint() + QString::number(fraction).rightJustified(digits, QLatin1Char('0'));
    return number;
}

} // namespace

QString DisplayFormat::forReader(QString text, Reader reader)
{
    if (reader == Reader::ScreenReader) {
        text.replace(narrowNoBreakSpace, QChar::Nbsp);
        text.replace(thinSpace, QChar::Nbsp);
    }
    return text;
}

QString DisplayFormat::currencySymbol(const QString &currencyCode, const QLocale &locale)
{
    // ICU looks the name up in its resource bundles each time; a window formats thousands of amounts.
    static QMutex mutex;
    static QHash<QString, QString> cache;
    const QString key = locale.name() + QLatin1Char('/') + currencyCode;
    const QMutexLocker lock(&mutex);
    auto found = cache.constFind(key);
    if (found == cache.cend())
        found = cache.insert(key, icuCurrencySymbol(currencyCode, locale));
    return *found;
}

QString DisplayFormat::number(qint64 value, const QLocale &locale, Reader reader)
{
    return forReader(locale.toString(qlonglong(value)), reader);
}

QString DisplayFormat::money(const Money &money, const QLocale &locale, Reader reader)
{
    return DisplayFormat::money(money.minor, money.currency, locale, reader);
}

QString DisplayFormat::amountNumber(const Money &money, const QLocale &locale, Reader reader)
{
    const QString number = magnitudeText(money.minor, money.currency, locale);
    return forReader(money.minor < 0 ? locale.negativeSign() + number : number, reader);
}

QString DisplayFormat::money(qint64 minor, const QString &currency, const QLocale &locale, Reader reader)
{
    if (currency.isEmpty())
        return amountNumber(Money { minor, currency }, locale, reader);
    const QString number = magnitudeText(minor, currency, locale);
    // The positive pattern with the sign in front: Qt's negative one is the accountants' "(€1,000)".
    const QString text = placeInPattern(currencyPattern(locale), currencySymbol(currency, locale), number);
    return forReader(minor < 0 ? locale.negativeSign() + text : text, reader);
}

QString DisplayFormat::compactMoney(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int digits = qMax(0, Money::minorDigits(currency));
    const double major = double(minor) / double(powerOfTen(digits));
    const double magnitude = std::abs(major);
    if (magnitude < 1e4) {
        // Below ten thousand the whole amount is short enough; rounded to the unit, as a label has no room for cents.
        const qint64 wholeMinor = qint64(std::llround(major)) * qint64(powerOfTen(digits));
        return money(wholeMinor, currency, locale);
    }
    double value = major / 1e3;
    QString suffix = QStringLiteral("k");
    // A unit takes over where the smaller one would round to 1,000 ("€999.9k", then "€1m").
    if (magnitude >= 999.95e6) {
        value = major / 1e9;
        suffix = isFrench(locale) ? QStringLiteral("Md") : QStringLiteral("bn");
    } else if (magnitude >= 999.95e3) {
        value = major / 1e6;
        suffix = isFrench(locale) ? QStringLiteral("M") : QStringLiteral("m");
    }
    const QString number = shortNumber(value, locale);
    const QString symbol = currencySymbol(currency, locale);
    const QString sign = minor < 0 ? locale.negativeSign() : QString();
    // French writes the unit after the number, the multiplier fused with the symbol ("104,6 M€"); English puts the
    // symbol first and the multiplier after the number ("€104.6m"), letters spaced off ("SEK 104.6m").
    if (isFrench(locale))
        return sign + number + QChar::Nbsp + suffix + symbol;
    const QString spacedSymbol = !symbol.isEmpty() && symbol.back().isLetter() ? symbol + QChar::Nbsp : symbol;
    return sign + spacedSymbol + number + suffix;
}

QString DisplayFormat::millions(qint64 minor, const QString &currency, const QLocale &locale)
{
    const qint64 unitsPerMillion = qint64(powerOfTen(qMax(0, Money::minorDigits(currency)))) * 1'000'000;
    const qint64 halfHundredth = unitsPerMillion / 200;
    if (minor > -halfHundredth && minor < halfHundredth)
        return money(minor, currency, locale);
    // Hundredths of a million, rounded half away from zero, in integers; then trailing zeros dropped ("65.2").
    const qint64 hundredthUnit = unitsPerMillion / 100;
    const qint64 hundredths = (minor >= 0 ? minor + halfHundredth : minor - halfHundredth) / hundredthUnit;
    const quint64 magnitude = magnitudeOf(hundredths);
    const int decimals = magnitude % 100 == 0 ? 0 : (magnitude % 10 == 0 ? 1 : 2);
    const QString number = locale.toString(double(magnitude) / 100.0, 'f', decimals);
    const QString symbol = currencySymbol(currency, locale);
    const QString sign = hundredths < 0 ? locale.negativeSign() : QString();
    if (isFrench(locale))
        return sign + number + QChar::Nbsp + QStringLiteral("M") + symbol;
    const QString spacedSymbol = !symbol.isEmpty() && symbol.back().isLetter() ? symbol + QChar::Nbsp : symbol;
    return sign + spacedSymbol + number + QStringLiteral("m");
}

QString DisplayFormat::millionsAxisFormat(const QString &currency, const QLocale &locale, int decimals)
{
    const QString number = QStringLiteral("%.%1f").arg(qMax(0, decimals));
    const QString symbol = currencySymbol(currency, locale);
    if (isFrench(locale))
        return number + QChar::Nbsp + QStringLiteral("M") + symbol;
    const QString spacedSymbol = !symbol.isEmpty() && symbol.back().isLetter() ? symbol + QChar::Nbsp : symbol;
    return spacedSymbol + number + QStringLiteral("m");
}

QString DisplayFormat::date(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString DisplayFormat::longDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // French writes the first of the month as an ordinal: "1er octobre 2022".
    if (isFrench(locale) && date.day() == 1)
        return locale.toString(date, QStringLiteral("'1er' MMMM yyyy"));
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}
