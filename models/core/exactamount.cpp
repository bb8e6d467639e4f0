// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exactamount.h"

#include <QLocale>
#include <QRegularExpression>

std::optional<Money> ExactAmount::parse(const QString &text, const QString &currency, QString *problem)
{
    const int digits = Money::minorDigits(currency);
    if (digits < 0) {
        *problem = tr("unknown currency '%1'").arg(currency);
        return std::nullopt;
    }
    static const QRegularExpression pattern(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]+))?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        *problem = tr("'%1' is not a plain number (write it like 7552800 or 7552800.50, without spaces, thousands "
                      "separators or exponent)")
                       .arg(text);
        return std::nullopt;
    }
    const QString wholeDigits = match.captured(2);
    qsizetype firstDigit = 0;
    while (firstDigit + 1 < wholeDigits.size() && wholeDigits.at(firstDigit) == QLatin1Char('0'))
        ++firstDigit;
    const QString major = wholeDigits.mid(firstDigit);
    QString fraction = match.captured(3);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!match.captured(1).isEmpty() && (major != QLatin1String("0") || !fraction.isEmpty())) {
        *problem = tr("'%1' is negative: amounts must not be negative").arg(text);
        return std::nullopt;
    }
    if (fraction.size() > digits) {
        *problem = tr("'%1' has more decimals than %2 has (%3)").arg(text, currency).arg(digits);
        return std::nullopt;
    }
    const QString normalized = fraction.isEmpty() ? major : major + QLatin1Char('.') + fraction;
    const std::optional<Money> money
        = major.size() > 19 ? std::nullopt : Money::fromDecimalString(normalized, currency);
    if (!money) {
        *problem = tr("'%1' is too large: it does not fit exactly in 64-bit minor units").arg(text);
        return std::nullopt;
    }
    if (!survivesJson(*money)) {
        *problem = tooPreciseMessage(text);
        return std::nullopt;
    }
    return money;
}

bool ExactAmount::survivesJson(const Money &money)
{
    if (money.isWholeMajor())
        return true;
    // What DecisionJson reads back: the shortest text of the double the export wrote.
    const double asDouble = money.toDecimalString().toDouble();
    const std::optional<Money> back
        = Money::fromDecimalString(QString::number(asDouble, 'f', QLocale::FloatingPointShortest), money.currency);
    return back && *back == money;
}

QString ExactAmount::tooPreciseMessage(const QString &text)
{
    return tr("'%1' has too many significant digits to be kept exactly with decimals (at most 15; whole amounts "
              "may be larger)")
        .arg(text);
}
