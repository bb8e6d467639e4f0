// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <limits>
#include <optional>
#include <vector>

// One row of a DecisionTable (see there).
struct DecisionTableRow
{
    static constexpr qint32 NoDay = std::numeric_limits<qint32>::min();

    QString id;
    qint64 amountMinor = 0;
    qint64 amountEurMinor = 0;
    qint64 rowVersion = 0;
    qint32 decisionDay = NoDay;
    qint32 announceDay = NoDay;
    qint32 overrideDay = NoDay;
    qint32 whole = -1; // index in DecisionTable::m_whole: the decision kept whole, or -1
    quint32 country = 0;
    quint32 jurisdiction = 0;
    quint32 authority = 0;
    quint32 authorityType = 0;
    quint32 target = 0;
    quint32 type = 0;
    quint32 status = 0;
    quint32 confidence = 0;
    quint32 dateNotes = 0;
    quint32 amountNotes = 0;
    quint32 currency = 0;
    quint32 eurCurrency = 0;
    // Indexes into DecisionTable::m_textLists (orders, relatedTo) and m_statusLists; 0 is the empty list. A QList
    // here was 24 bytes a row, most of them empty: 60 MB at a million decisions.
    quint32 orders = 0;
    quint32 relatedTo = 0;
    quint32 statusChanges = 0;
    quint8 flags = 0;
};
Q_DECLARE_TYPEINFO(DecisionTableRow, Q_RELOCATABLE_TYPE);
// A row is kept per decision: at a million, each byte here is a megabyte.
static_assert(sizeof(DecisionTableRow) <= 128, "DecisionTableRow grew");

// The decisions as the window keeps them: one compact record per row instead of a Decision (about 980 bytes before
// its strings). Names, codes, statuses and notes are interned (each distinct text stored once, a row holds its
// index), dates are Julian days, amounts are minor units; a row's lists (orders, related ids, status changes) are
// kept as the decision had them, equal lists sharing one copy. A decision with anything else (its long texts, a
// periodic penalty, a date out of range) is kept whole beside its record, so that decision(row) always gives back
// exactly what append() was given. At 1,000,000 decisions the rows take about a fifth of what a QList<Decision> did.
class DecisionTable
{
public:
    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    void clear();
    void reserve(qsizetype rows) { m_rows.reserve(rows); }

    void append(const Decision &decision);
    // Moves every row of `other` after these, as if appended one by one (a table read in parts, in threads).
    void append(DecisionTable &&other);
    void insert(qsizetype row, const Decision &decision);
    void replace(qsizetype row, const Decision &decision);
    void remove(qsizetype row);
    // Puts the rows in the order given: row i becomes the one that was at order[i]. `order` is a permutation.
    void reorder(const std::vector<qsizetype> &order);
    // Keeps the rows listed, in that order, and drops the others (each row listed at most once). A copy of a table
    // then filtered so costs the kept rows; the texts stay shared.
    void keepRows(const std::vector<qsizetype> &rows);

    // The decision of `row`, equal (operator==, row version and longTextsOmitted included) to what was stored.
    Decision decision(qsizetype row) const;
    QList<Decision> decisions() const;

    const QString &id(qsizetype row) const { return m_rows.at(row).id; }
    const QString &country(qsizetype row) const { return text(m_rows.at(row).country); }
    const QString &jurisdictionName(qsizetype row) const { return text(m_rows.at(row).jurisdiction); }
    const QString &authority(qsizetype row) const { return text(m_rows.at(row).authority); }
    const QString &target(qsizetype row) const { return text(m_rows.at(row).target); }
    const QString &decisionType(qsizetype row) const { return text(m_rows.at(row).type); }
    const QString &status(qsizetype row) const { return text(m_rows.at(row).status); }
    const QString &dateNotes(qsizetype row) const { return text(m_rows.at(row).dateNotes); }
    const QString &amountNotes(qsizetype row) const { return text(m_rows.at(row).amountNotes); }
    const QStringList &relatedTo(qsizetype row) const { return m_textLists.at(m_rows.at(row).relatedTo); }
    const QStringList &orders(qsizetype row) const { return m_textLists.at(m_rows.at(row).orders); }
    QDate decisionDate(qsizetype row) const { return dateOf(m_rows.at(row).decisionDay); }
    QDate announceDate(qsizetype row) const { return dateOf(m_rows.at(row).announceDay); }
    const QList<StatusChange> &statusChanges(qsizetype row) const { return m_statusLists.at(m_rows.at(row).statusChanges); }
    // True for a row kept whole (see the class comment): its decision may name others in more ways.
    bool isWhole(qsizetype row) const { return m_rows.at(row).whole >= 0; }
    // The date plotted on `basis` (dateFor()), null when the decision has none.
    QDate dateFor(qsizetype row, DateBasis basis) const;
    std::optional<Money> amount(qsizetype row) const;
    std::optional<Money> amountEur(qsizetype row) const;
    // Euro cents, or -1 without a euro amount (as the sort keys rank it).
    qint64 amountEurMinor(qsizetype row) const
    {
        const Row &r = m_rows.at(row);
        return r.flags & HasAmountEur ? r.amountEurMinor : qint64(-1);
    }
    bool amountIsMaximum(qsizetype row) const { return m_rows.at(row).flags & AmountIsMaximum; }
    bool userModified(qsizetype row) const { return m_rows.at(row).flags & UserModified; }
    bool longTextsOmitted(qsizetype row) const { return m_rows.at(row).flags & LongTextsOmitted; }
    qint64 rowVersion(qsizetype row) const { return m_rows.at(row).rowVersion; }
    // False when the decision names no other decision (no related ids, status changes or penalty): a scan for
    // references (DecisionRelations::namedIds) can skip it without building it.
    bool mayNameOthers(qsizetype row) const
    {
        const Row &r = m_rows.at(row);
        return r.relatedTo != 0 || r.statusChanges != 0 || r.whole >= 0;
    }

