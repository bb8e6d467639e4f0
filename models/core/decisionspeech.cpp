// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionspeech.h"

#include "authorityname.h"
#include "countryregistry.h"
#include "decisiontype.h"
#include "displayformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace DecisionSpeech {

QString authority(const QString &authority)
{
    return AuthorityName::shortName(authority);
}

QString country(const QString &code, const QLocale &locale)
{
    return CountryRegistry::name(code, locale);
}

QString type(const QString &type, const QLocale &locale)
{
    // The label starts a line in a table ("Fine"); here it is said in the middle of a sentence. Only the first
    // letter changes, so that an unknown type keeps its own spelling further on.
    QString label = DecisionType::label(type);
    if (DecisionType::isKnown(type) && !label.isEmpty())
        label.replace(0, 1, locale.toLower(label.left(1)));
    return label;
}

QString amount(const Money &money, const QLocale &locale)
{
    return DisplayFormat::money(money, locale, DisplayFormat::Reader::ScreenReader);
}

QString date(const QDate &date, const QLocale &locale)
{
    return DisplayFormat::longDate(date, locale);
}

QString decision(const Facts &facts, const QLocale &locale)
{
    QStringList parts { authority(facts.authority), country(facts.country, locale), type(facts.type, locale) };
    if (facts.amount) {
        const QString money = amount(*facts.amount, locale);
        parts << (facts.amountIsMaximum
                ? QCoreApplication::translate("DecisionSpeech", "up to %1", "a maximum amount, said by a screen reader")
                      .arg(money)
                : money);
    }
    if (facts.date.isValid())
        parts << date(facts.date, locale);
    switch (facts.standing) {
    case Facts::Standing::Standing:
        break;
    case Facts::Standing::SetAside:
        parts << QCoreApplication::translate(
            "DecisionSpeech", "set aside", "a decision annulled by a later ruling, said by a screen reader");
        break;
    case Facts::Standing::Contested:
        parts << QCoreApplication::translate(
            "DecisionSpeech", "contested", "a decision under appeal, said by a screen reader");
        break;
    }
    parts.removeAll(QString());
    return parts.join(
        QCoreApplication::translate("DecisionSpeech", ", ", "between the facts of a decision a screen reader says"));
}

} // namespace DecisionSpeech
