// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

class QAbstractAxis;
class QAbstractSeries;
class QCategoryAxis;
class QChart;
class QLocale;
class QPainter;
class QValueAxis;
struct Theme;

// What every chart shares, so that the chart classes only say what they draw: themed chart and axes, the money
// and date axes, the note printed under the plot, labels that avoid each other and the lines, and the offscreen
// render used by export. Qt Charts stays behind this class and the chart classes (it is deprecated after 6.10).
class ChartBuilder
{
public:
    // Where a label sits relative to the point it names; tried in the order given until one fits.
    enum class Placement { Left, AboveLeft, AboveRight, Right, BelowRight, BelowLeft };

    struct Label
    {
        QPointF value; // in the series' coordinates
        QString text;
        QColor color;
        QList<Placement> placements;
    };

    // The font for an exported image: proportional to its size, so a slide at 1920x1080 reads from the back row.
    static QFont exportFont(const QSizeF &size, const Theme &theme);

    // An empty chart in the theme: background, title, legend, no animation, numbers in `locale`.
    static QChart *createChart(const QString &title, const Theme &theme, const QFont &font, const QLocale &locale);
    static void styleAxis(QAbstractAxis *axis, const QString &title, const Theme &theme, const QFont &font);
    // A time axis from `from` to `to` (x in toMsecs()), labelled on round dates: the first of a year, quarter or
    // month, or days when zoomed in, as many as `width` has room for. (QDateTimeAxis spaces its ticks evenly, so
    // a tick meant for 1 January can land on 31 December and be labelled with the wrong year.)
    static QCategoryAxis *createTimeAxis(const QDate &from, const QDate &to, qreal width, const Theme &theme,
        const QFont &font, const QLocale &locale);
    // The round dates createTimeAxis() labels, at most `maxTicks` of them.
    static QList<QDate> dateTicks(const QDate &from, const QDate &to, int maxTicks, QString *format);
    // From 0 to a little above `maxValue`, with ticks on round values (millions of euros, billions of images).
    // The date of each decision on the basis (null where it has none), for fitting a range.
    static QList<QDate> datesOf(const QList<Decision> &decisions, DateBasis basis);
    // The range that fits `dates` (invalid ones ignored): from the first of the month before the first date, to the
    // first of the second month after the later of the last date and `today`.
    static QDate fittedFrom(const QList<QDate> &dates, const QDate &to);
    static QDate fittedTo(const QList<QDate> &dates, const QDate &today);
    static QValueAxis *createLinearAxis(qreal maxValue, const QString &title, const Theme &theme, const QFont &font);
    static void hideFromLegend(QChart *chart, QAbstractSeries *series);

    // Text under the plot and legend, wrapped to the chart's width; the chart's bottom margin grows to fit it.
    static void setNote(QChart *chart, const QString &text, const Theme &theme, const QFont &font);
    // Labels placed once the plot area is known (and again when it changes); a label that fits nowhere without
    // covering another label, a line in `obstacles` (in the series' coordinates) or the plot's edge is left out.
    static void addLabels(QChart *chart, QAbstractSeries *series, const QList<Label> &labels,
        const QList<QPolygonF> &obstacles, const Theme &theme, const QFont &font);

    // Lays `chart` out at the target's size and paints it into `painter`; takes ownership of the chart.
    static void render(QChart *chart, QPainter *painter, const QRectF &target);

    // "EUR 8.92m", "EUR 20m": euro cents as millions with up to two decimals, in `locale`.
    static QString millions(qint64 minorEur, const QLocale &locale);
    static qreal toMillions(qint64 minorEur) { return qreal(minorEur) / 100000000.0; }
    // Noon UTC: time zones and daylight saving never move a day onto its neighbour.
    static qreal toMsecs(const QDate &date);
    static QDate fromMsecs(qreal msecs);
};
