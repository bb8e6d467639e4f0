// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cumulativechartrenderer.h"

#include "theme.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QPointer>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <memory>

namespace {

using Metric = CumulativeSeries::Metric;
using StepKind = CumulativeSeries::StepKind;
using PotentialKind = CumulativeSeries::PotentialKind;
using Mark = CumulativeChartMarks::Mark;

// The property of a marks series that holds the index of the mark of its first point: the points are the marks
// in the range, so point i is mark first + i.
const char *const FirstMark = "caselineFirstMark";
// Of each marks series, which marks it draws: the imposed ones, the changes, or those of a kind not imposed.
const char *const MarkSet = "caselineMarkSet";
// Of the claims series, the claim of each point.
const char *const ClaimIndexes = "caselineClaimIndexes";
constexpr int ImposedSet = -2;
constexpr int ChangeSet = -1;

// From how many marks a series draws them as images (useImageMarks()); fewer stay shapes, sharp in SVG and PDF.
constexpr qsizetype ImageMarksFrom = 300;

// How much of the money axis is under 0: the collected line, often at 0, is drawn whole above the axis.
constexpr qreal BelowZero = 0.03;

struct Colors
{
    QColor imposed;
    QColor standing;
    QColor collected;
    QColor potential;
    QColor claims;
};

// Okabe-Ito hues that stay apart on each background; blue for imposed follows the theme's accent.
Colors colorsFor(const Theme &theme)
{
    const bool dark = theme.name == QLatin1String("dark");
    return {theme.accent, dark ? theme.categorical.value(0) : theme.categorical.value(5), theme.categorical.value(2),
        theme.mutedText, theme.categorical.value(6)};
}

// The index of the point nearest to `point`, by date first: clicks on a scatter mark give its exact point, clicks
// on a line give any point of it.
int nearestIndex(const QList<QPointF> &points, const QPointF &point)
{
    int best = -1;
    qreal bestDx = 0;
    qreal bestDy = 0;
    for (int i = 0; i < points.size(); ++i) {
        const qreal dx = std::abs(points.at(i).x() - point.x());
        const qreal dy = std::abs(points.at(i).y() - point.y());
        if (best < 0 || dx < bestDx || (dx == bestDx && dy < bestDy)) {
            best = i;
            bestDx = dx;
            bestDy = dy;
        }
    }
    return best;
}

QScatterSeries *markers(const QColor &color, qreal size, QScatterSeries::MarkerShape shape)
{
    auto *series = new QScatterSeries;
    series->setMarkerShape(shape);
    series->setMarkerSize(size);
    series->setColor(color);
    series->setBorderColor(color.darker(130));
    return series;
}

QString potentialObjectName(PotentialKind kind)
{
    static const char *const names[] = {"provisional", "maximum", "settlement", "otherTarget", "penaltyCap",
        "penaltyPerDay"};
    return QStringLiteral("potential-") + QLatin1String(names[int(kind)]);
}

// Each kind of amount not imposed has its own mark, so that the legend tells them apart.
QScatterSeries::MarkerShape potentialShape(PotentialKind kind)
{
    switch (kind) {
    case PotentialKind::Provisional:
        return QScatterSeries::MarkerShapeCircle;
    case PotentialKind::Maximum:
        return QScatterSeries::MarkerShapeTriangle;
    case PotentialKind::Settlement:
        return QScatterSeries::MarkerShapeRectangle;
    case PotentialKind::OtherTarget:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case PotentialKind::PenaltyCap:
        return QScatterSeries::MarkerShapeStar;
    case PotentialKind::PenaltyPerDay:
        return QScatterSeries::MarkerShapePentagon;
    }
    return QScatterSeries::MarkerShapeCircle;
}

const QList<Mark> &markSet(const CumulativeChartMarks &marks, int set)
{
    if (set == ImposedSet)
        return marks.imposed();
    if (set == ChangeSet)
        return marks.changes();
    return marks.potential(PotentialKind(set));
}

// Shows the marks of `set` in [from, to] on `series`, and records which mark its first point is.
void showMarks(QXYSeries *series, const CumulativeChartMarks &marks, const QDate &from, const QDate &to)
{
    const QList<Mark> &all = markSet(marks, series->property(MarkSet).toInt());
    const auto [first, end] = CumulativeChartMarks::inRange(all, from, to);
    QList<QPointF> points;
    points.reserve(end - first);
    for (int i = first; i < end; ++i)
        points << CumulativeChartMarks::pointOf(all.at(i));
    series->setProperty(FirstMark, first);
    series->replace(points);
}

QList<QXYSeries *> markSeries(const QChart *chart)
{
    QList<QXYSeries *> found;
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *s : all) {
        if (auto *xy = qobject_cast<QXYSeries *>(s); xy && xy->property(MarkSet).isValid())
            found << xy;
    }
    return found;
}

} // namespace

