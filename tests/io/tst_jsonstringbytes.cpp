// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstringbytes.h"

#include <QByteArray>
#include <QTest>

// JsonStringBytes::plainUntil and untilQuoteOrEscape look at sixteen bytes at a time where they can: they must find
// the same byte as a plain loop wherever the quote, backslash or line break is (in the first block, the tenth, in the
// bytes after the last whole block), after any text (UTF-8 bytes above 0x7f are not stops), and from any start.
class TestJsonStringBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainUntil_findsTheFirstStop_data();
    void plainUntil_findsTheFirstStop();
    void plainUntil_findsEachStopAtEveryPlace_data();
    void plainUntil_findsEachStopAtEveryPlace();
    void untilQuoteOrEscape_findsTheStopAndTellsOfTextBeforeIt_data();
    void untilQuoteOrEscape_findsTheStopAndTellsOfTextBeforeIt();
};

void TestJsonStringBytes::plainUntil_findsTheFirstStop_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("from");
    QTest::addColumn<qsizetype>("expected");

    const QByteArray text = QByteArray(40, 'a');
    QTest::newRow("empty") << QByteArray() << qsizetype(0) << qsizetype(0);
    QTest::newRow("no stop, shorter than a block") << QByteArray("plain text") << qsizetype(0) << qsizetype(10);
    QTest::newRow("no stop, several blocks and a tail") << text << qsizetype(0) << qsizetype(40);
    QTest::newRow("a stop at the start") << QByteArray("\"after") << qsizetype(0) << qsizetype(0);
    QTest::newRow("the quote that ends a string") << QByteArray("Clearview AI\", \"next\"") << qsizetype(0)
                                                  << qsizetype(12);
    QTest::newRow("an escape before the quote") << QByteArray("a \\\"quoted\\\" word\"") << qsizetype(0)
                                                << qsizetype(2);
    QTest::newRow("a line break inside a string") << text + "\n\"" << qsizetype(0) << qsizetype(40);
    QTest::newRow("the first of several stops in one block") << QByteArray("abc\n\\\"def") << qsizetype(0)
                                                              << qsizetype(3);
    QTest::newRow("from past a stop") << QByteArray("ab\"cd\"ef") << qsizetype(3) << qsizetype(5);
    QTest::newRow("from a stop itself") << QByteArray("ab\"cd") << qsizetype(2) << qsizetype(2);
    QTest::newRow("from the end") << QByteArray("abc") << qsizetype(3) << qsizetype(3);
    QTest::newRow("from past the end (an escape that ended the bytes)") << QByteArray("abc") << qsizetype(4)
                                                                        << qsizetype(4);
    // é, €, 😀 and bytes with the high bit set everywhere: none of them is a stop, whatever char's sign.
    QTest::newRow("UTF-8 text then a quote") << QByteArray("D\xC3\xA9" "cision \xE2\x82\xAC \xF0\x9F\x98\x80 fin\"")
                                             << qsizetype(0) << qsizetype(22);
    QTest::newRow("bytes 0x80 to 0xff only") << [] {
        QByteArray all;
        for (int b = 0x80; b <= 0xff; ++b)
            all.append(char(b));
        return all;
    }() << qsizetype(0) << qsizetype(128);
    QTest::newRow("bytes next to the stops are not stops") << QByteArray("!#[]\x0b\x0c\x09\x0d!#[]\x0b\x0c\x09\x0d!\"")
                                                           << qsizetype(0) << qsizetype(17);
}

void TestJsonStringBytes::plainUntil_findsTheFirstStop()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, from);
    QFETCH(qsizetype, expected);
    QCOMPARE(JsonStringBytes::plainUntil(bytes, from), expected);
}

void TestJsonStringBytes::plainUntil_findsEachStopAtEveryPlace_data()
{
    QTest::addColumn<char>("stop");
    QTest::newRow("quote") << '"';
    QTest::newRow("backslash") << '\\';
    QTest::newRow("line break") << '\n';
}

// Every length up to three blocks and a half, every start, the stop at every place after it.
void TestJsonStringBytes::plainUntil_findsEachStopAtEveryPlace()
{
    QFETCH(char, stop);
    for (qsizetype size = 0; size <= 56; ++size) {
        for (qsizetype from = 0; from <= size; ++from) {
            for (qsizetype at = from; at <= size; ++at) {
                QByteArray bytes(size, 'x');
                if (at < size)
                    bytes[at] = stop;
                const qsizetype found = JsonStringBytes::plainUntil(bytes, from);
                if (found != at)
                    QFAIL(qPrintable(QStringLiteral("size %1, from %2: found %3, expected %4")
                                         .arg(size)
                                         .arg(from)
                                         .arg(found)
                                         .arg(at)));
            }
        }
    }
}

void TestJsonStringBytes::untilQuoteOrEscape_findsTheStopAndTellsOfTextBeforeIt_data()
{
    QTest::addColumn<char>("stop");
    QTest::newRow("quote") << '"';
    QTest::newRow("backslash") << '\\';
    QTest::newRow("none (a line break is no stop here)") << '\n';
}

// JsonStringBytes::untilQuoteOrEscape against a plain loop: every length up to three blocks and a half, every start,
// the stop at every place after it, and a byte above 0x7f before the stop, at it (where it cannot be) or after it.
// The flag must say whether a byte from the start to the stop, not beyond, is above 0x7f.
void TestJsonStringBytes::untilQuoteOrEscape_findsTheStopAndTellsOfTextBeforeIt()
{
    QFETCH(char, stop);
    for (qsizetype size = 0; size <= 56; ++size) {
        for (qsizetype from = 0; from <= size; ++from) {
            for (qsizetype at = from; at <= size; ++at) {
                for (qsizetype high = -1; high < size; high += (high < 0 ? 1 : 5)) {
                    QByteArray bytes(size, 'x');
                    if (high >= 0)
                        bytes[high] = '\xC3';
                    if (at < size)
                        bytes[at] = stop;
                    qsizetype expected = from;
                    while (expected < size && bytes.at(expected) != '"' && bytes.at(expected) != '\\')
                        ++expected;
                    const bool expectedHigh = high >= from && high < expected && bytes.at(high) == '\xC3';
                    bool nonAscii = false;
                    const qsizetype found = JsonStringBytes::untilQuoteOrEscape(bytes, from, &nonAscii);
                    if (found != expected || nonAscii != expectedHigh)
                        QFAIL(qPrintable(QStringLiteral("size %1, from %2, stop at %3, high byte at %4: found %5 (%6), "
                                                        "expected %7 (%8)")
                                             .arg(size)
                                             .arg(from)
                                             .arg(at)
                                             .arg(high)
                                             .arg(found)
                                             .arg(nonAscii)
                                             .arg(expected)
                                             .arg(expectedHigh)));
                }
            }
        }
    }
    // The flag is only ever set: text read before stays noted.
    bool nonAscii = true;
    QCOMPARE(JsonStringBytes::untilQuoteOrEscape("plain\"", 0, &nonAscii), qsizetype(5));
    QVERIFY(nonAscii);
}

QTEST_GUILESS_MAIN(TestJsonStringBytes)
#include "tst_jsonstringbytes.moc"
