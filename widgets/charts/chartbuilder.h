// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cumulativeseries.h"
#include "datebasis.h"
#include "decision.h"
#include "timelinescale.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <functional>

class QAbstractAxis;
class QAbstractSeries;
class QCategoryAxis;
class QChart;
class QLocale;
class QPainter;
class QValueAxis;
class QXYSeries;
struct Theme;

// What every chart shares, so that the chart classes only say what they draw: themed chart and axes, the money
// and date axes, the note printed under the plot, labels that avoid each other and the lines, and the offscreen
// render used by export. Qt Charts stays behind this class and the chart classes (it is deprecated after 6.10).
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)
public:
    // Where a label sits relative to the point it names; tried in the order given until one fits.
    enum class Placement { Left, AboveLeft, AboveRight, Right, BelowRight, BelowLeft };

    struct Label
    {
        QPointF value; // in the series' coordinates
        QString text;
        QColor color;
        QList<Placement> placements;
        // When after value.x: the value holds until there (the end of a line), and the label names the right end
        // of the visible part of that stretch, so that it stays at the line's end as the range changes.
        qreal holdsUntil = 0;
        // When set, the object name of a line: the label names the right end of the visible part of that line,
        // wherever a range change puts it, and `value` is not used.
        QString endOf = QString();
    };

    // The font for an exported image: proportional to its size, so a slide at 1920x1080 reads from the back row.
    static QFont exportFont(const QSizeF &size, const Theme &theme);

    // An empty chart in the theme: background, title, legend, no animation, numbers in `locale`.
    static QChart *createChart(const QString &title, const Theme &theme, const QFont &font, const QLocale &locale);
    static void styleAxis(QAbstractAxis *axis, const QString &title, const Theme &theme, const QFont &font);
    // The time axis, added to `chart` at the bottom: x is a day of TimelineScale (a date occupies [dayOf(date),
    // dayOf(date) + 1)), so the charts and the timeline share one time scale. Its ticks are the timeline's
    // (TimelineScale::centredLabelTicks(), in the chart's locale) and follow the axis' range and the plot's width;
    // `plotWidth` is used until the chart is laid out.
    static QCategoryAxis *addTimeAxis(QChart *chart, qreal plotWidth, const Theme &theme, const QFont &font);
    // Shows the dates from `from` to `to`, both whole, on the chart's time axis; its ticks follow.
    static void setTimeRange(QChart *chart, const QDate &from, const QDate &to);
    // The chart's time axis, or null when it has none (bars).
    static QValueAxis *timeAxis(const QChart *chart);
    // The chart's x mapping: the time axis' range drawn into the plot area's pixels (chart coordinates).
    static TimelineScale timeScale(const QChart *chart);
    // Where a decision of `date` is drawn: the middle of its day, as on the timeline.
    static qreal dayX(const QDate &date) { return TimelineScale::dayOf(date) + 0.5; }
    static QDate dateAt(qreal x) { return TimelineScale::dateOf(x); }
    // The date of each decision on the basis (null where it has none), for fitting a range.
    static QList<QDate> datesOf(const QList<Decision> &decisions, DateBasis basis);
    // The range that fits `dates` (invalid ones ignored): from the first of the month three months before the first
    // date (room for the first year label, centred on its tick), to the
    // first of the second month after the later of the last date and `today`.
    static QDate fittedFrom(const QList<QDate> &dates, const QDate &to);
    static QDate fittedTo(const QList<QDate> &dates, const QDate &today);
    // From 0 to a little above `maxValue`, with ticks on round values (millions of euros, billions of images).
    static QValueAxis *createLinearAxis(qreal maxValue, const QString &title, const Theme &theme, const QFont &font);
    // Gives `axis` the range and ticks createLinearAxis() would for `maxValue`, in place; `below` (0 to 0.1) is the
    // share of the range shown under 0, so that a line at 0 is not half hidden by the plot's edge. The ticks stay
    // on round values from 0.
    static void fitLinearAxis(QValueAxis *axis, qreal maxValue, qreal below = 0);
    // Labels `axis`'s ticks as euro millions in the locale's way ("€20m", "20 M€"), through every later
    // fitLinearAxis().
    static void setEuroMillionsLabels(QValueAxis *axis, const QLocale &locale);
    static void hideFromLegend(QChart *chart, QAbstractSeries *series);
    // Makes the legend's font smaller, when needed, so that its visible entries fit in its one row at `width`:
    // Qt Charts would otherwise cut their names short ("Impo...").
    static void fitLegend(QChart *chart, qreal width);
    // The line series named `name` (an object name), or the upper line of the area series of that name.
    static QXYSeries *findLine(const QChart *chart, const QString &name);

    // What a chart's note explains besides the currency rule, which every note states.
    struct NoteContent
    {
        DateBasis basis = DateBasis::Adopted;
        bool datesShown = true; // a time axis: which date places a decision
        bool standingShown = true; // what "standing" means, and that no payment is known
        bool collectedLineShown = false; // the collected line stays at zero when no payment is known
        bool notImposedDashed = false; // the dashed marks of amounts not imposed, instead of the rule that they
                                       // do not count
        bool logScale = false;
        // "ICO fine": names the decisions listed as not drawn or not placed.
        std::function<QString(const QString &decisionId)> decisionName;
    };
    // The note printed under a chart of `series`: one text for every chart, so that they explain it alike.
    static QString note(const CumulativeSeries &series, const NoteContent &content, const QLocale &locale);
    // Text under the plot and legend, wrapped to the chart's width; the chart's bottom margin grows to fit it.
    static void setNote(QChart *chart, const QString &text, const Theme &theme, const QFont &font);
    // Labels placed once the plot area is known, and again when it or the time range changes; a label that fits
    // nowhere without covering another label, a line in `obstacles` (in the series' coordinates, read when placing,
    // so that lines updated in place count as drawn) or the plot's edge is left out.
    static void addLabels(QChart *chart, QAbstractSeries *series, const QList<Label> &labels,
        const std::function<QList<QPolygonF>()> &obstacles, const Theme &theme, const QFont &font);

    // Lays `chart` out at the target's size and paints it into `painter`; takes ownership of the chart.
    static void render(QChart *chart, QPainter *painter, const QRectF &target);

    static qreal toMillions(qint64 minorEur) { return qreal(minorEur) / 100000000.0; }
};
