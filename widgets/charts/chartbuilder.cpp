// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartbuilder.h"

#include "displayformat.h"
#include "money.h"
#include "theme.h"

#include <QAbstractSeries>
#include <QAreaSeries>
#include <QBrush>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QSet>
#include <QValueAxis>
#include <QXYSeries>
#include <cmath>

namespace {

qreal fontPixels(const QFont &font)
{
    return QFontMetricsF(font).height();
}

// The axis property that makes fitLinearAxis() label ticks as euro millions in that locale.
constexpr char EuroMillionsLocale[] = "caselineEuroMillionsLocale";

// The rectangle of a label of `size` placed at `anchor` (the point it names), `gap` away from it.
QRectF placed(ChartBuilder::Placement placement, const QPointF &anchor, const QSizeF &size, qreal gap)
{
    switch (placement) {
    case ChartBuilder::Placement::Left:
        return QRectF(QPointF(anchor.x() - gap - size.width(), anchor.y() - size.height() / 2), size);
    case ChartBuilder::Placement::AboveLeft:
        return QRectF(QPointF(anchor.x() - size.width() + gap, anchor.y() - gap - size.height()), size);
    case ChartBuilder::Placement::AboveRight:
        return QRectF(QPointF(anchor.x() - gap, anchor.y() - gap - size.height()), size);
    case ChartBuilder::Placement::Right:
        return QRectF(QPointF(anchor.x() + gap, anchor.y() - size.height() / 2), size);
    case ChartBuilder::Placement::BelowRight:
        return QRectF(QPointF(anchor.x() + gap, anchor.y() + gap), size);
    case ChartBuilder::Placement::BelowLeft:
        return QRectF(QPointF(anchor.x() - gap - size.width(), anchor.y() + gap), size);
    }
    return QRectF(anchor, size);
}

bool intersectsAny(const QRectF &rect, const QList<QRectF> &rects)
{
    for (const QRectF &other : rects) {
        if (rect.intersects(other))
            return true;
    }
    return false;
}

} // namespace

QFont ChartBuilder::exportFont(const QSizeF &size, const Theme &theme)
{
    QFont font;
    const qreal pixels = std::max(11.0, std::min(size.height() / 54.0, size.width() / 96.0)) * theme.fontScale;
    font.setPixelSize(qRound(pixels));
    return font;
}

QChart *ChartBuilder::createChart(const QString &title, const Theme &theme, const QFont &font, const QLocale &locale)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(theme.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);

    QFont titleFont = font;
    titleFont.setBold(true);
    if (titleFont.pixelSize() > 0)
        titleFont.setPixelSize(qRound(titleFont.pixelSize() * 1.2));
    else
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    chart->setTitle(title);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(theme.text);

    QLegend *legend = chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(font);
    legend->setLabelColor(theme.text);
    legend->setBackgroundVisible(false);
    legend->setShowToolTips(true);

    const int pad = qRound(fontPixels(font) * 0.6);
    chart->setMargins(QMargins(pad, pad / 2, pad * 2, pad));
    return chart;
}

void ChartBuilder::styleAxis(QAbstractAxis *axis, const QString &title, const Theme &theme, const QFont &font)
{
    axis->setLabelsFont(font);
    axis->setLabelsColor(theme.text);
    axis->setTitleText(title);
    axis->setTitleFont(font);
    axis->setTitleBrush(theme.mutedText);
    axis->setLinePen(QPen(theme.mutedText, 1));
    axis->setGridLinePen(QPen(theme.grid, 1));
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
}

