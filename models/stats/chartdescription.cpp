// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The cumulative chart's words, and what the chart descriptions share (ChartDescription).
#include "chartdescription.h"

#include "authorityname.h"
#include "countryregistry.h"
#include "decisiontype.h"
#include "displayformat.h"

#include <QLocale>

#include <algorithm>

namespace {

using Step = CumulativeSeries::Step;
using StepKind = CumulativeSeries::StepKind;
using Reader = DisplayFormat::Reader;

// The largest amounts named: this many, and any as large as the last of them (three fines of EUR 20m are all named).
constexpr int LargestNamed = 3;
// Up to this many changes (set aside, reinstated, collected) get a sentence each; more are counted.
constexpr int ChangesNamed = 6;

QString longDate(const QDate &date, const QLocale &locale)
{
    return DisplayFormat::longDate(date, locale);
}

QString typeWord(const Step &step)
{
    return DecisionType::label(step.decisionType).toLower();
}

// The amount a step moves, in euros, and in its own currency when that is another: "€8,920,279 (£7,552,800)".
QString amountCell(const Step &step, const QLocale &locale)
{
    const QString euros = ChartDescription::euros(step.amountMinor, locale);
    if (!step.original || step.original->currency == QLatin1String("EUR"))
        return euros;
    return ChartDescription::tr("%1 (%2)", "a euro amount and the amount in its own currency")
        .arg(euros, DisplayFormat::money(*step.original, locale, Reader::ScreenReader));
}

QString largestSentence(const QList<const Step *> &imposed, const QLocale &locale)
{
    QList<const Step *> sorted = imposed;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const Step *a, const Step *b) { return a->amountMinor > b->amountMinor; });
    qsizetype named = qMin<qsizetype>(LargestNamed, sorted.size());
    while (named < sorted.size() && sorted.at(named)->amountMinor == sorted.at(named - 1)->amountMinor)
        ++named;
    QStringList items;
    for (qsizetype i = 0; i < named; ++i) {
        const Step &step = *sorted.at(i);
        items.append(ChartDescription::tr("%1 by %2 (%3) on %4", "an amount, the authority, its country and the date")
                         .arg(ChartDescription::euros(step.amountMinor, locale), AuthorityName::shortName(step.authority),
                             CountryRegistry::name(step.country, locale), longDate(step.date, locale)));
    }
    const QString list = locale.createSeparatedList(items);
    if (sorted.size() == 1)
        return ChartDescription::tr("The one amount imposed was %1.").arg(list);
    if (named == sorted.size())
        return ChartDescription::tr("The amounts imposed were %1.").arg(list);
    return ChartDescription::tr("The largest amounts imposed were %1.").arg(list);
}

QString changeSentence(const Step &step, const QLocale &locale)
{
    const char *text = step.kind == StepKind::SetAside ? QT_TRANSLATE_NOOP("ChartDescription", "On %1, the %2 %3 of %4 was set aside.")
        : step.kind == StepKind::Reinstated            ? QT_TRANSLATE_NOOP("ChartDescription", "On %1, the %2 %3 of %4 was reinstated.")
                                                       : QT_TRANSLATE_NOOP("ChartDescription", "On %1, the %2 %3 of %4 was recorded as collected.");
    return ChartDescription::tr(text).arg(longDate(step.date, locale), AuthorityName::shortName(step.authority),
        typeWord(step), ChartDescription::euros(step.amountMinor, locale));
}

// An amount the chart marks but never adds, and why: "a provisional £17,000,000 by ICO".
QString potentialItem(const CumulativeSeries::Potential &p, const QLocale &locale)
{
    using Kind = CumulativeSeries::PotentialKind;
    const QString amount = DisplayFormat::money(p.amount, locale, Reader::ScreenReader);
    const QString authority = AuthorityName::shortName(p.authority);
    switch (p.kind) {
    case Kind::Provisional:
        return ChartDescription::tr("a provisional %1 by %2", "an amount, an authority").arg(amount, authority);
    case Kind::Maximum:
        return ChartDescription::tr("a maximum of %1 by %2", "an amount, an authority").arg(amount, authority);
    case Kind::Settlement:
        return ChartDescription::tr("a settlement of %1 by %2", "an amount, an authority").arg(amount, authority);
    case Kind::OtherTarget:
        return ChartDescription::tr("%1 imposed by %2 on %3", "an amount, an authority, whom it was imposed on")
            .arg(amount, authority, p.target.simplified());
    case Kind::PenaltyCap:
        return ChartDescription::tr("penalty payments of up to %1 ordered by %2", "an amount, an authority")
            .arg(amount, authority);
    case Kind::PenaltyPerDay:
        return ChartDescription::tr("penalty payments of %1 a day ordered by %2", "an amount, an authority")
            .arg(amount, authority);
    }
    return amount;
}

} // namespace

QString ChartDescription::euros(qint64 minor, const QLocale &locale)
{
    return DisplayFormat::money(minor, QStringLiteral("EUR"), locale, Reader::ScreenReader);
}

QStringList ChartDescription::totalsSentences(
    const CumulativeSeries::Totals &totals, const QLocale &locale, const QDate &asOf)
{
    const QString imposed = euros(totals.imposedMinor, locale);
    const QString standing = euros(totals.standingMinor, locale);
    const QString collected = euros(totals.collectedMinor, locale);
    if (asOf.isValid()) {
        const QString day = longDate(asOf, locale);
        return {tr("By %1, %2 had been imposed in all.").arg(day, imposed),
            tr("By %1, %2 still stood after appeals.").arg(day, standing),
            tr("By %1, %2 had been recorded as collected.").arg(day, collected)};
    }
    return {tr("In all, %1 was imposed.").arg(imposed), tr("%1 still stands after appeals.").arg(standing),
        tr("%1 is recorded as collected.").arg(collected)};
}

