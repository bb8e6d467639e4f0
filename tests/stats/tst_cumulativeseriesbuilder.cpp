// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CumulativeSeries::Builder, fed a decision at a time: the same series as compute() over a list, in any order, in
// parts appended together (the two-part read of `caseline stats`), and over compact rows (DecisionTable).
#include "cumulativeseries.h"
#include "cumulativeseriestestdata.h"
#include "decisiontable.h"
#include "fixtures.h"

#include <QTest>

#include <algorithm>

using namespace CumulativeSeriesTestData;

class TestCumulativeSeriesBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builder_givesWhatComputeGives_inAnyOrder_data();
    void builder_givesWhatComputeGives_inAnyOrder();
    void builder_leavesOutThePartsNotAskedFor();
    void append_givesTheSeriesOfOnePass_data();
    void append_givesTheSeriesOfOnePass();
    void computeOverRows_isComputeOverTheList_data();
    void computeOverRows_isComputeOverTheList();

private:
    QList<Decision> m_bundled;
};

void TestCumulativeSeriesBuilder::initTestCase()
{
    m_bundled = Fixtures::bundled().decisions;
    QCOMPARE(m_bundled.size(), 43);
}

void TestCumulativeSeriesBuilder::builder_givesWhatComputeGives_inAnyOrder_data()
{
    QTest::addColumn<QList<Decision>>("decisions");
    QTest::addColumn<DateBasis>("basis");
    QTest::addColumn<QDate>("asOf");
    QList<Decision> reversed = m_bundled;
    std::reverse(reversed.begin(), reversed.end());
    // The rulings before the fine they set aside and restore: their dates are looked up once all are in.
    QList<Decision> rulingsFirst = annulledAndRestored();
    std::rotate(rulingsFirst.begin(), rulingsFirst.begin() + 1, rulingsFirst.end());
    QTest::addRow("bundled") << m_bundled << DateBasis::Adopted << QDate();
    QTest::addRow("bundled, reversed, announced") << reversed << DateBasis::Announced << QDate();
    QTest::addRow("bundled, as of 2024") << m_bundled << DateBasis::Adopted << QDate(2024, 1, 1);
    QTest::addRow("rulings added first") << rulingsFirst << DateBasis::Adopted << QDate();
}

// A streamed series (`caseline stats` reads the database in its own order) equals the series of the list in any
// order: compute() sorts what it computes.
void TestCumulativeSeriesBuilder::builder_givesWhatComputeGives_inAnyOrder()
{
    QFETCH(QList<Decision>, decisions);
    QFETCH(DateBasis, basis);
    QFETCH(QDate, asOf);
    QList<Decision> sorted = decisions;
    std::sort(sorted.begin(), sorted.end(), [](const Decision &a, const Decision &b) { return a.id < b.id; });
    const CumulativeSeries expected = CumulativeSeries::compute(sorted, basis, asOf);
    CumulativeSeries::Builder builder(basis, asOf);
    for (const Decision &decision : std::as_const(decisions))
        builder.add(decision);
    const CumulativeSeries streamed = builder.finish();
    QVERIFY(!expected.steps().isEmpty());
    QCOMPARE(describe(streamed), describe(expected));
    for (qsizetype i = 0; i < expected.steps().size(); ++i)
        QCOMPARE(streamed.steps().at(i).causeId, expected.steps().at(i).causeId);
    QCOMPARE(streamed.totals(), expected.totals());
    QCOMPARE(streamed.byCountry().keys(), expected.byCountry().keys());
    for (const QString &country : expected.byCountry().keys()) {
        QCOMPARE(streamed.byCountry().value(country).totals, expected.byCountry().value(country).totals);
        QCOMPARE(streamed.byCountry().value(country).decisions, expected.byCountry().value(country).decisions);
    }
    QCOMPARE(streamed.byAuthority().size(), expected.byAuthority().size());
    for (qsizetype i = 0; i < expected.byAuthority().size(); ++i) {
        QCOMPARE(streamed.byAuthority().at(i).key, expected.byAuthority().at(i).key);
        QCOMPARE(streamed.byAuthority().at(i).totals, expected.byAuthority().at(i).totals);
    }
    QCOMPARE(streamed.potential().size(), expected.potential().size());
    for (qsizetype i = 0; i < expected.potential().size(); ++i)
        QCOMPARE(streamed.potential().at(i).decisionId, expected.potential().at(i).decisionId);
    QCOMPARE(streamed.decisionCounts().size(), expected.decisionCounts().size());
    QCOMPARE(streamed.undatedIds().size(), expected.undatedIds().size());
}

