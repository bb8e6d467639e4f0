// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"
#include "money.h"

#include <QDate>
#include <QLocale>
#include <QTest>

namespace {

const QLocale english(QLocale::English, QLocale::UnitedKingdom);
const QLocale french(QLocale::French, QLocale::France);
// Written out, so that a failure shows which space is wrong.
const QString nnbsp(QChar(0x202F));
const QString nbsp(QChar(0x00A0));

// Expected texts, written with "_" for the narrow no-break space (U+202F) and "~" for the no-break space (U+00A0).
QString T(const char *utf8)
{
    QString text = QString::fromUtf8(utf8);
    text.replace(QLatin1Char('_'), nnbsp);
    text.replace(QLatin1Char('~'), nbsp);
    return text;
}

QLocale localeNamed(const QString &name)
{
    return name == QLatin1String("fr") ? french : english;
}

} // namespace

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void money_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");

        // The CNIL's fine, the issue's own example.
        QTest::newRow("en EUR 20m") << QStringLiteral("en") << qint64(2'000'000'000) << T("EUR") << T("€20,000,000");
        QTest::newRow("fr EUR 20m") << QStringLiteral("fr") << qint64(2'000'000'000) << T("EUR")
                                    << T("20_000_000~€");
        QTest::newRow("en zero") << QStringLiteral("en") << qint64(0) << T("EUR") << T("€0");
        QTest::newRow("fr zero") << QStringLiteral("fr") << qint64(0) << T("EUR") << T("0~€");
        QTest::newRow("en cents") << QStringLiteral("en") << qint64(50) << T("EUR") << T("€0.50");
        QTest::newRow("fr cents") << QStringLiteral("fr") << qint64(1'234'505) << T("EUR")
                                  << T("12_345,05~€");
        QTest::newRow("en negative") << QStringLiteral("en") << qint64(-100'000) << T("GBP") << T("-£1,000");
        QTest::newRow("fr negative") << QStringLiteral("fr") << qint64(-100'000) << T("GBP")
                                     << T("-1_000~£GB");
        // The ICO's fine: pounds in English, "£GB" in French (CLDR's French symbol).
        QTest::newRow("en GBP") << QStringLiteral("en") << qint64(755'280'000) << T("GBP") << T("£7,552,800");
        QTest::newRow("fr GBP") << QStringLiteral("fr") << qint64(755'280'000) << T("GBP")
                                << T("7_552_800~£GB");
        QTest::newRow("en USD") << QStringLiteral("en") << qint64(5'000'000) << T("USD") << T("US$50,000");
        QTest::newRow("fr USD") << QStringLiteral("fr") << qint64(5'000'000) << T("USD")
                                << T("50_000~$US");
        QTest::newRow("en AUD") << QStringLiteral("en") << qint64(100) << T("AUD") << T("A$1");
        QTest::newRow("fr CAD") << QStringLiteral("fr") << qint64(100) << T("CAD") << T("1~$CA");
        // A symbol of letters is spaced off the digits.
        QTest::newRow("en SEK") << QStringLiteral("en") << qint64(250'000'000) << T("SEK") << T("SEK~2,500,000");
        QTest::newRow("fr SEK") << QStringLiteral("fr") << qint64(250'000'000) << T("SEK")
                                << T("2_500_000~SEK");
        // No minor unit: yen amounts are whole.
        QTest::newRow("en JPY") << QStringLiteral("en") << qint64(1'500) << T("JPY") << T("JP¥1,500");
        // Three minor digits.
        QTest::newRow("en KWD") << QStringLiteral("en") << qint64(1'005) << T("KWD") << T("KWD~1.005");
        // The largest amount a decision can hold, and the smallest: no overflow, the sign kept.
        QTest::newRow("en huge") << QStringLiteral("en") << std::numeric_limits<qint64>::max() << T("EUR") << T("€92,233,720,368,547,758.07");
        QTest::newRow("en most negative") << QStringLiteral("en") << std::numeric_limits<qint64>::min() << T("EUR")
                                          << T("-€92,233,720,368,547,758.08");
        QTest::newRow("fr huge") << QStringLiteral("fr") << qint64(100'000'000'000'000) << T("EUR")
                                 << T("1_000_000_000_000~€");
        QTest::newRow("no currency") << QStringLiteral("en") << qint64(-12'345) << T("") << T("-12,345");
        QTest::newRow("en one cent") << QStringLiteral("en") << qint64(1) << T("EUR") << T("€0.01");
        QTest::newRow("fr negative below one keeps its sign") << QStringLiteral("fr") << qint64(-5) << T("EUR")
                                                              << T("-0,05~€");
        QTest::newRow("en cents shown when not whole") << QStringLiteral("en") << qint64(755'280'050) << T("GBP") << T("£7,552,800.50");
    }

    void money()
    {
        QFETCH(QString, language);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(DisplayFormat::money(minor, currency, localeNamed(language)), expected);
        QCOMPARE(DisplayFormat::money(Money { minor, currency }, localeNamed(language)), expected);
    }

    void compactMoney_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");

        // The axis label: EUR 104.6 million imposed.
        QTest::newRow("en 104.6m") << QStringLiteral("en") << qint64(10'460'000'000) << T("EUR") << T("€104.6m");
        QTest::newRow("fr 104,6 M") << QStringLiteral("fr") << qint64(10'460'000'000) << T("EUR") << T("104,6~M€");
        QTest::newRow("en 20m") << QStringLiteral("en") << qint64(2'000'000'000) << T("EUR") << T("€20m");
        QTest::newRow("fr 20 M") << QStringLiteral("fr") << qint64(2'000'000'000) << T("EUR") << T("20~M€");
        QTest::newRow("en 7.55m GBP") << QStringLiteral("en") << qint64(755'280'000) << T("GBP") << T("£7.55m");
        QTest::newRow("fr 7,55 M GBP") << QStringLiteral("fr") << qint64(755'280'000) << T("GBP") << T("7,55~M£GB");
        QTest::newRow("en 30.5k") << QStringLiteral("en") << qint64(3'050'000) << T("EUR") << T("€30.5k");
        QTest::newRow("fr 30,5 k") << QStringLiteral("fr") << qint64(3'050'000) << T("EUR") << T("30,5~k€");
        QTest::newRow("en 1.2bn") << QStringLiteral("en") << qint64(120'000'000'000) << T("EUR") << T("€1.2bn");
        QTest::newRow("fr 1,2 Md") << QStringLiteral("fr") << qint64(120'000'000'000) << T("EUR") << T("1,2~Md€");
        // Never an exponent, even at the largest amount.
        QTest::newRow("en 248m") << QStringLiteral("en") << qint64(24'800'000'000) << T("EUR") << T("€248m");
        QTest::newRow("en huge") << QStringLiteral("en") << std::numeric_limits<qint64>::max() << T("EUR") << T("€92,233,720.4bn");
        // Rounding up into the next unit names that unit: 999,950 is "€1m", not "€1,000k"; 999,940 stays in k.
        QTest::newRow("en rounds up to m") << QStringLiteral("en") << qint64(99'995'000) << T("EUR") << T("€1m");
        QTest::newRow("en stays in k") << QStringLiteral("en") << qint64(99'994'000) << T("EUR") << T("€999.9k");
        QTest::newRow("en just under 10k") << QStringLiteral("en") << qint64(999'900) << T("EUR") << T("€9,999");
        QTest::newRow("fr just under 10k") << QStringLiteral("fr") << qint64(999'900) << T("EUR")
                                           << T("9_999~€");
        QTest::newRow("en zero") << QStringLiteral("en") << qint64(0) << T("EUR") << T("€0");
        QTest::newRow("en negative") << QStringLiteral("en") << qint64(-3'050'000) << T("EUR") << T("-€30.5k");
        QTest::newRow("fr negative") << QStringLiteral("fr") << qint64(-2'000'000'000) << T("EUR") << T("-20~M€");
        QTest::newRow("en SEK spaced") << QStringLiteral("en") << qint64(250'000'000) << T("SEK") << T("SEK~2.5m");
    }

    void compactMoney()
    {
        QFETCH(QString, language);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(DisplayFormat::compactMoney(minor, currency, localeNamed(language)), expected);
    }

    void millions_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("expected");
        // The bundled data's total imposed: EUR 104,620,279.
        QTest::newRow("en total") << QStringLiteral("en") << qint64(10'462'027'900) << T("€104.62m");
        QTest::newRow("fr total") << QStringLiteral("fr") << qint64(10'462'027'900) << T("104,62~M€");
        QTest::newRow("en one decimal") << QStringLiteral("en") << qint64(6'520'000'000) << T("€65.2m");
        QTest::newRow("en whole") << QStringLiteral("en") << qint64(2'000'000'000) << T("€20m");
        QTest::newRow("en rounds half up") << QStringLiteral("en") << qint64(1'005'000) << T("€0.01m");
        QTest::newRow("en negative") << QStringLiteral("en") << qint64(-755'000'000) << T("-€7.55m");
        QTest::newRow("en small written whole") << QStringLiteral("en") << qint64(400'000) << T("€4,000");
        QTest::newRow("en zero") << QStringLiteral("en") << qint64(0) << T("€0");
        QTest::newRow("fr zero") << QStringLiteral("fr") << qint64(0) << T("0~€");
    }

    void millions()
    {
        QFETCH(QString, language);
        QFETCH(qint64, minor);
        QFETCH(QString, expected);
        QCOMPARE(DisplayFormat::millions(minor, QStringLiteral("EUR"), localeNamed(language)), expected);
    }

    void millionsAxisFormat_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en") << 1 << T("€%.1fm");
        QTest::newRow("fr") << QStringLiteral("fr") << 0 << T("%.0f~M€");
    }

    void millionsAxisFormat()
    {
        QFETCH(QString, language);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(DisplayFormat::millionsAxisFormat(QStringLiteral("EUR"), localeNamed(language), decimals), expected);
    }

    void screenReaderGrouping_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        // An ordinary no-break space, which screen readers read through, instead of the narrow one.
        QTest::newRow("fr") << QStringLiteral("fr") << T("20~000~000~€");
        QTest::newRow("en") << QStringLiteral("en") << T("€20,000,000");
    }

    void screenReaderGrouping()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const QString spoken = DisplayFormat::money(2'000'000'000, QStringLiteral("EUR"), localeNamed(language),
                                                    DisplayFormat::Reader::ScreenReader);
        QCOMPARE(spoken, expected);
        QVERIFY(!spoken.contains(QChar(0x202F)));
        QCOMPARE(DisplayFormat::number(1'234'567, localeNamed(language), DisplayFormat::Reader::ScreenReader),
                 language == QLatin1String("fr") ? T("1~234~567") : T("1,234,567"));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("shortText");
        QTest::addColumn<QString>("longText");
        QTest::newRow("en CNIL") << QStringLiteral("en") << QDate(2022, 10, 17) << T("17 Oct 2022") << T("17 October 2022");
        QTest::newRow("fr CNIL") << QStringLiteral("fr") << QDate(2022, 10, 17) << T("17 oct. 2022") << T("17 octobre 2022");
        QTest::newRow("fr first of month") << QStringLiteral("fr") << QDate(2023, 5, 1) << T("1 mai 2023") << T("1er mai 2023");
        QTest::newRow("en first of month") << QStringLiteral("en") << QDate(2023, 5, 1) << T("1 May 2023") << T("1 May 2023");
        QTest::newRow("fr GDPR") << QStringLiteral("fr") << QDate(2018, 5, 25) << T("25 mai 2018") << T("25 mai 2018");
        QTest::newRow("fr February") << QStringLiteral("fr") << QDate(2021, 2, 3) << T("3 févr. 2021") << T("3 février 2021");
        QTest::newRow("invalid") << QStringLiteral("en") << QDate() << T("") << T("");
    }

    void dates()
    {
        QFETCH(QString, language);
        QFETCH(QDate, date);
        QFETCH(QString, shortText);
        QFETCH(QString, longText);
        QCOMPARE(DisplayFormat::date(date, localeNamed(language)), shortText);
        QCOMPARE(DisplayFormat::longDate(date, localeNamed(language)), longText);
    }

    void amountNumber_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        // The number alone, with the currency's minor digits: the command line's tables put the code before it.
        QTest::newRow("en GBP") << QStringLiteral("en") << qint64(755'280'000) << T("GBP") << T("7,552,800");
        QTest::newRow("en negative cents") << QStringLiteral("en") << qint64(-123'456) << T("EUR") << T("-1,234.56");
        QTest::newRow("en dinar") << QStringLiteral("en") << qint64(1'234'567) << T("KWD") << T("1,234.567");
        QTest::newRow("fr cents") << QStringLiteral("fr") << qint64(123'456) << T("EUR") << T("1_234,56");
    }

    void amountNumber()
    {
        QFETCH(QString, language);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(DisplayFormat::amountNumber(Money { minor, currency }, localeNamed(language)), expected);
    }

    void currencySymbolFallsBackToCode()
    {
        QCOMPARE(DisplayFormat::currencySymbol(QStringLiteral("EUR"), french), QStringLiteral("€"));
        QCOMPARE(DisplayFormat::currencySymbol(QStringLiteral("XYZ1"), english), QStringLiteral("XYZ1"));
    }
};

QTEST_APPLESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