CumulativeChartRenderer::CumulativeChartRenderer(const QList<Decision> &decisions, DateBasis basis,
    const QList<DbSizeClaim> &dbSizeClaims)
{
    setDecisions(decisions, basis);
    setDbSizeClaims(dbSizeClaims);
}

void CumulativeChartRenderer::setDecisions(const QList<Decision> &decisions, DateBasis basis)
{
    m_decisions = decisions;
    m_basis = basis;
    m_indexById.clear();
    m_indexed = false;
    // What the chart draws: steps and amounts not imposed; not the counts of decisions or the authorities.
    CumulativeSeries::Builder builder(m_basis, QDate(), CumulativeSeries::WithPotential);
    for (const Decision &decision : std::as_const(m_decisions))
        builder.add(decision);
    m_series = builder.finish();
    m_marks = CumulativeChartMarks(m_series);
    m_firstDate = QDate();
    m_lastDate = QDate();
    for (const Decision &decision : std::as_const(m_decisions)) {
        const QDate date = dateFor(decision, m_basis);
        if (!date.isValid())
            continue;
        if (!m_firstDate.isValid() || date < m_firstDate)
            m_firstDate = date;
        if (!m_lastDate.isValid() || date > m_lastDate)
            m_lastDate = date;
    }
}

void CumulativeChartRenderer::setDbSizeClaims(const QList<DbSizeClaim> &claims)
{
    m_claims = claims;
    std::stable_sort(m_claims.begin(), m_claims.end(),
        [](const DbSizeClaim &a, const DbSizeClaim &b) { return a.date() < b.date(); });
}

void CumulativeChartRenderer::setRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
}

QDate CumulativeChartRenderer::rangeFrom() const
{
    if (m_from.isValid())
        return m_from;
    QList<QDate> dates{m_firstDate};
    if (m_claimsVisible) {
        for (const DbSizeClaim &claim : m_claims)
            dates << claim.date();
    }
    return ChartBuilder::fittedFrom(dates, rangeTo());
}

QDate CumulativeChartRenderer::rangeTo() const
{
    if (m_to.isValid())
        return m_to;
    return ChartBuilder::fittedTo({m_lastDate}, today());
}

std::optional<QPointF> CumulativeChartRenderer::markValue(const QString &decisionId, StepKind kind) const
{
    for (int i = 0; i < m_series.steps().size(); ++i) {
        const CumulativeSeries::Step &step = m_series.steps().at(i);
        if (step.decisionId != decisionId || step.kind != kind)
            continue;
        if (step.date < rangeFrom() || step.date > rangeTo())
            return std::nullopt;
        const QList<Mark> &marks = kind == StepKind::Imposed ? m_marks.imposed() : m_marks.changes();
        return CumulativeChartMarks::pointOf(marks.at(m_marks.markOfStep(i)));
    }
    return std::nullopt;
}

