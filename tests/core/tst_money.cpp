// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QTest>

#include <limits>

namespace {

constexpr qint64 Int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 Int64Min = std::numeric_limits<qint64>::min();

// The separator between the currency code and the number, so that "GBP 7,552,800" never wraps.

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minorDigits_followsIso4217_data();
    void minorDigits_followsIso4217();
    void fromMajor_isExactOrRefused_data();
    void fromMajor_isExactOrRefused();
    void fromDecimalString_isExactOrRefused_data();
    void fromDecimalString_isExactOrRefused();
    void toDecimalString_writesMajorUnits_data();
    void toDecimalString_writesMajorUnits();
    void decimalString_roundTripsExactly_data();
    void decimalString_roundTripsExactly();
    void isWholeMajor_data();
    void isWholeMajor();
    void equality_comparesAmountAndCurrency();
};

void TestMoney::minorDigits_followsIso4217_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("digits");
    QTest::addColumn<bool>("known");

    QTest::newRow("euro has cents") << QStringLiteral("EUR") << 2 << true;
    QTest::newRow("pound has pence") << QStringLiteral("GBP") << 2 << true;
    QTest::newRow("krona has öre") << QStringLiteral("SEK") << 2 << true;
    QTest::newRow("yen has no minor unit") << QStringLiteral("JPY") << 0 << true;
    QTest::newRow("won has no minor unit") << QStringLiteral("KRW") << 0 << true;
    QTest::newRow("Kuwaiti dinar has fils (3 digits)") << QStringLiteral("KWD") << 3 << true;
    QTest::newRow("Bahraini dinar has 3 digits") << QStringLiteral("BHD") << 3 << true;
    QTest::newRow("US dollar (in the data)") << QStringLiteral("USD") << 2 << true;
    QTest::newRow("Canadian dollar") << QStringLiteral("CAD") << 2 << true;
    QTest::newRow("Australian dollar") << QStringLiteral("AUD") << 2 << true;
    QTest::newRow("Swiss franc") << QStringLiteral("CHF") << 2 << true;
    QTest::newRow("Icelandic króna has no minor unit") << QStringLiteral("ISK") << 0 << true;
    QTest::newRow("Omani rial has 3 digits") << QStringLiteral("OMR") << 3 << true;
    // Retired: refused for new amounts, but amounts stored before keep their exact scale.
    QTest::newRow("kuna, retired 2023") << QStringLiteral("HRK") << 2 << false;
    QTest::newRow("Deutsche Mark, retired 2002") << QStringLiteral("DEM") << 2 << false;
    QTest::newRow("gold is not a currency of fines") << QStringLiteral("XAU") << -1 << false;
    QTest::newRow("'no currency' code") << QStringLiteral("XXX") << -1 << false;
    QTest::newRow("unknown code") << QStringLiteral("XYZ") << -1 << false;
    QTest::newRow("two letters") << QStringLiteral("EU") << -1 << false;
    QTest::newRow("four letters") << QStringLiteral("EURO") << -1 << false;
    QTest::newRow("lower-case code is not ISO") << QStringLiteral("eur") << -1 << false;
    QTest::newRow("empty code") << QString() << -1 << false;
}

void TestMoney::minorDigits_followsIso4217()
{
    QFETCH(QString, currency);
    QFETCH(int, digits);
    QFETCH(bool, known);

    QCOMPARE(Money::minorDigits(currency), digits);
    QCOMPARE(Money::isKnownCurrency(currency), known);
}

void TestMoney::fromMajor_isExactOrRefused_data()
{
    QTest::addColumn<qint64>("major");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("CNIL fine EUR 20m") << qint64(20000000) << QStringLiteral("EUR") << true << qint64(2000000000);
    QTest::newRow("ICO fine GBP 7,552,800") << qint64(7552800) << QStringLiteral("GBP") << true << qint64(755280000);
    QTest::newRow("zero") << qint64(0) << QStringLiteral("EUR") << true << qint64(0);
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("EUR") << true << qint64(-500);
    QTest::newRow("yen is its own minor unit") << qint64(1000) << QStringLiteral("JPY") << true << qint64(1000);
    QTest::newRow("dinar times 1000") << qint64(5) << QStringLiteral("KWD") << true << qint64(5000);
    QTest::newRow("INT64_MAX yen fits") << Int64Max << QStringLiteral("JPY") << true << Int64Max;
    QTest::newRow("INT64_MIN yen fits") << Int64Min << QStringLiteral("JPY") << true << Int64Min;
    QTest::newRow("largest euro amount that fits")
        << Int64Max / 100 << QStringLiteral("EUR") << true << (Int64Max / 100) * 100;
    QTest::newRow("one euro more overflows") << Int64Max / 100 + 1 << QStringLiteral("EUR") << false << qint64(0);
    QTest::newRow("INT64_MAX euros overflow") << Int64Max << QStringLiteral("EUR") << false << qint64(0);
    QTest::newRow("INT64_MIN euros overflow") << Int64Min << QStringLiteral("EUR") << false << qint64(0);
    QTest::newRow("INT64_MAX/1000 + 1 dinars overflow")
        << Int64Max / 1000 + 1 << QStringLiteral("KWD") << false << qint64(0);
    QTest::newRow("unknown currency") << qint64(1) << QStringLiteral("XYZ") << false << qint64(0);
    QTest::newRow("no currency") << qint64(1) << QString() << false << qint64(0);
}

