// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticdecisions.h"

#include <QHash>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace {

struct TypeShare
{
    const char *type;
    int weight; // per thousand
};

// Roughly the mix of a national enforcement record: fines, orders and court rulings dominate.
constexpr TypeShare typeShares[] = {
    { "fine", 220 },
    { "order", 150 },
    { "court_ruling", 120 },
    { "reprimand", 120 },
    { "formal_notice", 100 },
    { "finding", 80 },
    { "appeal_ruling", 50 },
    { "penalty_payment", 40 },
    { "settlement", 40 },
    { "provisional_notice", 40 },
    { "criminal_complaint", 40 },
};

const char *const countries[] = { "FR", "DE", "IT", "ES", "NL", "GB", "SE", "AT", "BE", "IE", "PL", "DK", "FI", "GR",
    "PT", "CZ", "HU", "RO", "BG", "HR", "SI", "SK", "LT", "LV", "EE", "LU", "MT", "CY", "US", "CA" };
constexpr int countryCount = int(std::size(countries));

QString pickType(QRandomGenerator &random)
{
    int roll = int(random.bounded(1000));
    for (const TypeShare &share : typeShares) {
        if (roll < share.weight)
            return QString::fromLatin1(share.type);
        roll -= share.weight;
    }
    return QStringLiteral("order");
}

// Log-uniform between `low` and `high` euros, in cents: most fines are small, a few are very large.
qint64 logUniformCents(QRandomGenerator &random, double low, double high)
{
    const double exponent = std::log(low) + random.generateDouble() * (std::log(high) - std::log(low));
    return qint64(std::round(std::exp(exponent))) * 100;
}

} // namespace

QList<Decision> SyntheticDecisions::generate(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    // Unequal activity: the first countries decide far more often than the last.
    QList<double> cumulative;
    double total = 0;
    for (int c = 0; c < countryCount; ++c) {
        total += 1.0 / std::pow(c + 1, 0.8);
        cumulative << total;
    }

    const QDate start(2010, 1, 1);
    const qint64 days = start.daysTo(QDate(2024, 12, 31));
    QList<qint64> offsets(count);
    for (qint64 &offset : offsets) {
        // The square root of a uniform draw leans towards later years, as enforcement grew.
        offset = qint64(std::sqrt(random.generateDouble()) * double(days));
    }
    std::sort(offsets.begin(), offsets.end());

    QList<Decision> decisions;
    decisions.reserve(count);
    QHash<QString, QList<int>> byCountry;
    QHash<QString, int> indexById;
    for (int i = 0; i < count; ++i) {
        Decision d;
        const double roll = random.generateDouble() * total;
        const int c = int(std::lower_bound(cumulative.cbegin(), cumulative.cend(), roll) - cumulative.cbegin());
        d.country = QString::fromLatin1(countries[qMin(c, countryCount - 1)]);
        d.id = QStringLiteral("%1-synthetic-%2").arg(d.country.toLower()).arg(i);
        d.decisionType = pickType(random);
        d.decisionDate = start.addDays(offsets.at(i));
        d.announceDate = d.decisionDate.addDays(random.bounded(0, 60));
        d.target = random.bounded(10) < 8 ? QStringLiteral("Example Corp.") : QStringLiteral("A public body");
        const int authority = int(random.bounded(3));
        if (d.decisionType == QLatin1String("court_ruling"))
            d.authority = QStringLiteral("Administrative Court of %1").arg(d.country);
        else if (d.decisionType == QLatin1String("appeal_ruling"))
            d.authority = QStringLiteral("Court of Appeal of %1").arg(d.country);
        else
            d.authority = QStringLiteral("Data Protection Authority %1 (DPA-%2%3)")
                              .arg(authority)
                              .arg(d.country)
                              .arg(authority);

        if (d.decisionType == QLatin1String("fine") || d.decisionType == QLatin1String("penalty_payment")) {
            const qint64 eur = d.decisionType == QLatin1String("fine") ? logUniformCents(random, 1000, 5e7)
                                                                       : logUniformCents(random, 500, 1e7);
            d.amountEur = Money { eur, QStringLiteral("EUR") };
            if (random.bounded(100) < 15) {
                // Some in other currencies, converted at a fixed rate the way the records store it.
                d.amount = Money { qint64(double(eur) * 0.85), QStringLiteral("GBP") };
                d.fxRateUsed = QStringLiteral("0.85 (synthetic)");
            } else {
                d.amount = d.amountEur;
            }
            d.includeInCumulativeFines = true;
        }
        const int ordersRoll = int(random.bounded(100));
        if (ordersRoll < 10)
            d.orders << QStringLiteral("Comply within %1 months").arg(1 + random.bounded(6));
        else if (ordersRoll < 13)
            d.orders << QStringLiteral("No processing of such data for five years");
        else if (ordersRoll < 15)
            d.orders
                << QStringLiteral("Delete the data by %1")
                       .arg(d.decisionDate.addDays(30 + random.bounded(120)).toString(QStringLiteral("d MMM yyyy")));
        else if (ordersRoll < 40)
            d.orders << QStringLiteral("Stop the processing") << QStringLiteral("Inform the data subjects");

        const int statusRoll = int(random.bounded(100));
        if (statusRoll < 4) {
            d.status = QStringLiteral("annulled_on_appeal");
            d.statusChanges << StatusChange { d.decisionDate.addDays(200), QStringLiteral("annulled"), false, {}, {} };
        } else if (statusRoll < 7) {
            d.status = QStringLiteral("contested_appealed");
        } else {
            d.status = QStringLiteral("final");
        }

        // About a third follow from an earlier decision in the same country, a few from one abroad.
        QList<int> &earlier = byCountry[d.country];
        const int relationRoll = int(random.bounded(100));
        if (relationRoll < 30 && !earlier.isEmpty()) {
            const int back = int(random.bounded(qMin<qsizetype>(earlier.size(), 20)));
            d.relatedTo << decisions.at(earlier.at(earlier.size() - 1 - back)).id;
        } else if (relationRoll < 33 && i > 0) {
            d.relatedTo << decisions.at(int(random.bounded(i))).id;
        }
        // A penalty payment that follows a fine liquidates the fine's periodic penalty.
        if (d.decisionType == QLatin1String("penalty_payment") && !d.relatedTo.isEmpty()) {
            Decision &fine = decisions[indexById.value(d.relatedTo.first())];
            if (fine.decisionType == QLatin1String("fine") && fine.periodicPenalty.liquidatedIn.isEmpty()) {
                fine.periodicPenalty.perDay = Money { 1000000, QStringLiteral("EUR") };
                fine.periodicPenalty.starts = QStringLiteral("after a 2-month compliance period");
                fine.periodicPenalty.liquidatedIn = d.id;
            }
        }
        earlier.append(i);
        indexById.insert(d.id, i);
        decisions.append(d);
    }
    return decisions;
}
