// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartspeech.h"

#include "decisionspeech.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString euros(qint64 minor, const QLocale &locale)
{
    return DecisionSpeech::amount(Money { minor, QStringLiteral("EUR") }, locale);
}

} // namespace

namespace ChartSpeech {

QString step(const CumulativeSeries::Step &step, const QLocale &locale)
{
    using StepKind = CumulativeSeries::StepKind;
    QString amount = euros(step.amountMinor, locale);
    if (step.original && step.original->currency != QLatin1String("EUR")) {
        amount = QCoreApplication::translate(
            "ChartSpeech", "%1 (%2)", "an amount in its own currency, then in euros, said by a screen reader")
                     .arg(DecisionSpeech::amount(*step.original, locale), amount);
    }
    const QString who
        = QCoreApplication::translate("ChartSpeech", "%1, %2, %3, %4",
            "date, authority, country and type of a decision on the cumulative chart, said by a screen reader")
              .arg(DecisionSpeech::date(step.date, locale), DecisionSpeech::authority(step.authority),
                  DecisionSpeech::country(step.country, locale), DecisionSpeech::type(step.decisionType, locale));
    switch (step.kind) {
    case StepKind::Imposed:
        return QCoreApplication::translate("ChartSpeech", "%1: %2 imposed; total imposed %3",
            "a step of the cumulative chart, said by a screen reader")
            .arg(who, amount, euros(step.after.imposedMinor, locale));
    case StepKind::SetAside:
        return QCoreApplication::translate("ChartSpeech", "%1: %2 set aside; total standing %3",
            "a step of the cumulative chart, said by a screen reader")
            .arg(who, amount, euros(step.after.standingMinor, locale));
    case StepKind::Reinstated:
        return QCoreApplication::translate("ChartSpeech", "%1: %2 reinstated; total standing %3",
            "a step of the cumulative chart, said by a screen reader")
            .arg(who, amount, euros(step.after.standingMinor, locale));
    case StepKind::Collected:
        return QCoreApplication::translate("ChartSpeech", "%1: %2 collected; total collected %3",
            "a step of the cumulative chart, said by a screen reader")
            .arg(who, amount, euros(step.after.collectedMinor, locale));
    }
    return who;
}

QString group(
    const QString &label, qint64 imposedEurMinor, qint64 standingEurMinor, int decisions, const QLocale &locale)
{
    // %n, not %Ln: the count is said as one number, never split at a French group separator.
    return QCoreApplication::translate("ChartSpeech", "%1: %2 imposed, %3 standing after appeals; %n decision(s)",
        "a country's or an authority's bar, said by a screen reader", decisions)
        .arg(label, euros(imposedEurMinor, locale), euros(standingEurMinor, locale));
}

} // namespace ChartSpeech