void TestMoney::fromMajor_isExactOrRefused()
{
    QFETCH(qint64, major);
    QFETCH(QString, currency);
    QFETCH(bool, accepted);
    QFETCH(qint64, minor);

    const std::optional<Money> money = Money::fromMajor(major, currency);
    QCOMPARE(money.has_value(), accepted);
    if (accepted) {
        QCOMPARE(money->minor, minor);
        QCOMPARE(money->currency, currency);
    }
}

void TestMoney::fromDecimalString_isExactOrRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("minor");

    const QString eur = QStringLiteral("EUR");
    QTest::newRow("whole pounds") << QStringLiteral("7552800") << QStringLiteral("GBP") << true << qint64(755280000);
    QTest::newRow("one decimal digit") << QStringLiteral("7552800.5") << QStringLiteral("GBP") << true
                                       << qint64(755280050);
    QTest::newRow("two decimal digits") << QStringLiteral("7552800.05") << QStringLiteral("GBP") << true
                                        << qint64(755280005);
    QTest::newRow("fraction of a dinar") << QStringLiteral("0.001") << QStringLiteral("KWD") << true << qint64(1);
    QTest::newRow("trailing zeros beyond cents are harmless")
        << QStringLiteral("12.500") << eur << true << qint64(1250);
    QTest::newRow("yen with .0") << QStringLiteral("1.0") << QStringLiteral("JPY") << true << qint64(1);
    QTest::newRow("negative") << QStringLiteral("-12.34") << eur << true << qint64(-1234);
    QTest::newRow("negative below one") << QStringLiteral("-0.5") << eur << true << qint64(-50);
    QTest::newRow("surrounding spaces") << QStringLiteral(" 42 ") << eur << true << qint64(4200);
    QTest::newRow("largest euro amount") << QStringLiteral("92233720368547758.07") << eur << true << Int64Max;
    QTest::newRow("INT64_MAX yen") << QStringLiteral("9223372036854775807") << QStringLiteral("JPY") << true
                                   << Int64Max;
    QTest::newRow("-INT64_MAX yen") << QStringLiteral("-9223372036854775807") << QStringLiteral("JPY") << true
                                    << -Int64Max;
    QTest::newRow("tab and newline around") << QStringLiteral("\t42\n") << eur << true << qint64(4200);
    QTest::newRow("leading zeros, more than 19 digits")
        << QStringLiteral("0000000000000000000042") << eur << true << qint64(4200);
    QTest::newRow("retired kuna stored earlier still converts") << QStringLiteral("1.25") << QStringLiteral("HRK")
                                                               << true << qint64(125);

    QTest::newRow("sub-cent digits would round") << QStringLiteral("12.345") << eur << false << qint64(0);
    QTest::newRow("half a yen") << QStringLiteral("1.5") << QStringLiteral("JPY") << false << qint64(0);
    QTest::newRow("INT64_MAX euros: *100 overflows")
        << QStringLiteral("9223372036854775807") << eur << false << qint64(0);
    QTest::newRow("one cent over the limit") << QStringLiteral("92233720368547758.08") << eur << false << qint64(0);
    QTest::newRow("more than 64 bits of yen")
        << QStringLiteral("9223372036854775808") << QStringLiteral("JPY") << false << qint64(0);
    QTest::newRow("twenty digits") << QStringLiteral("99999999999999999999") << QStringLiteral("JPY") << false
                                   << qint64(0);
    QTest::newRow("empty") << QString() << eur << false << qint64(0);
    QTest::newRow("letters") << QStringLiteral("abc") << eur << false << qint64(0);
    QTest::newRow("grouping comma") << QStringLiteral("1,000") << eur << false << qint64(0);
    QTest::newRow("decimal comma") << QStringLiteral("12,50") << eur << false << qint64(0);
    QTest::newRow("exponent") << QStringLiteral("1e3") << eur << false << qint64(0);
    QTest::newRow("plus sign") << QStringLiteral("+5") << eur << false << qint64(0);
    QTest::newRow("dangling point") << QStringLiteral("12.") << eur << false << qint64(0);
    QTest::newRow("no whole part") << QStringLiteral(".5") << eur << false << qint64(0);
    QTest::newRow("two points") << QStringLiteral("1.2.3") << eur << false << qint64(0);
    QTest::newRow("-INT64_MIN yen: the magnitude does not fit")
        << QStringLiteral("-9223372036854775808") << QStringLiteral("JPY") << false << qint64(0);
    QTest::newRow("space inside") << QStringLiteral("1 000") << eur << false << qint64(0);
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0664\u0662") << eur << false << qint64(0);
    QTest::newRow("unknown currency") << QStringLiteral("5") << QStringLiteral("XYZ") << false << qint64(0);
}

