// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QDate>
#include <QString>
#include <optional>

class QLocale;

// What a screen reader says for a decision when the keyboard reaches it on a view: "CNIL, France, fine,
// 20 000 000 €, 17 octobre 2022". One text for every view that lists decisions, so a decision sounds the same
// on the timeline and on the charts; amounts and dates are written for a speech synthesiser
// (DisplayFormat::Reader::ScreenReader), and words and formats follow the locale the view gives.
namespace DecisionSpeech {

// The facts said, in the order they are said.
struct Facts
{
    // How later rulings left the decision: what the timeline draws hollow or marked is said too.
    enum class Standing { Standing, SetAside, Contested };

    QString authority; // the full name; its short name is said ("CNIL")
    QString country; // ISO 3166-1 code
    QString type; // decision_type, e.g. "fine"
    std::optional<Money> amount; // in its own currency
    bool amountIsMaximum = false; // an "up to" amount, never said as if it were imposed
    QDate date; // on the date basis the view shows
    Standing standing = Standing::Standing;
};

// "CNIL, France, fine, 20 000 000 €, 17 octobre 2022"; without an amount, "CNIL, France, order, 26 November 2021";
// a maximum says "up to"; a decision set aside or contested says so last.
QString decision(const Facts &facts, const QLocale &locale);

// The parts of decision(), for texts that arrange them differently (the charts).
// The authority's short name, the country's name in the locale's language, the type's name in the middle of a
// sentence ("fine", "amende").
QString authority(const QString &authority);
QString country(const QString &code, const QLocale &locale);
QString type(const QString &type, const QLocale &locale);
QString amount(const Money &money, const QLocale &locale);
QString date(const QDate &date, const QLocale &locale);

} // namespace DecisionSpeech
