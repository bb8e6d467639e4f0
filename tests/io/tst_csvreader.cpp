// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"
#include "csvstream.h"

#include <QBuffer>
#include <QTest>

namespace {

// CsvStream's reading of `text` with `chunk` bytes read at a time: what CsvReader::read() gives for the whole.
QList<CsvRecord> streamed(const QString &text, qsizetype chunk, QList<CsvError> *errors)
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvStream stream(&buffer, 1024 * 1024, chunk);
    QList<CsvRecord> records;
    CsvRecord record;
    while (stream.next(&record, errors))
        records.append(record);
    return records;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_splitsRecordsAndFields_data();
    void read_splitsRecordsAndFields();
    void read_reportsMalformedQuotes_data();
    void read_reportsMalformedQuotes();
    void stream_readsAsTheWholeText_data();
    void stream_readsAsTheWholeText();
    void stream_refusesARecordTooLargeToHold();
};

void TestCsvReader::read_splitsRecordsAndFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("plain fields, LF") << QStringLiteral("a,b\nc,d\n")
                                      << QList<QStringList> { { QStringLiteral("a"), QStringLiteral("b") },
                                             { QStringLiteral("c"), QStringLiteral("d") } }
                                      << QList<int> { 1, 2 };
    QTest::newRow("CRLF line ends") << QStringLiteral("a,b\r\nc,d\r\n")
                                    << QList<QStringList> { { QStringLiteral("a"), QStringLiteral("b") },
                                           { QStringLiteral("c"), QStringLiteral("d") } }
                                    << QList<int> { 1, 2 };
    QTest::newRow("lone CR line ends") << QStringLiteral("a\rb\r")
                                       << QList<QStringList> { { QStringLiteral("a") }, { QStringLiteral("b") } }
                                       << QList<int> { 1, 2 };
    QTest::newRow("no line end after the last record")
        << QStringLiteral("a\nb") << QList<QStringList> { { QStringLiteral("a") }, { QStringLiteral("b") } }
        << QList<int> { 1, 2 };
    QTest::newRow("quoted comma stays in the field")
        << QStringLiteral("\"Autorité, test\",x\n")
        << QList<QStringList> { { QStringLiteral("Autorité, test"), QStringLiteral("x") } } << QList<int> { 1 };
    QTest::newRow("doubled quote is one quote")
        << QStringLiteral("\"He said \"\"no\"\"\"\n") << QList<QStringList> { { QStringLiteral("He said \"no\"") } }
        << QList<int> { 1 };
    QTest::newRow("line breaks inside quotes keep the record's first line")
        << QStringLiteral("h\n\"one\r\ntwo\nthree\"\nnext\n")
        << QList<QStringList> { { QStringLiteral("h") }, { QStringLiteral("one\r\ntwo\nthree") },
               { QStringLiteral("next") } }
        << QList<int> { 1, 2, 5 };
    QTest::newRow("UTF-8 byte order mark is ignored")
        << (QString(QChar(0xFEFF)) + QStringLiteral("id,x\n1,2\n"))
        << QList<QStringList> { { QStringLiteral("id"), QStringLiteral("x") },
               { QStringLiteral("1"), QStringLiteral("2") } }
        << QList<int> { 1, 2 };
    QTest::newRow("empty lines are skipped but counted")
        << QStringLiteral("\na\n\r\n\nb\n") << QList<QStringList> { { QStringLiteral("a") }, { QStringLiteral("b") } }
        << QList<int> { 2, 5 };
    QTest::newRow("empty fields, trailing comma")
        << QStringLiteral(",x,\n") << QList<QStringList> { { QString(), QStringLiteral("x"), QString() } }
        << QList<int> { 1 };
    QTest::newRow("empty quoted field") << QStringLiteral("\"\",a\n")
                                        << QList<QStringList> { { QString(), QStringLiteral("a") } }
                                        << QList<int> { 1 };
    QTest::newRow("quote inside an unquoted field is text")
        << QStringLiteral("5\" floppy,b\n")
        << QList<QStringList> { { QStringLiteral("5\" floppy"), QStringLiteral("b") } } << QList<int> { 1 };
    QTest::newRow("spaces are kept") << QStringLiteral(" a , b \n")
                                     << QList<QStringList> { { QStringLiteral(" a "), QStringLiteral(" b ") } }
                                     << QList<int> { 1 };
    QTest::newRow("empty text") << QString() << QList<QStringList> {} << QList<int> {};
}

