// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cumulativechartrenderer.h"

#include "chartbuilder.h"
#include "countryregistry.h"
#include "decisiontype.h"
#include "theme.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QPointer>
#include <QScatterSeries>
#include <QSet>
#include <QValueAxis>
#include <algorithm>
#include <memory>

namespace {

using Metric = CumulativeSeries::Metric;
using StepKind = CumulativeSeries::StepKind;

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

// A step line from `from` (or its first step) to `end` (or its last step): the visible range decides how far the
// level runs on either side.
QList<QPointF> stepPoints(const CumulativeSeries &series, Metric metric, const QDate &from, const QDate &end)
{
    QList<QPointF> points;
    const QDate first = series.steps().isEmpty() ? from : std::min(from, series.steps().constFirst().date);
    points << QPointF(ChartBuilder::dayX(first), 0);
    qint64 value = 0;
    for (const CumulativeSeries::Step &step : series.steps()) {
        const qint64 next = step.after.value(metric);
        if (next == value)
            continue;
        const qreal x = ChartBuilder::dayX(step.date);
        points << QPointF(x, ChartBuilder::toMillions(value)) << QPointF(x, ChartBuilder::toMillions(next));
        value = next;
    }
    const QDate last = series.steps().isEmpty() ? end : std::max(end, series.steps().constLast().date);
    points << QPointF(ChartBuilder::dayX(last), ChartBuilder::toMillions(value));
    return points;
}

// Where a step's mark is: on the line it moves.
QPointF markPoint(const CumulativeSeries::Step &step)
{
    const qint64 y = step.kind == StepKind::Imposed ? step.after.imposedMinor
        : step.kind == StepKind::Collected          ? step.after.collectedMinor
                                                    : step.after.standingMinor;
    return QPointF(ChartBuilder::dayX(step.date), ChartBuilder::toMillions(y));
}

bool isDrawn(const CumulativeSeries::Potential &p)
{
    return p.amountEur && p.date.isValid();
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
    for (int i = 0; i < m_decisions.size(); ++i)
        m_indexById.insert(m_decisions.at(i).id, i);
    m_series = CumulativeSeries::compute(m_decisions, m_basis);
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
    QList<QDate> dates = ChartBuilder::datesOf(m_decisions, m_basis);
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
    const QList<QDate> dates = ChartBuilder::datesOf(m_decisions, m_basis);
    return ChartBuilder::fittedTo(dates, today());
}

std::shared_ptr<const CumulativeChartRenderer> CumulativeChartRenderer::snapshot() const
{
    return std::make_shared<const CumulativeChartRenderer>(*this);
}

QString CumulativeChartRenderer::decisionName(const QString &id) const
{
    const int index = m_indexById.value(id, -1);
    if (index < 0)
        return id;
    const Decision &decision = m_decisions.at(index);
    return tr("%1 %2").arg(CumulativeSeries::shortAuthority(decision.authority),
        DecisionType::label(decision.decisionType).toLower());
}

QString CumulativeChartRenderer::stepToolTip(int stepIndex) const
{
    if (stepIndex < 0 || stepIndex >= m_series.steps().size())
        return QString();
    const CumulativeSeries::Step &step = m_series.steps().at(stepIndex);
    const QString day = m_locale.toString(step.date, QStringLiteral("d MMM yyyy"));
    const QString euros = Money{step.amountMinor, QStringLiteral("EUR")}.toDisplayString(m_locale);
    QString amount = euros;
    if (step.original && step.original->currency != QLatin1String("EUR")) {
        amount = tr("%1 (%2 at the ECB reference rate of the decision date)")
                     .arg(step.original->toDisplayString(m_locale), euros);
    }
    const auto total = [this](qint64 minor) { return Money{minor, QStringLiteral("EUR")}.toDisplayString(m_locale); };
    QStringList lines;
    const int index = m_indexById.value(step.decisionId, -1);
    const QString authority = index >= 0 ? m_decisions.at(index).authority : step.authority;
    switch (step.kind) {
    case StepKind::Imposed:
        lines << authority
              << tr("%1, %2, %3").arg(DecisionType::label(step.decisionType), CountryRegistry::name(step.country, m_locale), day)
              << amount;
        break;
    case StepKind::SetAside:
    case StepKind::Reinstated:
    case StepKind::Collected: {
        const QString what = step.kind == StepKind::SetAside ? tr("%1 set aside on %2")
            : step.kind == StepKind::Reinstated                ? tr("%1 reinstated on %2")
                                                               : tr("%1 collected on %2");
        lines << what.arg(decisionName(step.decisionId), day);
        if (!step.causeId.isEmpty()) {
            const int cause = m_indexById.value(step.causeId, -1);
            lines << tr("By: %1").arg(cause >= 0 ? m_decisions.at(cause).authority : step.causeId);
        }
        if (!step.note.isEmpty())
            lines << step.note;
        lines << (step.kind == StepKind::SetAside ? tr("%1 leaves the standing total").arg(amount)
                : step.kind == StepKind::Reinstated ? tr("%1 stands again").arg(amount)
                                                    : tr("%1 collected").arg(amount));
        break;
    }
    }
    lines << tr("Imposed in all: %1; standing: %2; collected: %3")
                 .arg(total(step.after.imposedMinor), total(step.after.standingMinor), total(step.after.collectedMinor));
    lines << tr("Decision: %1").arg(step.decisionId);
    return lines.join(QLatin1Char('\n'));
}

QString CumulativeChartRenderer::potentialToolTip(int potentialIndex) const
{
    if (potentialIndex < 0 || potentialIndex >= m_series.potential().size())
        return QString();
    const CumulativeSeries::Potential &p = m_series.potential().at(potentialIndex);
    QString why;
    switch (p.kind) {
    case CumulativeSeries::PotentialKind::Provisional:
        why = tr("Provisional figure, never imposed as such");
        break;
    case CumulativeSeries::PotentialKind::Maximum:
        why = tr("A maximum (\"up to\"), not a sum imposed");
        break;
    case CumulativeSeries::PotentialKind::Settlement:
        why = tr("A settlement, not a fine");
        break;
    case CumulativeSeries::PotentialKind::OtherTarget:
        why = tr("Imposed on %1, not on Clearview AI").arg(p.target);
        break;
    case CumulativeSeries::PotentialKind::PenaltyCap:
        why = tr("Penalty payments up to this amount if the orders are not met; not imposed");
        break;
    case CumulativeSeries::PotentialKind::PenaltyPerDay:
        why = tr("Penalty payment per day if the orders are not met; not imposed");
        break;
    }
    QString amount = p.amount.toDisplayString(m_locale);
    if (p.amountEur && p.amount.currency != QLatin1String("EUR"))
        amount = tr("%1 (%2)").arg(amount, p.amountEur->toDisplayString(m_locale));
    const QString day = p.date.isValid() ? m_locale.toString(p.date, QStringLiteral("d MMM yyyy")) : tr("date unknown");
    return QStringList{tr("Not in the totals: %1").arg(decisionName(p.decisionId)), p.authority,
        tr("%1, %2").arg(CountryRegistry::name(p.country, m_locale), day), amount, why, tr("Decision: %1").arg(p.decisionId)}
        .join(QLatin1Char('\n'));
}

QString CumulativeChartRenderer::claimToolTip(int claimIndex) const
{
    if (claimIndex < 0 || claimIndex >= m_claims.size())
        return QString();
    const DbSizeClaim &claim = m_claims.at(claimIndex);
    QStringList lines{tr("Claimed database size: %1 images (%2)").arg(claim.label, m_locale.toString(claim.images)),
        tr("%1: %2").arg(claim.dateText, claim.claimedBy)};
    if (!claim.kind.isEmpty())
        lines << tr("Kind of claim: %1").arg(claim.kind);
    if (!claim.note.isEmpty())
        lines << claim.note;
    return lines.join(QLatin1Char('\n'));
}

QString CumulativeChartRenderer::note() const
{
    ChartBuilder::NoteContent content;
    content.basis = m_basis;
    content.collectedLineShown = true;
    content.notImposedDashed = true;
    content.decisionName = [this](const QString &id) { return decisionName(id); };
    return ChartBuilder::note(m_series, content, m_locale);
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
    // The lines first: the range change that follows places the labels around them.
    const std::pair<Metric, QString> lines[] = { { Metric::Imposed, QStringLiteral("imposed") },
        { Metric::Standing, QStringLiteral("standing") }, { Metric::Collected, QStringLiteral("collected") } };
    for (const auto &[metric, name] : lines) {
        if (QXYSeries *line = ChartBuilder::findLine(chart, name))
            line->replace(stepPoints(m_series, metric, from, end));
    }
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
        for (const CumulativeSeries::Step &step : m_series.steps()) {
            if (step.decisionId == selectedId)
                points << markPoint(step);
        }
        for (const CumulativeSeries::Potential &p : m_series.potential()) {
            if (p.decisionId == selectedId && isDrawn(p)) {
                const qint64 top = m_series.totalsAt(p.date).imposedMinor + p.amountEur->minor;
                points << QPointF(ChartBuilder::dayX(p.date), ChartBuilder::toMillions(top));
            }
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
    // Imposed is a tinted area, so the standing line on its edge stays readable where the two are equal.
    auto *imposedArea = new QAreaSeries(imposed);
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
    collected->setName(tr("Collected (payments known)"));
    collected->setObjectName(QStringLiteral("collected"));
    collected->setPen(QPen(colors.collected, markerSize * 0.3, Qt::DashLine, Qt::FlatCap));

    // One mark per step, on the line it moves; `imposedStep` and `changeStep` map each mark back to its step.
    QScatterSeries *imposedMarks = markers(colors.imposed, markerSize, QScatterSeries::MarkerShapeCircle);
    imposedMarks->setObjectName(QStringLiteral("imposedMarks"));
    QScatterSeries *changeMarks = markers(colors.standing, markerSize, QScatterSeries::MarkerShapeRotatedRectangle);
    changeMarks->setObjectName(QStringLiteral("changeMarks"));
    QList<int> imposedStep;
    QList<int> changeStep;
    QList<ChartBuilder::Label> labels;
    QList<int> bySize;
    for (int i = 0; i < m_series.steps().size(); ++i) {
        const CumulativeSeries::Step &step = m_series.steps().at(i);
        if (step.kind == StepKind::Imposed) {
            imposedMarks->append(markPoint(step));
            imposedStep << i;
            bySize << i;
        } else {
            changeMarks->append(markPoint(step));
            changeStep << i;
        }
    }
    // The largest steps are named on the chart: as many as the width has room for.
    std::stable_sort(bySize.begin(), bySize.end(), [this](int a, int b) {
        return m_series.steps().at(a).amountMinor > m_series.steps().at(b).amountMinor;
    });
    const int named = std::clamp(int(width / (QFontMetricsF(font).height() * 11)), 2, 10);
    for (int i = 0; i < std::min<int>(named, bySize.size()); ++i) {
        const CumulativeSeries::Step &step = m_series.steps().at(bySize.at(i));
        labels << ChartBuilder::Label { markPoint(step),
            tr("%1 %2").arg(
                CumulativeSeries::shortAuthority(step.authority), ChartBuilder::millions(step.amountMinor, m_locale)),
            colors.imposed,
            { ChartBuilder::Placement::Left, ChartBuilder::Placement::AboveLeft,
                ChartBuilder::Placement::AboveRight } };
    }
    for (const int i : std::as_const(changeStep)) {
        const CumulativeSeries::Step &step = m_series.steps().at(i);
        const bool down = step.kind == StepKind::SetAside;
        const QString text = down ? tr("%1 set aside").arg(decisionName(step.decisionId))
            : step.kind == StepKind::Reinstated ? tr("%1 reinstated").arg(decisionName(step.decisionId))
                                                : tr("%1 collected").arg(decisionName(step.decisionId));
        labels << ChartBuilder::Label { markPoint(step), text, colors.standing,
            down ? QList<ChartBuilder::Placement> { ChartBuilder::Placement::BelowRight,
                ChartBuilder::Placement::BelowLeft }
                 : QList<ChartBuilder::Placement> { ChartBuilder::Placement::AboveLeft, ChartBuilder::Placement::Left,
                     ChartBuilder::Placement::BelowRight } };
    }

    // Money that is not imposed: a dashed rise from the imposed total of its day, never added to it.
    QList<QLineSeries *> potentialLines;
    QScatterSeries *potentialMarks = markers(colors.potential, markerSize, QScatterSeries::MarkerShapeCircle);
    potentialMarks->setObjectName(QStringLiteral("potentialMarks"));
    potentialMarks->setBrush(theme.background);
    potentialMarks->setPen(QPen(colors.potential, std::max(1.5, markerSize * 0.18)));
    QList<int> potentialIndex;
    qint64 highest = m_series.totals().imposedMinor;
    for (const CumulativeSeries::Step &step : m_series.steps())
        highest = std::max(highest, step.after.imposedMinor);
    for (int i = 0; i < m_series.potential().size(); ++i) {
        const CumulativeSeries::Potential &p = m_series.potential().at(i);
        if (!isDrawn(p))
            continue;
        const qint64 base = m_series.totalsAt(p.date).imposedMinor;
        const qreal x = ChartBuilder::dayX(p.date);
        auto *line = new QLineSeries;
        line->append(x, ChartBuilder::toMillions(base));
        line->append(x, ChartBuilder::toMillions(base + p.amountEur->minor));
        line->setPen(QPen(colors.potential, std::max(1.5, markerSize * 0.2), Qt::DashLine, Qt::FlatCap));
        line->setName(tr("Not imposed (dashed)"));
        potentialLines << line;
        potentialMarks->append(x, ChartBuilder::toMillions(base + p.amountEur->minor));
        potentialIndex << i;
        highest = std::max(highest, base + p.amountEur->minor);
    }

    // A ring in the text colour: the themes' selection orange is the standing line's colour here. Its points come
    // from applySelection(), which a selection change calls again on the same chart.
    QScatterSeries *selection = markers(theme.text, markerSize * 2.0, QScatterSeries::MarkerShapeCircle);
    selection->setObjectName(QStringLiteral("selection"));
    selection->setBrush(Qt::NoBrush);
    selection->setPen(QPen(theme.text, std::max(2.0, markerSize * 0.25)));

    QValueAxis *moneyAxis = ChartBuilder::createLinearAxis(ChartBuilder::toMillions(highest), tr("EUR million"), theme, font);
    moneyAxis->setObjectName(QStringLiteral("money"));
    chart->addAxis(moneyAxis, Qt::AlignLeft);

    QList<QAbstractSeries *> moneySeries;
    for (QLineSeries *line : std::as_const(potentialLines))
        moneySeries << line;
    moneySeries << imposedArea << standing << collected << potentialMarks << imposedMarks << changeMarks << selection;
    for (QAbstractSeries *series : std::as_const(moneySeries)) {
        chart->addSeries(series);
        series->attachAxis(timeAxis);
        series->attachAxis(moneyAxis);
    }
    for (int i = 1; i < potentialLines.size(); ++i)
        ChartBuilder::hideFromLegend(chart, potentialLines.at(i));
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(potentialMarks), static_cast<QAbstractSeries *>(imposedMarks),
             static_cast<QAbstractSeries *>(changeMarks), static_cast<QAbstractSeries *>(selection)})
        ChartBuilder::hideFromLegend(chart, series);