void TestMoney::fromDecimalString_isExactOrRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, accepted);
    QFETCH(qint64, minor);

    const std::optional<Money> money = Money::fromDecimalString(text, currency);
    QCOMPARE(money.has_value(), accepted);
    if (accepted) {
        QCOMPARE(money->minor, minor);
        QCOMPARE(money->currency, currency);
    }
}

void TestMoney::toDecimalString_writesMajorUnits_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");

    QTest::newRow("whole pounds, no grouping")
        << qint64(755280000) << QStringLiteral("GBP") << QStringLiteral("7552800");
    QTest::newRow("pence kept with two digits")
        << qint64(755280050) << QStringLiteral("GBP") << QStringLiteral("7552800.50");
    QTest::newRow("one cent") << qint64(1) << QStringLiteral("EUR") << QStringLiteral("0.01");
    QTest::newRow("minus one cent") << qint64(-1) << QStringLiteral("EUR") << QStringLiteral("-0.01");
    QTest::newRow("negative") << qint64(-1234) << QStringLiteral("EUR") << QStringLiteral("-12.34");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("EUR") << QStringLiteral("0");
    QTest::newRow("yen") << qint64(1000) << QStringLiteral("JPY") << QStringLiteral("1000");
    QTest::newRow("one fils") << qint64(1) << QStringLiteral("KWD") << QStringLiteral("0.001");
    QTest::newRow("INT64_MAX cents") << Int64Max << QStringLiteral("EUR") << QStringLiteral("92233720368547758.07");
    QTest::newRow("INT64_MIN cents") << Int64Min << QStringLiteral("EUR") << QStringLiteral("-92233720368547758.08");
}

void TestMoney::toDecimalString_writesMajorUnits()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);

    QCOMPARE((Money { minor, currency }).toDecimalString(), text);
}

void TestMoney::decimalString_roundTripsExactly_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");

    QTest::newRow("ICO fine") << qint64(755280000) << QStringLiteral("GBP");
    QTest::newRow("pence") << qint64(755280055) << QStringLiteral("GBP");
    QTest::newRow("one cent") << qint64(1) << QStringLiteral("EUR");
    QTest::newRow("ten cents") << qint64(10) << QStringLiteral("EUR");
    QTest::newRow("negative") << qint64(-1234) << QStringLiteral("EUR");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("EUR");
    QTest::newRow("dinar fils") << qint64(1234567) << QStringLiteral("KWD");
    QTest::newRow("INT64_MAX cents") << Int64Max << QStringLiteral("EUR");
    QTest::newRow("INT64_MAX yen") << Int64Max << QStringLiteral("JPY");
}

void TestMoney::decimalString_roundTripsExactly()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);

    const Money money { minor, currency };
    const std::optional<Money> back = Money::fromDecimalString(money.toDecimalString(), currency);
    QVERIFY2(back.has_value(), qPrintable(money.toDecimalString()));
    QCOMPARE(back->minor, minor);
    QCOMPARE(back->currency, currency);
}

void TestMoney::isWholeMajor_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("whole");

    QTest::newRow("whole euros") << qint64(2000000000) << QStringLiteral("EUR") << true;
    QTest::newRow("euros and cents") << qint64(1250) << QStringLiteral("EUR") << false;
    QTest::newRow("negative whole") << qint64(-500) << QStringLiteral("EUR") << true;
    QTest::newRow("negative with cents") << qint64(-501) << QStringLiteral("EUR") << false;
    QTest::newRow("yen is always whole") << qint64(7) << QStringLiteral("JPY") << true;
    QTest::newRow("dinar fils") << qint64(1001) << QStringLiteral("KWD") << false;
    QTest::newRow("zero") << qint64(0) << QStringLiteral("EUR") << true;
}

void TestMoney::isWholeMajor()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(bool, whole);

    QCOMPARE((Money { minor, currency }).isWholeMajor(), whole);
}

void TestMoney::equality_comparesAmountAndCurrency()
{
    const Money eur { 100, QStringLiteral("EUR") };
    QVERIFY(eur == (Money { 100, QStringLiteral("EUR") }));
    QVERIFY(eur != (Money { 101, QStringLiteral("EUR") }));
    QVERIFY(eur != (Money { 100, QStringLiteral("GBP") }));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
