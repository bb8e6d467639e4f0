// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// An edit that knows no French (the form) and the French texts it leaves behind: which ones become stale.
#include "frenchtexts.h"

#include <QTest>
#include <functional>

namespace {

// A decision translated in full: two orders, an outcome, two facts, a summary.
Decision translated()
{
    Decision d;
    d.id = QStringLiteral("fr-cnil-2022-fine");
    d.orders = { QStringLiteral("Stop collecting"), QStringLiteral("Delete the data") };
    d.ordersFr = { QStringLiteral("Cesser la collecte"), QStringLiteral("Supprimer les données") };
    d.outcome = QStringLiteral("Not paid.");
    d.outcomeFr = QStringLiteral("Non payée.");
    d.facts = { QStringLiteral("20 billion images"), QStringLiteral("No EU establishment") };
    d.factsFr = { QStringLiteral("20 milliards d'images"), QStringLiteral("Aucun établissement dans l'UE") };
    d.summary = QStringLiteral("Fined EUR 20 million.");
    d.summaryFr = QStringLiteral("Sanctionnée de 20 millions d'euros.");
    return d;
}

} // namespace

using Edit = std::function<void(Decision &)>;
Q_DECLARE_METATYPE(Edit)

class TestFrenchTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutStaleTranslations_dropsOnlyWhatTheEditLeftBehind_data();
    void withoutStaleTranslations_dropsOnlyWhatTheEditLeftBehind();
};

void TestFrenchTexts::withoutStaleTranslations_dropsOnlyWhatTheEditLeftBehind_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("dropped"); // the French texts the result no longer has

    QTest::newRow("nothing changed") << Edit([](Decision &) {}) << QStringList();
    QTest::newRow("another field changed")
        << Edit([](Decision &d) { d.reference = QStringLiteral("SAN-2022-019"); }) << QStringList();
    QTest::newRow("a fact added") << Edit([](Decision &d) { d.facts.append(QStringLiteral("Unpaid")); })
                                  << QStringList { QStringLiteral("facts") };
    QTest::newRow("a fact removed") << Edit([](Decision &d) { d.facts.removeLast(); })
                                    << QStringList { QStringLiteral("facts") };
    QTest::newRow("a fact reworded, as many as before")
        << Edit([](Decision &d) { d.facts[0] = QStringLiteral("More than 20 billion images"); })
        << QStringList { QStringLiteral("facts") };
    QTest::newRow("orders reordered") << Edit([](Decision &d) { d.orders.swapItemsAt(0, 1); })
                                      << QStringList { QStringLiteral("orders") };
    QTest::newRow("outcome rewritten") << Edit([](Decision &d) { d.outcome = QStringLiteral("Paid in 2026."); })
                                       << QStringList { QStringLiteral("outcome") };
    QTest::newRow("summary emptied") << Edit([](Decision &d) { d.summary.clear(); })
                                     << QStringList { QStringLiteral("summary") };
    QTest::newRow("outcome and facts changed, orders kept") << Edit([](Decision &d) {
        d.outcome = QStringLiteral("Paid.");
        d.facts.clear();
    }) << QStringList { QStringLiteral("outcome"), QStringLiteral("facts") };
    // An edit that writes the French too keeps what it wrote.
    QTest::newRow("English and French outcome changed together") << Edit([](Decision &d) {
        d.outcome = QStringLiteral("Paid.");
        d.outcomeFr = QStringLiteral("Payée.");
    }) << QStringList();
    QTest::newRow("French alone changed")
        << Edit([](Decision &d) { d.factsFr[1] = QStringLiteral("Sans établissement"); }) << QStringList();
}

void TestFrenchTexts::withoutStaleTranslations_dropsOnlyWhatTheEditLeftBehind()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, dropped);
    const Decision before = translated();
    Decision edited = before;
    edit(edited);

    const Decision result = FrenchTexts::withoutStaleTranslations(before, edited);
    // Only French texts go; the English and everything else are the edit's.
    Decision expected = edited;
    if (dropped.contains(QStringLiteral("orders")))
        expected.ordersFr.clear();
    if (dropped.contains(QStringLiteral("outcome")))
        expected.outcomeFr.clear();
    if (dropped.contains(QStringLiteral("facts")))
        expected.factsFr.clear();
    if (dropped.contains(QStringLiteral("summary")))
        expected.summaryFr.clear();
    QCOMPARE(result.ordersFr, expected.ordersFr);
    QCOMPARE(result.outcomeFr, expected.outcomeFr);
    QCOMPARE(result.factsFr, expected.factsFr);
    QCOMPARE(result.summaryFr, expected.summaryFr);
    QVERIFY(result == expected);
    // A dropped list was a full translation before the edit: nothing empty is reported as dropped.
    for (const QString &field : dropped) {
        const bool hadFrench = field == QLatin1String("orders") ? !before.ordersFr.isEmpty()
            : field == QLatin1String("outcome")                 ? !before.outcomeFr.isEmpty()
            : field == QLatin1String("facts")                   ? !before.factsFr.isEmpty()
                                                                : !before.summaryFr.isEmpty();
        QVERIFY2(hadFrench, qPrintable(field));
    }
}

QTEST_GUILESS_MAIN(TestFrenchTexts)
#include "tst_frenchtexts.moc"
