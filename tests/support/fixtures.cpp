// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include <QtGlobal>

namespace Fixtures {

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

} // namespace Fixtures
