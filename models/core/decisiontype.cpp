// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisiontype.h"

#include <QCoreApplication>

const QStringList &DecisionType::all()
{
    static const QStringList types = {QStringLiteral("formal_notice"), QStringLiteral("provisional_notice"),
        QStringLiteral("fine"), QStringLiteral("penalty_payment"), QStringLiteral("order"), QStringLiteral("reprimand"),
        QStringLiteral("finding"), QStringLiteral("court_ruling"), QStringLiteral("appeal_ruling"),
        QStringLiteral("settlement"), QStringLiteral("criminal_complaint")};
    return types;
}

bool DecisionType::isKnown(const QString &type)
{
    return all().contains(type);
}

QString DecisionType::label(const QString &type)
{
    struct Label
    {
        const char *type;
        const char *text;
    };
    static const Label labels[] = {
        {"formal_notice", QT_TRANSLATE_NOOP("DecisionType", "Formal notice")},
        {"provisional_notice", QT_TRANSLATE_NOOP("DecisionType", "Provisional notice")},
        {"fine", QT_TRANSLATE_NOOP("DecisionType", "Fine")},
        {"penalty_payment", QT_TRANSLATE_NOOP("DecisionType", "Penalty payment")},
        {"order", QT_TRANSLATE_NOOP("DecisionType", "Order")},
        {"reprimand", QT_TRANSLATE_NOOP("DecisionType", "Reprimand")},
        {"finding", QT_TRANSLATE_NOOP("DecisionType", "Finding")},
        {"court_ruling", QT_TRANSLATE_NOOP("DecisionType", "Court ruling")},
        {"appeal_ruling", QT_TRANSLATE_NOOP("DecisionType", "Appeal ruling")},
        {"settlement", QT_TRANSLATE_NOOP("DecisionType", "Settlement")},
        {"criminal_complaint", QT_TRANSLATE_NOOP("DecisionType", "Criminal complaint")},
    };
    for (const Label &l : labels) {
        if (type == QLatin1String(l.type))
            return QCoreApplication::translate("DecisionType", l.text);
    }
    return type;
}

bool DecisionType::isMonetary(const QString &type)
{
    return type == QLatin1String("fine") || type == QLatin1String("penalty_payment");
}
