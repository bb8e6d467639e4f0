// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cumulativeseries.h"

#include <QString>

class QLocale;

// What a screen reader says for the items of the money charts when the keyboard reaches them, in the spirit of
// DecisionSpeech (whose parts it uses): amounts and dates written to be spoken, words and formats in the locale.
namespace ChartSpeech {

// A step of the cumulative series, with the running total it moves: "17 October 2022, CNIL, France, fine:
// €20,000,000 imposed; total imposed €20,000,000". A set-aside or reinstated amount gives the standing total, a
// payment the collected one; an amount in another currency is said in it, with the euros the total counts.
QString step(const CumulativeSeries::Step &step, const QLocale &locale);

// A country's or an authority's bar (or band): "France: €25,200,000 imposed, €25,200,000 standing after appeals;
// 3 decisions". `label` is what the chart names it ("France", "CNIL (France)").
QString group(
    const QString &label, qint64 imposedEurMinor, qint64 standingEurMinor, int decisions, const QLocale &locale);

} // namespace ChartSpeech
