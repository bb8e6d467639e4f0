// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "isodate.h"

namespace IsoDate {

QDate parse(const QString &text, Problem *problem)
{
    Problem found = Problem::None;
    QDate day;
    if (!text.isEmpty()) {
        bool shaped = text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-');
        for (int i = 0; shaped && i < 10; ++i) {
            if (i != 4 && i != 7)
                shaped = text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9');
        }
        if (!shaped) {
            found = Problem::NotADay;
        } else {
            day = QDate(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
            if (!day.isValid())
                found = Problem::NoSuchDay;
        }
    }
    if (problem)
        *problem = found;
    return day;
}

} // namespace IsoDate
