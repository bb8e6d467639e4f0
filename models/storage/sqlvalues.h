// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "isodate.h"
#include "money.h"

#include <QDate>
#include <QString>
#include <QVariant>
#include <optional>

// Values as CaseRepository's QSqlQuery reads give them: a NULL column is no amount, no date.
namespace SqlValues {

inline std::optional<Money> moneyFrom(const QVariant &minor, const QString &currency)
{
    if (minor.isNull())
        return std::nullopt;
    return Money{minor.toLongLong(), currency};
}

inline QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : IsoDate::parse(v.toString());
}

} // namespace SqlValues