namespace {

// Qt Charts keys a category by its label and draws labels as HTML. Labels repeat ("Feb" of two years) and a tick
// whose label is left out still needs a key: zero-width spaces make each one unique without changing what it shows.
QString uniqueLabel(const QString &label, QSet<QString> *used)
{
    QString key = label.toHtmlEscaped();
    while (used->contains(key))
        key += QChar(0x200B);
    used->insert(key);
    return key;
}

// Gives `axis` the ticks of its range at the plot's width. Only a real change touches the axis: new categories
// relayout the chart, which reports its plot area again.
void updateTimeTicks(QChart *chart, QCategoryAxis *axis, qreal fallbackWidth)
{
    const QRectF plot = chart->plotArea();
    const qreal width = plot.width() >= 1 ? plot.width() : fallbackWidth;
    const TimelineScale scale(axis->min(), axis->max(), plot.left(), width);
    const QFontMetricsF metrics(axis->labelsFont());
    const qreal minSpacing = metrics.horizontalAdvance(QStringLiteral("Q4 0000")) + metrics.height();
    const QList<TimelineTick> ticks = scale.centredLabelTicks(
        chart->locale(), minSpacing, [&metrics](const QString &label) { return metrics.horizontalAdvance(label); },
        metrics.height() * 0.8);
    QStringList labels;
    QList<qreal> ends;
    QSet<QString> used;
    for (const TimelineTick &tick : ticks) {
        // A tick on either end would only double the plot's edge.
        if (tick.day <= axis->min() || tick.day >= axis->max())
            continue;
        // Qt Charts hides the label before a category whose label is empty: a blanked edge label keeps no tick.
        if (tick.label.isEmpty())
            continue;
        labels << uniqueLabel(tick.label, &used);
        ends << tick.day;
    }
    const qreal start = axis->min() - scale.span();
    if (axis->categoriesLabels() == labels && axis->startValue() == start) {
        bool same = true;
        for (qsizetype i = 0; i < labels.size() && same; ++i)
            same = axis->endValue(labels.at(i)) == ends.at(i);
        if (same)
            return;
    }
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    // Outside the range, so that no gridline is drawn at the start of the first category.
    axis->setStartValue(start);
    for (qsizetype i = 0; i < labels.size(); ++i)
        axis->append(labels.at(i), ends.at(i));
}

} // namespace

QCategoryAxis *ChartBuilder::addTimeAxis(QChart *chart, qreal plotWidth, const Theme &theme, const QFont &font)
{
    auto *axis = new QCategoryAxis;
    axis->setObjectName(QStringLiteral("time"));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // The ticks are spaced for their labels; Qt's truncation divides the width evenly and would cut them short.
    axis->setTruncateLabels(false);
    styleAxis(axis, QString(), theme, font);
    chart->addAxis(axis, Qt::AlignBottom);
    const auto update = [chart, axis, plotWidth]() { updateTimeTicks(chart, axis, plotWidth); };
    QObject::connect(axis, &QValueAxis::rangeChanged, chart, update);
    QObject::connect(chart, &QChart::plotAreaChanged, axis, update);
    return axis;
}

void ChartBuilder::setTimeRange(QChart *chart, const QDate &from, const QDate &to)
{
    if (QValueAxis *axis = timeAxis(chart))
        axis->setRange(TimelineScale::dayOf(from), TimelineScale::dayOf(to) + 1);
}

QValueAxis *ChartBuilder::timeAxis(const QChart *chart)
{
    if (!chart)
        return nullptr;
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes) {
        if (axis->objectName() == QLatin1String("time"))
            return qobject_cast<QValueAxis *>(axis);
    }
    return nullptr;
}

TimelineScale ChartBuilder::timeScale(const QChart *chart)
{
    const QValueAxis *axis = timeAxis(chart);
    const QRectF plot = chart ? chart->plotArea() : QRectF();
    if (!axis)
        return TimelineScale();
    return TimelineScale(axis->min(), axis->max(), plot.left(), plot.width());
}

QList<QDate> ChartBuilder::datesOf(const QList<Decision> &decisions, DateBasis basis)
{
    QList<QDate> dates;
    dates.reserve(decisions.size());
    for (const Decision &decision : decisions)
        dates << dateFor(decision, basis);
    return dates;
}

QDate ChartBuilder::fittedFrom(const QList<QDate> &dates, const QDate &to)
{
    QDate first;
    for (const QDate &date : dates) {
        if (date.isValid() && (!first.isValid() || date < first))
            first = date;
    }
    if (!first.isValid())
        first = to.addYears(-1);
    const QDate before = first.addMonths(-3);
    return QDate(before.year(), before.month(), 1);
}

