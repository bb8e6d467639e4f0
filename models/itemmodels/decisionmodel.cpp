// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionmodel.h"

#include "displayformat.h"
#include "plaintext.h"

#include "countryregistry.h"
#include "decisionfilter.h"
#include "decisionrelations.h"
#include "decisiontype.h"
#include "statuslabel.h"
#include "textfolding.h"
#include "wholedecisions.h"

#include <QFont>

#include <algorithm>
#include <atomic>
#include <limits>
#include <numeric>

DecisionModel::DecisionModel(QObject *parent) : QAbstractTableModel(parent) { }

void DecisionModel::setDecisions(const QList<Decision> &decisions)
{
    DecisionTable table;
    table.reserve(decisions.size());
    for (const Decision &d : decisions)
        table.append(d);
    setDecisions(std::move(table));
}

void DecisionModel::setDecisions(DecisionTable &&decisions)
{
    beginResetModel();
    m_table = std::move(decisions);
    m_table.buildIdIndex(); // at once, not on the first lookup; done already where the rows were read
    m_searchKeys.clear();
    forgetDerived();
    endResetModel();
}

void DecisionModel::setWholeDecisions(std::shared_ptr<const WholeDecisions> source)
{
    m_whole = std::move(source);
}

Decision DecisionModel::wholeDecision(int row) const
{
    const QList<Decision> whole = wholeDecisions({ row });
    return whole.isEmpty() ? Decision() : whole.constFirst();
}

QList<Decision> DecisionModel::wholeDecisions(const QList<int> &rows) const
{
    QList<Decision> out;
    out.reserve(rows.size());
    QSet<QString> omitted;
    for (const int row : rows) {
        out.append(m_table.decision(row));
        if (m_table.longTextsOmitted(row))
            omitted.insert(m_table.id(row));
    }
    if (omitted.isEmpty() || !m_whole)
        return out;
    QHash<QString, Decision> byId;
    for (Decision &d : m_whole->among(omitted))
        byId.insert(d.id, std::move(d));
    // A decision another program deleted meanwhile stays as the model has it (its texts left out) until the next
    // reload. The row version stays the model's: an edit based on a copy read after another program changed the
    // decision must still be refused as a conflict.
    for (Decision &d : out) {
        const auto it = byId.constFind(d.id);
        if (it != byId.cend()) {
            const qint64 version = d.rowVersion;
            d = *it;
            d.rowVersion = version;
        }
    }
    return out;
}

QStringList DecisionModel::namedIds(int row) const
{
    // DecisionRelations::namedIds without building the decision: a compact row names others only through its
    // related ids and its status changes (a penalty keeps the decision whole).
    if (m_table.isWhole(row))
        return DecisionRelations::namedIds(m_table.decision(row));
    const QString &self = m_table.id(row);
    QStringList ids;
    const auto add = [&](const QString &id) {
        if (!id.isEmpty() && id != self && !ids.contains(id))
            ids.append(id);
    };
    for (const QString &id : m_table.relatedTo(row))
        add(id);
    for (const StatusChange &change : m_table.statusChanges(row))
        add(change.byDecisionId);
    return ids;
}