void TestCumulativeSeriesBuilder::builder_leavesOutThePartsNotAskedFor()
{
    CumulativeSeries::Builder builder(DateBasis::Adopted, QDate(), {});
    for (const Decision &decision : std::as_const(m_bundled))
        builder.add(decision);
    const CumulativeSeries figures = builder.finish();
    const CumulativeSeries all = CumulativeSeries::compute(m_bundled, DateBasis::Adopted);
    // What `caseline stats` prints is all there...
    QCOMPARE(describe(figures), describe(all));
    QCOMPARE(figures.byCountry().keys(), all.byCountry().keys());
    QCOMPARE(figures.byCountry().value(QStringLiteral("GB")).totals, all.byCountry().value(QStringLiteral("GB")).totals);
    // ... and the rest is not computed.
    QVERIFY(!all.potential().isEmpty());
    QVERIFY(figures.potential().isEmpty());
    QVERIFY(figures.decisionCounts().isEmpty());
    QVERIFY(figures.byAuthority().isEmpty());
}

void TestCumulativeSeriesBuilder::append_givesTheSeriesOfOnePass_data()
{
    QTest::addColumn<QList<Decision>>("decisions");
    QTest::addColumn<DateBasis>("basis");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("parts");
    // Every kind of entry: steps set aside and restored by rulings, amounts not imposed, an undated fine, decisions
    // after the as-of day. The rulings come before the fine in one list, so that a change may name a ruling of the
    // other part.
    Decision undated = fine(QStringLiteral("undated"), QStringLiteral("DE"), QDate(), 3);
    undated.announceDate = QDate();
    QList<Decision> rulingsFirst = annulledAndRestored();
    std::rotate(rulingsFirst.begin(), rulingsFirst.begin() + 1, rulingsFirst.end());
    Decision alsoUndated = undated;
    alsoUndated.id = QStringLiteral("also undated"); // listed after `undated` in one pass, though it sorts before
    const QList<Decision> all = QList<Decision> { undated } + m_bundled + annulledAndRestored() + QList<Decision> { alsoUndated };
    QTest::addRow("bundled and more, adopted, all parts") << all << DateBasis::Adopted << QDate() << 0;
    QTest::addRow("bundled and more, announced, as of 2024") << all << DateBasis::Announced << QDate(2024, 12, 31) << 0;
    QTest::addRow("rulings before the fine") << rulingsFirst << DateBasis::Adopted << QDate() << 0;
    QTest::addRow("three parts") << all << DateBasis::Adopted << QDate() << 3;
}

// A read in parts (`caseline stats` at a million decisions) adds each part to a builder of its own and appends them
// in order: every split gives exactly the series of one builder given every decision, whatever parts it computes.
void TestCumulativeSeriesBuilder::append_givesTheSeriesOfOnePass()
{
    QFETCH(QList<Decision>, decisions);
    QFETCH(DateBasis, basis);
    QFETCH(QDate, asOf);
    QFETCH(int, parts);
    for (const CumulativeSeries::Parts computed : { CumulativeSeries::Parts(CumulativeSeries::AllParts),
             CumulativeSeries::Parts() }) {
        CumulativeSeries::Builder whole(basis, asOf, computed);
        for (const Decision &decision : std::as_const(decisions))
            whole.add(decision);
        const QStringList expected = everything(whole.finish());
        // Steps set aside and restored: the comparisons below are of real series.
        QVERIFY(expected.filter(QStringLiteral(" set-aside ")).size() >= 1);
        // Two parts split at every place, or `parts` parts of equal size.
        const qsizetype splits = parts == 0 ? decisions.size() + 1 : 1;
        for (qsizetype split = 0; split < splits; ++split) {
            QList<qsizetype> ends;
            if (parts == 0)
                ends = { split, decisions.size() };
            for (int part = 1; part <= parts; ++part)
                ends << decisions.size() * part / parts;
            CumulativeSeries::Builder first(basis, asOf, computed);
            qsizetype from = 0;
            for (const qsizetype end : std::as_const(ends)) {
                CumulativeSeries::Builder builder(basis, asOf, computed);
                for (; from < end; ++from)
                    builder.add(decisions.at(from));
                first.append(std::move(builder));
            }
            QCOMPARE(everything(first.finish()), expected);
        }
    }
}

void TestCumulativeSeriesBuilder::computeOverRows_isComputeOverTheList_data()
{
    append_givesTheSeriesOfOnePass_data();
}

// `caseline export cumulative` and `describe` sum the compact rows they read, a decision built at a time: the same
// series as of the list, for the decisions whole and as the views read them (no long texts: most rows compact).
void TestCumulativeSeriesBuilder::computeOverRows_isComputeOverTheList()
{
    QFETCH(QList<Decision>, decisions);
    QFETCH(DateBasis, basis);
    QFETCH(QDate, asOf);
    for (const bool omitted : { false, true }) {
        QList<Decision> read = decisions;
        DecisionTable rows;
        for (Decision &decision : read) {
            if (omitted)
                decision.omitLongTexts();
            rows.append(decision);
        }
        const QStringList expected = everything(CumulativeSeries::compute(read, basis, asOf));
        QVERIFY(expected.filter(QStringLiteral(" set-aside ")).size() >= 1);
        QCOMPARE(everything(CumulativeSeries::compute(rows, basis, asOf)), expected);
    }
}

QTEST_GUILESS_MAIN(TestCumulativeSeriesBuilder)
#include "tst_cumulativeseriesbuilder.moc"
