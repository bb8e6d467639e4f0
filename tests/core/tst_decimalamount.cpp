// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimalamount.h"
#include "exactamount.h"

#include <QTest>
#include <limits>

namespace {

constexpr qint64 Int64Max = std::numeric_limits<qint64>::max();

using Status = DecimalAmount::Status;

} // namespace

Q_DECLARE_METATYPE(DecimalAmount::Status)

class TestDecimalAmount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_readsPlainDecimalsExactly_data();
    void parse_readsPlainDecimalsExactly();
    void exactAmount_acceptsOrExplains_data();
    void exactAmount_acceptsOrExplains();
};

void TestDecimalAmount::parse_readsPlainDecimalsExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("fractionDigits");
    QTest::addColumn<DecimalAmount::Status>("status");
    QTest::addColumn<bool>("negative");
    QTest::addColumn<bool>("zero");
    QTest::addColumn<qint64>("magnitude");

    QTest::newRow("whole pounds") << QStringLiteral("7552800") << 2 << Status::Ok << false << false
                                  << qint64(755280000);
    QTest::newRow("one decimal") << QStringLiteral("7552800.5") << 2 << Status::Ok << false << false
                                 << qint64(755280050);
    QTest::newRow("fils") << QStringLiteral("0.001") << 3 << Status::Ok << false << false << qint64(1);
    QTest::newRow("no minor unit") << QStringLiteral("1000") << 0 << Status::Ok << false << false << qint64(1000);
    QTest::newRow("negative") << QStringLiteral("-12.34") << 2 << Status::Ok << true << false << qint64(1234);
    QTest::newRow("leading zeros") << QStringLiteral("000042") << 2 << Status::Ok << false << false << qint64(4200);
    QTest::newRow("leading zeros beyond 19 digits")
        << QStringLiteral("00000000000000000000042") << 0 << Status::Ok << false << false << qint64(42);

    // Trailing zeros are not decimals of value: "12.500" is 12.50, and "1.000" yen is 1.
    QTest::newRow("trailing zeros beyond cents")
        << QStringLiteral("12.500") << 2 << Status::Ok << false << false << qint64(1250);
    QTest::newRow("trailing zeros with no minor unit")
        << QStringLiteral("1.000") << 0 << Status::Ok << false << false << qint64(1);
    QTest::newRow("zero") << QStringLiteral("0.00") << 2 << Status::Ok << false << true << qint64(0);
    QTest::newRow("negative zero") << QStringLiteral("-0") << 2 << Status::Ok << true << true << qint64(0);
    QTest::newRow("negative zero with decimals")
        << QStringLiteral("-000.000") << 2 << Status::Ok << true << true << qint64(0);

    QTest::newRow("sub-cent digit") << QStringLiteral("12.345") << 2 << Status::TooManyDecimals << false << false
                                    << qint64(0);
    QTest::newRow("half a yen") << QStringLiteral("1.5") << 0 << Status::TooManyDecimals << false << false << qint64(0);
    QTest::newRow("zeros after a sub-cent digit")
        << QStringLiteral("0.0010") << 2 << Status::TooManyDecimals << false << false << qint64(0);
    // The sign is still reported, so that ExactAmount can say "negative" first.
    QTest::newRow("negative with too many decimals")
        << QStringLiteral("-1.234") << 2 << Status::TooManyDecimals << true << false << qint64(0);
    // Too many decimals wins over too large: the decimals are the first thing to fix.
    QTest::newRow("huge with too many decimals")
        << QStringLiteral("99999999999999999999.123") << 2 << Status::TooManyDecimals << false << false << qint64(0);

    QTest::newRow("INT64_MAX yen") << QStringLiteral("9223372036854775807") << 0 << Status::Ok << false << false
                                   << Int64Max;
    QTest::newRow("one yen more") << QStringLiteral("9223372036854775808") << 0 << Status::TooLarge << false << false
                                  << qint64(0);
    QTest::newRow("INT64_MAX cents") << QStringLiteral("92233720368547758.07") << 2 << Status::Ok << false << false
                                     << Int64Max;
    QTest::newRow("one cent more") << QStringLiteral("92233720368547758.08") << 2 << Status::TooLarge << false << false
                                   << qint64(0);
    QTest::newRow("INT64_MAX whole euros")
        << QStringLiteral("9223372036854775807") << 2 << Status::TooLarge << false << false << qint64(0);
    QTest::newRow("INT64_MAX fils overflow only in the fraction")
        << QStringLiteral("9223372036854775.808") << 3 << Status::TooLarge << false << false << qint64(0);
    QTest::newRow("INT64_MIN yen: the magnitude does not fit")
        << QStringLiteral("-9223372036854775808") << 0 << Status::TooLarge << true << false << qint64(0);
    QTest::newRow("twenty nines") << QStringLiteral("99999999999999999999") << 0 << Status::TooLarge << false << false
                                  << qint64(0);

    const QStringList notNumbers = {
        QString(), QStringLiteral("-"), QStringLiteral("+5"), QStringLiteral("--5"), QStringLiteral(" 42"),
        QStringLiteral("42 "), QStringLiteral("1 000"), QStringLiteral("1,000"), QStringLiteral("12,50"),
        QStringLiteral("1'000"), QStringLiteral("1_000"), QStringLiteral("1e3"), QStringLiteral("0x10"),
        QStringLiteral("12."), QStringLiteral(".5"), QStringLiteral("-.5"), QStringLiteral("1.2.3"),
        QStringLiteral("1.-2"), QStringLiteral("abc"), QStringLiteral("inf"),
        QStringLiteral("\u2212"
                       "5"), // minus sign
        QStringLiteral("\u0664\u0662"), // Arabic-Indic digits
        QStringLiteral("\uFF11\uFF12"), // full-width digits
    };
    for (const QString &text : notNumbers)
        QTest::addRow("not a number: '%s'", qPrintable(text))
            << text << 2 << Status::NotANumber << false << false << qint64(0);
}