void DecisionModel::buildNamedBy() const
{
    if (m_namedByBuilt)
        return;
    // (named row, naming row) pairs sorted by the named row: the rows that name a row are one slice of an array,
    // with no hash of ids to build (a third of a million of them at a million decisions).
    std::vector<std::pair<int, int>> pairs;
    const auto add = [&](const QString &id, int r) {
        const int named = id.isEmpty() ? -1 : rowOf(id);
        if (named >= 0 && named != r)
            pairs.emplace_back(named, r);
    };
    for (int r = 0; r < m_table.size(); ++r) {
        if (!m_table.mayNameOthers(r))
            continue;
        if (m_table.isWhole(r)) {
            for (const QString &id : namedIds(r))
                add(id, r);
            continue;
        }
        // namedIds() without its list: the same ids, each pair made once below.
        for (const QString &id : m_table.relatedTo(r))
            add(id, r);
        for (const StatusChange &change : m_table.statusChanges(r))
            add(change.byDecisionId, r);
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    m_namingRows.resize(qsizetype(pairs.size()));
    m_namingOffsets.fill(0, m_table.size() + 1);
    for (size_t i = 0; i < pairs.size(); ++i) {
        m_namingRows[qsizetype(i)] = pairs[i].second;
        ++m_namingOffsets[pairs[i].first + 1];
    }
    for (qsizetype r = 0; r < m_table.size(); ++r)
        m_namingOffsets[r + 1] += m_namingOffsets.at(r);
    m_namedByBuilt = true;
}

QList<int> DecisionModel::rowsNaming(int row) const
{
    buildNamedBy();
    if (row < 0 || row >= m_table.size())
        return {};
    return m_namingRows.mid(m_namingOffsets.at(row), m_namingOffsets.at(row + 1) - m_namingOffsets.at(row));
}

QStringList DecisionModel::referencesTo(const QString &id) const
{
    QStringList ids;
    for (const int row : rowsNaming(rowOf(id)))
        ids.append(m_table.id(row));
    return ids;
}

QList<Decision> DecisionModel::relatedDecisions(int row) const
{
    // As DecisionRelations::related: first those it names, in its order, then those that name it, each once.
    QList<Decision> out;
    QSet<int> named;
    for (const QString &id : namedIds(row)) {
        const int other = rowOf(id);
        if (other >= 0 && other != row && !named.contains(other)) {
            out.append(m_table.decision(other));
            named.insert(other);
        }
    }
    for (const int other : rowsNaming(row)) {
        if (other != row && !named.contains(other))
            out.append(m_table.decision(other));
    }
    return out;
}

std::optional<Decision> DecisionModel::wholeDecisionById(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return wholeDecision(row);
}

void DecisionModel::insertDecision(int row, const Decision &decision)
{
    Q_ASSERT(row >= 0 && row <= m_table.size());
    beginInsertRows(QModelIndex(), row, row);
    m_table.insert(row, decision);
    if (!m_searchKeys.isEmpty())
        m_searchKeys.insert(row, QString());
    forgetDerived();
    endInsertRows();
}

void DecisionModel::replaceDecision(int row, const Decision &decision)
{
    Q_ASSERT(row >= 0 && row < m_table.size());
    m_table.replace(row, decision);
    if (row < m_searchKeys.size())
        m_searchKeys[row] = QString();
    forgetDerived();
    Q_EMIT dataChanged(index(row, 0), index(row, NUM_COLUMNS - 1));
}

void DecisionModel::removeDecision(int row)
{
    Q_ASSERT(row >= 0 && row < m_table.size());
    beginRemoveRows(QModelIndex(), row, row);
    m_table.remove(row);
    if (row < m_searchKeys.size())
        m_searchKeys.removeAt(row);
    forgetDerived();
    endRemoveRows();
}

// One-row edits are rare and user-paced: dropping the sort caches is simpler than patching them, and the next sort
// rebuilds only what it needs. The search keys are patched by the edits instead: folding them again may mean reading
// every decision's texts from the database.
void DecisionModel::forgetDerived()
{
    // One counter for all models: a model made where a deleted one was never takes up its numbers.
    static std::atomic<quint64> generations { 0 };
    m_generation = ++generations;
    m_namedByBuilt = false;
    m_namingOffsets.clear();
    m_namingRows.clear();
    for (QList<int> &ranks : m_textRanks)
        ranks.clear();
    rebuildDayKeys();
}

void DecisionModel::rebuildDayKeys()
{
    m_dayKeys.resize(m_table.size());
    for (int row = 0; row < m_table.size(); ++row) {
        const QDate date = m_table.dateFor(row, m_dateBasis);
        m_dayKeys[row] = date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::min();
    }
    m_rowsInDateOrder = std::is_sorted(m_dayKeys.cbegin(), m_dayKeys.cend());
}

const QString &DecisionModel::searchKey(int row) const
{
    if (m_searchKeys.size() != m_table.size())
        m_searchKeys.resize(m_table.size());
    QString &key = m_searchKeys[row];
    if (key.isNull() && m_table.longTextsOmitted(row) && m_whole)
        foldOmittedSearchKeys();
    if (key.isNull())
        key = DecisionFilter::searchKeyFor(m_table.decision(row));
    return key;
}

void DecisionModel::foldOmittedSearchKeys() const
{
    // One pass over the database rather than a query per row; a decision is read whole only to be folded.
    m_whole->forEach([this](const Decision &whole) {
        const int row = rowOf(whole.id);
        if (row >= 0 && m_table.longTextsOmitted(row) && m_searchKeys.at(row).isNull())
            m_searchKeys[row] = DecisionFilter::searchKeyFor(whole);
        return true;
    });
}

qint64 DecisionModel::sortKey(int row, int column) const
{
    switch (column) {
    case DateColumn:
        return m_dayKeys.at(row);
    case AmountColumn:
    case AmountEurColumn:
        return m_table.amountEurMinor(row);
    default:
        break;
    }
    if (column < 0 || column >= NUM_COLUMNS)
        return 0;
    QList<int> &ranks = m_textRanks[column];
    if (ranks.size() != m_table.size()) {
        // Few distinct texts (countries, types, authorities, statuses) over many rows: fold each distinct text
        // once, sort the distinct folded texts, and give every row the rank of its own.
        QHash<QString, int> distinct;
        QList<int> textOfRow(m_table.size());
        QStringList folded;
        for (int r = 0; r < m_table.size(); ++r) {
            const QString display = displayData(r, column).toString();
            auto it = distinct.constFind(display);
            if (it == distinct.cend()) {
                it = distinct.insert(display, int(folded.size()));
                folded.append(TextFolding::fold(display));
            }
            textOfRow[r] = it.value();
        }
        QList<int> order(folded.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&folded](int a, int b) { return folded.at(a) < folded.at(b); });
        // Equal folded texts ("Cnil", "CNIL") share a rank, as they compared equal before.
        QList<int> rankOfText(folded.size());
        int rank = 0;
        for (int i = 0; i < order.size(); ++i) {
            if (i > 0 && folded.at(order.at(i)) != folded.at(order.at(i - 1)))
                ++rank;
            rankOfText[order.at(i)] = rank;
        }
        ranks.resize(m_table.size());
        for (int r = 0; r < m_table.size(); ++r)
            ranks[r] = rankOfText.at(textOfRow.at(r));
    }
    return ranks.at(row);
}

