// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionmerge.h"
#include "fixtures.h"

#include <QTest>

// Two edits of one decision from the same version: the fields shown in the conflict dialog, and the decision a
// merge saves.
class TestDecisionMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void differences_data();
    void differences();
    void defaultFromMine_takesWhatTheUserChanged();
    void merged_data();
    void merged();
    void merged_keepsTheirVersionAndFlags();
};

namespace {

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromLatin1(item));
    return out;
}

// Applies one named edit to `d`.
Decision edited(Decision d, const QString &edit)
{
    if (edit == QLatin1String("summary A"))
        d.summary = QStringLiteral("summary A");
    else if (edit == QLatin1String("summary B"))
        d.summary = QStringLiteral("summary B");
    else if (edit == QLatin1String("amount"))
        d.amount = Money { 100, QStringLiteral("GBP") };
    else if (edit == QLatin1String("target"))
        d.target = QStringLiteral("Clearview AI, Inc. (Delaware)");
    else if (edit == QLatin1String("date"))
        d.decisionDate = QDate(2022, 5, 20);
    else if (edit == QLatin1String("no reference"))
        d.reference.clear();
    return d;
}

Decision editedBy(const QStringList &edits)
{
    Decision d = Fixtures::ukFine();
    for (const QString &e : edits)
        d = edited(d, e);
    return d;
}

} // namespace

void TestDecisionMerge::differences_data()
{
    QTest::addColumn<QStringList>("theirEdits");
    QTest::addColumn<QStringList>("myEdits");
    // "field:them|me|both" for each field listed, in order.
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("different fields") << L({ "amount" }) << L({ "summary A" })
                                      << L({ "amount:them", "summary:me" });
    QTest::newRow("same field, different values")
        << L({ "summary A" }) << L({ "summary B" }) << L({ "summary:both" });
    QTest::newRow("same field, same value") << L({ "summary A" }) << L({ "summary A" })
                                            << L({});
    QTest::newRow("same edit plus one of mine") << L({ "target" }) << L({ "target", "amount" })
                                                << L({ "amount:me" });
    QTest::newRow("a field emptied by me") << L({ "summary A" }) << L({ "no reference" })
                                           << L({ "reference:me", "summary:them" });
    QTest::newRow("a date: timeline_date not listed beside it")
        << L({}) << L({ "date" }) << L({ "decision_date:me" });
}

void TestDecisionMerge::differences()
{
    QFETCH(QStringList, theirEdits);
    QFETCH(QStringList, myEdits);
    QFETCH(QStringList, expected);
    const Decision base = Fixtures::ukFine();
    const QList<DecisionMerge::Field> fields
        = DecisionMerge::differences(base, editedBy(theirEdits), editedBy(myEdits));
    QStringList actual;
    for (const DecisionMerge::Field &f : fields) {
        const QString side = f.changedByThem && f.changedByMe ? QStringLiteral("both")
            : f.changedByThem                                 ? QStringLiteral("them")
            : f.changedByMe                                   ? QStringLiteral("me")
                                                              : QStringLiteral("neither");
        actual.append(f.field + QLatin1Char(':') + side);
    }
    QCOMPARE(actual, expected);
}

void TestDecisionMerge::defaultFromMine_takesWhatTheUserChanged()
{
    const Decision base = Fixtures::ukFine();
    const QList<DecisionMerge::Field> fields = DecisionMerge::differences(
        base, editedBy(L({ "amount", "summary A" })), editedBy(L({ "target", "summary B" })));
    QCOMPARE(fields.size(), 3);
    const DecisionMerge::Field &summary = fields.at(1);
    QCOMPARE(summary.field, QStringLiteral("summary"));
    QCOMPARE(summary.base, QString());
    QCOMPARE(summary.theirs, QStringLiteral("summary A"));
    QCOMPARE(summary.mine, QStringLiteral("summary B"));
    const DecisionMerge::Field &amount = fields.at(0);
    QCOMPARE(amount.base, QStringLiteral("7552800"));
    QCOMPARE(amount.theirs, QStringLiteral("1"));
    QCOMPARE(amount.mine, QStringLiteral("7552800"));
    QCOMPARE(DecisionMerge::defaultFromMine(fields), (QSet<QString> { QStringLiteral("summary"), QStringLiteral("target") }));
}

void TestDecisionMerge::merged_data()
{
    QTest::addColumn<QStringList>("fromMine");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<bool>("theirAmount");
    QTest::addColumn<bool>("myTarget");

    QTest::newRow("nothing of mine") << L({}) << QStringLiteral("summary A") << true << false;
    QTest::newRow("the defaults") << L({ "summary", "target" }) << QStringLiteral("summary B") << true << true;
    QTest::newRow("their summary, my target") << L({ "target" }) << QStringLiteral("summary A") << true << true;
    QTest::newRow("everything of mine")
        << L({ "summary", "target", "amount" }) << QStringLiteral("summary B") << false << true;
}

void TestDecisionMerge::merged()
{
    QFETCH(QStringList, fromMine);
    QFETCH(QString, summary);
    QFETCH(bool, theirAmount);
    QFETCH(bool, myTarget);
    const Decision theirs = editedBy(L({ "amount", "summary A" }));
    const Decision mine = editedBy(L({ "target", "summary B" }));
    QStringList errors;
    const Decision out
        = DecisionMerge::merged(theirs, mine, QSet<QString>(fromMine.cbegin(), fromMine.cend()), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(out.summary, summary);
    QCOMPARE(out.amount, theirAmount ? theirs.amount : mine.amount);
    QCOMPARE(out.target, myTarget ? mine.target : theirs.target);
    // Fields neither side changed are the base's.
    QCOMPARE(out.reference, Fixtures::ukFine().reference);
    QCOMPARE(out.sources, Fixtures::ukFine().sources);
}

void TestDecisionMerge::merged_keepsTheirVersionAndFlags()
{
    Decision theirs = editedBy(L({ "amount" }));
    theirs.rowVersion = 7;
    theirs.userModified = true;
    Decision mine = editedBy(L({ "date" }));
    mine.rowVersion = 3;
    mine.timelineDateOverride = QDate(2022, 6, 1);
    QStringList errors;
    const Decision out = DecisionMerge::merged(theirs, mine, { QStringLiteral("decision_date") }, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(out.rowVersion, qint64(7));
    QVERIFY(out.userModified);
    QCOMPARE(out.decisionDate, QDate(2022, 5, 20));
    // The plotting date goes with the date it follows.
    QCOMPARE(out.timelineDateOverride, QDate(2022, 6, 1));
    QCOMPARE(out.amount, theirs.amount);
}

QTEST_GUILESS_MAIN(TestDecisionMerge)
#include "tst_decisionmerge.moc"