QDate ChartBuilder::fittedTo(const QList<QDate> &dates, const QDate &today)
{
    QDate last = today;
    for (const QDate &date : dates) {
        if (date.isValid() && date > last)
            last = date;
    }
    return QDate(last.year(), last.month(), 1).addMonths(2);
}

QValueAxis *ChartBuilder::createLinearAxis(qreal maxValue, const QString &title, const Theme &theme,
    const QFont &font)
{
    auto *axis = new QValueAxis;
    fitLinearAxis(axis, maxValue);
    styleAxis(axis, title, theme, font);
    return axis;
}

void ChartBuilder::fitLinearAxis(QValueAxis *axis, qreal maxValue, qreal below)
{
    const qreal target = std::max(maxValue, 1.0);
    // A round step (1, 2, 2.5 or 5 times a power of ten) that gives five to eight intervals.
    const qreal raw = target / 6.0;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    qreal step = 10 * magnitude;
    for (const qreal m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    }
    qreal top = std::ceil(target / step) * step;
    if (top - maxValue < step * 0.15)
        top += step;
    axis->setRange(-top * std::clamp(below, 0.0, 0.1), top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    const int decimals = step >= 1 ? (std::fmod(step, 1.0) == 0 ? 0 : 1) : int(std::ceil(-std::log10(step)));
    const QVariant locale = axis->property(EuroMillionsLocale);
    axis->setLabelFormat(locale.isValid()
            ? DisplayFormat::millionsAxisFormat(QStringLiteral("EUR"), locale.value<QLocale>(), decimals)
            : QStringLiteral("%.%1f").arg(decimals));
}

void ChartBuilder::setEuroMillionsLabels(QValueAxis *axis, const QLocale &locale)
{
    axis->setProperty(EuroMillionsLocale, QVariant::fromValue(locale));
    const QString current = axis->labelFormat();
    const qsizetype point = current.indexOf(QLatin1String("%."));
    const int decimals = point >= 0 ? current.mid(point + 2, 1).toInt() : 0;
    axis->setLabelFormat(DisplayFormat::millionsAxisFormat(QStringLiteral("EUR"), locale, decimals));
}

QXYSeries *ChartBuilder::findLine(const QChart *chart, const QString &name)
{
    if (!chart)
        return nullptr;
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *area = qobject_cast<QAreaSeries *>(s); area && area->upperSeries()->objectName() == name)
            return area->upperSeries();
        if (auto *xy = qobject_cast<QXYSeries *>(s); xy && xy->objectName() == name)
            return xy;
    }
    return nullptr;
}

void ChartBuilder::hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
}

void ChartBuilder::fitLegend(QChart *chart, qreal width)
{
    QLegend *legend = chart->legend();
    QFont font = legend->font();
    const QMargins margins = chart->margins();
    const qreal available = width - margins.left() - margins.right();
    // Each entry: its name, its swatch and the spaces around them, about two and a half lines high.
    const auto needed = [legend](const QFont &f) {
        const QFontMetricsF metrics(f);
        qreal total = 0;
        const QList<QLegendMarker *> markers = legend->markers();
        for (const QLegendMarker *marker : markers) {
            if (marker->isVisible())
                total += metrics.horizontalAdvance(marker->label()) + metrics.height() * 2.5;
        }
        return total;
    };
    // Exports size their fonts in pixels, the screen in points.
    const bool pixels = font.pixelSize() > 0;
    while (needed(font) > available && (pixels ? font.pixelSize() > 9 : font.pointSizeF() > 7)) {
        if (pixels)
            font.setPixelSize(font.pixelSize() - 1);
        else
            font.setPointSizeF(font.pointSizeF() - 0.5);
        legend->setFont(font);
    }
}

