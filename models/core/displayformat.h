// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDate;
class QLocale;
struct Money;

// How caseline writes amounts and dates for people, in the interface language's conventions: the one place the
// window, the charts, the command line's text, the exports and the lecture deck take them from, so that language and
// formats always agree. English: "€20,000,000", "17 Oct 2022", "€104.6m"; French: "20 000 000 €" (QLocale's narrow
// no-break space, U+202F, between groups), "17 oct. 2022", "104,6 M€".
//
// Currency symbols come from ICU's CLDR data for the locale ("£" in English, "£GB" in French, "US$", "$US"), never
// from a table of ours; where they go comes from QLocale's currency pattern.
class DisplayFormat
{
public:
    // Who reads the text. A screen reader splits a number at a narrow or thin space ("20 000 000" heard as three
    // numbers: Highcharts hit this), so text meant to be spoken groups digits with an ordinary no-break space.
    enum class Reader { Eye, ScreenReader };

    // The whole amount, with its minor units only when it has them: "€20,000,000", "€0.50", "-£1,000",
    // "20 000 000 €", "7 552 800 £GB". A money without a currency gives the number alone.
    static QString money(const Money &money, const QLocale &locale, Reader reader = Reader::Eye);
    static QString money(qint64 minor, const QString &currency, const QLocale &locale, Reader reader = Reader::Eye);
    // A thousands, millions or billions suffix from 10,000 up, two decimals under ten and one above, for axes and
    // labels: "€104.6m", "€7.55m", "€30.5k", "€1.2bn", "€9,999"; "104,6 M€", "30,5 k€", "1,2 Md€", "9 999 €".
    // Never an exponent.
    static QString compactMoney(qint64 minor, const QString &currency, const QLocale &locale);
    // Millions to the hundredth, for chart labels where totals are compared: "€104.62m", "€65.2m", "104,62 M€".
    // Below half a hundredth of a million the whole amount is written instead ("€4,000"), never "€0m".
    static QString millions(qint64 minor, const QString &currency, const QLocale &locale);
    // A chart axis's label pattern in millions, for Qt Charts' localised labelFormat (printf's "%.1f" between the
    // currency's symbol and unit): "€%.1fm", "%.1f M€".
    static QString millionsAxisFormat(const QString &currency, const QLocale &locale, int decimals);
    // The amount's number alone, with its currency's minor digits when it has them: "7,552,800", "1 234,56".
    static QString amountNumber(const Money &money, const QLocale &locale, Reader reader = Reader::Eye);
    // The locale's symbol for an ISO 4217 code ("€", "£" / "£GB", "US$" / "$US"); the code itself when ICU has none.
    static QString currencySymbol(const QString &currencyCode, const QLocale &locale);
    // A whole number with the locale's grouping: "1,234,567", "1 234 567".
    static QString number(qint64 value, const QLocale &locale, Reader reader = Reader::Eye);

    // "17 Oct 2022", "17 oct. 2022"; empty for an invalid date.
    static QString date(const QDate &date, const QLocale &locale);
    // "17 October 2022", "17 octobre 2022", "1er octobre 2022"; empty for an invalid date.
    static QString longDate(const QDate &date, const QLocale &locale);

private:
    static QString forReader(QString text, Reader reader);
};