std::pair<int, int> CumulativeChartRenderer::stepsInRange() const
{
    const QList<CumulativeSeries::Step> &steps = m_series.steps();
    const QDate from = rangeFrom();
    const QDate to = rangeTo();
    // Steps are in date order.
    const auto first = std::lower_bound(steps.cbegin(), steps.cend(), from,
        [](const CumulativeSeries::Step &step, const QDate &date) { return step.date < date; });
    const auto end = std::upper_bound(first, steps.cend(), to,
        [](const QDate &date, const CumulativeSeries::Step &step) { return date < step.date; });
    return { int(first - steps.cbegin()), int(end - steps.cbegin()) };
}

std::optional<QPointF> CumulativeChartRenderer::stepMarkValue(int stepIndex) const
{
    if (stepIndex < 0 || stepIndex >= m_series.steps().size())
        return std::nullopt;
    const CumulativeSeries::Step &step = m_series.steps().at(stepIndex);
    if (step.date < rangeFrom() || step.date > rangeTo())
        return std::nullopt;
    const QList<Mark> &marks = step.kind == StepKind::Imposed ? m_marks.imposed() : m_marks.changes();
    return CumulativeChartMarks::pointOf(marks.at(m_marks.markOfStep(stepIndex)));
}

std::shared_ptr<const CumulativeChartRenderer> CumulativeChartRenderer::snapshot() const
{
    return std::make_shared<const CumulativeChartRenderer>(*this);
}

const Decision *CumulativeChartRenderer::decisionOf(const QString &id) const
{
    if (!m_indexed) {
        m_indexById.reserve(m_decisions.size());
        for (int i = 0; i < m_decisions.size(); ++i)
            m_indexById.insert(m_decisions.at(i).id, i);
        m_indexed = true;
    }
    const int index = m_indexById.value(id, -1);
    return index >= 0 ? &m_decisions.at(index) : nullptr;
}

QDate CumulativeChartRenderer::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void CumulativeChartRenderer::applyRange(QChart *chart) const
{
    const QDate from = rangeFrom();
    const QDate to = rangeTo();
    const QDate end = std::min(today(), to);
    // The lines and marks first: the range change that follows places the labels around them.
    const std::pair<Metric, QString> lines[] = { { Metric::Imposed, QStringLiteral("imposed") },
        { Metric::Standing, QStringLiteral("standing") }, { Metric::Collected, QStringLiteral("collected") } };
    for (const auto &[metric, name] : lines) {
        if (QXYSeries *line = ChartBuilder::findLine(chart, name))
            line->replace(m_marks.linePoints(metric, from, to, end));
    }
    const QXYSeries *imposed = ChartBuilder::findLine(chart, QStringLiteral("imposed"));
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *series : all) {
        const auto *area = qobject_cast<QAreaSeries *>(series);
        if (area && area->lowerSeries() && imposed && imposed->count() > 0)
            area->lowerSeries()->replace({QPointF(imposed->at(0).x(), 0), QPointF(imposed->points().constLast().x(), 0)});
    }
    for (QXYSeries *marks : markSeries(chart)) {
        showMarks(marks, m_marks, from, to);
        // A kind with nothing in the range leaves the legend.
        if (marks->property(MarkSet).toInt() >= 0) {
            const QList<QLegendMarker *> legend = chart->legend()->markers(marks);
            for (QLegendMarker *marker : legend)
                marker->setVisible(marks->count() > 0);
        }
    }
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Vertical);
    for (QAbstractAxis *axis : axes) {
        if (axis->objectName() == QLatin1String("money"))
            ChartBuilder::fitLinearAxis(qobject_cast<QValueAxis *>(axis),
                ChartBuilder::toMillions(m_marks.highestIn(from, to)), BelowZero);
    }
    // The totals at the range's end, on a line of their own under the title.
    const QFont titleFont = chart->titleFont();
    const QString size = titleFont.pixelSize() > 0 ? QStringLiteral("%1px").arg(qRound(titleFont.pixelSize() / 1.2))
                                                   : QStringLiteral("%1pt").arg(titleFont.pointSizeF() / 1.2);
    chart->setTitle(tr("Fines and penalty payments imposed on Clearview AI, cumulative").toHtmlEscaped()
        + QStringLiteral("<br><span style=\"font-weight:normal; font-size:%1\">%2</span>")
              .arg(size, headline().toHtmlEscaped()));
    ChartBuilder::setTimeRange(chart, from, to);
}

