// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lectureslide.h"

#include "countryregistry.h"
#include "decisiontype.h"
#include "displayformat.h"
#include "lecturedescription.h"
#include "theme.h"
#include "timelineitem.h"
#include "timelinescale.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QUrl>

namespace {

// The floors of the "readable from the back of the hall": caption text at least 1/25 of the height, lane
// names at least 1/45. The sizes used sit a little above them.
constexpr double CaptionShare = 1.0 / 24.0;
constexpr double LaneShare = 1.0 / 40.0;
// A lane name is drawn at most at 80% of the lane's height (TimelineRenderer), so lanes are this much taller.
constexpr double LaneHeightPerType = 1.0 / 0.8;

QFont pixelFont(double pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(qMax(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

// Up to `maxLines` lines of `text` wrapped to `width`, the last one elided when the text is longer.
QStringList wrapped(const QString &text, const QFont &font, double width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    const bool more = layout.createLine().isValid();
    layout.endLayout();
    if (more && !lines.isEmpty()) {
        const int start = int(text.indexOf(lines.constLast()));
        lines.last() = QFontMetricsF(font).elidedText(text.mid(qMax(0, start)), Qt::ElideRight, width);
    }
    return lines;
}

QString sourceHost(const Decision &decision)
{
    for (const Source &source : decision.sources) {
        QString host = QUrl(source.url).host();
        if (host.startsWith(QLatin1String("www.")))
            host = host.mid(4);
        if (!host.isEmpty())
            return host;
    }
    return QString();
}

// "CNIL · Commission nationale de l'informatique et des libertés (CNIL) ...": the short name survives the eliding.
QString authorityLine(const QString &authority)
{
    const QString full = authority.simplified();
    const QString shortName = CumulativeSeries::shortAuthority(full);
    return shortName.isEmpty() || shortName == full ? full : QStringLiteral("%1 · %2").arg(shortName, full);
}

// A headline total read from the back of a hall: "€104.6m", "€74.1m", "€950,000", "€0" (DisplayFormat's short
// millions keep a decimal, so EUR 104,620,279 is not "€105m"); sums under a million are shown whole, in euros.
QString headlineAmount(qint64 minor, const QLocale &locale)
{
    const qint64 euros = minor / 100;
    if (qAbs(euros) < 1000000)
        return DisplayFormat::money(euros * 100, QStringLiteral("EUR"), locale);
    return DisplayFormat::compactMoney(minor, QStringLiteral("EUR"), locale);
}

} // namespace

LectureSlide::LectureSlide()
{
    m_timeline.setLegendVisible(false);
    m_timeline.setShadedPeriods({TimelineRenderer::gdprPeriod()});
}

LectureSlide::~LectureSlide() = default;

void LectureSlide::setDeck(std::shared_ptr<const LectureDeck> deck)
{
    m_deck = std::move(deck);
    m_timeline.setItems(m_deck ? TimelineItem::fromDecisions(m_deck->context(), m_deck->basis()) : QList<TimelineItem>());
    m_step = -1;
    setStep(m_deck && !m_deck->isEmpty() ? 0 : -1);
}

void LectureSlide::setStep(int index)
{
    m_step = m_deck && index >= 0 && index < m_deck->count() ? index : -1;
    int selected = -1;
    if (const LectureStep *step = currentStep()) {
        const QPair<double, double> days = visibleDaysFor(*step);
        setVisibleDays(days.first, days.second);
        if (step->kind == LectureStep::Kind::Decision)
            selected = m_timeline.layout().indexOfId(step->decision.id);
    }
    m_timeline.setSelectedItem(selected);
}

void LectureSlide::setVisibleDays(double fromDay, double toDay)
{
    m_timeline.setVisibleDays(fromDay, toDay);
}

QPair<double, double> LectureSlide::visibleDaysFor(const LectureStep &step)
{
    // A frame's days are both included; 3% more on each side keeps a decision on its first or last day whole.
    const double from = dayOf(step.frameFrom);
    const double to = dayOf(step.frameTo) + 1;
    const double pad = (to - from) * 0.03;
    return {from - pad, to + pad};
}

double LectureSlide::dayOf(const QDate &date)
{
    return TimelineScale::dayOf(date);
}

void LectureSlide::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_timeline.setLocale(locale);
}

void LectureSlide::setToday(const QDate &today)
{
    m_timeline.setToday(today);
}

void LectureSlide::setFlagDirectory(const QString &directory)
{
    m_flags.setDirectory(directory);
    m_timeline.setFlagDirectory(directory);
}

const LectureStep *LectureSlide::currentStep() const
{
    return m_deck && m_step >= 0 ? &m_deck->step(m_step) : nullptr;
}

LectureSlide::Layout LectureSlide::layout(const QRectF &target) const
{
    Layout l;
    const double h = target.height();
    const double margin = h * 0.03;
    l.headerPixels = h * CaptionShare;
    l.captionPixels = h * CaptionShare;
    l.lanePixels = h * LaneShare;
    const QRectF area = target.adjusted(margin, margin * 0.6, -margin, -margin);
    l.header = QRectF(area.left(), area.top(), area.width(), l.headerPixels * 1.5);
    const double bodyTop = l.header.bottom() + margin * 0.3;

    // The timeline takes what its lanes need at full type, between 46% of the height and what leaves the caption
    // its six lines.
    const int lanes = qMax(1, m_timeline.layout().laneCount());
    const double f = l.lanePixels;
    const double needed = lanes * f * LaneHeightPerType + f * (1.7 + 1.55 + 1.2);
    const double captionMinimum = l.captionPixels * 1.3 * 6 + margin;
    // At least 46% of the slide, even when the caption's room would leave less (qBound asserts on such bounds).
    const double timelineHeight = qMax(h * 0.46, qMin(needed, qMax(h * 0.3, area.bottom() - bodyTop - captionMinimum)));
    l.timeline = QRectF(area.left(), bodyTop, area.width(), timelineHeight);

    const double bottomTop = l.timeline.bottom() + margin * 0.5;
    const QRectF bottom(area.left(), bottomTop, area.width(), qMax(0.0, area.bottom() - bottomTop));
    const double split = bottom.width() * 0.6;
    l.caption = QRectF(bottom.left(), bottom.top(), split - margin * 0.5, bottom.height());
    l.totals = QRectF(bottom.left() + split + margin * 0.5, bottom.top(), bottom.width() - split - margin * 0.5,
        bottom.height());
    return l;
}

TimelineRenderer::Geometry LectureSlide::timelineGeometry(const QRectF &target, const Theme &theme) const
{
    const Layout l = layout(target);
    m_timeline.setFontPixelSize(l.lanePixels);
    return m_timeline.geometry(l.timeline, theme);
}

void LectureSlide::render(QPainter *painter, const QRectF &target, const Theme &theme) const
{
    painter->save();
    painter->setClipRect(target);
    painter->fillRect(target, theme.background);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const Layout l = layout(target);
    const LectureStep *step = currentStep();
    if (!step) {
        painter->setPen(theme.text);
        painter->setFont(pixelFont(l.captionPixels));
        painter->drawText(target, Qt::AlignCenter, tr("No decision to present"));
        painter->restore();
        return;
    }
    paintHeader(painter, l, theme);
    if (step->kind == LectureStep::Kind::Title) {
        const QRectF body(l.timeline.left(), l.timeline.top(), l.timeline.width(), l.caption.bottom() - l.timeline.top());
        paintTitleCard(painter, body, l, theme);
    } else {
        paintTimeline(painter, l, theme);
        paintCaption(painter, l, theme);
        paintTotals(painter, l, theme);
    }
    painter->restore();
}

QString LectureSlide::renderTitle() const
{
    const QString title = m_deck ? m_deck->title() : QString();
    return title.isEmpty() ? tr("caseline lecture") : tr("caseline lecture: %1").arg(title);
}

void LectureSlide::paintHeader(QPainter *painter, const Layout &l, const Theme &theme) const
{
    const QString counter = LectureDeck::counterText(m_step, m_deck->count());
    const QFont bold = pixelFont(l.headerPixels, true);
    const QFontMetricsF metrics(bold);
    const double counterWidth = metrics.horizontalAdvance(counter) + l.headerPixels;
    painter->setFont(bold);
    painter->setPen(theme.text);
    painter->drawText(l.header, Qt::AlignRight | Qt::AlignVCenter, counter);
    painter->setFont(pixelFont(l.headerPixels));
    painter->setPen(theme.mutedText);
    const QRectF titleRect = l.header.adjusted(0, 0, -counterWidth, 0);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(painter->font()).elidedText(m_deck->title(), Qt::ElideRight, titleRect.width()));
}

void LectureSlide::paintTimeline(QPainter *painter, const Layout &l, const Theme &theme) const
{
    m_timeline.setFontPixelSize(l.lanePixels);
    m_timeline.render(painter, l.timeline, theme);
}

QStringList LectureSlide::captionLines() const
{
    const LectureStep *step = currentStep();
    if (!step || step->kind != LectureStep::Kind::Decision)
        return {};
    const Decision &d = step->decision;
    const QString date = step->date.isValid() ? DisplayFormat::longDate(step->date, m_locale) : tr("undated");
    QString amount = tr("no amount");
    if (d.amount) {
        amount = DisplayFormat::money(*d.amount, m_locale);
        if (d.amountEur && d.amountEur->currency != d.amount->currency)
            amount = tr("%1 (%2)").arg(amount, DisplayFormat::money(*d.amountEur, m_locale));
        if (d.amountIsMaximum)
            amount = tr("up to %1").arg(amount);
    }
    QStringList citation;
    // Money shown but never added (a fine on police users, a provisional notice) says so where the eye ends.
    if (d.amount && !d.includeInCumulativeFines)
        citation.append(tr("not in the totals"));
    if (!d.lowConfidenceDetails.isEmpty())
        citation.append(tr("some details uncertain"));
    if (!d.reference.trimmed().isEmpty())
        citation.append(d.reference.simplified());
    const QString host = sourceHost(d);
    if (!host.isEmpty())
        citation.append(host);
    return {
        tr("%1 · %2").arg(CountryRegistry::name(d.country, m_locale), date),
        authorityLine(d.authority),
        tr("%1 · %2").arg(DecisionType::label(d.decisionType), amount),
        LectureDescription::summaryLine(d, m_locale),
        citation.join(QStringLiteral(" · ")),
    };
}

void LectureSlide::paintCaption(QPainter *painter, const Layout &l, const Theme &theme) const
{
    const QStringList lines = captionLines();
    const double px = l.captionPixels;
    const double lineHeight = px * 1.3;
    const QRectF card = l.caption;
    painter->setPen(Qt::NoPen);
    painter->setBrush(mix(theme.background, theme.text, 0.06));
    painter->drawRoundedRect(card, px * 0.3, px * 0.3);
    painter->setBrush(theme.accent);
    painter->drawRect(QRectF(card.left(), card.top(), px * 0.22, card.height()));

    const double left = card.left() + px * 0.75;
    const double width = card.right() - px * 0.5 - left;
    double y = card.top() + px * 0.35;
    const auto drawLine = [&](const QString &text, const QFont &font, const QColor &colour, double indent = 0) {
        if (y + lineHeight > card.bottom() + 0.5)
            return;
        painter->setFont(font);
        painter->setPen(colour);
        const QFontMetricsF metrics(font);
        const double baseline = y + (lineHeight - metrics.height()) / 2 + metrics.ascent();
        painter->drawText(QPointF(left + indent, baseline),
            metrics.elidedText(text, Qt::ElideRight, width - indent));
        y += lineHeight;
    };

    // The flag before the country, as in the timeline's lanes.
    const Decision &d = currentStep()->decision;
    const double flagHeight = px * 0.85;
    const QRectF flag(left, y + (lineHeight - flagHeight) / 2, flagHeight * 4 / 3, flagHeight);
    double indent = 0;
    if (m_flags.paint(painter, d.country, flag)) {
        painter->setPen(QPen(theme.mutedText, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(flag);
        indent = flag.width() + px * 0.4;
    }
    drawLine(lines.at(0), pixelFont(px, true), theme.text, indent);
    drawLine(lines.at(1), pixelFont(px), theme.text);
    drawLine(lines.at(2), pixelFont(px), theme.text);
    // The summary gets the lines the citation does not need.
    const int summaryLines = qMax(1, int((card.bottom() - y) / lineHeight) - 1);
    for (const QString &line : wrapped(lines.at(3), pixelFont(px), width, qMin(2, summaryLines)))
        drawLine(line, pixelFont(px), theme.text);
    drawLine(lines.at(4), pixelFont(px), theme.mutedText);
}

void LectureSlide::paintTitleCard(QPainter *painter, const QRectF &area, const Layout &l, const Theme &theme) const
{
    const LectureStep &step = *currentStep();
    const double h = l.headerPixels / CaptionShare; // the slide's height
    // The timeline keeps the height its lanes need at full type; the card's text takes the rest, with the title at
    // most two lines and the text three (its full wording is in the presenter's notes when longer).
    const QRectF timeline(area.left(), area.bottom() - l.timeline.height(), area.width(), l.timeline.height());
    const QRectF textArea(area.left(), area.top(), area.width(), timeline.top() - area.top());
    const QFont titleFont = pixelFont(h / 13, true);
    const QFont textFont = pixelFont(l.captionPixels);
    const double titleLine = QFontMetricsF(titleFont).height() * 1.05;
    const double textLine = QFontMetricsF(textFont).height() * 1.2;
    const QStringList titleLines = wrapped(step.title, titleFont, textArea.width() * 0.92, 2);
    // A card that sums up (after some of the story was told) shows the totals; an opening card gives nothing away.
    bool summarises = false;
    for (int i = 0; i < m_step && !summarises; ++i)
        summarises = m_deck->step(i).kind == LectureStep::Kind::Decision;
    const bool showTotals = summarises && step.totalsDate.isValid();
    const int textRoom = qMax(0, int((textArea.height() - titleLines.size() * titleLine) / textLine) - (showTotals ? 1 : 0));
    const QStringList textLines = wrapped(step.text, textFont, textArea.width() * 0.9, qMin(3, textRoom));
    QStringList totals;
    if (showTotals)
        totals.append(totalsLines().join(QStringLiteral(" · ")));
    const double used = titleLines.size() * titleLine + (textLines.size() + totals.size()) * textLine;
    double y = textArea.top() + qMax(0.0, (textArea.height() - used) / 2);
    const auto draw = [&](const QStringList &lines, const QFont &font, const QColor &colour, double lineHeight) {
        painter->setFont(font);
        painter->setPen(colour);
        for (const QString &line : lines) {
            painter->drawText(QRectF(textArea.left(), y, textArea.width(), lineHeight), Qt::AlignCenter, line);
            y += lineHeight;
        }
    };
    draw(titleLines, titleFont, theme.text, titleLine);
    draw(textLines, textFont, theme.mutedText, textLine);
    draw(totals, pixelFont(l.captionPixels, true), theme.text, textLine);
    // Below, the stretch of time the card introduces, with nothing highlighted.
    m_timeline.setFontPixelSize(l.lanePixels);
    m_timeline.render(painter, timeline, theme);
}

QStringList LectureSlide::totalsLines() const
{
    const LectureStep *step = currentStep();
    if (!step)
        return {};
    const auto money = [this](qint64 minor) { return headlineAmount(minor, m_locale); };
    return {tr("%1 imposed").arg(money(step->totals.imposedMinor)),
        tr("%1 standing").arg(money(step->totals.standingMinor)),
        tr("%1 collected").arg(money(step->totals.collectedMinor))};
}

void LectureSlide::paintTotals(QPainter *painter, const Layout &l, const Theme &theme) const
{
    const QStringList lines = totalsLines();
    const double px = l.captionPixels * 1.1;
    const double lineHeight = px * 1.25;
    const QList<QColor> colours{theme.accent, theme.categorical.value(5, theme.text), theme.categorical.value(2, theme.text)};
    const QFont font = pixelFont(px, true);
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    double y = l.totals.top();
    for (int i = 0; i < lines.size(); ++i) {
        const QRectF swatch(l.totals.left(), y + lineHeight * 0.3, px * 0.5, lineHeight * 0.4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours.at(i));
        painter->drawRect(swatch);
        painter->setPen(theme.text);
        painter->drawText(QPointF(swatch.right() + px * 0.4, y + (lineHeight - metrics.height()) / 2 + metrics.ascent()),
            metrics.elidedText(lines.at(i), Qt::ElideRight, l.totals.right() - swatch.right() - px * 0.4));
        y += lineHeight;
    }
    const QRectF chart(l.totals.left(), y + px * 0.3, l.totals.width(), l.totals.bottom() - y - px * 0.3);
    if (chart.height() > px * 2)
        paintRunningChart(painter, chart, theme, l.lanePixels);
}

void LectureSlide::paintRunningChart(QPainter *painter, const QRectF &area, const Theme &theme, double pixels) const
{
    // A small step chart of the running totals over the whole story, drawn up to this step, the step ringed: the
    // audience sees the money rise, and fall when a fine is set aside.
    const LectureStep &step = *currentStep();
    const QDate first = m_deck->firstDate();
    const QDate last = m_deck->lastDate();
    if (!first.isValid() || !last.isValid() || !step.totalsDate.isValid())
        return;
    const QList<CumulativeSeries::Step> &changes = m_deck->series().steps();
    qint64 top = 1;
    for (const CumulativeSeries::Step &change : changes)
        top = qMax(top, qMax(change.after.imposedMinor, change.after.standingMinor));

    const QDate from = first.addDays(-30);
    const QDate to = last.addDays(30);
    const double span = qMax<qint64>(1, from.daysTo(to));
    const auto xOf = [&](const QDate &date) { return area.left() + area.width() * from.daysTo(date) / span; };
    const auto yOf = [&](qint64 value) { return area.bottom() - area.height() * double(value) / double(top); };

    painter->setPen(QPen(theme.grid, 1));
    painter->drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    painter->setPen(theme.mutedText);
    painter->setFont(pixelFont(pixels));
    painter->drawText(QRectF(area.left(), area.bottom() - pixels * 1.3, area.width(), pixels * 1.3),
        Qt::AlignLeft | Qt::AlignBottom, QString::number(first.year()));
    painter->drawText(QRectF(area.left(), area.bottom() - pixels * 1.3, area.width(), pixels * 1.3),
        Qt::AlignRight | Qt::AlignBottom, QString::number(last.year()));

    const QList<QColor> colours{theme.accent, theme.categorical.value(5, theme.text), theme.categorical.value(2, theme.text)};
    const QList<CumulativeSeries::Metric> metrics{CumulativeSeries::Metric::Imposed, CumulativeSeries::Metric::Standing,
        CumulativeSeries::Metric::Collected};
    const double end = xOf(step.totalsDate);
    for (int m = 0; m < metrics.size(); ++m) {
        QPainterPath path(QPointF(area.left(), yOf(0)));
        qint64 value = 0;
        for (const CumulativeSeries::Step &change : changes) {
            if (change.date >= step.totalsDate)
                break;
            const double x = xOf(change.date);
            path.lineTo(x, yOf(value));
            value = change.after.value(metrics.at(m));
            path.lineTo(x, yOf(value));
        }
        // The step's own day ends at the step's totals, which count that day's changes in the lecture's order.
        const qint64 final = step.totals.value(metrics.at(m));
        path.lineTo(end, yOf(value));
        path.lineTo(end, yOf(final));
        // Imposed is drawn wider, under standing: while nothing is set aside the two lines coincide and both show.
        const double width = qMax(2.0, pixels * 0.18) * (m == 0 ? 2.4 : 1.0);
        painter->setPen(QPen(colours.at(m), width, m == 2 ? Qt::DashLine : Qt::SolidLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    }
    painter->setPen(QPen(theme.text, qMax(2.0, pixels * 0.15)));
    painter->setBrush(theme.background);
    const double r = pixels * 0.4;
    painter->drawEllipse(QPointF(end, yOf(step.totals.standingMinor)), r, r);
}
