// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"
#include "decisiontable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <memory>
#include <optional>

class WholeDecisions;

// The decisions of the open database, one row each. Every view (table, timeline, charts, detail panel) reads
// this one model, through one filter proxy and one selection model.
class DecisionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { DateColumn, CountryColumn, AuthorityColumn, TypeColumn, AmountColumn, AmountEurColumn, StatusColumn, NUM_COLUMNS };
    enum Roles {
        DecisionIdRole = Qt::UserRole,
        SortRole, // a value that sorts right: ISO dates, minor units, folded text
        DateRole, // QDate on the current date basis
        CountryCodeRole,
        DecisionTypeRole,
        AmountEurMinorRole, // qint64 euro cents, or an invalid QVariant
        SearchKeyRole, // folded text for the free-text filter
        TargetRole,
        UserModifiedRole,
        DecisionRole, // the Decision as the model keeps it (maybe without its long texts: see wholeDecision())
    };

    explicit DecisionModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DecisionModel)

    void setDecisions(const QList<Decision> &decisions);
    // The rows as read for the window (CaseRepository::decisionsForViews), taken without a copy.
    void setDecisions(DecisionTable &&decisions);
    // One-row edits (DecisionStore's undoable changes): unlike setDecisions, they keep the views' selection.
    void insertDecision(int row, const Decision &decision);
    void replaceDecision(int row, const Decision &decision);
    void removeDecision(int row);
    // The rows in their compact form: consumers that look at one field of every row (filters, the filter bar, sort
    // keys) read it in place, without building a Decision per row.
    const DecisionTable &table() const { return m_table; }
    // The decision of a row as the model keeps it (maybe without its long texts: see wholeDecision()), built from its
    // compact record: cheap for one row, to be avoided in a loop over a million.
    Decision decisionAt(int row) const { return m_table.decision(row); }
    // Every row's decision, built: for the few consumers that need them all (a lecture of the whole record).
    QList<Decision> allDecisions() const { return m_table.decisions(); }
    // SearchKeyRole without the QVariant: folded on first use and kept, so that a window that never searches never
    // pays for folding every text of every decision (nor holds the keys in memory).
    const QString &searchKey(int row) const;
    // What SortRole ranks by, as one integer that compares the same way: the Julian day on the date basis (null
    // dates first), euro cents (-1 without), or the rank of the folded display text among all rows. Sorting a
    // million rows then compares integers, not QVariants holding QStrings.
    qint64 sortKey(int row, int column) const;
    // True when the rows are in the order of their DateColumn sort keys (a file is read in date order): a sort by
    // date, ascending, then keeps them as they are.
    bool rowsInDateOrder() const { return m_rowsInDateOrder; }
    // The rows may hold decisions without their long texts (Decision::omitLongTexts: the window reads a large
    // database so). These read them whole from `source` where needed: the decision shown, edited, exported or
    // presented, and the free-text search. Without a source, or for a row kept whole, the stored copy is returned.
    void setWholeDecisions(std::shared_ptr<const WholeDecisions> source);
    bool hasWholeDecisions() const { return m_whole != nullptr; }
    Decision wholeDecision(int row) const;
    // In the order of `rows`, one read for all of them.
    QList<Decision> wholeDecisions(const QList<int> &rows) const;
    std::optional<Decision> wholeDecisionById(const QString &id) const;
    // DecisionRelations::related(decisionAt(row), allDecisions()), from an index of which rows name which ids built
    // once per change of the rows: scanning every row on each selection cost 100 ms at 1,000,000 decisions.
    QList<Decision> relatedDecisions(int row) const;
    // DecisionRelations::namedBy(id, allDecisions()): the ids of the decisions that name `id`, in row order.
    QStringList referencesTo(const QString &id) const;
    // -1 when no decision has that id.
    int rowOf(const QString &id) const { return int(m_table.rowOf(id)); }
    std::optional<Decision> decisionById(const QString &id) const;

    // Changes with every change of the rows' content (never the same number for two models), so that a cache built
    // from the rows knows whether it is still good without listening to signals.
    quint64 generation() const { return m_generation; }

    DateBasis dateBasis() const { return m_dateBasis; }
    void setDateBasis(DateBasis basis);
    void setDisplayLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(int row, int column) const;
    // The tooltip of a cell as plain text; data() returns it escaped (PlainText::toolTip).
    QString toolTipText(int row, int column) const;
    QVariant sortData(int row, int column) const;
    // DecisionRelations::namedIds(decisionAt(row)).
    QStringList namedIds(int row) const;
    // The rows whose decisions name the decision of `row`, in row order.
    QList<int> rowsNaming(int row) const;
    void buildNamedBy() const;
    // Drops the caches that depend on the rows' content; they are rebuilt on next use.
    void forgetDerived();
    void rebuildDayKeys();
    // Folds the search key of every row kept without its texts, from one read of the whole decisions.
    void foldOmittedSearchKeys() const;

    DecisionTable m_table;
    // Lazily filled: a null QString is "not folded yet" (a real key is never empty: it joins fields with '\n').
    mutable QList<QString> m_searchKeys;
    QList<qint64> m_dayKeys; // per row, on m_dateBasis
    bool m_rowsInDateOrder = true;
    // Per text column, the rank of each row's folded display text; empty until that column is sorted.
    mutable QList<int> m_textRanks[NUM_COLUMNS];
    // For each row, the rows whose decisions name it (DecisionRelations::namedIds), in row order, built on first use:
    // the rows that name row r are m_namingRows[m_namingOffsets[r] .. m_namingOffsets[r + 1]).
    mutable QList<int> m_namingOffsets;
    mutable QList<int> m_namingRows;
    mutable bool m_namedByBuilt = false;
    std::shared_ptr<const WholeDecisions> m_whole;
    DateBasis m_dateBasis = DateBasis::Adopted;
    QLocale m_locale;
    quint64 m_generation = 0;
};
