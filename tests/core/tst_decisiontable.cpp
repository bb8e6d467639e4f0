// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's compact rows: every decision comes back exactly as it went in, the accessors agree with the decision,
// and only decisions with something beyond the compact record are kept whole.
#include "bundleddata.h"
#include "decisiontable.h"

#include <QTest>

namespace {

// A decision as the window reads a large database: no long texts, a few lists, money in two currencies.
Decision compactOne()
{
    Decision d;
    d.id = QStringLiteral("fr-synthetic-17");
    d.country = QStringLiteral("FR");
    d.jurisdictionName = QStringLiteral("France");
    d.authority = QStringLiteral("Data Protection Authority 2 (DPA-FR2)");
    d.authorityType = QStringLiteral("data_protection_authority");
    d.target = QStringLiteral("Example Corp.");
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = QDate(2021, 3, 4);
    d.announceDate = QDate(2021, 4, 1);
    d.amount = Money { 123456, QStringLiteral("GBP") };
    d.amountEur = Money { 145242, QStringLiteral("EUR") };
    d.includeInCumulativeFines = true;
    d.orders = { QStringLiteral("Stop the processing"), QStringLiteral("Inform the data subjects") };
    d.status = QStringLiteral("annulled_on_appeal");
    d.statusChanges = { StatusChange { QDate(2021, 10, 1), QStringLiteral("annulled"), false, {}, {} } };
    d.relatedTo = { QStringLiteral("fr-synthetic-3") };
    d.confidence = QStringLiteral("high");
    d.rowVersion = 42;
    d.longTextsOmitted = true;
    return d;
}

// operator== ignores the bookkeeping; the table must keep it too.
void compareWhole(const Decision &actual, const Decision &expected)
{
    QCOMPARE(actual, expected);
    QCOMPARE(actual.rowVersion, expected.rowVersion);
    QCOMPARE(actual.longTextsOmitted, expected.longTextsOmitted);
    QCOMPARE(actual.userModified, expected.userModified);
}

} // namespace

class TestDecisionTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_bundled = BundledData::load(&error).decisions;
        QVERIFY2(!m_bundled.isEmpty(), qPrintable(error));
    }

    void roundTrip_data()
    {
        QTest::addColumn<Decision>("decision");
        QTest::addColumn<bool>("whole");
        const Decision base = compactOne();
        QTest::newRow("compact") << base << false;
        Decision empty;
        QTest::newRow("empty") << empty << false;
        Decision noDates = base;
        noDates.decisionDate = {};
        noDates.announceDate = {};
        QTest::newRow("no dates") << noDates << false;
        Decision overridden = base;
        overridden.timelineDateOverride = QDate(2021, 4, 1);
        QTest::newRow("timeline date override") << overridden << false;
        Decision zero = base;
        zero.amount = Money { 0, QStringLiteral("EUR") };
        zero.amountEur.reset();
        zero.amountIsMaximum = true;
        QTest::newRow("zero amount, no euro amount, maximum") << zero << false;
        Decision negative = base;
        negative.amount = Money { std::numeric_limits<qint64>::min(), QStringLiteral("JPY") };
        negative.amountEur = Money { std::numeric_limits<qint64>::max(), QStringLiteral("EUR") };
        QTest::newRow("extreme amounts") << negative << false;
        Decision notes = base;
        notes.dateNotes = QStringLiteral("Adopted on 17 October, announced on 20.");
        notes.amountNotes = QStringLiteral("<b>up to</b> EUR 5.1m");
        notes.userModified = true;
        QTest::newRow("notes, changed by the user") << notes << false;
        Decision far = base;
        far.decisionDate = QDate::fromJulianDay(qint64(std::numeric_limits<qint32>::max()) + 10);
        QTest::newRow("date beyond 32 bits") << far << true;
        Decision penalty = base;
        penalty.periodicPenalty.perDay = Money { 10000000, QStringLiteral("EUR") };
        penalty.periodicPenalty.liquidatedIn = QStringLiteral("fr-synthetic-90");
        QTest::newRow("periodic penalty") << penalty << true;
        Decision texts = base;
        texts.longTextsOmitted = false;
        texts.summary = QStringLiteral("A summary");
        texts.sources = { Source { QStringLiteral("https://example.org"), QStringLiteral("amount"), {}, {}, {} } };
        QTest::newRow("long texts") << texts << true;
        Decision french = base;
        french.ordersFr = { QStringLiteral("Cesser le traitement"), QStringLiteral("Informer les personnes") };
        QTest::newRow("French orders") << french << true;
        Decision rate = base;
        rate.fxRateUsed = QStringLiteral("0.85");
        QTest::newRow("exchange rate") << rate << true;
        for (const Decision &d : m_bundled)
            QTest::newRow(qPrintable(QStringLiteral("bundled %1").arg(d.id))) << d << true;
        for (Decision d : m_bundled) {
            d.omitLongTexts();
            // Without their long texts most bundled decisions still carry what the record cannot hold.
            QTest::newRow(qPrintable(QStringLiteral("bundled %1 as the window reads it").arg(d.id)))
                << d << !d.periodicPenalty.isEmpty();
        }
    }
    void roundTrip()
    {
        QFETCH(Decision, decision);
        QFETCH(bool, whole);
        DecisionTable table;
        table.append(compactOne());
        table.append(decision);
        compareWhole(table.decision(1), decision);
        compareWhole(table.decision(0), compactOne());
        QCOMPARE(table.wholeRows(), whole ? 1 : 0);

        // The accessors agree with the decision they stand for.
        QCOMPARE(table.id(1), decision.id);
        QCOMPARE(table.country(1), decision.country);
        QCOMPARE(table.jurisdictionName(1), decision.jurisdictionName);
        QCOMPARE(table.authority(1), decision.authority);
        QCOMPARE(table.target(1), decision.target);
        QCOMPARE(table.decisionType(1), decision.decisionType);
        QCOMPARE(table.status(1), decision.status);
        QCOMPARE(table.dateNotes(1), decision.dateNotes);
        QCOMPARE(table.amountNotes(1), decision.amountNotes);
        QCOMPARE(table.relatedTo(1), decision.relatedTo);
        QCOMPARE(table.amount(1), decision.amount);
        QCOMPARE(table.amountEur(1), decision.amountEur);
        QCOMPARE(table.amountEurMinor(1), decision.amountEur ? decision.amountEur->minor : qint64(-1));
        QCOMPARE(table.amountIsMaximum(1), decision.amountIsMaximum);
        QCOMPARE(table.userModified(1), decision.userModified);
        QCOMPARE(table.longTextsOmitted(1), decision.longTextsOmitted);
        QCOMPARE(table.rowVersion(1), decision.rowVersion);
        QCOMPARE(table.dateFor(1, DateBasis::Adopted), dateFor(decision, DateBasis::Adopted));
        QCOMPARE(table.dateFor(1, DateBasis::Announced), dateFor(decision, DateBasis::Announced));
        const bool names = !decision.relatedTo.isEmpty() || !decision.statusChanges.isEmpty()
            || !decision.periodicPenalty.liquidatedIn.isEmpty();
        if (names)
            QVERIFY(table.mayNameOthers(1));
    }

    void editsKeepTheOtherRows()
    {
        DecisionTable table;
        QList<Decision> expected;
        for (int i = 0; i < 6; ++i) {
            Decision d = i % 2 ? m_bundled.at(i) : compactOne();
            d.id += QString::number(i);
            table.append(d);
            expected.append(d);
        }
        Decision inserted = m_bundled.constLast();
        table.insert(2, inserted);
        expected.insert(2, inserted);
        Decision replacement = compactOne();
        replacement.id = QStringLiteral("replaced");
        replacement.amount.reset();
        table.replace(4, replacement); // a whole row becomes compact: its slot is freed
        expected.replace(4, replacement);
        table.remove(0);
        expected.removeAt(0);
        table.replace(0, m_bundled.constFirst()); // ... and taken again
        expected.replace(0, m_bundled.constFirst());
        QCOMPARE(table.size(), expected.size());
        for (int row = 0; row < expected.size(); ++row)
            compareWhole(table.decision(row), expected.at(row));
        QCOMPARE(table.decisions(), expected);
        QCOMPARE(table.wholeRows(), 3);
        table.clear();
        QVERIFY(table.isEmpty());
        QCOMPARE(table.wholeRows(), 0);
    }

    void equalTextsAreStoredOnce()
    {
        DecisionTable table;
        for (int i = 0; i < 100; ++i) {
            Decision d = compactOne();
            d.id = QStringLiteral("row-%1").arg(i);
            // A new string each time, as a reader that does not share texts would give.
            d.authority = QStringLiteral("Data Protection Authority ") + QString::number(i % 3);
            d.orders = { QStringLiteral("Stop the processing"), QString::number(i % 2) };
            table.append(d);
        }
        QCOMPARE(table.authority(0).constData(), table.authority(3).constData());
        QVERIFY(table.authority(0).constData() != table.authority(1).constData());
        QVERIFY(table.decision(0).orders.constData() == table.decision(2).orders.constData());
        QCOMPARE(table.decision(1).authority, QStringLiteral("Data Protection Authority 1"));
    }

    // The table's own index of ids, through every way rows come and go.
    void rowOfFindsEveryId_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("bundled size") << 43;
        QTest::newRow("five thousand") << 5000;
    }
    void rowOfFindsEveryId()
    {
        QFETCH(int, rows);
        DecisionTable table;
        QCOMPARE(table.rowOf(QStringLiteral("x")), -1);
        QStringList ids;
        for (int i = 0; i < rows; ++i) {
            Decision d = compactOne();
            d.id = QStringLiteral("fr-synthetic-%1").arg(i);
            ids.append(d.id);
            table.append(d);
        }
        const auto check = [&] {
            for (int row = 0; row < ids.size(); ++row) {
                if (table.rowOf(ids.at(row)) != row)
                    return QStringLiteral("%1 at %2, found at %3").arg(ids.at(row)).arg(row).arg(table.rowOf(ids.at(row)));
            }
            if (table.rowOf(QStringLiteral("no-such-decision")) != -1 || table.rowOf(QString()) != -1)
                return QStringLiteral("an unknown id was found");
            return QString();
        };
        QCOMPARE(check(), QString()); // indexed on first use
        // Reversed: every row moves.
        std::vector<qsizetype> order;
        for (qsizetype row = rows - 1; row >= 0; --row)
            order.push_back(row);
        table.reorder(order);
        std::reverse(ids.begin(), ids.end());
        QCOMPARE(check(), QString());
        // Edits keep the built index exact.
        Decision inserted = compactOne();
        inserted.id = QStringLiteral("inserted");
        table.insert(rows / 2, inserted);
        ids.insert(rows / 2, inserted.id);
        QCOMPARE(check(), QString());
        Decision renamed = compactOne();
        renamed.id = QStringLiteral("renamed");
        table.replace(0, renamed);
        ids.replace(0, renamed.id);
        QCOMPARE(check(), QString());
        table.remove(ids.size() - 1);
        ids.removeLast();
        QCOMPARE(check(), QString());
        if (!ids.isEmpty()) {
            table.remove(0);
            QCOMPARE(table.rowOf(ids.takeFirst()), -1);
            QCOMPARE(check(), QString());
        }
        table.clear();
        QCOMPARE(table.rowOf(QStringLiteral("inserted")), -1);
    }

    // Two tables read in parts and joined (the loader's two threads): every list, text and whole decision of the
    // second keeps its meaning under the first's numbering, and equal orders read in both stay equal.
    void appendTableKeepsEveryDecision_data()
    {
        QTest::addColumn<int>("split");
        QTest::newRow("all in the second") << 0;
        QTest::newRow("one in the first") << 1;
        QTest::newRow("halves") << 6;
        QTest::newRow("all in the first") << 12;
    }
    void appendTableKeepsEveryDecision()
    {
        QFETCH(int, split);
        QList<Decision> decisions;
        for (int i = 0; i < 12; ++i) {
            Decision d = i % 4 == 3 ? m_bundled.at(i) : compactOne(); // some kept whole
            d.id = QStringLiteral("decision-%1").arg(i);
            if (i % 4 == 1) { // other lists, or none
                d.orders = { QStringLiteral("Order %1").arg(i) };
                d.relatedTo.clear();
                d.statusChanges.clear();
            } else if (i % 4 == 2) {
                d.relatedTo = { QStringLiteral("decision-%1").arg(i - 1), QStringLiteral("decision-0") };
                d.statusChanges.append(StatusChange { QDate(2022, 1, i), QStringLiteral("upheld"), true, {}, {} });
                d.orders.clear();
                d.country = QStringLiteral("IT"); // a text the first part may not have
            }
            decisions.append(d);
        }
        DecisionTable first;
        DecisionTable second;
        for (int i = 0; i < decisions.size(); ++i)
            (i < split ? first : second).append(decisions.at(i));
        first.append(std::move(second));
        QCOMPARE(second.size(), 0);
        QCOMPARE(first.size(), decisions.size());
        for (qsizetype row = 0; row < decisions.size(); ++row) {
            compareWhole(first.decision(row), decisions.at(row));
            QCOMPARE(first.orders(row), decisions.at(row).orders);
            QCOMPARE(first.relatedTo(row), decisions.at(row).relatedTo);
            QCOMPARE(first.statusChanges(row), decisions.at(row).statusChanges);
            QCOMPARE(first.country(row), decisions.at(row).country);
            QCOMPARE(first.rowOf(decisions.at(row).id), row);
        }
        // Rows added after the join get lists of their own.
        Decision later = compactOne();
        later.id = QStringLiteral("later");
        later.relatedTo = { QStringLiteral("decision-5") };
        first.append(later);
        compareWhole(first.decision(first.size() - 1), later);
        compareWhole(first.decision(0), decisions.at(0));
    }

    // Any permutation, in place (the loader's sort, on the only copy of the rows) or on a copy (the original stays).
    void reorderPutsEveryRowWhereAsked_data()
    {
        QTest::addColumn<QList<int>>("order");
        QTest::addColumn<bool>("fromCopy");
        const QList<int> identity { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        const QList<int> rotated { 1, 2, 3, 4, 5, 6, 7, 8, 9, 0 }; // one cycle through every row
        const QList<int> cycles { 2, 0, 1, 3, 5, 4, 9, 6, 7, 8 }; // a 3-cycle, a fixed row, a swap, a 4-cycle
        const QList<int> shuffled { 7, 3, 9, 0, 5, 1, 8, 2, 6, 4 };
        for (const bool fromCopy : { false, true }) {
            const char *where = fromCopy ? "copy" : "in place";
            QTest::addRow("identity, %s", where) << identity << fromCopy;
            QTest::addRow("one long cycle, %s", where) << rotated << fromCopy;
            QTest::addRow("cycles of every length, %s", where) << cycles << fromCopy;
            QTest::addRow("shuffled, %s", where) << shuffled << fromCopy;
        }
    }
    void reorderPutsEveryRowWhereAsked()
    {
        QFETCH(QList<int>, order);
        QFETCH(bool, fromCopy);
        QList<Decision> decisions;
        DecisionTable original;
        for (int i = 0; i < order.size(); ++i) {
            Decision d = i % 3 ? compactOne() : m_bundled.at(i); // some kept whole
            d.id = QStringLiteral("decision-%1").arg(i);
            decisions.append(d);
            original.append(d);
        }
        DecisionTable table = original;
        if (!fromCopy)
            original = DecisionTable();
        table.reorder(std::vector<qsizetype>(order.cbegin(), order.cend()));
        QCOMPARE(table.size(), order.size());
        for (qsizetype row = 0; row < order.size(); ++row) {
            compareWhole(table.decision(row), decisions.at(order.at(row)));
            QCOMPARE(table.rowOf(decisions.at(order.at(row)).id), row);
        }
        if (fromCopy) {
            for (qsizetype row = 0; row < decisions.size(); ++row)
                compareWhole(original.decision(row), decisions.at(row));
        }
    }

    // A filtered copy: the kept rows in the order given, each decision exact (kept whole or not), ids indexed anew,
    // and the table it was copied from untouched.
    void keepRowsKeepsThoseGiven_data()
    {
        QTest::addColumn<QList<int>>("kept");
        QTest::addColumn<bool>("fromCopy");
        QTest::newRow("none") << QList<int> {} << true;
        QTest::newRow("every row, in order") << QList<int> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 } << true;
        QTest::newRow("some, reversed, from a copy") << QList<int> { 9, 4, 2, 0 } << true;
        QTest::newRow("some, in place") << QList<int> { 1, 3, 5, 7 } << false;
        QTest::newRow("one") << QList<int> { 6 } << false;
    }
    void keepRowsKeepsThoseGiven()
    {
        QFETCH(QList<int>, kept);
        QFETCH(bool, fromCopy);
        // Every other decision is kept whole (a summary), so that dropped rows free their whole decision.
        QList<Decision> decisions;
        DecisionTable original;
        for (int i = 0; i < 10; ++i) {
            Decision d = i % 2 ? m_bundled.at(i) : compactOne();
            d.id = QStringLiteral("decision-%1").arg(i);
            decisions.append(d);
            original.append(d);
        }
        QVERIFY(original.wholeRows() > 0);
        DecisionTable table = original;
        std::vector<qsizetype> rows(kept.cbegin(), kept.cend());
        if (fromCopy) {
            table.keepRows(rows);
        } else {
            original = DecisionTable(); // the only holder: rows are moved, not copied
            table.keepRows(rows);
        }
        QCOMPARE(table.size(), kept.size());
        for (qsizetype row = 0; row < kept.size(); ++row) {
            compareWhole(table.decision(row), decisions.at(kept.at(row)));
            QCOMPARE(table.rowOf(decisions.at(kept.at(row)).id), row);
        }
        qsizetype whole = 0;
        for (const int row : std::as_const(kept))
            whole += row % 2;
        QCOMPARE(table.wholeRows(), whole);
        QCOMPARE(table.rowOf(QStringLiteral("decision-8")), kept.contains(8) ? kept.indexOf(8) : -1);
        if (fromCopy) {
            QCOMPARE(original.size(), 10);
            for (qsizetype row = 0; row < 10; ++row)
                compareWhole(original.decision(row), decisions.at(row));
        }
    }

private:
    QList<Decision> m_bundled;
};

QTEST_GUILESS_MAIN(TestDecisionTable)
#include "tst_decisiontable.moc"
