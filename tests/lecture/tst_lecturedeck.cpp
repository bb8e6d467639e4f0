// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "lecturedeck.h"
#include "lecturescriptjson.h"

#include <QTest>

namespace {

Decision fine(const QString &id, const QDate &date, qint64 euros, const QString &country = QStringLiteral("FR"))
{
    Decision d = Fixtures::decision(id, country, QStringLiteral("Authority of %1").arg(id), QStringLiteral("fine"), date);
    d.amount = Money{euros * 100, QStringLiteral("EUR")};
    d.amountEur = d.amount;
    d.includeInCumulativeFines = true;
    return d;
}

qint64 euroCents(const QString &id)
{
    return Fixtures::bundledDecision(id).amountEur->minor;
}

} // namespace

class TestLectureDeck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decisionsInTimeOrder();
    void frames_data();
    void frames();
    void bundledAppealsMoveTheStandingTotal();
    void sameDayStepsCountInLectureOrder_data();
    void sameDayStepsCountInLectureOrder();
    void scriptEntries();
    void bundledExampleScript();
    void counter_data();
    void counter();
};

void TestLectureDeck::decisionsInTimeOrder()
{
    Decision undated = fine(QStringLiteral("undated"), QDate(), 1);
    undated.decisionDate = QDate();
    undated.announceDate = QDate();
    const LectureDeck deck = LectureDeck::fromDecisions({fine(QStringLiteral("b"), QDate(2022, 1, 1), 1), undated,
                                                            fine(QStringLiteral("c"), QDate(2021, 5, 1), 1),
                                                            fine(QStringLiteral("a"), QDate(2022, 1, 1), 1)},
        DateBasis::Adopted);
    QStringList ids;
    for (const LectureStep &step : deck.steps())
        ids.append(step.decision.id);
    // Undated decisions cannot be placed in time; same-day decisions follow their ids, as everywhere in caseline.
    QCOMPARE(ids, (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(deck.indexOfDecision(QStringLiteral("b")), 2);
    QCOMPARE(deck.indexOfDecision(QStringLiteral("undated")), -1);
    QCOMPARE(deck.firstDate(), QDate(2021, 5, 1));
    QCOMPARE(deck.lastDate(), QDate(2022, 1, 1));
}

void TestLectureDeck::frames_data()
{
    QTest::addColumn<QList<QDate>>("dates");
    QTest::addColumn<int>("step");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");

    const QDate d(2022, 6, 1);
    // A lone decision: three months each side.
    QTest::addRow("alone") << QList<QDate>{d} << 0 << d.addDays(-90) << d.addDays(90);
    // Neighbours 100 and 200 days away are both in view, with 45 days to spare.
    QTest::addRow("neighbours in view") << QList<QDate>{d.addDays(-100), d, d.addDays(200)} << 1 << d.addDays(-145)
                                        << d.addDays(245);
    // Close neighbours still leave three months of context.
    QTest::addRow("close neighbours") << QList<QDate>{d.addDays(-10), d, d.addDays(5)} << 1 << d.addDays(-90)
                                      << d.addDays(90);
    // A neighbour ten years away does not shrink the decision to a dot: two years at most.
    QTest::addRow("distant neighbour") << QList<QDate>{d.addYears(-10), d} << 1 << d.addDays(-730) << d.addDays(90);
    // The same day twice: the day is one date.
    QTest::addRow("same day") << QList<QDate>{d, d, d.addDays(60)} << 0 << d.addDays(-90) << d.addDays(105);
}

void TestLectureDeck::frames()
{
    QFETCH(QList<QDate>, dates);
    QFETCH(int, step);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QList<Decision> decisions;
    for (int i = 0; i < dates.size(); ++i)
        decisions.append(fine(QStringLiteral("d%1").arg(i), dates.at(i), 1));
    const LectureDeck deck = LectureDeck::fromDecisions(decisions, DateBasis::Adopted);
    QCOMPARE(deck.step(step).frameFrom, from);
    QCOMPARE(deck.step(step).frameTo, to);
}

void TestLectureDeck::bundledAppealsMoveTheStandingTotal()
{
    const LectureDeck deck = LectureDeck::fromDecisions(Fixtures::bundled().decisions, DateBasis::Adopted);
    const int ukFine = deck.indexOfDecision(QStringLiteral("gb-ico-2022-fine"));
    const int setAside = deck.indexOfDecision(QStringLiteral("gb-ftt-2023-appeal"));
    const int reinstated = deck.indexOfDecision(QStringLiteral("gb-ut-2025-appeal"));
    QVERIFY(ukFine >= 0 && setAside > ukFine && reinstated > setAside);
    const qint64 uk = euroCents(QStringLiteral("gb-ico-2022-fine"));
    QVERIFY(uk > 0);

    // The imposed total is the sum of every counted fine dated up to the step, computed here from the data itself.
    for (int i = 0; i < deck.count(); ++i) {
        const LectureStep &step = deck.step(i);
        qint64 imposed = 0;
        for (const Decision &d : Fixtures::bundled().decisions) {
            const QDate date = dateFor(d, DateBasis::Adopted);
            if (d.includeInCumulativeFines && d.amountEur && date.isValid() && date <= step.date)
                imposed += d.amountEur->minor;
        }
        QCOMPARE(step.totals.imposedMinor, imposed);
        QCOMPARE(step.totalsDate, step.date);
    }
    // The tribunal's ruling takes the UK fine out of the standing total; the Upper Tribunal puts it back.
    const LectureStep &before = deck.step(setAside - 1);
    QCOMPARE(deck.step(setAside).totals.standingMinor, before.totals.standingMinor - uk);
    QCOMPARE(deck.step(reinstated).totals.standingMinor, deck.step(reinstated - 1).totals.standingMinor + uk);
    QCOMPARE(deck.step(setAside).totals.imposedMinor, before.totals.imposedMinor);
    // Nothing is known to be collected.
    QCOMPARE(deck.steps().constLast().totals.collectedMinor, qint64(0));
}

void TestLectureDeck::sameDayStepsCountInLectureOrder_data()
{
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QList<qint64>>("imposed");
    QTest::addRow("time order") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QList<qint64>{1000, 1500};
    QTest::addRow("script puts b first") << QStringList{QStringLiteral("b"), QStringLiteral("a")}
                                         << QList<qint64>{500, 1500};
    QTest::addRow("b alone") << QStringList{QStringLiteral("b")} << QList<qint64>{1500};
}

void TestLectureDeck::sameDayStepsCountInLectureOrder()
{
    QFETCH(QStringList, order);
    QFETCH(QList<qint64>, imposed);
    const QDate day(2023, 3, 1);
    const QList<Decision> context{fine(QStringLiteral("a"), day, 10), fine(QStringLiteral("b"), day, 5)};
    LectureScript script;
    script.name = QStringLiteral("t");
    for (const QString &id : order)
        script.steps.append(LectureScriptStep::decision(id));
    const LectureDeck deck = LectureDeck::fromScript(script, context, DateBasis::Adopted);
    QCOMPARE(deck.count(), imposed.size());
    for (int i = 0; i < deck.count(); ++i)
        QCOMPARE(deck.step(i).totals.imposedMinor, imposed.at(i));
}

void TestLectureDeck::scriptEntries()
{
    const QList<Decision> context{fine(QStringLiteral("first"), QDate(2021, 1, 10), 7),
        fine(QStringLiteral("second"), QDate(2022, 2, 20), 3)};
    LectureScript script;
    script.name = QStringLiteral("Lecture");
    script.steps = {
        LectureScriptStep::titleCard(QStringLiteral("Opening"), QStringLiteral("Why it matters"), QStringLiteral("Say hello")),
        LectureScriptStep::decision(QStringLiteral("second"), QStringLiteral("The later one"),
            LectureFrame{QDate(2022, 1, 1), QDate(2022, 12, 31)}),
        LectureScriptStep::decision(QStringLiteral("gone")),
        LectureScriptStep::titleCard(QStringLiteral("Up to 2021"), {}, {}, LectureFrame{QDate(2020, 1, 1), QDate(2021, 12, 31)}),
        LectureScriptStep::titleCard(QStringLiteral("Closing")),
    };
    QStringList missing;
    const LectureDeck deck = LectureDeck::fromScript(script, context, DateBasis::Adopted, &missing);
    QCOMPARE(missing, QStringList{QStringLiteral("gone")});
    QCOMPARE(deck.count(), 4);
    QCOMPARE(deck.title(), QStringLiteral("Lecture"));

    // An unframed opening card frames the whole story and counts nothing yet.
    QCOMPARE(deck.step(0).kind, LectureStep::Kind::Title);
    QCOMPARE(deck.step(0).frameFrom, QDate(2021, 1, 10).addDays(-60));
    QCOMPARE(deck.step(0).frameTo, QDate(2022, 2, 20).addDays(60));
    QCOMPARE(deck.step(0).totals.imposedMinor, qint64(0));
    QCOMPARE(deck.step(0).notes, QStringLiteral("Say hello"));
    // The script's frame wins over the automatic one; the totals count the whole context up to the decision.
    QCOMPARE(deck.step(1).frameFrom, QDate(2022, 1, 1));
    QCOMPARE(deck.step(1).frameTo, QDate(2022, 12, 31));
    QCOMPARE(deck.step(1).totals.imposedMinor, qint64(1000));
    // A framed title card shows the totals at the end of its frame.
    QCOMPARE(deck.step(2).totals.imposedMinor, qint64(700));
    QCOMPARE(deck.step(2).totalsDate, QDate(2021, 12, 31));
    // An unframed card keeps the totals where the lecture was.
    QCOMPARE(deck.step(3).totals.imposedMinor, qint64(700));
}

void TestLectureDeck::bundledExampleScript()
{
    QString error;
    const std::optional<LectureScript> script = LectureScriptJson::bundledExample(&error);
    QVERIFY2(script, qPrintable(error));
    const QList<Decision> &all = Fixtures::bundled().decisions;
    QStringList missing;
    const LectureDeck deck = LectureDeck::fromScript(*script, all, DateBasis::Adopted, &missing);
    QCOMPARE(missing, QStringList());
    QCOMPARE(deck.count(), script->steps.size());
    QCOMPARE(deck.title(), script->name);

    // At every decision step: imposed is every counted fine dated up to that day; standing leaves out the fines a
    // ruling dated up to that day had set aside and not yet restored. Computed here from the data, independently.
    for (int i = 0; i < deck.count(); ++i) {
        const LectureStep &step = deck.step(i);
        if (step.kind != LectureStep::Kind::Decision)
            continue;
        qint64 imposed = 0;
        qint64 standing = 0;
        for (const Decision &d : all) {
            const QDate date = dateFor(d, DateBasis::Adopted);
            if (!d.includeInCumulativeFines || !d.amountEur || !date.isValid() || date > step.date)
                continue;
            imposed += d.amountEur->minor;
            bool stands = true;
            for (const StatusChange &change : d.statusChanges) {
                const Decision ruling = Fixtures::bundledDecision(change.byDecisionId);
                const QDate when = ruling.id.isEmpty() ? change.date : dateFor(ruling, DateBasis::Adopted);
                if (when.isValid() && when <= step.date)
                    stands = change.standing;
            }
            if (stands)
                standing += d.amountEur->minor;
        }
        QCOMPARE(step.totals.imposedMinor, imposed);
        QCOMPARE(step.totals.standingMinor, standing);
        QCOMPARE(step.totals.collectedMinor, qint64(0));
    }
}

void TestLectureDeck::counter_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("text");
    QTest::addRow("first") << 0 << 23 << QStringLiteral("1 / 23");
    QTest::addRow("seventh") << 6 << 23 << QStringLiteral("7 / 23");
    QTest::addRow("last") << 22 << 23 << QStringLiteral("23 / 23");
}

void TestLectureDeck::counter()
{
    QFETCH(int, index);
    QFETCH(int, count);
    QFETCH(QString, text);
    QCOMPARE(LectureDeck::counterText(index, count), text);
}

QTEST_GUILESS_MAIN(TestLectureDeck)
#include "tst_lecturedeck.moc"
