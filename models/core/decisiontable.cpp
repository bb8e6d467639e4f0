// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisiontable.h"

#include <QHash>
#include <algorithm>

namespace {
// The interned fields, each with its own "last text" cache (DecisionTable::m_lastText).
enum Field { Country, Jurisdiction, Authority, AuthorityType, Target, Type, Status, Confidence, DateNotes, AmountNotes,
    Currency, EurCurrency };
} // namespace

void DecisionTable::clear()
{
    m_rows.clear();
    m_ids.clear();
    m_idsBuilt = true;
    m_whole.clear();
    m_freeWhole.clear();
    m_texts = QStringList { QString() };
    m_textIndex.clear();
    m_textLists = QList<QStringList> { QStringList() };
    m_orderLists.clear();
    m_statusLists = QList<QList<StatusChange>> { QList<StatusChange>() };
    for (int field = 0; field < Fields; ++field) {
        for (int slot = 0; slot < RecentSlots; ++slot) {
            m_recentText[field][slot].clear();
            m_recentIndex[field][slot] = 0;
        }
    }
}

quint32 DecisionTable::intern(const QString &text, int field)
{
    if (text.isEmpty())
        return 0;
    // The cache holds the text it names, so an equal pointer cannot be a later string at a freed address.
    const int slot = int((quintptr(text.constData()) >> 4) % RecentSlots);
    QString &recent = m_recentText[field][slot];
    if (text.constData() == recent.constData() && text.size() == recent.size())
        return m_recentIndex[field][slot];
    const quint32 index = internText(text);
    // The caller's copy, whose address the next rows of the same text will have.
    recent = text;
    m_recentIndex[field][slot] = index;
    // The row keeps the pooled copy; the caller's may be dropped.
    return index;
}

quint32 DecisionTable::internText(const QString &text)
{
    if (text.isEmpty())
        return 0;
    auto it = m_textIndex.constFind(text);
    if (it == m_textIndex.cend()) {
        it = m_textIndex.insert(text, quint32(m_texts.size()));
        m_texts.append(text);
    }
    return it.value();
}

quint32 DecisionTable::addTextList(const QStringList &list)
{
    if (list.isEmpty())
        return 0;
    m_textLists.append(list);
    return quint32(m_textLists.size() - 1);
}

quint32 DecisionTable::addStatusList(const QList<StatusChange> &list)
{
    if (list.isEmpty())
        return 0;
    m_statusLists.append(list);
    return quint32(m_statusLists.size() - 1);
}

void DecisionTable::append(DecisionTable &&other)
{
    // The other table's texts take this table's numbers; its rows move over with their numbers changed.
    QList<quint32> renumbered(other.m_texts.size());
    for (qsizetype i = 0; i < other.m_texts.size(); ++i)
        renumbered[i] = internText(other.m_texts.at(i));
    // Its lists follow these (the empty list, 0, stays 0); its orders are not looked up again among these.
    const quint32 textListsBefore = quint32(m_textLists.size() - 1);
    const quint32 statusListsBefore = quint32(m_statusLists.size() - 1);
    m_textLists.append(other.m_textLists.mid(1));
    m_statusLists.append(other.m_statusLists.mid(1));
    m_rows.reserve(m_rows.size() + other.m_rows.size());
    for (Row &row : other.m_rows) {
        for (quint32 *list : { &row.orders, &row.relatedTo })
            *list = *list ? *list + textListsBefore : 0;
        row.statusChanges = row.statusChanges ? row.statusChanges + statusListsBefore : 0;
        for (quint32 *text : { &row.country, &row.jurisdiction, &row.authority, &row.authorityType, &row.target,
                 &row.type, &row.status, &row.confidence, &row.dateNotes, &row.amountNotes, &row.currency,
                 &row.eurCurrency })
            *text = renumbered.at(*text);
        if (row.whole >= 0) {
            Decision whole = std::move(other.m_whole[row.whole]);
            keepWhole(row, whole);
        }
        m_rows.append(std::move(row));
    }
    m_idsBuilt = false;
    other.clear();
}

