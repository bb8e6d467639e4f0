// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The detail panel with decisions as the database holds them: the bundled records, and the decisions related to
// one through DecisionRelations, the definition the main window uses.
#include "bundleddata.h"
#include "decision.h"
#include "decisionrelations.h"
#include "detailpanel.h"
#include "detailtexts.h"
#include "gdprarticles.h"
#include "money.h"

#include <QTest>
#include <algorithm>

using DetailTexts::makeDecision;
using DetailTexts::money;
using DetailTexts::normalised;

namespace {

const QLocale English = DetailTexts::english();

// A fine that lists no relation at all, set aside by an appeal and with its penalty liquidated later: it names
// both only in its status history and its penalty. A press report lists the fine in related_to.
QList<Decision> fineNamingOthersOutsideRelatedTo()
{
    const QString authority = QStringLiteral("Test Authority of Records");
    Decision fine = makeDecision(QStringLiteral("zz-fine"), authority, QStringLiteral("fine"), QDate(2022, 10, 17));
    fine.statusChanges
        = { { QDate(2023, 10, 17), QStringLiteral("set_aside"), false, QStringLiteral("zz-appeal"), {} } };
    fine.periodicPenalty.perDay = Money { 10000000, QStringLiteral("EUR") };
    fine.periodicPenalty.liquidatedIn = QStringLiteral("zz-penalty");
    return { makeDecision(QStringLiteral("zz-appeal"), QStringLiteral("Test Tribunal"), QStringLiteral("appeal_ruling"),
                 QDate(2023, 10, 17)),
        fine,
        makeDecision(QStringLiteral("zz-penalty"), authority, QStringLiteral("penalty_payment"), QDate(2023, 4, 13)) };
}

} // namespace

class TestDetailRecords : public QObject
{
    Q_OBJECT

private:
    QString shown(DetailPanel &panel) { return normalised(panel.plainText()); }

private Q_SLOTS:
    void relationOutsideRelatedTo_isShownAsTheDecision_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        const QString fine = QStringLiteral("zz-fine");
        QTest::addRow("the ruling of a status change")
            << fine << QStringLiteral("17 Oct 2023: set aside (not standing) by 17 Oct 2023 · Test Tribunal · ");
        QTest::addRow("the decision liquidating the penalty")
            << fine << QStringLiteral("Liquidated in: 13 Apr 2023 · Test Authority of Records · ");
        QTest::addRow("the fine, from the appeal that set it aside")
            << QStringLiteral("zz-appeal") << QStringLiteral("17 Oct 2022 · Test Authority of Records · ");
        QTest::addRow("the fine, from the penalty decision")
            << QStringLiteral("zz-penalty") << QStringLiteral("17 Oct 2022 · Test Authority of Records · ");
    }

    // The bug of issue 11: a status change whose `by` id was in the database but not in related_to showed as
    // "(not in the database)".
    void relationOutsideRelatedTo_isShownAsTheDecision()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        const QList<Decision> all = fineNamingOthersOutsideRelatedTo();
        const auto it = std::find_if(all.cbegin(), all.cend(), [&id](const Decision &d) { return d.id == id; });
        QVERIFY(it != all.cend());
        DetailPanel panel;
        panel.setLocale(English);
        panel.setDecision(*it, DecisionRelations::related(*it, all));
        QVERIFY2(shown(panel).contains(expected), qPrintable(shown(panel)));
        QVERIFY2(!shown(panel).contains(QLatin1String("(not in the database)")), qPrintable(shown(panel)));
    }

    void bundledRecord_showsItsDetails_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        const QString cnil = QStringLiteral("fr-cnil-2022-fine");
        QTest::addRow("CNIL fine: heading") << cnil << QStringLiteral("France (FR)");
        QTest::addRow("CNIL fine: amount") << cnil << QStringLiteral("Amount: ") + money(2000000000, "EUR");
        QTest::addRow("CNIL fine: penalty per day") << cnil << QStringLiteral("Per day: ") + money(10000000, "EUR");
        QTest::addRow("CNIL fine: liquidated in") << cnil << QStringLiteral("Liquidated in: 13 Apr 2023 · Commission");
        QTest::addRow("CNIL fine: GDPR Art. 31 title") << cnil << QStringLiteral("Art. 31: ") + GdprArticles::title(31);
        QTest::addRow("CNIL fine: status") << cnil << QStringLiteral("Status: final unpaid");
        QTest::addRow("CNIL fine: reference") << cnil << QStringLiteral("Délibération SAN-2022-019");
        QTest::addRow("CNIL fine: press source without url")
            << cnil << QStringLiteral("Reconnaissance faciale par IA : la CNIL fait face !");
        const QString ico = QStringLiteral("gb-ico-2022-fine");
        QTest::addRow("ICO fine: euro equivalent")
            << ico << QStringLiteral("Euro equivalent: ") + money(892027900, "EUR");
        QTest::addRow("ICO fine: status history")
            << ico << QStringLiteral("17 Oct 2023: set aside (not standing) by 17 Oct 2023");
        QTest::addRow("Dutch AP: signature date caveat beside dates")
            << QStringLiteral("nl-ap-2024-fine") << QStringLiteral("⚠ Uncertain: Decision (signature) date");
        // Records of the research update of 2 Dec 2026.
        const QString renderos = QStringLiteral("us-ca-2025-renderos-appeal");
        QTest::addRow("Renderos appeal: medium confidence")
            << renderos << QStringLiteral("⚠ Medium confidence: this record rests on a single source.");
        QTest::addRow("Renderos appeal: outcome unknown, not guessed")
            << renderos << QStringLiteral("⚠ Uncertain: Outcome of the appeal unknown.");
        QTest::addRow("Renderos appeal: status") << renderos << QStringLiteral("Status: outcome not found");
        QTest::addRow("Renderos appeal: date caveat")
            << renderos << QStringLiteral("⚠ Uncertain: Single copy of the opinion; no second source for the filing");
        QTest::addRow("Renderos appeal: date notes")
            << renderos << QStringLiteral("Opinion filed 22 May 2025; not certified for publication.");
        QTest::addRow("Spanish court: date notes")
            << QStringLiteral("es-an-2024-aepd-competence")
            << QStringLiteral("GDPRhub gives 27 Jun 2024 (an earlier GDPRhub revision showed 12 Jul 2024");
        const QString bc = QStringLiteral("ca-bc-2021-order");
        QTest::addRow("BC order: upheld on appeal in its history")
            << bc << QStringLiteral("18 Feb 2026: upheld on appeal (standing) by 18 Feb 2026");
        QTest::addRow("BC order: single-source order number beside the reference")
            << bc << QStringLiteral("⚠ Uncertain: Order number P21-08 from a single law-firm source");
        QTest::addRow("Austrian order: ban refusal overturned in its history")
            << QStringLiteral("at-dsb-2023-order")
            << QStringLiteral("28 Jan 2025: ban refusal overturned remitted (standing) by 28 Jan 2025");
    }

    void bundledRecord_showsItsDetails()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        QString error;
        const BundledData data = BundledData::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto it = std::find_if(
            data.decisions.cbegin(), data.decisions.cend(), [&id](const Decision &d) { return d.id == id; });
        QVERIFY(it != data.decisions.cend());
        DetailPanel panel;
        panel.setLocale(English);
        panel.setDecision(*it, DecisionRelations::related(*it, data.decisions));
        QVERIFY2(shown(panel).contains(expected), qPrintable(shown(panel)));
    }
};

QTEST_MAIN(TestDetailRecords)
#include "tst_detailrecords.moc"
