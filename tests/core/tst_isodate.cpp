// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "isodate.h"

#include <QTest>

// IsoDate::parse, the one reader of the days people and files write: strict YYYY-MM-DD and nothing else.
class TestIsoDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

Q_DECLARE_METATYPE(IsoDate::Problem)

void TestIsoDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<IsoDate::Problem>("problem");
    using P = IsoDate::Problem;
    QTest::newRow("a day") << "2022-10-17" << QDate(2022, 10, 17) << P::None;
    QTest::newRow("leap day") << "2024-02-29" << QDate(2024, 2, 29) << P::None;
    QTest::newRow("empty: no date, no problem") << "" << QDate() << P::None;
    QTest::newRow("no such day") << "2023-02-30" << QDate() << P::NoSuchDay;
    QTest::newRow("month 13") << "2022-13-01" << QDate() << P::NoSuchDay;
    QTest::newRow("not a leap year") << "2023-02-29" << QDate() << P::NoSuchDay;
    QTest::newRow("a date-time, which QDate's ISO parser takes") << "2022-10-17T10:00" << QDate() << P::NotADay;
    QTest::newRow("one-digit month") << "2022-1-17" << QDate() << P::NotADay;
    QTest::newRow("slashes") << "2022/10/17" << QDate() << P::NotADay;
    QTest::newRow("spaces around") << " 2022-10-17" << QDate() << P::NotADay;
    QTest::newRow("day first") << "17-10-2022" << QDate() << P::NotADay;
    QTest::newRow("non-ASCII digits") << QString::fromUtf8("٢٠٢٢-10-17") << QDate() << P::NotADay;
    QTest::newRow("signed year") << "+022-10-17" << QDate() << P::NotADay;
}

void TestIsoDate::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QFETCH(IsoDate::Problem, problem);
    IsoDate::Problem found = IsoDate::Problem::None;
    QCOMPARE(IsoDate::parse(text, &found), expected);
    QCOMPARE(found, problem);
    QCOMPARE(IsoDate::parse(text), expected);
}

QTEST_GUILESS_MAIN(TestIsoDate)
#include "tst_isodate.moc"
