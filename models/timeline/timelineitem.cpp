// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineitem.h"

#include "authorityname.h"

#include "decisiontype.h"
#include "isodate.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>
#include <utility>

namespace {

// "2" or "two": the counts the researched orders use.
int countFromText(const QString &text)
{
    static const QStringList words
        = { QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four"),
              QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven"), QStringLiteral("eight"),
              QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("eleven"), QStringLiteral("twelve") };
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok)
        return value;
    const int index = int(words.indexOf(text.toLower()));
    return index < 0 ? 0 : index + 1;
}

QDate addPeriod(const QDate &start, int count, const QString &unit)
{
    const QString u = unit.toLower();
    if (u.startsWith(QLatin1String("day")))
        return start.addDays(count);
    if (u.startsWith(QLatin1String("week")))
        return start.addDays(qint64(count) * 7);
    if (u.startsWith(QLatin1String("month")))
        return start.addMonths(count);
    return start.addYears(count);
}

int monthFromText(const QString &text)
{
    static const QStringList months
        = { QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
              QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
              QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec") };
    return int(months.indexOf(text.left(3).toLower())) + 1;
}

#define CASELINE_COUNT_PATTERN "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

// One compiled expression per thread: items are built on two threads at once (TimelineItemCache), and Qt promises
// QRegularExpression reentrant, not thread-safe.
const QRegularExpression &withinPattern()
{
    static thread_local const QRegularExpression re(
        QStringLiteral("\\bwithin\\s+" CASELINE_COUNT_PATTERN "\\s+(day|week|month|year)s?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &byDatePattern()
{
    static thread_local const QRegularExpression re(QStringLiteral("\\bby\\s+(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|"
                                                      "oct|nov|dec)[a-z]*\\.?\\s+(\\d{4})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &forYearsPattern()
{
    static thread_local const QRegularExpression re(
        QStringLiteral("\\bfor\\s+" CASELINE_COUNT_PATTERN "\\s+years?\\b"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &afterPeriodPattern()
{
    static thread_local const QRegularExpression re(
        QStringLiteral("\\bafter\\s+(?:an?\\s+)?" CASELINE_COUNT_PATTERN "[-\\s](day|week|month|year)s?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

#undef CASELINE_COUNT_PATTERN

// Case-insensitive search for a lower-case ASCII word, without the Unicode case folding of QString::contains,
// which would dominate building 100,000 items.
bool containsAscii(const QString &text, const char *needle)
{
    const qsizetype length = qsizetype(qstrlen(needle));
    const QChar *data = text.constData();
    for (qsizetype i = 0; i + length <= text.size(); ++i) {
        qsizetype k = 0;
        while (k < length) {
            const char16_t c = data[i + k].unicode();
            const char16_t lower = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
            if (lower != char16_t(needle[k]))
                break;
            ++k;
        }
        if (k == length)
            return true;
    }
    return false;
}

void appendSpan(QList<TimelineSpan> *spans, const TimelineSpan &span)
{
    if (span.untilId.isEmpty() && span.toDay <= span.fromDay)
        return;
    if (!spans->contains(span))
        spans->append(span);
}

} // namespace

QString TimelineItem::shortAuthority(const QString &authority)
{
    constexpr int maxLength = 28;
    return AuthorityName::elided(AuthorityName::shortName(authority), maxLength);
}

TimelineItem::Standing TimelineItem::standingOf(const Decision &decision)
{
    return standingOf(decision.status, decision.statusChanges);
}

TimelineItem::Standing TimelineItem::standingOf(const QString &status, const QList<StatusChange> &statusChanges)
{
    const auto isContested = [](const QString &text) {
        return text.contains(QLatin1String("contested")) || text.contains(QLatin1String("appealed"))
            || text.contains(QLatin1String("appeal_pending"));
    };
    if (!statusChanges.isEmpty()) {
        const StatusChange *latest = &statusChanges.first();
        for (const StatusChange &change : statusChanges) {
            if (change.date >= latest->date)
                latest = &change;
        }
        if (!latest->standing)
            return Standing::SetAside;
        return isContested(status) || isContested(latest->status) ? Standing::Contested : Standing::Standing;
    }
    const QString &s = status;
    if (s.contains(QLatin1String("annulled")) || s.contains(QLatin1String("set_aside"))
        || s.contains(QLatin1String("overturned")) || s.contains(QLatin1String("reversed")))
        return Standing::SetAside;
    return isContested(s) ? Standing::Contested : Standing::Standing;
}

QList<TimelineSpan> TimelineItem::spansOf(const Decision &decision)
{
    QList<TimelineSpan> spans;
    const QDate start = decision.decisionDate.isValid() ? decision.decisionDate : decision.announceDate;
    if (!start.isValid())
        return spans;
    for (const QString &order : decision.orders) {
        // Cheap tests first: most orders state no period, and the regular expressions are the cost of a build.
        if (!containsAscii(order, "within") && !containsAscii(order, "by ") && !containsAscii(order, "year"))
            continue;
        QRegularExpressionMatch m = withinPattern().match(order);
        if (m.hasMatch()) {
            const QDate end = addPeriod(start, countFromText(m.captured(1)), m.captured(2));
            appendSpan(&spans, { TimelineSpan::Kind::ComplianceDeadline, start.toJulianDay(), end.toJulianDay(), {} });
        }
        m = byDatePattern().match(order);
        if (m.hasMatch()) {
            const QDate end(m.captured(3).toInt(), monthFromText(m.captured(2)), m.captured(1).toInt());
            if (end.isValid())
                appendSpan(
                    &spans, { TimelineSpan::Kind::ComplianceDeadline, start.toJulianDay(), end.toJulianDay(), {} });
        }
        m = forYearsPattern().match(order);
        if (m.hasMatch()) {
            const QDate end = start.addYears(countFromText(m.captured(1)));
            appendSpan(&spans, { TimelineSpan::Kind::Ban, start.toJulianDay(), end.toJulianDay(), {} });
        }
    }
    const PeriodicPenalty &penalty = decision.periodicPenalty;
    if (!penalty.liquidatedIn.isEmpty() && !penalty.starts.isEmpty()) {
        QDate from = IsoDate::parse(penalty.starts);
        if (!from.isValid()) {
            const QRegularExpressionMatch m = afterPeriodPattern().match(penalty.starts);
            if (m.hasMatch())
                from = addPeriod(start, countFromText(m.captured(1)), m.captured(2));
        }
        if (from.isValid())
            appendSpan(&spans, { TimelineSpan::Kind::PenaltyWindow, from.toJulianDay(), 0, penalty.liquidatedIn });
    }
    return spans;
}

const TimelineItemLinks TimelineItem::s_noLinks;

std::optional<Money> TimelineItem::amount() const
{
    if (m_amountCurrency.isEmpty())
        return std::nullopt;
    return Money { m_amountMinor, m_amountCurrency.toString() };
}

void TimelineItem::setAmount(const std::optional<Money> &amount)
{
    // An amount always has its currency (Money::fromMajor and the readers refuse one without).
    Q_ASSERT(!amount || !amount->currency.isEmpty());
    m_amountMinor = amount ? amount->minor : 0;
    m_amountCurrency = amount ? InternedText(amount->currency) : InternedText();
}

TimelineItemLinks &TimelineItem::links()
{
    if (!m_links)
        m_links = new TimelineItemLinks;
    return *m_links; // detached from any copy
}

void TimelineItem::setRelatedTo(const QStringList &ids)
{
    m_relatedRow = NoRelatedRow;
    if (!ids.isEmpty() || m_links)
        links().relatedTo = ids;
}

void TimelineItem::setSpans(const QList<TimelineSpan> &spans)
{
    if (!spans.isEmpty() || m_links)
        links().spans = spans;
}

InternedText TimelineItemTexts::shortAuthorityOf(InternedText authority)
{
    auto it = shortAuthorities.constFind(authority);
    if (it == shortAuthorities.cend())
        it = shortAuthorities.insert(authority, InternedText(TimelineItem::shortAuthority(authority)));
    return *it;
}

std::optional<TimelineItem> TimelineItem::fromDecision(const Decision &decision, DateBasis basis, int row)
{
    TimelineItemTexts texts;
    return fromDecision(decision, basis, row, &texts);
}

std::optional<TimelineItem> TimelineItem::fromDecision(
    const Decision &decision, DateBasis basis, int row, TimelineItemTexts *texts)
{
    const QDate date = dateFor(decision, basis);
    if (!date.isValid())
        return std::nullopt;
    TimelineItem item;
    item.id = decision.id;
    item.country = texts->interned.of(decision.country);
    item.type = texts->interned.of(decision.decisionType);
    item.day = date.toJulianDay();
    item.row = row;
    item.authority = texts->interned.of(decision.authority);
    item.authorityShort = texts->shortAuthorityOf(item.authority);
    item.setAmount(decision.amount);
    item.amountEurMinor = decision.amountEur ? decision.amountEur->minor : -1;
    item.amountIsMaximum = decision.amountIsMaximum;
    item.monetary = DecisionType::isMonetary(decision.decisionType);
    item.standing = TimelineItem::standingOf(decision);
    item.setRelatedTo(decision.relatedTo);
    item.setSpans(TimelineItem::spansOf(decision));
    return item;
}

QList<TimelineItem> TimelineItem::fromDecisions(const QList<Decision> &decisions, DateBasis basis)
{
    QList<TimelineItem> items;
    items.reserve(decisions.size());
    TimelineItemTexts texts;
    for (int row = 0; row < decisions.size(); ++row) {
        std::optional<TimelineItem> item = fromDecision(decisions.at(row), basis, row, &texts);
        if (item)
            items.append(std::move(*item));
    }
    resolveRelations(items);
    return items;
}

void TimelineItem::resolveRelations(QList<TimelineItem> &items)
{
    QHash<QString, int> positionById;
    positionById.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        positionById.insert(items.at(i).id, i);
    for (int i = 0; i < items.size(); ++i) {
        TimelineItem &item = items[i];
        item.sourceRow = i;
        item.resolveLinks([&](const QString &id) { return positionById.value(id, -1); }, RelatedIds::Keep);
    }
}

// A million items are kept while the window shows a million decisions: each byte here is a megabyte there.
static_assert(sizeof(TimelineItem) <= 112, "TimelineItem grew: see the comment on its fields");