    // The row of the decision with this id, or -1. The table keeps an index of its ids (each id's 32-bit hash and
    // row, sorted, with where each run of hashes by their top bits starts: 12 bytes a row, built in one sort), where
    // a QHash<QString, int> over a million ids took half a second and 50 MB. Rows added by append() or moved by
    // reorder() are indexed on the next call, or by buildIdIndex() (a loader calls it on its own thread); insert(),
    // replace() and remove() keep it up to date.
    qsizetype rowOf(const QString &id) const;
    void buildIdIndex() const;

    // How many rows are kept whole (tests and benchmarks: the compact record should be the rule).
    qsizetype wholeRows() const;

private:
    enum Flag : quint8 {
        HasAmount = 1,
        HasAmountEur = 2,
        AmountIsMaximum = 4,
        IncludeInCumulativeFines = 8,
        UserModified = 16,
        LongTextsOmitted = 32,
    };
    using Row = DecisionTableRow;
    static constexpr qint32 NoDay = DecisionTableRow::NoDay;

    Row compact(const Decision &decision);
    void keepWhole(Row &row, const Decision &decision);
    static bool fitsCompact(const Decision &decision);
    quint32 intern(const QString &text, int field);
    quint32 internText(const QString &text);
    const QString &text(quint32 index) const { return m_texts.at(index); }
    static qint32 dayOf(const QDate &date);
    static QDate dateOf(qint32 day) { return day == NoDay ? QDate() : QDate::fromJulianDay(day); }

    struct IdEntry
    {
        quint32 hash;
        qint32 row;
        bool operator<(const IdEntry &o) const { return hash != o.hash ? hash < o.hash : row < o.row; }
    };
    static quint32 hashOf(const QString &id);
    void indexInserted(qsizetype row);
    void indexRemoved(qsizetype row, const QString &id);

    QList<Row> m_rows;
    void buildIdBuckets() const;

    mutable QList<IdEntry> m_ids; // by hash, then row; valid when m_idsBuilt
    // The entries whose hash starts with the top m_idBucketBits bits b are m_ids[m_idBuckets[b] .. m_idBuckets[b + 1]).
    mutable QList<qint32> m_idBuckets;
    mutable int m_idBucketBits = 0;
    mutable bool m_idsBuilt = true; // an empty table is indexed
    QList<Decision> m_whole; // slots of removed rows are emptied and reused
    QList<qint32> m_freeWhole;
    // Index 0 is the null text: a field not set costs nothing to intern.
    QStringList m_texts { QString() };
    QHash<QString, quint32> m_textIndex;
    // The rows' lists, by index (0: the empty list). A list of orders equal to one kept already shares its index: a
    // large import repeats the same few orders. Related ids and status changes are nearly all different: not looked
    // up. A list left by an edited or removed row stays until clear().
    QList<QStringList> m_textLists { QStringList() };
    QHash<QStringList, quint32> m_orderLists;
    QList<QList<StatusChange>> m_statusLists { QList<StatusChange>() };
    quint32 addTextList(const QStringList &list);
    quint32 addStatusList(const QList<StatusChange> &list);
    // Texts recently interned for each field, by the address of their characters: the SQLite read gives equal texts
    // one copy, so a pointer compare finds most of them without hashing and comparing their characters.
    static constexpr int Fields = 12;
    static constexpr int RecentSlots = 64;
    QString m_recentText[Fields][RecentSlots];
    quint32 m_recentIndex[Fields][RecentSlots] = {};
};
