// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QDate>
#include <QString>

// Which date of a decision the timeline and the charts plot: adopted (falling back to announced, the
// researched `timeline_date`) or announced (falling back to adopted).
enum class DateBasis { Adopted, Announced };

inline QDate dateFor(const Decision &decision, DateBasis basis)
{
    if (basis == DateBasis::Announced)
        return decision.announceDate.isValid() ? decision.announceDate : decision.decisionDate;
    return decision.timelineDate();
}

inline QString dateBasisName(DateBasis basis)
{
    return basis == DateBasis::Announced ? QStringLiteral("announced") : QStringLiteral("adopted");
}

inline bool parseDateBasis(const QString &name, DateBasis *basis)
{
    if (name == QLatin1String("adopted"))
        *basis = DateBasis::Adopted;
    else if (name == QLatin1String("announced"))
        *basis = DateBasis::Announced;
    else
        return false;
    return true;
}