void TestCsvReader::read_splitsRecordsAndFields()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);

    QList<CsvError> errors;
    const QList<CsvRecord> read = CsvReader::read(text, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(read.size(), records.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        QCOMPARE(read.at(i).fields, records.at(i));
        QCOMPARE(read.at(i).line, lines.at(i));
    }
}

void TestCsvReader::read_reportsMalformedQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("errorLine");
    QTest::addColumn<QString>("messageStart");
    QTest::addColumn<QList<QStringList>>("records");

    QTest::newRow("unterminated quote names the line it opened on")
        << QStringLiteral("a,b\nc,\"never\nclosed\n") << 2 << QStringLiteral("the quoted field that starts")
        << QList<QStringList> { { QStringLiteral("a"), QStringLiteral("b") } };
    QTest::newRow("text after a closing quote is kept and reported")
        << QStringLiteral("h\n\"multi\nline\"x,y\nz\n") << 3 << QStringLiteral("unexpected text after a closing quote")
        << QList<QStringList> { { QStringLiteral("h") }, { QStringLiteral("multi\nlinex"), QStringLiteral("y") },
               { QStringLiteral("z") } };
}

void TestCsvReader::read_reportsMalformedQuotes()
{
    QFETCH(QString, text);
    QFETCH(int, errorLine);
    QFETCH(QString, messageStart);
    QFETCH(QList<QStringList>, records);

    QList<CsvError> errors;
    const QList<CsvRecord> read = CsvReader::read(text, &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().line, errorLine);
    QVERIFY2(errors.first().message.startsWith(messageStart), qPrintable(errors.first().message));
    QCOMPARE(read.size(), records.size());
    for (qsizetype i = 0; i < read.size(); ++i)
        QCOMPARE(read.at(i).fields, records.at(i));
}

// Texts like those above, cut into pieces of every small size: a record, a quote, a CRLF or a UTF-8 character cut
// between two reads must read as it does whole.
void TestCsvReader::stream_readsAsTheWholeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("chunk");
    const QList<QPair<const char *, QString>> texts {
        { "LF", QStringLiteral("a,b\nc,d\n") },
        { "CRLF", QStringLiteral("a,b\r\nc,d\r\n") },
        { "lone CR", QStringLiteral("a\rb\r") },
        { "no last line end", QStringLiteral("a,b\nc,d") },
        { "quotes", QStringLiteral("\"a,b\",\"say \"\"hi\"\"\"\r\n\"multi\r\nline\",x\r\n") },
        { "byte order mark and empty lines", QStringLiteral("\ufeffa\n\n\r\n\rb,\n") },
        { "text after a closing quote", QStringLiteral("h\n\"multi\nline\"x,y\nz\n") },
        { "never closed", QStringLiteral("a,b\nc,\"never\nclosed\n") },
        { "UTF-8", QStringLiteral("Gr\u00e8ce,\u65e5\u672c,\U0001F600\n\"\u00e9\r\n\u00e8\",\u20ac\n") },
        { "empty quoted and trailing comma", QStringLiteral("\"\",a,\n,\n") },
    };
    for (const auto &[name, text] : texts) {
        for (const qsizetype chunk : { 1, 2, 3, 5, 64 })
            QTest::addRow("%s, %d bytes at a time", name, int(chunk)) << text << chunk;
    }
}

void TestCsvReader::stream_readsAsTheWholeText()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, chunk);

    QList<CsvError> wholeErrors;
    const QList<CsvRecord> whole = CsvReader::read(text, &wholeErrors);
    QList<CsvError> errors;
    const QList<CsvRecord> read = streamed(text, chunk, &errors);
    QCOMPARE(read.size(), whole.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        QCOMPARE(read.at(i).fields, whole.at(i).fields);
        QCOMPARE(read.at(i).line, whole.at(i).line);
    }
    QCOMPARE(errors.size(), wholeErrors.size());
    for (qsizetype i = 0; i < errors.size(); ++i) {
        QCOMPARE(errors.at(i).line, wholeErrors.at(i).line);
        QCOMPARE(errors.at(i).message, wholeErrors.at(i).message);
    }
}

void TestCsvReader::stream_refusesARecordTooLargeToHold()
{
    QByteArray bytes = "a,b\n\"" + QByteArray(5000, 'x') + "\"\nc,d\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvStream stream(&buffer, 1000, 64);
    QList<CsvError> errors;
    CsvRecord record;
    QVERIFY(stream.next(&record, &errors));
    QCOMPARE(record.fields, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QVERIFY(!stream.next(&record, &errors));
    QCOMPARE(stream.tooLargeLine(), 2);
    QVERIFY(errors.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