void TestDecimalAmount::parse_readsPlainDecimalsExactly()
{
    QFETCH(QString, text);
    QFETCH(int, fractionDigits);
    QFETCH(DecimalAmount::Status, status);
    QFETCH(bool, negative);
    QFETCH(bool, zero);
    QFETCH(qint64, magnitude);

    const DecimalAmount amount = DecimalAmount::parse(text, fractionDigits);
    QCOMPARE(amount.status, status);
    QCOMPARE(amount.negative, negative);
    QCOMPARE(amount.zero, zero);
    if (status == Status::Ok)
        QCOMPARE(amount.magnitude, magnitude);
}

void TestDecimalAmount::exactAmount_acceptsOrExplains_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor"); // -1: refused
    QTest::addColumn<QString>("problem");

    const QString eur = QStringLiteral("EUR");
    QTest::newRow("ICO fine") << QStringLiteral("7552800") << QStringLiteral("GBP") << qint64(755280000) << QString();
    QTest::newRow("cents") << QStringLiteral("12.50") << eur << qint64(1250) << QString();
    QTest::newRow("leading zeros") << QStringLiteral("0012.5") << eur << qint64(1250) << QString();
    QTest::newRow("fils") << QStringLiteral("0.001") << QStringLiteral("KWD") << qint64(1) << QString();
    QTest::newRow("Swedish krona (in the data)")
        << QStringLiteral("7500000") << QStringLiteral("SEK") << qint64(750000000) << QString();
    QTest::newRow("US dollar (in the data)")
        << QStringLiteral("1") << QStringLiteral("USD") << qint64(100) << QString();
    QTest::newRow("negative zero is zero") << QStringLiteral("-0.00") << eur << qint64(0) << QString();
    QTest::newRow("largest exact whole amount")
        << QStringLiteral("92233720368547758") << eur << qint64(9223372036854775800) << QString();

    QTest::newRow("negative") << QStringLiteral("-5") << eur << qint64(-1)
                              << QStringLiteral("'-5' is negative: amounts must not be negative");
    QTest::newRow("negative is said before too many decimals") << QStringLiteral(
        "-1.234") << eur << qint64(-1) << QStringLiteral("'-1.234' is negative: amounts must not be negative");
    QTest::newRow("more decimals than the currency") << QStringLiteral("12.345") << eur << qint64(-1)
                                                     << QStringLiteral("'12.345' has more decimals than EUR has (2)");
    QTest::newRow("yen has no decimals") << QStringLiteral("12.5") << QStringLiteral("JPY") << qint64(-1)
                                         << QStringLiteral("'12.5' has more decimals than JPY has (0)");
    QTest::newRow("one cent over 64 bits")
        << QStringLiteral("92233720368547758.08") << eur << qint64(-1)
        << QStringLiteral("'92233720368547758.08' is too large: it does not fit exactly in 64-bit minor units");
    QTest::newRow("twenty-one digits") << QStringLiteral("100000000000000000000") << QStringLiteral("JPY") << qint64(-1)
                                       << QStringLiteral("'100000000000000000000' is too large: it does not fit "
                                                         "exactly in 64-bit minor units");
    QTest::newRow("more digits than a JSON number keeps")
        << QStringLiteral("900719925474099.95") << eur << qint64(-1)
        << QStringLiteral("'900719925474099.95' has too many significant digits to be kept exactly with decimals "
                          "(at most 15; whole amounts may be larger)");
    // People's amounts are not trimmed here; Money::fromDecimalString (machine text) is.
    QTest::newRow("surrounding space") << QStringLiteral(" 42") << eur << qint64(-1)
                                       << QStringLiteral("' 42' is not a plain number (write it like 7552800 or "
                                                         "7552800.50, without spaces, thousands separators or "
                                                         "exponent)");
    QTest::newRow("thousands separators") << QStringLiteral("1,000") << eur << qint64(-1)
                                          << QStringLiteral("'1,000' is not a plain number (write it like 7552800 "
                                                            "or 7552800.50, without spaces, thousands separators "
                                                            "or exponent)");
    QTest::newRow("retired kuna") << QStringLiteral("5") << QStringLiteral("HRK") << qint64(-1)
                                  << QStringLiteral("unknown currency 'HRK'");
    QTest::newRow("unknown code") << QStringLiteral("5") << QStringLiteral("XYZ") << qint64(-1)
                                  << QStringLiteral("unknown currency 'XYZ'");
    QTest::newRow("lower-case code") << QStringLiteral("5") << QStringLiteral("eur") << qint64(-1)
                                     << QStringLiteral("unknown currency 'eur'");
}

void TestDecimalAmount::exactAmount_acceptsOrExplains()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, problem);

    QString actualProblem;
    const std::optional<Money> money = ExactAmount::parse(text, currency, &actualProblem);
    QCOMPARE(money.has_value(), minor >= 0);
    QCOMPARE(actualProblem, problem);
    if (money) {
        QCOMPARE(money->minor, minor);
        QCOMPARE(money->currency, currency);
    }
}

QTEST_GUILESS_MAIN(TestDecimalAmount)
#include "tst_decimalamount.moc"