QString ChartDescription::changeName(StepKind kind)
{
    switch (kind) {
    case StepKind::Imposed:
        return tr("imposed", "a change of the running totals");
    case StepKind::SetAside:
        return tr("set aside", "a change of the running totals");
    case StepKind::Reinstated:
        return tr("reinstated", "a change of the running totals");
    case StepKind::Collected:
        return tr("collected", "a change of the running totals");
    }
    return QString();
}

ViewDescription ChartDescription::cumulative(
    const CumulativeSeries &series, const QLocale &locale, const QDate &from, const QDate &to)
{
    const auto inRange = [&from, &to](const QDate &date) {
        return (!from.isValid() || date >= from) && (!to.isValid() || date <= to);
    };
    QList<const Step *> steps;
    QList<const Step *> imposed;
    QList<const Step *> changes;
    bool setAside = false;
    for (const Step &step : series.steps()) {
        if (!inRange(step.date))
            continue;
        steps.append(&step);
        (step.kind == StepKind::Imposed ? imposed : changes).append(&step);
        setAside = setAside || step.kind == StepKind::SetAside;
    }
    const CumulativeSeries::Totals before = from.isValid() ? series.totalsAt(from.addDays(-1)) : CumulativeSeries::Totals();
    const CumulativeSeries::Totals end = to.isValid() ? series.totalsAt(to) : series.totals();

    ViewDescription description;
    QStringList &s = description.sentences;
    if (steps.isEmpty() && end == CumulativeSeries::Totals()) {
        s.append(tr("No money imposed on Clearview AI is counted in what is shown."));
    } else {
        // Money before a range that has no step of its own still has a range: both ends are then the range's.
        const QDate first = from.isValid() ? from : (steps.isEmpty() ? to : steps.constFirst()->date);
        const QDate last = to.isValid() ? to : (steps.isEmpty() ? first : steps.constLast()->date);
        if (first.isValid() && first == last)
            s.append(tr("The chart shows the money imposed on Clearview AI, in euros, on %1.").arg(longDate(first, locale)));
        else if (first.isValid() && last.isValid())
            s.append(tr("The chart shows the running totals of the money imposed on Clearview AI, in euros, from %1 to %2.")
                         .arg(longDate(first, locale), longDate(last, locale)));
        if (before != CumulativeSeries::Totals()) {
            s.append(tr("Before %1, %2 had been imposed, of which %3 still stood.")
                         .arg(longDate(first, locale), euros(before.imposedMinor, locale), euros(before.standingMinor, locale)));
        }
        s += totalsSentences(end, locale, to);
        if (!imposed.isEmpty())
            s.append(largestSentence(imposed, locale));
        if (changes.size() > ChangesNamed) {
            const int n = int(changes.size());
            s.append(tr("Rulings or payments changed the totals %1 time(s); the table lists each change.", nullptr, n)
                         .arg(DisplayFormat::number(n, locale, Reader::ScreenReader)));
        } else {
            for (const Step *step : std::as_const(changes))
                s.append(changeSentence(*step, locale));
        }
        if (!setAside && !imposed.isEmpty())
            s.append(tr("No amount was set aside."));
    }

    QList<const CumulativeSeries::Potential *> notCounted;
    for (const CumulativeSeries::Potential &potential : series.potential()) {
        if (potential.date.isValid() && inRange(potential.date))
            notCounted.append(&potential);
    }
    if (notCounted.size() > ChangesNamed) {
        const int n = int(notCounted.size());
        s.append(tr("%1 other amount(s) are shown apart and not counted: provisional figures, maxima, settlements, "
                    "penalty payments not imposed or fines on others.", nullptr, n)
                     .arg(DisplayFormat::number(n, locale, Reader::ScreenReader)));
    } else if (!notCounted.isEmpty()) {
        QStringList items;
        for (const CumulativeSeries::Potential *potential : std::as_const(notCounted))
            items.append(potentialItem(*potential, locale));
        s.append(tr("Shown apart and not counted: %1.").arg(locale.createSeparatedList(items)));
    }
    const int undated = int(series.undatedIds().size());
    if (undated > 0) {
        s.append(tr("%1 amount(s) without a date cannot be placed and are not counted.", nullptr, undated)
                     .arg(DisplayFormat::number(undated, locale, Reader::ScreenReader)));
    }

    if (steps.isEmpty())
        return description;
    ViewDescription::Table table;
    table.header = {tr("Date"), tr("Change"), tr("Authority"), tr("Country"), tr("Amount"), tr("Imposed"),
        tr("Standing"), tr("Collected")};
    table.figures = {false, false, false, false, true, true, true, true};
    for (const Step *step : std::as_const(steps)) {
        table.rows.append({longDate(step->date, locale), changeName(step->kind), AuthorityName::shortName(step->authority),
            CountryRegistry::name(step->country, locale), amountCell(*step, locale),
            euros(step->after.imposedMinor, locale), euros(step->after.standingMinor, locale),
            euros(step->after.collectedMinor, locale)});
    }
    description.tables.append(table);
    return description;
}
