// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decision.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

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
        DecisionRole, // the whole Decision
    };

    explicit DecisionModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DecisionModel)

    void setDecisions(const QList<Decision> &decisions);
    // One-row edits (DecisionStore's undoable changes): unlike setDecisions, they keep the views' selection.
    void insertDecision(int row, const Decision &decision);
    void replaceDecision(int row, const Decision &decision);
    void removeDecision(int row);
    const QList<Decision> &decisions() const { return m_decisions; }
    const Decision &decisionAt(int row) const { return m_decisions.at(row); }
    // -1 when no decision has that id.
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    const Decision *decisionById(const QString &id) const;

    DateBasis dateBasis() const { return m_dateBasis; }
    void setDateBasis(DateBasis basis);
    void setDisplayLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Decision &decision, int column) const;
    // The tooltip of a cell as plain text; data() returns it escaped (PlainText::toolTip).
    QString toolTipText(const Decision &decision, int column) const;
    QVariant sortData(const Decision &decision, int column) const;
    void reindex(int fromRow);

    QList<Decision> m_decisions;
    QList<QString> m_searchKeys;
    QHash<QString, int> m_rowById;
    DateBasis m_dateBasis = DateBasis::Adopted;
    QLocale m_locale;
};