std::optional<Decision> DecisionModel::decisionById(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_table.decision(row);
}

void DecisionModel::setDateBasis(DateBasis basis)
{
    if (basis == m_dateBasis)
        return;
    m_dateBasis = basis;
    rebuildDayKeys();
    // DateRole is served on every column, not only on the date column.
    if (!m_table.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NUM_COLUMNS - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, DateColumn, DateColumn);
}

void DecisionModel::setDisplayLocale(const QLocale &locale)
{
    m_locale = locale;
    // Country names are sorted as displayed, in the display language.
    for (QList<int> &ranks : m_textRanks)
        ranks.clear();
    if (!m_table.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NUM_COLUMNS - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, NUM_COLUMNS - 1);
}

int DecisionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.size());
}

int DecisionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant DecisionModel::displayData(int row, int column) const
{
    switch (column) {
    case DateColumn: {
        // In the language's format ("17 Oct 2022", "17 oct. 2022"); sortData() keeps ISO for the order.
        const QString date = DisplayFormat::date(m_table.dateFor(row, m_dateBasis), m_locale);
        // The marker of a decision the user changed: visible in the table without opening it.
        return m_table.userModified(row) ? QString(QStringLiteral("\u270E ") + date) : date;
    }
    case CountryColumn:
        return CountryRegistry::name(m_table.country(row), m_locale);
    case AuthorityColumn:
        return m_table.authority(row);
    case TypeColumn:
        return DecisionType::label(m_table.decisionType(row));
    case AmountColumn: {
        const std::optional<Money> amount = m_table.amount(row);
        if (!amount)
            return QString();
        return m_table.amountIsMaximum(row) ? tr("up to %1").arg(DisplayFormat::money(*amount, m_locale))
                                            : DisplayFormat::money(*amount, m_locale);
    }
    case AmountEurColumn: {
        const std::optional<Money> amount = m_table.amountEur(row);
        return amount ? DisplayFormat::money(*amount, m_locale) : QString();
    }
    case StatusColumn:
        return StatusLabel::text(m_table.status(row));
    }
    return {};
}

QVariant DecisionModel::sortData(int row, int column) const
{
    switch (column) {
    case DateColumn:
        return m_table.dateFor(row, m_dateBasis).toString(Qt::ISODate);
    case AmountColumn:
        // Mixed currencies sort by their euro value; an amount with no euro equivalent (a contingent USD settlement)
        // cannot be ranked against them and sorts with the decisions without money rather than by foreign cents.
    case AmountEurColumn:
        return m_table.amountEurMinor(row);
    default:
        return TextFolding::fold(displayData(row, column).toString());
    }
}

QString DecisionModel::toolTipText(int row, int column) const
{
    const QString &dateNotes = m_table.dateNotes(row);
    if (column == DateColumn && m_table.userModified(row))
        return dateNotes.isEmpty() ? tr("Changed by you") : tr("Changed by you. %1").arg(dateNotes);
    if (column == DateColumn && !dateNotes.isEmpty())
        return dateNotes;
    if ((column == AmountColumn || column == AmountEurColumn) && !m_table.amountNotes(row).isEmpty())
        return m_table.amountNotes(row);
    if (column == CountryColumn)
        return m_table.jurisdictionName(row);
    return displayData(row, column).toString();
}

QVariant DecisionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool changedDate = index.column() == DateColumn && m_table.userModified(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return PlainText::toolTip(toolTipText(row, index.column()));
    case Qt::FontRole:
        if (changedDate) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (changedDate)
            return tr("%1, changed by you").arg(DisplayFormat::longDate(m_table.dateFor(row, m_dateBasis), m_locale));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == AmountEurColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DecisionIdRole:
        return m_table.id(row);
    case SortRole:
        return sortData(row, index.column());
    case DateRole:
        return m_table.dateFor(row, m_dateBasis);
    case CountryCodeRole:
        return m_table.country(row);
    case DecisionTypeRole:
        return m_table.decisionType(row);
    case AmountEurMinorRole: {
        const std::optional<Money> eur = m_table.amountEur(row);
        return eur ? QVariant(eur->minor) : QVariant();
    }
    case SearchKeyRole:
        return searchKey(row);
    case TargetRole:
        return m_table.target(row);
    case UserModifiedRole:
        return m_table.userModified(row);
    case DecisionRole:
        return QVariant::fromValue(m_table.decision(row));
    }
    return {};
}

QVariant DecisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return m_dateBasis == DateBasis::Announced ? tr("Announced") : tr("Adopted");
    case CountryColumn:
        return tr("Country");
    case AuthorityColumn:
        return tr("Authority");
    case TypeColumn:
        return tr("Type");
    case AmountColumn:
        return tr("Amount");
    case AmountEurColumn:
        return tr("EUR equivalent");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}
