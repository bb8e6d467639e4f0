// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionmodel.h"

#include "countryregistry.h"
#include "decisionfilter.h"
#include "decisiontype.h"
#include "textfolding.h"

DecisionModel::DecisionModel(QObject *parent) : QAbstractTableModel(parent) { }

void DecisionModel::setDecisions(const QList<Decision> &decisions)
{
    beginResetModel();
    m_decisions = decisions;
    m_searchKeys.clear();
    m_rowById.clear();
    m_searchKeys.reserve(m_decisions.size());
    for (int row = 0; row < m_decisions.size(); ++row) {
        m_searchKeys.append(DecisionFilter::searchKeyFor(m_decisions.at(row)));
        m_rowById.insert(m_decisions.at(row).id, row);
    }
    endResetModel();
}

const Decision *DecisionModel::decisionById(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_decisions.at(row);
}

void DecisionModel::setDateBasis(DateBasis basis)
{
    if (basis == m_dateBasis)
        return;
    m_dateBasis = basis;
    // DateRole is served on every column, not only on the date column.
    if (!m_decisions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NUM_COLUMNS - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, DateColumn, DateColumn);
}

void DecisionModel::setDisplayLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_decisions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NUM_COLUMNS - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, NUM_COLUMNS - 1);
}

int DecisionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_decisions.size());
}

int DecisionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant DecisionModel::displayData(const Decision &d, int column) const
{
    switch (column) {
    case DateColumn:
        return dateFor(d, m_dateBasis).toString(Qt::ISODate);
    case CountryColumn:
        return CountryRegistry::name(d.country, m_locale);
    case AuthorityColumn:
        return d.authority;
    case TypeColumn:
        return DecisionType::label(d.decisionType);
    case AmountColumn:
        if (!d.amount)
            return QString();
        return d.amountIsMaximum ? tr("up to %1").arg(d.amount->toDisplayString(m_locale))
                                 : d.amount->toDisplayString(m_locale);
    case AmountEurColumn:
        return d.amountEur ? d.amountEur->toDisplayString(m_locale) : QString();
    case StatusColumn:
        return QString(d.status).replace(QLatin1Char('_'), QLatin1Char(' '));
    }
    return {};
}

QVariant DecisionModel::sortData(const Decision &d, int column) const
{
    switch (column) {
    case DateColumn:
        return dateFor(d, m_dateBasis).toString(Qt::ISODate);
    case AmountColumn:
        // Mixed currencies sort by their euro value; an amount with no euro equivalent (a contingent USD settlement)
        // cannot be ranked against them and sorts with the decisions without money rather than by foreign cents.
        return d.amountEur ? d.amountEur->minor : qint64(-1);
    case AmountEurColumn:
        return d.amountEur ? d.amountEur->minor : qint64(-1);
    default:
        return TextFolding::fold(displayData(d, column).toString());
    }
}

QVariant DecisionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Decision &d = m_decisions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(d, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DateColumn && !d.dateNotes.isEmpty())
            return d.dateNotes;
        if ((index.column() == AmountColumn || index.column() == AmountEurColumn) && !d.amountNotes.isEmpty())
            return d.amountNotes;
        if (index.column() == CountryColumn)
            return d.jurisdictionName;
        return displayData(d, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == AmountEurColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DecisionIdRole:
        return d.id;
    case SortRole:
        return sortData(d, index.column());
    case DateRole:
        return dateFor(d, m_dateBasis);
    case CountryCodeRole:
        return d.country;
    case DecisionTypeRole:
        return d.decisionType;
    case AmountEurMinorRole:
        return d.amountEur ? QVariant(d.amountEur->minor) : QVariant();
    case SearchKeyRole:
        return m_searchKeys.at(index.row());
    case TargetRole:
        return d.target;
    case UserModifiedRole:
        return d.userModified;
    case DecisionRole:
        return QVariant::fromValue(d);
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
