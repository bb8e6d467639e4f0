// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldlimits.h"

#include <QRegularExpression>
#include <QSet>

namespace FieldLimits {

int maximumFor(const QString &field)
{
    // "sources[2].url" -> "sources.url": the index does not change what the field is.
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString name = field;
    name.remove(index);
    if (name == QLatin1String("source_urls") || name == QLatin1String("sources.url"))
        return Url;
    static const QSet<QString> freeText = { QStringLiteral("summary"), QStringLiteral("summary_fr"),
        QStringLiteral("outcome"), QStringLiteral("outcome_fr"), QStringLiteral("date_notes"),
        QStringLiteral("amount_notes"), QStringLiteral("legal_basis.notes"), QStringLiteral("legal_basis.law"),
        QStringLiteral("legal_basis.provisions_violated"), QStringLiteral("orders"), QStringLiteral("orders_fr"),
        QStringLiteral("facts"), QStringLiteral("facts_fr"), QStringLiteral("low_confidence_details"),
        QStringLiteral("status_changes.note"), QStringLiteral("sources.confirms") };
    return freeText.contains(name) ? Text : Short;
}

} // namespace FieldLimits
