// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"
#include "internedtext.h"
#include "money.h"

#include <QHash>
#include <QList>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>
#include <limits>
#include <optional>

class QLocale;

// A stretch of time that the record itself states: never guessed, only read from structured fields or from the
// documented text patterns of TimelineItem::spansOf().
struct TimelineSpan
{
    enum class Kind { ComplianceDeadline, PenaltyWindow, Ban };

    Kind kind = Kind::ComplianceDeadline;
    qint64 fromDay = 0; // Julian day the span starts
    qint64 toDay = 0; // Julian day it ends; unused when untilId is set
    QString untilId; // a penalty window ends at the decision that liquidated it, resolved by TimelineLayout
    int untilRow = -1; // untilId as a source row, once resolved (see TimelineItem::sourceRow)

    bool operator==(const TimelineSpan &o) const
    {
        return kind == o.kind && fromDay == o.fromDay && toDay == o.toDay && untilId == o.untilId;
    }
};

struct TimelineItemTexts;

// The rows an item is related to (TimelineItem::relatedRows()): a view of the item's own storage.
class TimelineRelatedRows
{
public:
    TimelineRelatedRows() = default;
    TimelineRelatedRows(const int *first, qsizetype count) : m_first(first), m_count(count) { }
    const int *begin() const { return m_first; }
    const int *end() const { return m_first + m_count; }
    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    int at(qsizetype i) const { return m_first[i]; }

private:
    const int *m_first = nullptr;
    qsizetype m_count = 0;
};

// What few items have: their relations and spans, apart from the item so that the many without cost 8 bytes.
struct TimelineItemLinks : QSharedData
{
    QStringList relatedTo; // emptied once resolved into relatedRows by TimelineTableItems
    QList<int> relatedRows;
    QList<TimelineSpan> spans;
};

// One decision as the timeline needs it: plain data, cheap to copy, built once per model change. A million of them
// are kept while the window shows a million decisions, so the item is small (112 bytes; it was 280): its shared texts
// are InternedTexts, its amount is minor units and a currency, and its few links are in a block of their own.
struct TimelineItem
{
    // How later rulings left the decision: drawn hollow when set aside or annulled, marked when contested.
    enum class Standing : quint8 { Standing, SetAside, Contested };

    QString id;
    InternedText country;
    InternedText type; // decision_type, e.g. "fine"
    InternedText authority;
    InternedText authorityShort; // "CNIL", "ICO": the acronym in the authority's name when it has one
    qint64 day = 0; // Julian day on the chosen date basis
    qint64 amountEurMinor = -1; // euro cents, -1 when unknown
    int row = -1; // row in the model the item was built from
    // The row of this item in the items' source (the DecisionModel, or the list the items were made from). With it
    // and relatedRows() the layout links items through an array instead of hashing every id on each filter change,
    // which was a fifth of a filter change at 100,000 decisions. Set by TimelineItemCache from the model's own index,
    // or by resolveRelations().
    int sourceRow = -1;
    bool amountIsMaximum = false;
    bool monetary = false; // a fine or penalty payment: drawn to scale
    Standing standing = Standing::Standing;
    bool relationsResolved = false;

private:
    // Beside the flags, where the item had 4 bytes of padding: an item with one related decision and no span (a
    // third of them) keeps that row here instead of in a links block (at a million decisions, blocks and lists of one
    // row were 44 MB).
    int m_relatedRow = NoRelatedRow;

public:
    // The amount as recorded, in its own currency.
    std::optional<Money> amount() const;
    bool hasAmount() const { return !m_amountCurrency.isEmpty(); }
    void setAmount(const std::optional<Money> &amount);