QString ChartBuilder::note(const CumulativeSeries &series, const NoteContent &content, const QLocale &locale)
{
    QStringList currencies;
    for (const CumulativeSeries::Step &step : series.steps()) {
        if (step.original && step.original->currency != QLatin1String("EUR")
            && !currencies.contains(step.original->currency))
            currencies << step.original->currency;
    }
    QStringList parts;
    parts << (currencies.isEmpty()
            ? tr("Amounts in EUR; other currencies are converted at the ECB reference rate of the decision date.")
            : tr("Amounts in EUR; %1 converted at the ECB reference rate of the decision date.")
                  .arg(locale.createSeparatedList(currencies)));
    if (!content.notImposedDashed) {
        parts << tr("Only fines and penalty payments imposed on Clearview AI count; provisional figures, maxima, "
                    "settlements and fines on others do not.");
    }
    if (content.standingShown) {
        if (series.totals().collectedMinor == 0) {
            parts << (content.collectedLineShown ? tr("No payment is known: collected stays at 0.")
                                                 : tr("No payment is known."));
        }
        parts << tr("Standing = imposed minus amounts set aside on appeal until a later ruling restores them.");
    }
    if (content.datesShown) {
        parts << (content.basis == DateBasis::Announced ? tr("Dates: announced (adopted when unknown).")
                                                        : tr("Dates: adopted (announced when unknown)."));
    }
    if (content.logScale)
        parts << tr("Logarithmic scale.");
    const auto name = [&content](const QString &id) { return content.decisionName ? content.decisionName(id) : id; };
    if (content.notImposedDashed) {
        QStringList undrawn;
        bool dashed = false;
        for (const CumulativeSeries::Potential &p : series.potential()) {
            if (p.amountEur && p.date.isValid())
                dashed = true;
            else
                undrawn << tr("%1 %2").arg(name(p.decisionId), DisplayFormat::money(p.amount, locale));
        }
        if (dashed)
            parts << tr("Dashed: amounts not imposed (provisional, maxima, settlements, fines on others).");
        if (!undrawn.isEmpty())
            parts << tr("Not drawn (no euro rate or date): %1.").arg(locale.createSeparatedList(undrawn));
    }
    if (content.datesShown && !series.undatedIds().isEmpty())
        parts << tr("Not placed (no date): %1.").arg(series.undatedIds().join(QStringLiteral(", ")));
    return parts.join(QLatin1Char(' '));
}

void ChartBuilder::setNote(QChart *chart, const QString &text, const Theme &theme, const QFont &font)
{
    if (text.isEmpty())
        return;
    auto *note = new QGraphicsTextItem(chart);
    QFont noteFont = font;
    if (noteFont.pixelSize() > 0)
        noteFont.setPixelSize(std::max(10, qRound(noteFont.pixelSize() * 0.85)));
    else
        noteFont.setPointSizeF(noteFont.pointSizeF() * 0.9);
    note->setFont(noteFont);
    note->setDefaultTextColor(theme.mutedText);
    note->setPlainText(text);
    const QMargins base = chart->margins();
    // The note needs the chart's width to wrap, so it is laid out whenever the chart is resized.
    const auto layoutNote = [chart, note, base]() {
        const QRectF area = chart->rect();
        // Before the chart has its size, the note would wrap into a tall column and push the chart's minimum up.
        if (area.width() < 200) {
            note->setVisible(false);
            return;
        }
        note->setVisible(true);
        note->setTextWidth(std::max(50.0, area.width() - base.left() - base.right()));
        const qreal height = note->boundingRect().height();
        note->setPos(area.left() + base.left(), area.bottom() - height - base.bottom() / 2.0);
        const QMargins wanted(base.left(), base.top(), base.right(), base.bottom() + qCeil(height));
        if (chart->margins() != wanted)
            chart->setMargins(wanted);
    };
    QObject::connect(chart, &QChart::geometryChanged, chart, layoutNote);
    layoutNote();
}

