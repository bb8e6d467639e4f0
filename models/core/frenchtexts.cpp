// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frenchtexts.h"

namespace FrenchTexts {

namespace {

template <typename Text>
void dropIfStale(const Text &englishBefore, const Text &frenchBefore, const Text &englishNow, Text &frenchNow)
{
    if (englishNow != englishBefore && frenchNow == frenchBefore)
        frenchNow = Text();
}

} // namespace

Decision withoutStaleTranslations(const Decision &before, Decision edited)
{
    dropIfStale(before.outcome, before.outcomeFr, edited.outcome, edited.outcomeFr);
    dropIfStale(before.orders, before.ordersFr, edited.orders, edited.ordersFr);
    dropIfStale(before.facts, before.factsFr, edited.facts, edited.factsFr);
    dropIfStale(before.summary, before.summaryFr, edited.summary, edited.summaryFr);
    return edited;
}

} // namespace FrenchTexts
