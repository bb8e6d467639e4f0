// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "citation.h"

#include "bundleddata.h"

#include <QStringList>
#include <algorithm>

namespace {

void includeDate(QDate *latest, const QDate &date)
{
    if (date.isValid() && (!latest->isValid() || date > *latest))
        *latest = date;
}

// User text on one line, without control characters: a footer is one paragraph, a FILE.txt one line.
QString oneLine(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text)
        result.append(c.isPrint() ? c : QChar(QLatin1Char(' ')));
    return result.simplified();
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

DatasetInfo DatasetInfo::of(const BundledData &data)
{
    // The research carries no separate stamp; the last event it records is what "as of" can honestly say.
    QDate latest;
    for (const Decision &decision : data.decisions) {
        includeDate(&latest, decision.decisionDate);
        includeDate(&latest, decision.announceDate);
        includeDate(&latest, decision.timelineDateOverride);
        for (const StatusChange &change : decision.statusChanges)
            includeDate(&latest, change.date);
    }
    for (const DbSizeClaim &claim : data.dbSizeClaims)
        includeDate(&latest, claim.date());
    return { data.version, latest };
}

const DatasetInfo &DatasetInfo::bundled()
{
    static const DatasetInfo info = [] {
        QString error;
        const BundledData data = BundledData::load(&error);
        return error.isEmpty() ? of(data) : DatasetInfo();
    }();
    return info;
}

QString Citation::filters(const DecisionFilter &filter)
{
    // Sorted, so that the same selection made in another order cites the same way.
    QStringList parts;
    if (!filter.countries.isEmpty())
        parts << tr("country %1").arg(sorted(filter.countries).join(QLatin1String(", ")));
    if (!filter.types.isEmpty())
        parts << tr("type %1").arg(sorted(filter.types).join(QLatin1String(", ")));
    if (filter.from.isValid())
        parts << tr("from %1").arg(filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        parts << tr("to %1").arg(filter.to.toString(Qt::ISODate));
    const QString target = oneLine(filter.target);
    if (!target.isEmpty())
        parts << tr("target \"%1\"").arg(target);
    const QString search = oneLine(filter.search);
    if (!search.isEmpty())
        parts << tr("search \"%1\"").arg(search);
    return parts.isEmpty() ? tr("none") : parts.join(QLatin1String("; "));
}

QString Citation::text(const DatasetInfo &dataset, int decisions, DateBasis basis, const DecisionFilter &filter)
{
    const QString version = dataset.version.isEmpty() ? tr("(unknown version)") : dataset.version;
    const QString asOf = dataset.asOf.isValid() ? dataset.asOf.toString(Qt::ISODate) : tr("unknown");
    const QString count = decisions == 1 ? tr("1 decision") : tr("%1 decisions").arg(decisions);
    return tr("Source: caseline dataset %1 (data as of %2), %3; amounts in EUR at the ECB rate of each decision "
              "date; dates: %4; filters: %5")
        .arg(version, asOf, count,
            basis == DateBasis::Announced ? tr("announced", "dates of the decisions") : tr("adopted", "dates of the decisions"),
            filters(filter));
}
