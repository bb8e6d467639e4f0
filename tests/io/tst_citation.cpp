// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "citation.h"
#include "fixtures.h"

#include <QTest>
#include <functional>

Q_DECLARE_METATYPE(DateBasis)
Q_DECLARE_METATYPE(DecisionFilter)

// The one citation of an exported figure (footer, FILE.txt, Edit > Copy Citation): the exact text for each kind of
// selection, and the dataset it names.
class TestCitation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void filters_sameSelectionInAnotherOrder_citesTheSame();
    void datasetOf_isTheVersionAndTheLatestDateRecorded();
    void bundled_isTheCompiledInData();
    void fileNameFor_isBesideTheExport();
};

namespace {

DatasetInfo dataset()
{
    return { QStringLiteral("0123456789abcdef"), QDate(2026, 2, 18) };
}

const QString Head = QStringLiteral("Source: caseline dataset 0123456789abcdef (data as of 2026-02-18), ");
const QString Rule = QStringLiteral("; amounts in EUR at the ECB rate of each decision date; ");

} // namespace

void TestCitation::text_data()
{
    QTest::addColumn<DecisionFilter>("filter");
    QTest::addColumn<int>("decisions");
    QTest::addColumn<DateBasis>("basis");
    QTest::addColumn<QString>("expected");

    const auto with = [](const std::function<void(DecisionFilter &)> &set) {
        DecisionFilter filter;
        set(filter);
        return filter;
    };
    QTest::newRow("everything") << DecisionFilter() << 43 << DateBasis::Adopted
                                << Head + QStringLiteral("43 decisions") + Rule
            + QStringLiteral("dates: adopted; filters: none");
    QTest::newRow("one decision, announced") << DecisionFilter() << 1 << DateBasis::Announced
                                             << Head + QStringLiteral("1 decision") + Rule
            + QStringLiteral("dates: announced; filters: none");
    QTest::newRow("countries") << with([](DecisionFilter &f) { f.countries = { QStringLiteral("FR"), QStringLiteral("IT") }; })
                               << 9 << DateBasis::Adopted
                               << Head + QStringLiteral("9 decisions") + Rule
            + QStringLiteral("dates: adopted; filters: country FR, IT");
    QTest::newRow("date range") << with([](DecisionFilter &f) {
        f.from = QDate(2021, 1, 1);
        f.to = QDate(2022, 12, 31);
    }) << 20 << DateBasis::Adopted
                                << Head + QStringLiteral("20 decisions") + Rule
            + QStringLiteral("dates: adopted; filters: from 2021-01-01; to 2022-12-31");
    QTest::newRow("from only") << with([](DecisionFilter &f) { f.from = QDate(2024, 3, 5); }) << 4
                               << DateBasis::Announced
                               << Head + QStringLiteral("4 decisions") + Rule
            + QStringLiteral("dates: announced; filters: from 2024-03-05");
    QTest::newRow("types") << with([](DecisionFilter &f) {
        f.types = { QStringLiteral("penalty_payment"), QStringLiteral("fine") };
    }) << 12 << DateBasis::Adopted
                           << Head + QStringLiteral("12 decisions") + Rule
            + QStringLiteral("dates: adopted; filters: type fine, penalty_payment");
    QTest::newRow("text, on one line") << with([](DecisionFilter &f) {
        f.target = QStringLiteral("  Clearview\tAI ");
        f.search = QStringLiteral("police\nscraping");
    }) << 3 << DateBasis::Adopted
                                       << Head + QStringLiteral("3 decisions") + Rule
            + QStringLiteral("dates: adopted; filters: target \"Clearview AI\"; search \"police scraping\"");
    QTest::newRow("everything at once") << with([](DecisionFilter &f) {
        f.countries = { QStringLiteral("GB") };
        f.types = { QStringLiteral("fine") };
        f.from = QDate(2020, 1, 1);
        f.to = QDate(2025, 6, 30);
        f.search = QStringLiteral("ICO");
    }) << 2 << DateBasis::Adopted
                                        << Head + QStringLiteral("2 decisions") + Rule
            + QStringLiteral("dates: adopted; filters: country GB; type fine; from 2020-01-01; to 2025-06-30; "
                             "search \"ICO\"");
    QTest::newRow("blank text is no filter") << with([](DecisionFilter &f) { f.search = QStringLiteral("   "); })
                                             << 43 << DateBasis::Adopted
                                             << Head + QStringLiteral("43 decisions") + Rule
            + QStringLiteral("dates: adopted; filters: none");
}

void TestCitation::text()
{
    QFETCH(DecisionFilter, filter);
    QFETCH(int, decisions);
    QFETCH(DateBasis, basis);
    QFETCH(QString, expected);
    QCOMPARE(Citation::text(dataset(), decisions, basis, filter), expected);
}

void TestCitation::filters_sameSelectionInAnotherOrder_citesTheSame()
{
    DecisionFilter a;
    a.countries = { QStringLiteral("IT"), QStringLiteral("FR"), QStringLiteral("AT") };
    DecisionFilter b;
    b.countries = { QStringLiteral("AT"), QStringLiteral("FR"), QStringLiteral("IT") };
    QCOMPARE(Citation::filters(a), Citation::filters(b));
    QCOMPARE(Citation::filters(a), QStringLiteral("country AT, FR, IT"));
}

void TestCitation::datasetOf_isTheVersionAndTheLatestDateRecorded()
{
    BundledData data;
    data.version = QStringLiteral("feedfacecafebeef");
    Decision early = Fixtures::decision(QStringLiteral("a"), QStringLiteral("FR"), QStringLiteral("CNIL"),
        QStringLiteral("fine"), QDate(2022, 10, 17));
    Decision appealed = Fixtures::decision(QStringLiteral("b"), QStringLiteral("IT"), QStringLiteral("Garante"),
        QStringLiteral("fine"), QDate(2022, 2, 10));
    appealed.statusChanges.append({ QDate(2025, 4, 1), QStringLiteral("annulled"), false, {}, {} });
    data.decisions = { early, appealed };
    DbSizeClaim claim;
    claim.dateText = QStringLiteral("2024-11");
    data.dbSizeClaims = { claim };
    const DatasetInfo info = DatasetInfo::of(data);
    QCOMPARE(info.version, QStringLiteral("feedfacecafebeef"));
    // The status change of 1 April 2025 is the last thing the data records.
    QCOMPARE(info.asOf, QDate(2025, 4, 1));
}

void TestCitation::bundled_isTheCompiledInData()
{
    const DatasetInfo &info = DatasetInfo::bundled();
    const DatasetInfo expected = DatasetInfo::of(Fixtures::bundled());
    QCOMPARE(info.version, expected.version);
    QCOMPARE(info.asOf, expected.asOf);
    QVERIFY(!info.version.isEmpty());
    QVERIFY(info.asOf.isValid());
}

void TestCitation::fileNameFor_isBesideTheExport()
{
    QCOMPARE(Citation::fileNameFor(QStringLiteral("/tmp/slides/fines.png")), QStringLiteral("/tmp/slides/fines.png.txt"));
}

QTEST_GUILESS_MAIN(TestCitation)
#include "tst_citation.moc"
