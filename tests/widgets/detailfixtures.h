// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detailtexts.h"

#include <QList>
#include <QString>
#include <QStringList>

// The decisions the detail-panel tests show, and how they find a text's section in what the panel shows.
namespace DetailFixtures {

using DetailTexts::makeDecision;

// A decision with every field set to a distinct text, so each can be looked for in the panel.
inline Decision fullDecision()
{
    Decision d = makeDecision(QStringLiteral("zz-test-2022-fine"), QStringLiteral("Test Authority of Records"),
        QStringLiteral("fine"), QDate(2022, 10, 17));
    d.jurisdictionName = QStringLiteral("Île-de-France region");
    d.authorityType = QStringLiteral("data protection authority");
    d.target = QStringLiteral("Example Target Inc.");
    d.announceDate = QDate(2022, 10, 20);
    d.dateNotes = QStringLiteral("Hearing held on 13 Oct 2022.");
    d.amount = Money { 755280000, QStringLiteral("GBP") };
    d.amountEur = Money { 892027900, QStringLiteral("EUR") };
    d.fxRateUsed = QStringLiteral("ECB reference rate 18 May 2022: 1 EUR = 0.84670 GBP");
    d.amountIsMaximum = true;
    d.amountNotes = QStringLiteral("Reduced from the provisional figure.");
    d.includeInCumulativeFines = true;
    d.periodicPenalty.perDay = Money { 10000000, QStringLiteral("EUR") };
    d.periodicPenalty.maxTotal = Money { 510000000, QStringLiteral("EUR") };
    d.periodicPenalty.starts = QStringLiteral("after a two-month compliance period");
    d.periodicPenalty.instrument = QStringLiteral("astreinte under the national act");
    d.periodicPenalty.liquidatedIn = QStringLiteral("zz-test-2023-penalty");
    d.legalBasis.law = QStringLiteral("GDPR; national data protection act");
    d.legalBasis.provisionsViolated = { QStringLiteral("Art. 9 (biometric data)"), QStringLiteral("Art. 6(1)") };
    d.legalBasis.notes = QStringLiteral("Lead authority question left open.");
    d.orders = { QStringLiteral("Stop collecting data"), QStringLiteral("Delete the data within two months") };
    d.outcome = QStringLiteral("Not paid as of the last report.");
    d.status = QStringLiteral("contested_remitted");
    d.statusChanges = { { QDate(2023, 10, 17), QStringLiteral("set_aside"), false,
        QStringLiteral("zz-test-2023-appeal"), QStringLiteral("Tribunal allowed the appeal.") } };
    d.relatedTo = { QStringLiteral("zz-test-2021-notice"), QStringLiteral("zz-missing-id") };
    d.reference = QStringLiteral("Délibération SAN-2022-019");
    d.sources = { { QStringLiteral("https://example.org/decision?id=1&lang=fr"), QStringLiteral("Official text"), {},
                      {}, {} },
        { {}, QStringLiteral("Press report of the fine"), QStringLiteral("Une amende record"),
            QStringLiteral("Le Quotidien"), QStringLiteral("fr") } };
    d.confidence = QStringLiteral("medium");
    d.facts = { QStringLiteral("The database held 20 billion images.") };
    d.lowConfidenceDetails = { QStringLiteral("Signature date not verified.") };
    d.summary = QStringLiteral("Imported summary text.");
    return d;
}

inline QList<Decision> relatedDecisions()
{
    const QString authority = QStringLiteral("Test Authority of Records");
    Decision appeal = makeDecision(QStringLiteral("zz-test-2023-appeal"), QStringLiteral("Test Tribunal"),
        QStringLiteral("appeal_ruling"), QDate(2023, 10, 17));
    return { makeDecision(QStringLiteral("zz-test-2023-penalty"), authority, QStringLiteral("penalty_payment"),
                 QDate(2023, 4, 13)),
        makeDecision(
            QStringLiteral("zz-test-2021-notice"), authority, QStringLiteral("formal_notice"), QDate(2021, 11, 26)),
        appeal };
}

inline const QStringList SectionTitles = { QStringLiteral("Caveats"), QStringLiteral("Dates"), QStringLiteral("Target"),
    QStringLiteral("Money"), QStringLiteral("Periodic penalty"), QStringLiteral("Legal basis"),
    QStringLiteral("Notes on the legal basis"), QStringLiteral("Orders"), QStringLiteral("Outcome"),
    QStringLiteral("Status"), QStringLiteral("Facts"), QStringLiteral("Summary"), QStringLiteral("Related decisions"),
    QStringLiteral("Reference"), QStringLiteral("Sources"), QStringLiteral("Confidence") };

// The section heading above the first line containing `needle`, or an empty string.
inline QString sectionOf(const QString &plainText, const QString &needle)
{
    const QStringList lines = plainText.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).contains(needle))
            continue;
        for (qsizetype j = i - 1; j >= 0; --j) {
            if (SectionTitles.contains(lines.at(j).trimmed()))
                return lines.at(j).trimmed();
        }
        return {};
    }
    return {};
}

} // namespace DetailFixtures
