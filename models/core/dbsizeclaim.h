// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

// A public claim about the size of Clearview's image database, with who made it.
struct DbSizeClaim
{
    QString dateText; // "2022-03-10", or "2022-03" where only the month is known (datePrecision)
    qint64 images = 0;
    QString label;
    QString claimedBy;
    QString kind; // company claim, regulator, court, press
    QString dateNote;
    QString note;
    QString confidence;
    QString datePrecision;
    QList<Source> sources;

    // The day to plot: the first of the month for month-precision claims.
    QDate date() const
    {
        const QDate day = QDate::fromString(dateText, Qt::ISODate);
        return day.isValid() ? day : QDate::fromString(dateText + QStringLiteral("-01"), Qt::ISODate);
    }

    bool operator==(const DbSizeClaim &o) const
    {
        return dateText == o.dateText && images == o.images && label == o.label && claimedBy == o.claimedBy && kind == o.kind
            && dateNote == o.dateNote && note == o.note && confidence == o.confidence && datePrecision == o.datePrecision
            && sources == o.sources;
    }
};

Q_DECLARE_METATYPE(DbSizeClaim)
