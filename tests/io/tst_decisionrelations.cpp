// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionrelations.h"

#include <QTest>

namespace {

Decision decision(const char *id)
{
    Decision d;
    d.id = QString::fromLatin1(id);
    return d;
}

QStringList idsOf(const QList<Decision> &decisions)
{
    QStringList ids;
    for (const Decision &d : decisions)
        ids.append(d.id);
    return ids;
}

// A fine related to its notice, set aside by an appeal it does not list, its penalty liquidated by a later
// decision, and a press report that lists the fine; plus one decision unrelated to it.
QList<Decision> chain()
{
    Decision fine = decision("fine");
    fine.relatedTo = { QStringLiteral("notice"), QStringLiteral("missing") };
    fine.statusChanges = { { QDate(2023, 1, 1), QStringLiteral("set_aside"), false, QStringLiteral("appeal"), {} } };
    fine.periodicPenalty.liquidatedIn = QStringLiteral("penalty");
    Decision appeal = decision("appeal");
    Decision penalty = decision("penalty");
    Decision notice = decision("notice");
    Decision later = decision("later");
    later.relatedTo = { QStringLiteral("fine") };
    Decision reinstatement = decision("reinstatement");
    reinstatement.statusChanges
        = { { QDate(2024, 1, 1), QStringLiteral("restored"), true, QStringLiteral("fine"), {} } };
    Decision liquidation = decision("liquidation");
    liquidation.periodicPenalty.liquidatedIn = QStringLiteral("fine");
    return { later, appeal, fine, decision("other"), penalty, notice, reinstatement, liquidation };
}

const Decision &byId(const QList<Decision> &all, const char *id)
{
    return *std::find_if(all.cbegin(), all.cend(), [id](const Decision &d) { return d.id == QLatin1String(id); });
}

} // namespace

class TestDecisionRelations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void references_nameEachIdWithItsField();
    void namedIds_leaveOutRepeatsEmptiesAndItself();
    void related_givesBothDirectionsThroughEveryField_data();
    void related_givesBothDirectionsThroughEveryField();
    void namedBy_findsEveryKindOfReference();
};

void TestDecisionRelations::references_nameEachIdWithItsField()
{
    Decision d = byId(chain(), "fine");
    d.statusChanges.append({ QDate(2025, 1, 1), QStringLiteral("restored"), true, {}, {} });
    d.statusChanges.append({ QDate(2026, 1, 1), QStringLiteral("final"), true, QStringLiteral("court"), {} });
    const QList<DecisionRelations::Reference> expected = { { QStringLiteral("related_to"), QStringLiteral("notice") },
        { QStringLiteral("related_to"), QStringLiteral("missing") },
        { QStringLiteral("status_changes[0].by"), QStringLiteral("appeal") },
        { QStringLiteral("status_changes[2].by"), QStringLiteral("court") },
        { QStringLiteral("periodic_penalty.liquidated_in"), QStringLiteral("penalty") } };
    QCOMPARE(DecisionRelations::references(d), expected);
}

void TestDecisionRelations::namedIds_leaveOutRepeatsEmptiesAndItself()
{
    Decision d = decision("self");
    d.relatedTo = { QStringLiteral("a"), QStringLiteral("self"), QString(), QStringLiteral("b") };
    d.statusChanges = { { QDate(2023, 1, 1), QStringLiteral("set_aside"), false, QStringLiteral("a"), {} } };
    d.periodicPenalty.liquidatedIn = QStringLiteral("c");
    QCOMPARE(DecisionRelations::namedIds(d),
        (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    QVERIFY(DecisionRelations::names(d, QStringLiteral("c")));
    QVERIFY(!DecisionRelations::names(d, QString()));
}

void TestDecisionRelations::related_givesBothDirectionsThroughEveryField_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("related");

    // Named ones in the order the decision names them (unknown ids left out), then those naming it.
    QTest::addRow("the fine: notice, appeal, penalty, then later, reinstatement, liquidation")
        << QStringLiteral("fine")
        << QStringList { QStringLiteral("notice"), QStringLiteral("appeal"), QStringLiteral("penalty"),
               QStringLiteral("later"), QStringLiteral("reinstatement"), QStringLiteral("liquidation") };
    QTest::addRow("the appeal, named only in a status change")
        << QStringLiteral("appeal") << QStringList { QStringLiteral("fine") };
    QTest::addRow("the penalty, named only as liquidated_in")
        << QStringLiteral("penalty") << QStringList { QStringLiteral("fine") };
    QTest::addRow("the reinstatement names the fine by status change")
        << QStringLiteral("reinstatement") << QStringList { QStringLiteral("fine") };
    QTest::addRow("unrelated") << QStringLiteral("other") << QStringList();
}

void TestDecisionRelations::related_givesBothDirectionsThroughEveryField()
{
    QFETCH(QString, id);
    QFETCH(QStringList, related);
    const QList<Decision> all = chain();
    const Decision &d = byId(all, id.toLatin1().constData());
    QCOMPARE(idsOf(DecisionRelations::related(d, all)), related);
}

void TestDecisionRelations::namedBy_findsEveryKindOfReference()
{
    const QList<Decision> all = chain();
    QCOMPARE(DecisionRelations::namedBy(QStringLiteral("fine"), all),
        (QStringList { QStringLiteral("later"), QStringLiteral("reinstatement"), QStringLiteral("liquidation") }));
    QCOMPARE(DecisionRelations::namedBy(QStringLiteral("appeal"), all), QStringList { QStringLiteral("fine") });
    QCOMPARE(DecisionRelations::namedBy(QStringLiteral("other"), all), QStringList());
}

QTEST_GUILESS_MAIN(TestDecisionRelations)
#include "tst_decisionrelations.moc"