    // The ids of related decisions, until resolved into relatedRows(): the rows of the decisions in relatedTo (-1:
    // not there), as each span's untilRow is its untilId's.
    const QStringList &relatedTo() const { return m_links ? m_links->relatedTo : s_noLinks.relatedTo; }
    TimelineRelatedRows relatedRows() const
    {
        if (m_links)
            return { m_links->relatedRows.constData(), m_links->relatedRows.size() };
        return { &m_relatedRow, m_relatedRow == NoRelatedRow ? 0 : 1 };
    }
    const QList<TimelineSpan> &spans() const { return m_links ? m_links->spans : s_noLinks.spans; }
    void setRelatedTo(const QStringList &ids);
    void setSpans(const QList<TimelineSpan> &spans);
    // Turns relatedTo() into relatedRows() and each span's untilId into its untilRow through `rowOf`; the ids are
    // kept when the items may be linked again among others (resolveRelations()), or forgotten (a million lists).
    enum class RelatedIds : quint8 { Keep, Forget };
    template<typename RowOf> void resolveLinks(RowOf rowOf, RelatedIds ids);

    // nullopt when the decision has no date on that basis (it cannot be placed on a time axis).
    static std::optional<TimelineItem> fromDecision(const Decision &decision, DateBasis basis, int row = -1);
    // The same, reusing the texts of the items built before (`texts`: one per thread).
    static std::optional<TimelineItem> fromDecision(
        const Decision &decision, DateBasis basis, int row, TimelineItemTexts *texts);
    // Items in list order, their relations resolved among them.
    static QList<TimelineItem> fromDecisions(const QList<Decision> &decisions, DateBasis basis);
    // Resolves the relations of `items` among themselves: each item's source row becomes its position.
    static void resolveRelations(QList<TimelineItem> &items);

    static QString shortAuthority(const QString &authority);
    static Standing standingOf(const Decision &decision);
    // The same from the two fields it depends on (a row of a DecisionTable).
    static Standing standingOf(const QString &status, const QList<StatusChange> &statusChanges);
    // Documented patterns only: "within N days|weeks|months|years" and "by 12 Feb 2021" in the orders give a
    // compliance deadline, "for N years" a ban, and a periodic penalty that starts "after a N-month ..." period and
    // was liquidated in a known decision gives a penalty window. Relative periods run from the adopted date.
    static QList<TimelineSpan> spansOf(const Decision &decision);

private:
    static const TimelineItemLinks s_noLinks;
    static constexpr int NoRelatedRow = std::numeric_limits<int>::min();
    TimelineItemLinks &links();
    InternedText m_amountCurrency; // empty: no amount
    qint64 m_amountMinor = 0;
    QSharedDataPointer<TimelineItemLinks> m_links; // null when the item has none
};

template<typename RowOf> void TimelineItem::resolveLinks(RowOf rowOf, RelatedIds ids)
{
    m_relatedRow = NoRelatedRow;
    if (m_links && ids == RelatedIds::Forget && m_links->spans.isEmpty() && m_links->relatedTo.size() == 1) {
        m_relatedRow = rowOf(m_links->relatedTo.constFirst());
        m_links.reset();
    } else if (m_links) {
        TimelineItemLinks &l = links();
        l.relatedRows.clear();
        for (const QString &relatedId : std::as_const(l.relatedTo))
            l.relatedRows.append(rowOf(relatedId));
        if (ids == RelatedIds::Forget)
            l.relatedTo.clear(); // the rows say it now
        for (TimelineSpan &span : l.spans)
            span.untilRow = span.untilId.isEmpty() ? -1 : rowOf(span.untilId);
    }
    relationsResolved = true;
}

// What building many items reuses (one per thread): many decisions share their texts and authority.
struct TimelineItemTexts
{
    InternedTextCache interned;
    QHash<InternedText, InternedText> shortAuthorities;
    InternedText shortAuthorityOf(InternedText authority);
};

// Some of a list of items, in a view's order, without copying them: the items are made once per change of the
// decisions and a filter change only picks among them (a million TimelineItems are about 300 MB; a copy of them per
// filter was as much again).
struct TimelineItemSelection
{
    QList<TimelineItem> store; // shared with its maker, never copied item by item
    QList<int> indexes; // into store, one per shown item
    QList<int> rows; // the row of each shown item in the view's model (TimelineItem::row is the store's)
};