qint32 DecisionTable::dayOf(const QDate &date)
{
    // A date beyond 32 bits keeps its decision whole (fitsCompact); its row reads the dates from there.
    if (!date.isValid() || date.toJulianDay() <= NoDay || date.toJulianDay() > std::numeric_limits<qint32>::max())
        return NoDay;
    return qint32(date.toJulianDay());
}

// What the compact record cannot hold: then the decision is also kept whole.
bool DecisionTable::fitsCompact(const Decision &d)
{
    constexpr qint64 lowest = std::numeric_limits<qint32>::min() + 1; // NoDay is the null date
    constexpr qint64 highest = std::numeric_limits<qint32>::max();
    for (const QDate &date : { d.decisionDate, d.announceDate, d.timelineDateOverride }) {
        if (date.isValid() && (date.toJulianDay() < lowest || date.toJulianDay() > highest))
            return false;
    }
    return d.fxRateUsed.isEmpty() && d.periodicPenalty.isEmpty() && d.legalBasis == LegalBasis() && d.ordersFr.isEmpty()
        && d.outcome.isEmpty() && d.outcomeFr.isEmpty() && d.reference.isEmpty() && d.sources.isEmpty()
        && d.facts.isEmpty() && d.factsFr.isEmpty() && d.lowConfidenceDetails.isEmpty() && d.summary.isEmpty()
        && d.summaryFr.isEmpty();
}

DecisionTable::Row DecisionTable::compact(const Decision &d)
{
    Row r;
    r.id = d.id;
    if (!d.orders.isEmpty()) {
        auto it = m_orderLists.constFind(d.orders);
        if (it == m_orderLists.cend())
            it = m_orderLists.insert(d.orders, addTextList(d.orders));
        r.orders = *it;
    }
    r.relatedTo = addTextList(d.relatedTo);
    r.statusChanges = addStatusList(d.statusChanges);
    r.rowVersion = d.rowVersion;
    r.decisionDay = dayOf(d.decisionDate);
    r.announceDay = dayOf(d.announceDate);
    r.overrideDay = dayOf(d.timelineDateOverride);
    r.country = intern(d.country, Country);
    r.jurisdiction = intern(d.jurisdictionName, Jurisdiction);
    r.authority = intern(d.authority, Authority);
    r.authorityType = intern(d.authorityType, AuthorityType);
    r.target = intern(d.target, Target);
    r.type = intern(d.decisionType, Type);
    r.status = intern(d.status, Status);
    r.confidence = intern(d.confidence, Confidence);
    r.dateNotes = intern(d.dateNotes, DateNotes);
    r.amountNotes = intern(d.amountNotes, AmountNotes);
    if (d.amount) {
        r.flags |= HasAmount;
        r.amountMinor = d.amount->minor;
        r.currency = intern(d.amount->currency, Currency);
    }
    if (d.amountEur) {
        r.flags |= HasAmountEur;
        r.amountEurMinor = d.amountEur->minor;
        r.eurCurrency = intern(d.amountEur->currency, EurCurrency);
    }
    if (d.amountIsMaximum)
        r.flags |= AmountIsMaximum;
    if (d.includeInCumulativeFines)
        r.flags |= IncludeInCumulativeFines;
    if (d.userModified)
        r.flags |= UserModified;
    if (d.longTextsOmitted)
        r.flags |= LongTextsOmitted;
    if (!fitsCompact(d))
        keepWhole(r, d);
    return r;
}

void DecisionTable::keepWhole(Row &row, const Decision &decision)
{
    if (m_freeWhole.isEmpty()) {
        row.whole = qint32(m_whole.size());
        m_whole.append(decision);
    } else {
        row.whole = m_freeWhole.takeLast();
        m_whole[row.whole] = decision;
    }
}

void DecisionTable::append(const Decision &decision)
{
    m_rows.append(compact(decision));
    m_idsBuilt = false;
}

void DecisionTable::insert(qsizetype row, const Decision &decision)
{
    m_rows.insert(row, compact(decision));
    indexInserted(row);
}