    QList<QPolygonF> fixedObstacles;
    for (QLineSeries *line : std::as_const(potentialLines))
        fixedObstacles << QPolygonF(line->points());

    // The chart may outlive this renderer (the view replaces its data), so its handlers keep their own copy.
    const std::shared_ptr<const CumulativeChartRenderer> self = interaction ? snapshot() : nullptr;
    QList<int> claimIndex;
    if (m_claimsVisible && !m_claims.isEmpty()) {
        qint64 most = 0;
        for (const DbSizeClaim &claim : m_claims)
            most = std::max(most, claim.images);
        QValueAxis *imagesAxis = ChartBuilder::createLinearAxis(qreal(most) / 1e9, tr("Images claimed (billion)"), theme, font);
        imagesAxis->setObjectName(QStringLiteral("images"));
        imagesAxis->setGridLineVisible(false);
        imagesAxis->setLabelsColor(colors.claims);
        imagesAxis->setTitleBrush(colors.claims);
        chart->addAxis(imagesAxis, Qt::AlignRight);
        // Marks only: the claims come from different people and are no measured series to join with a line.
        QScatterSeries *claimMarks = markers(colors.claims, markerSize * 0.95, QScatterSeries::MarkerShapeTriangle);
        claimMarks->setName(tr("Claimed database size (right axis)"));
        claimMarks->setObjectName(QStringLiteral("claims"));
        const qreal scale = moneyAxis->max() / imagesAxis->max();
        for (int i = 0; i < m_claims.size(); ++i) {
            const QDate date = m_claims.at(i).date();
            if (!date.isValid())
                continue;
            const QPointF point(ChartBuilder::dayX(date), qreal(m_claims.at(i).images) / 1e9);
            claimMarks->append(point);
            claimIndex << i;
            // A label must not hide a claim either: each mark is an obstacle, in money coordinates.
            fixedObstacles << QPolygonF { QPointF(point.x(), point.y() * scale),
                QPointF(point.x(), point.y() * scale) };
        }
        chart->addSeries(claimMarks);
        claimMarks->attachAxis(timeAxis);
        claimMarks->attachAxis(imagesAxis);
        if (interaction && interaction->hovered) {
            const auto hovered = interaction->hovered;
            QObject::connect(claimMarks, &QScatterSeries::hovered, chart,
                [self, claimMarks, claimIndex, hovered](const QPointF &point, bool state) {
                    const int i = nearestIndex(claimMarks->points(), point);
                    hovered(state && i >= 0 ? self->claimToolTip(claimIndex.at(i)) : QString());
                });
        }
    }

