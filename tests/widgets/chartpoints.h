// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartbuilder.h"

#include <QDate>
#include <QList>
#include <QPointF>

// What the chart tests compare: x positions on the charts' time axis and y values in exact cents of a million.
namespace ChartPoints {

inline qreal x(const QDate &date)
{
    return ChartBuilder::dayX(date);
}

// The y values of a line, rounded to cents of a million for exact comparison.
inline QList<qint64> ys(const QList<QPointF> &points)
{
    QList<qint64> values;
    for (const QPointF &p : points)
        values << qRound64(p.y() * 1000000);
    return values;
}

} // namespace ChartPoints
