// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedescription.h"

#include "authorityname.h"
#include "countryregistry.h"
#include "decisiontype.h"
#include "displayformat.h"
#include "statuslabel.h"
#include "timelineitem.h"

#include <QHash>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <functional>

namespace {

using Reader = DisplayFormat::Reader;

// Up to this many decisions are named in a sentence; more would drown the listener, and the table has them all.
constexpr int MostNamed = 6;

// A number of decisions of each type, with its plural forms: "%1" is the number, grouped for a screen reader.
struct TypeCount
{
    const char *type;
    const char *text;
};
const TypeCount TypeCounts[] = {
    {"formal_notice", QT_TRANSLATE_N_NOOP("TimelineDescription", "%1 formal notice(s)")},
    {"provisional_notice", QT_TRANSLATE_N_NOOP("TimelineDescription", "%1 provisional notice(s)")},
    {"fine", QT_TRANSLATE_N_NOOP("TimelineDescription", "%1 fine(s)")},
    {"penalty_payment", QT_TRANSLATE_N_NOOP("TimelineDescription", "%1 penalty payment(s)")},
    {"order", QT_TRANSLATE_N_NOOP("TimelineDescription", "%1 order(s)")},
    {"reprimand", QT_TRANSLATE_N_NOOP("TimelineDescription", "%1 reprimand(s)")},
    {"finding", QT_TRANSLATE_N_NOOP("TimelineDescription", "%1 finding(s)")},
    {"court_ruling", QT_TRANSLATE_N_NOOP("TimelineDescription", "%1 court ruling(s)")},
    {"appeal_ruling", QT_TRANSLATE_N_NOOP("TimelineDescription", "%1 appeal ruling(s)")},
    {"settlement", QT_TRANSLATE_N_NOOP("TimelineDescription", "%1 settlement(s)")},
    {"criminal_complaint", QT_TRANSLATE_N_NOOP("TimelineDescription", "%1 criminal complaint(s)")},
};

QString number(qint64 value, const QLocale &locale)
{
    return DisplayFormat::number(value, locale, Reader::ScreenReader);
}

// Most first, then in the locale's alphabetical order of their names.
template<typename Key>
QList<Key> byCountThenName(const QMap<Key, int> &counts, const std::function<QString(const Key &)> &name)
{
    QList<Key> keys = counts.keys();
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
        if (counts.value(a) != counts.value(b))
            return counts.value(a) > counts.value(b);
        return QString::localeAwareCompare(name(a), name(b)) < 0;
    });
    return keys;
}

QString amountCell(const Decision &decision, const QLocale &locale)
{
    if (!decision.amount)
        return QString();
    QString text = DisplayFormat::money(*decision.amount, locale, Reader::ScreenReader);
    if (decision.amountEur && decision.amountEur->currency != decision.amount->currency) {
        text = TimelineDescription::tr("%1 (%2)", "an amount and its euro equivalent")
                   .arg(text, DisplayFormat::money(*decision.amountEur, locale, Reader::ScreenReader));
    }
    if (decision.amountIsMaximum)
        text = TimelineDescription::tr("up to %1").arg(text);
    return text;
}

// The research's status as words: "contested remitted to FTT".
QString statusCell(const Decision &decision)
{
    return StatusLabel::text(decision.status).simplified();
}

} // namespace

bool TimelineDescription::isRecordedUnpaid(const Decision &decision)
{
    return isRecordedUnpaid(decision.status);
}

QString TimelineDescription::decisionName(const Decision &decision, DateBasis basis, const QLocale &locale)
{
    const QString authority = AuthorityName::shortName(decision.authority);
    const QString type = DecisionType::label(decision.decisionType).toLower();
    const QDate date = dateFor(decision, basis);
    if (!date.isValid())
        return tr("%1 %2, undated", "authority and decision type: 'ICO fine, undated'").arg(authority, type);
    return tr("%1 %2 of %3", "authority, decision type and date: 'ICO fine of 18 May 2022'")
        .arg(authority, type, DisplayFormat::longDate(date, locale));
}

QString TimelineDescription::typeCount(const QString &type, int count, const QLocale &locale)
{
    for (const TypeCount &entry : TypeCounts) {
        if (type == QLatin1String(entry.type))
            return QCoreApplication::translate("TimelineDescription", entry.text, nullptr, count).arg(number(count, locale));
    }
    // A type this version does not know (from a newer file): its label, then the number.
    return tr("%1: %2", "an unknown decision type and its number of decisions")
        .arg(DecisionType::label(type), number(count, locale));
}

ViewDescription TimelineDescription::describe(
    const QList<Decision> &decisions, DateBasis basis, const QLocale &locale, int tableRows)
{
    DecisionTable table;
    table.reserve(decisions.size());
    for (const Decision &decision : decisions)
        table.append(decision);
    return describe(table, basis, locale, tableRows);
}

bool TimelineDescription::isRecordedUnpaid(const QString &status)
{
    return status.contains(QLatin1String("unpaid"), Qt::CaseInsensitive);
}