void DecisionTable::replace(qsizetype row, const Decision &decision)
{
    remove(row);
    insert(row, decision);
}

void DecisionTable::remove(qsizetype row)
{
    indexRemoved(row, m_rows.at(row).id);
    const qint32 whole = m_rows.at(row).whole;
    if (whole >= 0) {
        m_whole[whole] = Decision();
        m_freeWhole.append(whole);
    }
    m_rows.removeAt(row);
}

void DecisionTable::reorder(const std::vector<qsizetype> &order)
{
    Q_ASSERT(qsizetype(order.size()) == m_rows.size());
    if (!m_rows.isDetached()) {
        keepRows(order); // the shared rows stay as they are: the copy is made in the new order
        return;
    }
    // In place, cycle by cycle: a copy in the new order was, for a moment, every row twice (at a million decisions
    // 192 MB more, the window's peak while it loaded).
    std::vector<bool> placed(order.size(), false);
    Row *rows = m_rows.data();
    for (size_t start = 0; start < order.size(); ++start) {
        if (placed[start])
            continue;
        Row first = std::move(rows[start]);
        size_t to = start;
        while (size_t(order[to]) != start) {
            const size_t from = size_t(order[to]);
            rows[to] = std::move(rows[from]);
            placed[to] = true;
            to = from;
        }
        rows[to] = std::move(first);
        placed[to] = true;
    }
    m_idsBuilt = false;
}

void DecisionTable::keepRows(const std::vector<qsizetype> &rows)
{
    std::vector<bool> kept(size_t(m_rows.size()), false);
    for (const qsizetype row : rows) {
        Q_ASSERT(!kept[size_t(row)]);
        kept[size_t(row)] = true;
    }
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const qint32 whole = m_rows.at(row).whole;
        if (!kept[size_t(row)] && whole >= 0) {
            m_whole[whole] = Decision();
            m_freeWhole.append(whole);
        }
    }
    QList<Row> out;
    out.reserve(qsizetype(rows.size()));
    // A table just copied shares its rows with the original: the kept ones are copied, not the whole list first.
    if (m_rows.isDetached()) {
        for (const qsizetype from : rows)
            out.append(std::move(m_rows[from]));
    } else {
        for (const qsizetype from : rows)
            out.append(m_rows.at(from));
    }
    m_rows = std::move(out);
    m_idsBuilt = false;
}

quint32 DecisionTable::hashOf(const QString &id)
{
    const size_t hash = qHash(id, 0);
    return quint32(hash ^ (quint64(hash) >> 32));
}

void DecisionTable::buildIdIndex() const
{
    if (m_idsBuilt)
        return;
    m_ids.resize(m_rows.size());
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        m_ids[row] = IdEntry { hashOf(m_rows.at(row).id), qint32(row) };
    std::sort(m_ids.begin(), m_ids.end());
    buildIdBuckets();
    m_idsBuilt = true;
}

void DecisionTable::buildIdBuckets() const
{
    // About one entry per bucket: a lookup reads its bucket's bounds and an entry or two, where a binary search over
    // a million entries missed the cache twenty times.
    int bits = 0;
    while (bits < 24 && (qsizetype(1) << bits) < m_ids.size())
        ++bits;
    m_idBucketBits = bits;
    m_idBuckets.fill(0, (qsizetype(1) << bits) + 1);
    for (const IdEntry &entry : std::as_const(m_ids))
        ++m_idBuckets[qsizetype(bits == 0 ? 0 : entry.hash >> (32 - bits)) + 1];
    for (qsizetype b = 1; b < m_idBuckets.size(); ++b)
        m_idBuckets[b] += m_idBuckets.at(b - 1);
}

qsizetype DecisionTable::rowOf(const QString &id) const
{
    buildIdIndex();
    if (m_ids.isEmpty())
        return -1;
    const quint32 hash = hashOf(id);
    const qsizetype bucket = m_idBucketBits == 0 ? 0 : qsizetype(hash >> (32 - m_idBucketBits));
    const auto end = m_ids.cbegin() + m_idBuckets.at(bucket + 1);
    const IdEntry lowest { hash, std::numeric_limits<qint32>::min() };
    auto it = std::lower_bound(m_ids.cbegin() + m_idBuckets.at(bucket), end, lowest);
    for (; it != end && it->hash == hash; ++it) {
        if (m_rows.at(it->row).id == id)
            return it->row;
    }
    return -1;
}

