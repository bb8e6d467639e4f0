// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartbuilder.h"

#include "theme.h"

#include <QAbstractSeries>
#include <QBrush>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QValueAxis>

#include <cmath>

namespace {

qreal fontPixels(const QFont &font)
{
    return QFontMetricsF(font).height();
}

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

QList<QDate> ChartBuilder::dateTicks(const QDate &from, const QDate &to, int maxTicks, QString *format)
{
    QList<QDate> ticks;
    if (!from.isValid() || !to.isValid() || to <= from)
        return ticks;
    for (const int months : {1, 3, 6, 12, 24, 60, 120}) {
        ticks.clear();
        QDate tick(from.year(), from.month(), 1);
        while ((tick.year() * 12 + tick.month() - 1) % months != 0 || tick < from)
            tick = tick.addMonths(1);
        for (; tick <= to; tick = tick.addMonths(months))
            ticks << tick;
        if (ticks.size() <= maxTicks && ticks.size() >= 2) {
            *format = months >= 12 ? QStringLiteral("yyyy") : QStringLiteral("MMM yyyy");
            return ticks;
        }
        if (ticks.size() < 2)
            break;
    }
    // Zoomed in to weeks or days.
    for (const int days : {1, 2, 7, 14}) {
        ticks.clear();
        for (QDate tick = from; tick <= to; tick = tick.addDays(days))
            ticks << tick;
        if (ticks.size() <= maxTicks)
            break;
    }
    *format = QStringLiteral("d MMM yyyy");
    return ticks;
}

QCategoryAxis *ChartBuilder::createTimeAxis(const QDate &from, const QDate &to, qreal width, const Theme &theme,
    const QFont &font, const QLocale &locale)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qreal min = toMsecs(from);
    const qreal max = toMsecs(to);
    axis->setRange(min, max);
    axis->setStartValue(min - 1);
    const qreal labelWidth = QFontMetricsF(font).horizontalAdvance(QStringLiteral("Sep 2024")) * 1.7;
    QString format;
    const QList<QDate> ticks = dateTicks(from, to, std::clamp(int(width / labelWidth), 2, 16), &format);
    for (const QDate &tick : ticks) {
        const qreal x = toMsecs(tick);
        if (x > min - 1 && x <= max)
            axis->append(locale.toString(tick, format), x);
    }
    styleAxis(axis, QString(), theme, font);
    return axis;
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
    const QDate before = first.addMonths(-1);
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
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    const int decimals = step >= 1 ? (std::fmod(step, 1.0) == 0 ? 0 : 1) : int(std::ceil(-std::log10(step)));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    styleAxis(axis, title, theme, font);
    return axis;
}

void ChartBuilder::hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
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
    const QList<QPolygonF> &obstacles, const Theme &theme, const QFont &font)
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
        for (const QPolygonF &line : obstacles) {
            for (int i = 1; i < line.size(); ++i) {
                const QPointF a = chart->mapToPosition(line.at(i - 1), series);
                const QPointF b = chart->mapToPosition(line.at(i), series);
                occupied.append(QRectF(a, b).normalized().adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2));
            }
        }
        for (int i = 0; i < labels.size(); ++i) {
            QGraphicsRectItem *box = boxes.at(i);
            const QPointF anchor = chart->mapToPosition(labels.at(i).value, series);
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
    // The note may have changed the margins once the width was known: lay out again at the same size.
    chart->setGeometry(area);
    scene.setSceneRect(area);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, target, area, Qt::IgnoreAspectRatio);
    painter->restore();
}

QString ChartBuilder::millions(qint64 minorEur, const QLocale &locale)
{
    // Hundredths of a million, rounded half away from zero, all in integers.
    const qint64 hundredths = (minorEur >= 0 ? minorEur + 500000 : minorEur - 500000) / 1000000;
    const int decimals = hundredths % 100 == 0 ? 0 : (hundredths % 10 == 0 ? 1 : 2);
    const double value = double(hundredths) / 100.0;
    return QCoreApplication::translate("ChartBuilder", "EUR %1m").arg(locale.toString(value, 'f', decimals));
}

qreal ChartBuilder::toMsecs(const QDate &date)
{
    return qreal(QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

QDate ChartBuilder::fromMsecs(qreal msecs)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(msecs), Qt::UTC).date();
}