ViewDescription TimelineDescription::describe(
    const DecisionTable &decisions, DateBasis basis, const QLocale &locale, int tableRows)
{
    ViewDescription description;
    if (decisions.isEmpty()) {
        description.sentences.append(tr("No decision matches the filters."));
        return description;
    }

    // Dated decisions in the timeline's order (date, then id); the undated ones, which it cannot place, after them.
    const auto inTimelineOrder = [basis, &decisions](qsizetype a, qsizetype b) {
        const QDate da = decisions.dateFor(a, basis);
        const QDate db = decisions.dateFor(b, basis);
        if (da.isValid() != db.isValid())
            return da.isValid();
        return da != db ? da < db : decisions.id(a) < decisions.id(b);
    };
    const bool withTable = tableRows < 0 || decisions.size() <= tableRows;
    // Only the table needs every decision in order; the sentences sort the few they name (below).
    QList<qsizetype> ordered;
    if (withTable) {
        ordered.reserve(decisions.size());
        for (qsizetype row = 0; row < decisions.size(); ++row)
            ordered.append(row);
        std::stable_sort(ordered.begin(), ordered.end(), inTimelineOrder);
    }

    // Counted over the rows' fields in place: a description of a million decisions builds only those it names.
    QHash<QString, int> typeCounts;
    QHash<QString, int> countryCounts;
    QList<qsizetype> setAside;
    QList<qsizetype> contested;
    QList<qsizetype> unpaid;
    int undated = 0;
    QDate first;
    QDate last;
    for (qsizetype row = 0; row < decisions.size(); ++row) {
        ++typeCounts[decisions.decisionType(row)];
        ++countryCounts[decisions.country(row)];
        const QDate date = decisions.dateFor(row, basis);
        if (date.isValid()) {
            if (!first.isValid() || date < first)
                first = date;
            if (!last.isValid() || date > last)
                last = date;
        } else {
            ++undated;
        }
        switch (TimelineItem::standingOf(decisions.status(row), decisions.statusChanges(row))) {
        case TimelineItem::Standing::SetAside:
            setAside.append(row);
            break;
        case TimelineItem::Standing::Contested:
            contested.append(row);
            break;
        case TimelineItem::Standing::Standing:
            break;
        }
        if (isRecordedUnpaid(decisions.status(row)))
            unpaid.append(row);
    }
    QMap<QString, int> byType;
    for (auto it = typeCounts.cbegin(); it != typeCounts.cend(); ++it)
        byType.insert(it.key(), it.value());
    QMap<QString, int> byCountry;
    for (auto it = countryCounts.cbegin(); it != countryCounts.cend(); ++it)
        byCountry.insert(it.key(), it.value());

    const int count = int(decisions.size());
    QStringList &s = description.sentences;
    s.append(tr("The timeline shows %1 decision(s).", nullptr, count).arg(number(count, locale)));
    if (first.isValid()) {
        if (first != last)
            s.append(tr("They run from %1 to %2.").arg(DisplayFormat::longDate(first, locale), DisplayFormat::longDate(last, locale)));
        else if (count == 1)
            s.append(tr("It is dated %1.").arg(DisplayFormat::longDate(first, locale)));
        else
            s.append(tr("They are all dated %1.").arg(DisplayFormat::longDate(first, locale)));
        s.append(basis == DateBasis::Announced ? tr("Dates are those of the announcements.")
                                               : tr("Dates are those of adoption."));
    }
    if (undated > 0)
        s.append(tr("%1 decision(s) without a date are not placed.", nullptr, undated).arg(number(undated, locale)));

    QStringList types;
    const std::function<QString(const QString &)> typeName = [](const QString &type) { return DecisionType::label(type); };
    for (const QString &type : byCountThenName(byType, typeName))
        types.append(typeCount(type, byType.value(type), locale));
    s.append(tr("By type: %1.").arg(locale.createSeparatedList(types)));

    QStringList countries;
    const std::function<QString(const QString &)> countryName
        = [&locale](const QString &code) { return CountryRegistry::name(code, locale); };
    for (const QString &code : byCountThenName(byCountry, countryName)) {
        countries.append(tr("%1 in %2", "a number of decisions in a country: '10 in Canada'")
                             .arg(number(byCountry.value(code), locale), countryName(code)));
    }
    s.append(tr("By country: %1.").arg(locale.createSeparatedList(countries)));

    // A few decisions are named; many are counted, and the table gives each one's status.
    const auto names = [&](QList<qsizetype> list) {
        std::stable_sort(list.begin(), list.end(), inTimelineOrder);
        QStringList out;
        for (const qsizetype row : std::as_const(list))
            out.append(decisionName(decisions.decision(row), basis, locale));
        return locale.createSeparatedList(out);
    };
    const auto mention = [&](const QList<qsizetype> &list, const char *named, const char *counted) {
        const int n = int(list.size());
        if (n == 0)
            return;
        if (n <= MostNamed)
            s.append(tr(named, nullptr, n).arg(number(n, locale), names(list)));
        else
            s.append(tr(counted, nullptr, n).arg(number(n, locale)));
    };
    mention(setAside, QT_TR_N_NOOP("%1 decision(s) set aside by later rulings: %2."),
        QT_TR_N_NOOP("%1 decision(s) set aside by later rulings."));
    mention(contested, QT_TR_N_NOOP("%1 decision(s) contested or under appeal: %2."),
        QT_TR_N_NOOP("%1 decision(s) contested or under appeal."));
    mention(unpaid, QT_TR_N_NOOP("%1 decision(s) recorded as unpaid: %2."),
        QT_TR_N_NOOP("%1 decision(s) recorded as unpaid."));

    if (!withTable) {
        s.append(tr("The table of the %1 decision(s) is left out here; 'caseline describe timeline' with the same "
                    "filters prints it.", nullptr, count)
                     .arg(number(count, locale)));
        return description;
    }
    ViewDescription::Table table;
    table.header = {tr("Date"), tr("Country"), tr("Authority"), tr("Type"), tr("Amount"), tr("Status")};
    table.figures = {false, false, false, false, true, false};
    for (const qsizetype row : std::as_const(ordered)) {
        const Decision decision = decisions.decision(row);
        table.rows.append({DisplayFormat::longDate(dateFor(decision, basis), locale),
            CountryRegistry::name(decision.country, locale), AuthorityName::shortName(decision.authority),
            DecisionType::label(decision.decisionType), amountCell(decision, locale), statusCell(decision)});
    }
    description.tables.append(table);
    return description;
}