// One-row edits are user-paced: a pass over the index (a few milliseconds at a million rows) keeps it exact.
void DecisionTable::indexInserted(qsizetype row)
{
    if (!m_idsBuilt)
        return;
    for (IdEntry &entry : m_ids) {
        if (entry.row >= row)
            ++entry.row;
    }
    const IdEntry added { hashOf(m_rows.at(row).id), qint32(row) };
    m_ids.insert(std::lower_bound(m_ids.begin(), m_ids.end(), added) - m_ids.begin(), added);
    buildIdBuckets();
}

void DecisionTable::indexRemoved(qsizetype row, const QString &id)
{
    if (!m_idsBuilt)
        return;
    const IdEntry gone { hashOf(id), qint32(row) };
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), gone);
    if (it != m_ids.end() && it->row == row)
        m_ids.erase(it);
    for (IdEntry &entry : m_ids) {
        if (entry.row > row)
            --entry.row;
    }
    buildIdBuckets();
}

Decision DecisionTable::decision(qsizetype row) const
{
    const Row &r = m_rows.at(row);
    if (r.whole >= 0)
        return m_whole.at(r.whole);
    Decision d;
    d.id = r.id;
    d.country = text(r.country);
    d.jurisdictionName = text(r.jurisdiction);
    d.authority = text(r.authority);
    d.authorityType = text(r.authorityType);
    d.target = text(r.target);
    d.decisionType = text(r.type);
    d.decisionDate = dateOf(r.decisionDay);
    d.announceDate = dateOf(r.announceDay);
    d.dateNotes = text(r.dateNotes);
    d.timelineDateOverride = dateOf(r.overrideDay);
    d.amount = amount(row);
    d.amountEur = amountEur(row);
    d.amountIsMaximum = r.flags & AmountIsMaximum;
    d.amountNotes = text(r.amountNotes);
    d.includeInCumulativeFines = r.flags & IncludeInCumulativeFines;
    d.orders = m_textLists.at(r.orders);
    d.status = text(r.status);
    d.statusChanges = m_statusLists.at(r.statusChanges);
    d.relatedTo = m_textLists.at(r.relatedTo);
    d.confidence = text(r.confidence);
    d.userModified = r.flags & UserModified;
    d.rowVersion = r.rowVersion;
    d.longTextsOmitted = r.flags & LongTextsOmitted;
    return d;
}

QList<Decision> DecisionTable::decisions() const
{
    QList<Decision> out;
    out.reserve(m_rows.size());
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        out.append(decision(row));
    return out;
}

QDate DecisionTable::dateFor(qsizetype row, DateBasis basis) const
{
    const Row &r = m_rows.at(row);
    if (r.whole >= 0)
        return ::dateFor(m_whole.at(r.whole), basis);
    // As ::dateFor() and Decision::timelineDate().
    if (basis == DateBasis::Announced)
        return dateOf(r.announceDay != NoDay ? r.announceDay : r.decisionDay);
    if (r.overrideDay != NoDay)
        return dateOf(r.overrideDay);
    return dateOf(r.decisionDay != NoDay ? r.decisionDay : r.announceDay);
}

std::optional<Money> DecisionTable::amount(qsizetype row) const
{
    const Row &r = m_rows.at(row);
    if (!(r.flags & HasAmount))
        return std::nullopt;
    return Money { r.amountMinor, text(r.currency) };
}

std::optional<Money> DecisionTable::amountEur(qsizetype row) const
{
    const Row &r = m_rows.at(row);
    if (!(r.flags & HasAmountEur))
        return std::nullopt;
    return Money { r.amountEurMinor, text(r.eurCurrency) };
}

qsizetype DecisionTable::wholeRows() const
{
    return m_whole.size() - m_freeWhole.size();
}
