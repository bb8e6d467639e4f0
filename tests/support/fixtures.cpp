// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include <QtGlobal>

namespace Fixtures {

Decision trickyDecision()
{
    Decision d;
    d.id = QStringLiteral("zz-tricky-2024");
    d.country = QStringLiteral("NL");
    d.jurisdictionName = QStringLiteral("Netherlands");
    d.authority = QStringLiteral("<b>Autoriteit</b> \"Persoonsgegevens\", AP");
    d.authorityType = QStringLiteral("data protection authority");
    d.target = QStringLiteral("=HYPERLINK(\"https://evil.example\")");
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = QDate(2024, 5, 16);
    d.dateNotes = QStringLiteral("bell\a, escape \x1b[31m, tab\t, CRLF\r\nend");
    d.amount = Money { 750000050, QStringLiteral("GBP") };
    d.amountEur = Money { 892027907, QStringLiteral("EUR") };
    d.fxRateUsed = QStringLiteral("0.8467 GBP per EUR");
    d.amountIsMaximum = true;
    d.amountNotes = QStringLiteral("up to");
    d.includeInCumulativeFines = true;
    d.periodicPenalty.maxTotal = Money { 510000000, QStringLiteral("EUR") };
    d.periodicPenalty.instrument = QStringLiteral("dwangsom");
    d.periodicPenalty.liquidatedIn = QStringLiteral("fr-cnil-2022-fine");
    d.periodicPenalty.isMaximum = true;
    d.legalBasis.law = QStringLiteral("GDPR");
    d.legalBasis.provisionsViolated = { QStringLiteral("Art. 5"), QStringLiteral("Art. 9") };
    d.legalBasis.notes = QStringLiteral("notes");
    d.orders = { QStringLiteral("stop") };
    d.outcome = QStringLiteral("<script>alert('x')</script>");
    d.status = QStringLiteral("final");
    d.statusChanges
        = { StatusChange { QDate(2024, 6, 1), QStringLiteral("appealed"), false, QStringLiteral("fr-cnil-2022-fine"), QStringLiteral("n") } };
    d.relatedTo = { QStringLiteral("fr-cnil-2022-fine") };
    d.reference = QStringLiteral("z/2024;1");
    d.sources = { Source { QStringLiteral("https://example.org/a;b?c=d,e"), QStringLiteral("all"), {}, {}, {} },
        Source { {}, QStringLiteral("date"), QStringLiteral("Krant"), QStringLiteral("NRC"), QStringLiteral("nl") } };
    d.confidence = QStringLiteral("medium");
    d.facts = { QStringLiteral("Grèce \U0001F600"), QString(QChar(0x202e)) + QStringLiteral("reversed") };
    d.lowConfidenceDetails = { QStringLiteral("amount") };
    d.summary = QStringLiteral("@summary");
    // The French texts, as tricky: a formula, markup, a direction override.
    d.summaryFr = QStringLiteral("-résumé");
    d.outcomeFr = QStringLiteral("<script>alerte('x')</script>");
    d.ordersFr = { QStringLiteral("=cesser") };
    d.factsFr = { QStringLiteral("Grèce \U0001F600"), QString(QChar(0x202e)) + QStringLiteral("inversé") };
    return d;
}

Decision ukFine()
{
    Decision d;
    d.id = QStringLiteral("gb-ico-2022-fine");
    d.country = QStringLiteral("GB");
    d.jurisdictionName = QStringLiteral("United Kingdom");
    d.authority = QStringLiteral("Information Commissioner's Office");
    d.authorityType = QStringLiteral("data protection authority");
    d.target = QStringLiteral("Clearview AI Inc.");
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = QDate(2022, 5, 18);
    d.announceDate = QDate(2022, 5, 23);
    d.amount = Money { 755280000, QStringLiteral("GBP") };
    d.amountEur = Money { 892027900, QStringLiteral("EUR") };
    d.fxRateUsed = QStringLiteral("1 EUR = 0.84670 GBP");
    d.includeInCumulativeFines = true;
    d.status = QStringLiteral("contested");
    d.reference = QStringLiteral("COM0799810");
    d.relatedTo = { QStringLiteral("gb-ico-2021-provisional") };
    d.sources = { Source { QStringLiteral("https://ico.org.uk/action-weve-taken/enforcement/clearview-ai-inc-mpn/"),
        QStringLiteral("the fine"), {}, {}, {} } };
    return d;
}

Decision decision(const QString &id, const QString &country, const QString &authority, const QString &type,
    const QDate &date)
{
    Decision d;
    d.id = id;
    d.country = country;
    d.authority = authority;
    d.decisionType = type;
    d.decisionDate = date;
    d.sources = { Source { QStringLiteral("https://example.org/") + id, QStringLiteral("the decision"), {}, {}, {} } };
    return d;
}

const BundledData &bundled()
{
    static const BundledData data = [] {
        QString error;
        BundledData loaded = BundledData::load(&error);
        // Every test that uses the bundled data needs it: without it nothing it asserts would mean anything.
        if (!error.isEmpty())
            qFatal("the bundled data cannot be read: %s", qPrintable(error));
        return loaded;
    }();
    return data;
}

Decision bundledDecision(const QString &id)
{
    for (const Decision &d : bundled().decisions) {
        if (d.id == id)
            return d;
    }
    return {};
}

QList<Decision> readEdgeCases(const Decision &base)
{
    Decision every = base;
    every.id = QStringLiteral("zz-every-child");
    every.decisionDate = QDate(2022, 3, 1);
    every.announceDate = QDate(2022, 5, 1);
    every.timelineDateOverride = QDate(2021, 12, 31);
    every.legalBasis.provisionsViolated = { QStringLiteral("Art. 5(1)(a) GDPR"), QStringLiteral("Art. 6 GDPR") };
    every.orders = { QStringLiteral("stop"), QStringLiteral("delete") };
    every.facts = { QStringLiteral("first fact"), QStringLiteral("second fact") };
    // The French texts: two columns and two kinds of child rows that every reader must merge like the English ones.
    every.ordersFr = { QStringLiteral("cesser"), QStringLiteral("supprimer") };
    every.factsFr = { QStringLiteral("premier fait"), QStringLiteral("second fait") };
    every.outcomeFr = QStringLiteral("non payée");
    every.summaryFr = QStringLiteral("résumé");
    every.lowConfidenceDetails = { QStringLiteral("date uncertain") };
    every.sources = { { QStringLiteral("https://example.org/a"), QStringLiteral("the fine"), QStringLiteral("A"),
                          QStringLiteral("P"), QStringLiteral("en") },
        { QStringLiteral("https://example.org/b"), {}, {}, {}, {} } };
    every.relatedTo = { QStringLiteral("aa-no-child"), QStringLiteral("mm-announced-only") };
    every.statusChanges = { { QDate(2023, 1, 1), QStringLiteral("annulled"), false, QStringLiteral("aa-no-child"),
                                QStringLiteral("set aside") },
        { QDate(2024, 1, 1), QStringLiteral("reinstated"), true, {}, {} } };
    every.periodicPenalty.perDay = Money { 10000, QStringLiteral("EUR") };
    every.periodicPenalty.maxTotal = Money { 1000000, QStringLiteral("EUR") };
    every.periodicPenalty.starts = QStringLiteral("after two months");

    Decision none = base;
    none.id = QStringLiteral("aa-no-child");
    none.decisionDate = QDate(2021, 12, 31);
    none.announceDate = QDate();
    none.timelineDateOverride = QDate();
    none.legalBasis.provisionsViolated.clear();
    none.orders.clear();
    none.ordersFr.clear();
    none.facts.clear();
    none.factsFr.clear();
    none.lowConfidenceDetails.clear();
    none.sources.clear();
    none.relatedTo.clear();
    none.statusChanges.clear();
    none.periodicPenalty = {};

    Decision announced = none;
    announced.id = QStringLiteral("mm-announced-only");
    announced.decisionDate = QDate();
    announced.announceDate = QDate(2020, 6, 1);
    announced.sources = { { QStringLiteral("https://example.org/c"), {}, {}, {}, {} } };

    // Same day as `none`: "Z" (0x5A) sorts before "a" in bytes, "é" (0xC3 0xA9) after every ASCII letter.
    Decision upper = none;
    upper.id = QStringLiteral("Zz-upper");
    Decision accented = none;
    accented.id = QStringLiteral("\u00e9-accented");
    accented.target = QStringLiteral("Soci\u00e9t\u00e9 g\u00e9n\u00e9rale");
    return { every, none, announced, upper, accented };
}

} // namespace Fixtures
