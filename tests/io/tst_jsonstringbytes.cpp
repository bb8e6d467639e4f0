// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstringbytes.h"

#include <QByteArray>
#include <QTest>

// JsonStringBytes::plainUntil looks at sixteen bytes at a time where it can: it must find the same byte as a plain
// loop wherever the quote, backslash or line break is (in the first block, the tenth, in the bytes after the last
// whole block), after any text (UTF-8 bytes above 0x7f are not stops), and from any start.
class TestJsonStringBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainUntil_findsTheFirstStop_data();
    void plainUntil_findsTheFirstStop();
    void plainUntil_findsEachStopAtEveryPlace_data();
    void plainUntil_findsEachStopAtEveryPlace();
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

QTEST_GUILESS_MAIN(TestJsonStringBytes)
#include "tst_jsonstringbytes.moc"