void CumulativeChartRenderer::applySelection(QChart *chart, const QString &selectedId) const
{
    QXYSeries *ring = ChartBuilder::findLine(chart, QStringLiteral("selection"));
    if (!ring)
        return;
    // Every mark of the decision: its steps (imposed, set aside, reinstated, collected) and its amounts not imposed.
    QList<QPointF> points;
    if (!selectedId.isEmpty()) {
        for (int i = 0; i < m_series.steps().size(); ++i) {
            const CumulativeSeries::Step &step = m_series.steps().at(i);
            if (step.decisionId != selectedId)
                continue;
            const QList<Mark> &marks = step.kind == StepKind::Imposed ? m_marks.imposed() : m_marks.changes();
            points << CumulativeChartMarks::pointOf(marks.at(m_marks.markOfStep(i)));
        }
        for (int i = 0; i < m_series.potential().size(); ++i) {
            if (m_series.potential().at(i).decisionId != selectedId)
                continue;
            if (const auto mark = m_marks.markOfPotential(i))
                points << CumulativeChartMarks::pointOf(m_marks.potential(mark->first).at(mark->second));
        }
    }
    ring->replace(points);
}

QChart *CumulativeChartRenderer::createChart(const Theme &theme, const QFont &font, qreal width,
    const ChartInteraction *interaction) const
{
    const Colors colors = colorsFor(theme);
    QChart *chart = ChartBuilder::createChart(
        tr("Fines and penalty payments imposed on Clearview AI, cumulative"), theme, font, m_locale);
    const qreal markerSize = QFontMetricsF(font).height() * 0.62;
    // The axis goes first: every series is attached to it. The plot is most of the width until it is laid out.
    QCategoryAxis *timeAxis = ChartBuilder::addTimeAxis(chart, width * 0.85, theme, font);

    // The lines get their points from applyRange(), which a range change calls again on the same chart.
    auto *imposed = new QLineSeries(chart);
    imposed->setObjectName(QStringLiteral("imposed"));
    // The area's floor is 0, not the axis' bottom, which is a little under 0 for the collected line.
    auto *floor = new QLineSeries(chart);
    floor->setObjectName(QStringLiteral("imposedFloor"));
    // Imposed is a tinted area, so the standing line on its edge stays readable where the two are equal.
    auto *imposedArea = new QAreaSeries(imposed, floor);
    imposedArea->setName(tr("Imposed"));
    imposedArea->setObjectName(QStringLiteral("imposedArea"));
    QColor tint = colors.imposed;
    tint.setAlpha(theme.name == QLatin1String("dark") ? 80 : 55);
    imposedArea->setBrush(tint);
    imposedArea->setPen(QPen(colors.imposed, std::max(1.5, markerSize * 0.18), Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    auto *standing = new QLineSeries;
    standing->setName(tr("Standing after appeals"));
    standing->setObjectName(QStringLiteral("standing"));
    standing->setPen(QPen(colors.standing, markerSize * 0.36, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    auto *collected = new QLineSeries;
    // Named for what it shows, also in the legend, where the name is never left out for want of room.
    collected->setName(m_series.totals().collectedMinor == 0 ? tr("Collected: no payment known")
                                                             : tr("Collected (payments known)"));
    collected->setObjectName(QStringLiteral("collected"));
    collected->setPen(QPen(colors.collected, markerSize * 0.3, Qt::DashLine, Qt::FlatCap));

    // One mark per day and line: applyRange() gives them the marks in the range. Where days are more than the
    // width has room for marks, they are smaller, so that the lines still show between them.
    const auto [firstDay, endDay] = CumulativeChartMarks::inRange(m_marks.imposed(), rangeFrom(), rangeTo());
    const qreal stepMarkSize = endDay - firstDay > width / (markerSize * 2) ? markerSize * 0.55 : markerSize;
    QScatterSeries *imposedMarks = markers(colors.imposed, stepMarkSize, QScatterSeries::MarkerShapeCircle);
    imposedMarks->setObjectName(QStringLiteral("imposedMarks"));
    imposedMarks->setProperty(MarkSet, ImposedSet);
    QScatterSeries *changeMarks = markers(colors.standing, stepMarkSize, QScatterSeries::MarkerShapeRotatedRectangle);
    changeMarks->setObjectName(QStringLiteral("changeMarks"));
    changeMarks->setProperty(MarkSet, ChangeSet);

    // Money that is not imposed: a dashed rise from the imposed total of its day, never added to it. One series of
    // marks per kind, named in the legend; the rises are painted under them by one item.
    QList<QAbstractSeries *> potentialSeries;
    QList<QLineF> rises;
    const QPen risePen(colors.potential, std::max(1.5, markerSize * 0.2), Qt::DashLine, Qt::FlatCap);
    for (const PotentialKind kind : m_marks.potentialKinds()) {
        QScatterSeries *marks = markers(colors.potential, markerSize, potentialShape(kind));
        marks->setObjectName(potentialObjectName(kind));
        marks->setName(potentialKindName(kind));
        marks->setProperty(MarkSet, int(kind));
        marks->setBrush(theme.background);
        marks->setPen(QPen(colors.potential, std::max(1.5, markerSize * 0.18)));
        potentialSeries << marks;
        for (const Mark &mark : m_marks.potential(kind)) {
            const qreal x = ChartBuilder::dayX(mark.date);
            rises << QLineF(x, ChartBuilder::toMillions(mark.baseMinor), x, ChartBuilder::toMillions(mark.valueMinor));
        }
    }

    // A ring in the text colour: the themes' selection orange is the standing line's colour here. Its points come
    // from applySelection(), which a selection change calls again on the same chart.
    QScatterSeries *selection = markers(theme.text, markerSize * 2.0, QScatterSeries::MarkerShapeCircle);
    selection->setObjectName(QStringLiteral("selection"));
    selection->setBrush(Qt::NoBrush);
    selection->setPen(QPen(theme.text, std::max(2.0, markerSize * 0.25)));

    // Its range follows the time range (applyRange()).
    QValueAxis *moneyAxis = ChartBuilder::createLinearAxis(1, tr("Amount"), theme, font);
    ChartBuilder::setEuroMillionsLabels(moneyAxis, m_locale);
    moneyAxis->setObjectName(QStringLiteral("money"));
    chart->addAxis(moneyAxis, Qt::AlignLeft);

    const QList<QAbstractSeries *> moneySeries = QList<QAbstractSeries *>{imposedArea, standing, collected}
        + potentialSeries + QList<QAbstractSeries *>{imposedMarks, changeMarks, selection};
    for (QAbstractSeries *series : moneySeries) {
        chart->addSeries(series);
        series->attachAxis(timeAxis);
        series->attachAxis(moneyAxis);
    }
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(imposedMarks),
             static_cast<QAbstractSeries *>(changeMarks), static_cast<QAbstractSeries *>(selection)})
        ChartBuilder::hideFromLegend(chart, series);
    // Each kind not imposed in the legend with its own mark (the lines keep their plain swatch).
    for (QAbstractSeries *series : std::as_const(potentialSeries)) {
        const QList<QLegendMarker *> legend = chart->legend()->markers(series);
        for (QLegendMarker *marker : legend)
            marker->setShape(QLegend::MarkerShapeFromSeries);
    }
    auto *risesItem = rises.isEmpty() ? nullptr : new CumulativeChartRises(chart, standing, rises, risePen);
    // Many marks are drawn as images: they are the days of the data, thousands at 100,000 decisions.
    for (QXYSeries *marks : markSeries(chart)) {
        if (markSet(m_marks, marks->property(MarkSet).toInt()).size() > ImageMarksFrom)
            useImageMarks(chart, qobject_cast<QScatterSeries *>(marks));
    }

    QList<QPointF> claimPoints;
    QPointer<QValueAxis> imagesAxis;
    if (m_claimsVisible && !m_claims.isEmpty()) {
        // The axis fits the claims in the range, or all of them when none is in it.
        qint64 most = 0;
        qint64 mostInRange = 0;
        for (const DbSizeClaim &claim : m_claims) {
            most = std::max(most, claim.images);
            if (claim.date() >= rangeFrom() && claim.date() <= rangeTo())
                mostInRange = std::max(mostInRange, claim.images);
        }
        imagesAxis = ChartBuilder::createLinearAxis(qreal(mostInRange > 0 ? mostInRange : most) / 1e9,
            tr("Database size claimed by Clearview (billion images)"), theme, font);
        // Its 0 level with the money axis' 0, which is a little above the plot's bottom.
        ChartBuilder::fitLinearAxis(imagesAxis, qreal(mostInRange > 0 ? mostInRange : most) / 1e9, BelowZero);
        imagesAxis->setObjectName(QStringLiteral("images"));
        imagesAxis->setGridLineVisible(false);
        imagesAxis->setLabelsColor(colors.claims);
        imagesAxis->setTitleBrush(colors.claims);
        chart->addAxis(imagesAxis, Qt::AlignRight);
        // Marks only: the claims come from different people and are no measured series to join with a line.
        QScatterSeries *claimMarks = markers(colors.claims, markerSize * 0.95, QScatterSeries::MarkerShapeTriangle);
        claimMarks->setName(tr("Claimed database size (right axis)"));
        claimMarks->setObjectName(QStringLiteral("claims"));
        QList<int> claimIndex;
        for (int i = 0; i < m_claims.size(); ++i) {
            const QDate date = m_claims.at(i).date();
            if (!date.isValid())
                continue;
            claimPoints << QPointF(ChartBuilder::dayX(date), qreal(m_claims.at(i).images) / 1e9);
            claimIndex << i;
        }
        claimMarks->append(claimPoints);
        chart->addSeries(claimMarks);
        claimMarks->attachAxis(timeAxis);
        claimMarks->attachAxis(imagesAxis);
        // Which claim each point is, for its tooltip (connectInteraction()).
        claimMarks->setProperty(ClaimIndexes, QVariant::fromValue(claimIndex));
    }

    if (interaction)
        connectInteraction(chart, *interaction);
    applyRange(chart);
    applySelection(chart, interaction ? interaction->selectedId : QString());
    ChartBuilder::fitLegend(chart, width);

    // What the labels must not cover, read when they are placed: the step lines as the range has them, the rises
    // and the claims (in money coordinates, at the axes' current scales).
    const QList<QPointer<QXYSeries>> lines{imposed, standing, collected};
    const QPointer<QValueAxis> money(moneyAxis);
    const auto obstacles = [lines, risesItem, claimPoints, money, imagesAxis]() {
        QList<QPolygonF> polygons;
        for (const QPointer<QXYSeries> &line : lines) {
            if (line)
                polygons << QPolygonF(line->points());
        }
        if (risesItem) {
            const QList<QLineF> visible = risesItem->visibleRises();
            for (const QLineF &rise : visible)
                polygons << QPolygonF{rise.p1(), rise.p2()};
        }
        if (money && imagesAxis) {
            const qreal scale = money->max() / imagesAxis->max();
            for (const QPointF &claim : claimPoints)
                polygons << QPolygonF{QPointF(claim.x(), claim.y() * scale), QPointF(claim.x(), claim.y() * scale)};
        }
        return polygons;
    };
    ChartBuilder::addLabels(chart, imposedArea,
        labels(font, width, {colors.imposed, colors.standing, colors.collected, colors.potential}), obstacles, theme,
        font);
    ChartBuilder::setNote(chart, note(), theme, font);
    return chart;
}

void CumulativeChartRenderer::connectInteraction(QChart *chart, const ChartInteraction &interaction) const
{
    // The chart may outlive this renderer (the view replaces its data), so its handlers keep their own copy.
    const std::shared_ptr<const CumulativeChartRenderer> self = snapshot();
    const ChartInteraction hooks = interaction;
    // One layer takes the hovers and clicks of every series of marks and of the claims (ChartPointerLayer says why).
    QList<QXYSeries *> pointed = markSeries(chart);
    if (QXYSeries *claims = ChartBuilder::findLine(chart, QStringLiteral("claims")))
        pointed << claims;
    const auto markOf = [](const CumulativeChartRenderer &renderer, const QXYSeries *series, int index) -> const Mark * {
        const QList<Mark> &marks = markSet(renderer.marks(), series->property(MarkSet).toInt());
        const int mark = series->property(FirstMark).toInt() + index;
        return series->property(MarkSet).isValid() && mark >= 0 && mark < marks.size() ? &marks.at(mark) : nullptr;
    };
    const auto text = [self, markOf](const QXYSeries *series, int index) {
        if (series->objectName() == QLatin1String("claims"))
            return self->claimToolTip(series->property(ClaimIndexes).value<QList<int>>().value(index, -1));
        const Mark *mark = markOf(*self, series, index);
        return mark ? self->markToolTip(*mark, series->property(MarkSet).toInt() >= 0) : QString();
    };
    const auto markClicked = [self, markOf, hooks](const QXYSeries *series, int index) {
        const Mark *mark = markOf(*self, series, index);
        if (!mark || !hooks.clicked)
            return;
        const bool potential = series->property(MarkSet).toInt() >= 0;
        hooks.clicked(potential ? self->series().potential().at(mark->largest).decisionId
                                : self->series().steps().at(mark->largest).decisionId);
    };
    new ChartPointerLayer(chart, pointed, text, hooks.hovered,
        hooks.clicked ? std::function<void(const QXYSeries *, int)>(markClicked) : nullptr);
    // A click anywhere on a line or the imposed area selects the largest decision of the nearest day that moved it.
    const auto connectLine = [&](const QString &name, bool standingToo) {
        QList<std::pair<QDate, QString>> days;
        for (const Mark &mark : m_marks.imposed())
            days.append({mark.date, m_series.steps().at(mark.largest).decisionId});
        // Imposing moves both lines; set-asides and reinstatements move the standing line only.
        if (standingToo) {
            for (const Mark &mark : m_marks.changes()) {
                if (mark.line == Metric::Standing)
                    days.append({mark.date, m_series.steps().at(mark.largest).decisionId});
            }
            std::stable_sort(days.begin(), days.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        }
        QList<QPointF> xs;
        QStringList ids;
        for (const auto &[date, id] : std::as_const(days)) {
            xs << QPointF(ChartBuilder::dayX(date), 0);
            ids << id;
        }
        const auto clicked = [xs, ids, hooks](const QPointF &point) {
            const int i = nearestIndex(xs, QPointF(point.x(), 0));
            if (i >= 0 && hooks.clicked)
                hooks.clicked(ids.at(i));
        };
        const QList<QAbstractSeries *> all = chart->series();
        for (QAbstractSeries *series : all) {
            if (auto *area = qobject_cast<QAreaSeries *>(series); area && area->upperSeries()->objectName() == name)
                QObject::connect(area, &QAreaSeries::clicked, chart, clicked);
            else if (auto *xy = qobject_cast<QXYSeries *>(series); xy && xy->objectName() == name)
                QObject::connect(xy, &QXYSeries::clicked, chart, clicked);
        }
    };
    connectLine(QStringLiteral("imposed"), false);
    connectLine(QStringLiteral("standing"), true);
}

void CumulativeChartRenderer::render(QPainter *painter, const QRectF &target, const Theme &theme) const
{
    const QFont font = ChartBuilder::exportFont(target.size(), theme);
    ChartBuilder::render(createChart(theme, font, target.width()), painter, target);
}

QString CumulativeChartRenderer::renderTitle() const
{
    return tr("caseline: cumulative fines imposed on Clearview AI");
}
