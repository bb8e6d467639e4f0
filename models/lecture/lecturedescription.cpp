// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturedescription.h"

#include "authorityname.h"
#include "countryregistry.h"
#include "decisiontype.h"
#include "displayformat.h"

#include <QLocale>

namespace {

using Reader = DisplayFormat::Reader;

QString euros(qint64 minor, const QLocale &locale)
{
    return DisplayFormat::money(minor, QStringLiteral("EUR"), locale, Reader::ScreenReader);
}

QString number(qint64 value, const QLocale &locale)
{
    return DisplayFormat::number(value, locale, Reader::ScreenReader);
}

// The amount as the caption shows it, for the ear: "£7,552,800 (€8,920,279)", "up to €5,100,000"; empty without one.
QString amountText(const Decision &decision, const QLocale &locale)
{
    if (!decision.amount)
        return QString();
    QString amount = DisplayFormat::money(*decision.amount, locale, Reader::ScreenReader);
    if (decision.amountEur && decision.amountEur->currency != decision.amount->currency) {
        amount = LectureDescription::tr("%1 (%2)", "an amount and its euro equivalent")
                     .arg(amount, DisplayFormat::money(*decision.amountEur, locale, Reader::ScreenReader));
    }
    if (decision.amountIsMaximum)
        amount = LectureDescription::tr("up to %1").arg(amount);
    return amount;
}

QString totalsSentence(const LectureStep &step, const QLocale &locale)
{
    const QString imposed = euros(step.totals.imposedMinor, locale);
    const QString standing = euros(step.totals.standingMinor, locale);
    const QString collected = euros(step.totals.collectedMinor, locale);
    if (!step.totalsDate.isValid())
        return LectureDescription::tr("Running totals: %1 imposed, %2 standing, %3 collected.").arg(imposed, standing, collected);
    return LectureDescription::tr("Running totals on %1: %2 imposed, %3 standing, %4 collected.")
        .arg(DisplayFormat::longDate(step.totalsDate, locale), imposed, standing, collected);
}

QStringList decisionSentences(const LectureStep &step, const QLocale &locale)
{
    const Decision &d = step.decision;
    const QString country = CountryRegistry::name(d.country, locale);
    QStringList s;
    s.append(step.date.isValid()
            ? LectureDescription::tr("%1, %2.", "a country and a date").arg(country, DisplayFormat::longDate(step.date, locale))
            : LectureDescription::tr("%1, undated.", "a country").arg(country));
    s.append(ViewDescription::asSentence(d.authority));
    const QString type = DecisionType::label(d.decisionType);
    const QString amount = amountText(d, locale);
    s.append(amount.isEmpty() ? ViewDescription::asSentence(type)
                              : LectureDescription::tr("%1: %2.", "a decision type and its amount").arg(type, amount));
    // Money shown but never added (a provisional notice, a fine on police users) says so, as the caption does.
    if (d.amount && !d.includeInCumulativeFines)
        s.append(LectureDescription::tr("This amount is not in the totals."));
    const QString summary = ViewDescription::asSentence(LectureDescription::summaryLine(d, locale));
    if (!summary.isEmpty())
        s.append(summary);
    return s;
}

} // namespace

namespace {

QString firstText(const QString &summary, const QStringList &orders, const QString &outcome, const QStringList &facts)
{
    if (!summary.trimmed().isEmpty())
        return summary.simplified();
    if (!orders.isEmpty())
        return orders.constFirst().simplified();
    if (!outcome.trimmed().isEmpty())
        return outcome.simplified();
    return facts.isEmpty() ? QString() : facts.constFirst().simplified();
}

} // namespace

QString LectureDescription::summaryLine(const Decision &decision, const QLocale &locale)
{
    const QString english = firstText(decision.summary, decision.orders, decision.outcome, decision.facts);
    const QString french = firstText(decision.summaryFr, decision.ordersFr, decision.outcomeFr, decision.factsFr);
    if (locale.language() == QLocale::French)
        return french.isEmpty() ? english : french;
    return english.isEmpty() ? french : english;
}

QString LectureDescription::stepName(const LectureDeck &deck, int index, const QLocale &locale)
{
    return tr("Step %1 of %2").arg(number(index + 1, locale), number(deck.count(), locale));
}

QString LectureDescription::spokenText(const LectureDeck &deck, int index, const QLocale &locale)
{
    if (index < 0 || index >= deck.count())
        return QString();
    const LectureStep &step = deck.step(index);
    QStringList s;
    s.append(tr("Step %1 of %2.").arg(number(index + 1, locale), number(deck.count(), locale)));
    if (step.kind == LectureStep::Kind::Decision) {
        s += decisionSentences(step, locale);
    } else {
        s.append(ViewDescription::asSentence(step.title));
        const QString text = ViewDescription::asSentence(step.text);
        if (!text.isEmpty())
            s.append(text);
    }
    s.append(totalsSentence(step, locale));
    s.removeAll(QString());
    return s.join(QLatin1Char(' '));
}

ViewDescription LectureDescription::describe(const LectureDeck &deck, const QLocale &locale)
{
    ViewDescription description;
    QStringList &s = description.sentences;
    const int count = deck.count();
    if (count == 0) {
        s.append(tr("The lecture has no step."));
        return description;
    }
    s.append(deck.title().trimmed().isEmpty()
            ? tr("The lecture has %1 step(s).", nullptr, count).arg(number(count, locale))
            : tr("The lecture %1 has %2 step(s).", nullptr, count)
                  .arg(locale.quoteString(deck.title().simplified()), number(count, locale)));
    if (deck.firstDate().isValid()) {
        s.append(deck.firstDate() == deck.lastDate()
                ? tr("Its decisions are dated %1.").arg(DisplayFormat::longDate(deck.firstDate(), locale))
                : tr("Its decisions run from %1 to %2.")
                      .arg(DisplayFormat::longDate(deck.firstDate(), locale), DisplayFormat::longDate(deck.lastDate(), locale)));
    }
    const CumulativeSeries::Totals &last = deck.steps().constLast().totals;
    s.append(tr("By its last step: %1 imposed, %2 standing, %3 collected.")
                 .arg(euros(last.imposedMinor, locale), euros(last.standingMinor, locale), euros(last.collectedMinor, locale)));

    ViewDescription::Table table;
    table.header = {tr("Step"), tr("Date"), tr("Shows"), tr("Amount"), tr("Imposed"), tr("Standing"), tr("Collected")};
    table.figures = {true, false, false, true, true, true, true};
    for (int i = 0; i < count; ++i) {
        const LectureStep &step = deck.step(i);
        description.passages.append(spokenText(deck, i, locale));
        const Decision &d = step.decision;
        const QString shows = step.kind == LectureStep::Kind::Title
            ? step.title.simplified()
            : tr("%1, %2, %3", "authority, decision type, country")
                  .arg(AuthorityName::shortName(d.authority), DecisionType::label(d.decisionType),
                      CountryRegistry::name(d.country, locale));
        table.rows.append({number(i + 1, locale), DisplayFormat::longDate(step.date, locale), shows,
            step.kind == LectureStep::Kind::Decision ? amountText(d, locale) : QString(),
            euros(step.totals.imposedMinor, locale), euros(step.totals.standingMinor, locale),
            euros(step.totals.collectedMinor, locale)});
    }
    description.tables.append(table);
    return description;
}