    if (interaction) {
        const ChartInteraction hooks = *interaction;
        const auto connectMarks = [&](QScatterSeries *marks, const QList<int> &indexes, bool potential) {
            QObject::connect(marks, &QScatterSeries::clicked, chart, [self, marks, indexes, potential, hooks](const QPointF &point) {
                const int i = nearestIndex(marks->points(), point);
                if (i < 0 || !hooks.clicked)
                    return;
                hooks.clicked(potential ? self->series().potential().at(indexes.at(i)).decisionId
                                        : self->series().steps().at(indexes.at(i)).decisionId);
            });
            QObject::connect(marks, &QScatterSeries::hovered, chart,
                [self, marks, indexes, potential, hooks](const QPointF &point, bool state) {
                    const int i = nearestIndex(marks->points(), point);
                    if (!hooks.hovered)
                        return;
                    if (!state || i < 0)
                        hooks.hovered(QString());
                    else
                        hooks.hovered(potential ? self->potentialToolTip(indexes.at(i)) : self->stepToolTip(indexes.at(i)));
                });
        };
        connectMarks(imposedMarks, imposedStep, false);
        connectMarks(changeMarks, changeStep, false);
        connectMarks(potentialMarks, potentialIndex, true);
        // A click anywhere on a line or the imposed area selects the decision of the nearest step that moved it.
        const auto connectLine = [&](QAbstractSeries *line, Metric metric) {
            QList<QPointF> stepsOnLine;
            QStringList ids;
            for (const CumulativeSeries::Step &step : m_series.steps()) {
                // Imposing moves both lines; set-asides and reinstatements move the standing line only.
                if (step.kind == StepKind::Imposed || (metric == Metric::Standing && step.kind != StepKind::Collected)) {
                    stepsOnLine << QPointF(ChartBuilder::dayX(step.date), 0);
                    ids << step.decisionId;
                }
            }
            const auto clicked = [stepsOnLine, ids, hooks](const QPointF &point) {
                const int i = nearestIndex(stepsOnLine, QPointF(point.x(), 0));
                if (i >= 0 && hooks.clicked)
                    hooks.clicked(ids.at(i));
            };
            if (auto *area = qobject_cast<QAreaSeries *>(line))
                QObject::connect(area, &QAreaSeries::clicked, chart, clicked);
            else if (auto *xy = qobject_cast<QXYSeries *>(line))
                QObject::connect(xy, &QXYSeries::clicked, chart, clicked);
        };
        connectLine(imposedArea, Metric::Imposed);
        connectLine(standing, Metric::Standing);
    }

    applyRange(chart);
    applySelection(chart, interaction ? interaction->selectedId : QString());
    // The step lines are read when the labels are placed: a range change moves their ends.
    const QList<QPointer<QXYSeries>> lines { imposed, standing, collected };
    const auto obstacles = [lines, fixedObstacles]() {
        QList<QPolygonF> polygons = fixedObstacles;
        for (const QPointer<QXYSeries> &line : lines) {
            if (line)
                polygons << QPolygonF(line->points());
        }
        return polygons;
    };
    ChartBuilder::addLabels(chart, imposedArea, labels, obstacles, theme, font);
    ChartBuilder::setNote(chart, note(), theme, font);
    return chart;
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