void ChartBuilder::addLabels(QChart *chart, QAbstractSeries *series, const QList<Label> &labels,
    const std::function<QList<QPolygonF>()> &obstacles, const Theme &theme, const QFont &font)
{
    if (labels.isEmpty())
        return;
    QFont labelFont = font;
    labelFont.setBold(true);
    const qreal padding = fontPixels(font) * 0.2;
    QList<QGraphicsRectItem *> boxes;
    for (const Label &label : labels) {
        auto *box = new QGraphicsRectItem(chart);
        QColor fill = theme.background;
        fill.setAlpha(215);
        box->setBrush(fill);
        box->setPen(Qt::NoPen);
        box->setZValue(20);
        auto *text = new QGraphicsSimpleTextItem(label.text, box);
        text->setFont(labelFont);
        text->setBrush(label.color.isValid() ? label.color : theme.text);
        text->setPos(padding, padding / 2);
        box->setRect(QRectF(QPointF(0, 0), text->boundingRect().size() + QSizeF(2 * padding, padding)));
        box->setVisible(false);
        boxes.append(box);
    }
    const qreal gap = fontPixels(font) * 0.45;
    const auto place = [chart, series, labels, obstacles, boxes, gap]() {
        const QRectF plot = chart->plotArea();
        QList<QRectF> occupied;
        const QList<QPolygonF> lines = obstacles ? obstacles() : QList<QPolygonF>();
        for (const QPolygonF &line : lines) {
            for (int i = 1; i < line.size(); ++i) {
                const QPointF a = chart->mapToPosition(line.at(i - 1), series);
                const QPointF b = chart->mapToPosition(line.at(i), series);
                occupied.append(QRectF(a, b).normalized().adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2));
            }
        }
        const QValueAxis *xAxis = nullptr;
        const QList<QAbstractAxis *> axes = series->attachedAxes();
        for (const QAbstractAxis *axis : axes) {
            if (axis->orientation() == Qt::Horizontal)
                xAxis = qobject_cast<const QValueAxis *>(axis);
        }
        for (int i = 0; i < labels.size(); ++i) {
            QGraphicsRectItem *box = boxes.at(i);
            const Label &label = labels.at(i);
            QPointF value = label.value;
            if (!label.endOf.isEmpty()) {
                const QXYSeries *line = findLine(chart, label.endOf);
                const QList<QPointF> points = line && xAxis ? line->points() : QList<QPointF>();
                box->setVisible(false);
                if (points.isEmpty() || points.constFirst().x() > xAxis->max())
                    continue;
                // The level the line has at the right end of what is shown.
                value = QPointF(std::min(points.constLast().x(), xAxis->max()), points.constFirst().y());
                for (const QPointF &point : points) {
                    if (point.x() > value.x())
                        break;
                    value.setY(point.y());
                }
            } else if (label.holdsUntil > value.x() && xAxis) {
                // The stretch is not in view when the range ends before it starts.
                if (xAxis->max() < value.x())
                    value.setX(xAxis->min() - 1);
                else
                    value.setX(std::min(label.holdsUntil, xAxis->max()));
            }
            QPointF anchor = chart->mapToPosition(value, series);
            // A line's end may be the plot's edge: its label then starts a gap inside, so that it fits above it.
            if (!label.endOf.isEmpty())
                anchor.setX(std::min(anchor.x(), plot.right() - gap));
            box->setVisible(false);
            if (!plot.adjusted(-1, -1, 1, 1).contains(anchor))
                continue;
            for (const Placement placement : labels.at(i).placements) {
                const QRectF rect = placed(placement, anchor, box->rect().size(), gap);
                if (plot.contains(rect) && !intersectsAny(rect, occupied)) {
                    box->setPos(rect.topLeft());
                    box->setVisible(true);
                    occupied.append(rect);
                    break;
                }
            }
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    // The series' axes were attached before: their domain follows a new range before this places the labels.
    const QList<QAbstractAxis *> axes = series->attachedAxes();
    for (QAbstractAxis *axis : axes) {
        if (auto *valueAxis = qobject_cast<QValueAxis *>(axis))
            QObject::connect(valueAxis, &QValueAxis::rangeChanged, chart, place);
    }
    place();
}

void ChartBuilder::render(QChart *chart, QPainter *painter, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene deletes the chart
    const QRectF area(QPointF(0, 0), target.size());
    chart->setGeometry(area);
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    // The note may have changed the margins, and the time ticks the axis, once the width was known: lay out again
    // at the same size until nothing moves.
    for (int round = 0; round < 3; ++round) {
        chart->setGeometry(area);
        if (QGraphicsLayout *layout = chart->layout())
            layout->activate();
    }
    scene.setSceneRect(area);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    // Marks drawn as images are scaled down smoothly.
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    scene.render(painter, target, area, Qt::IgnoreAspectRatio);
    painter->restore();
}
