// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionmodel.h"

#include "plaintext.h"

#include "countryregistry.h"
#include "decisionfilter.h"
#include "decisiontype.h"
#include "textfolding.h"

#include <QFont>

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

void DecisionModel::insertDecision(int row, const Decision &decision)
{
    Q_ASSERT(row >= 0 && row <= m_decisions.size());
    beginInsertRows(QModelIndex(), row, row);
    m_decisions.insert(row, decision);
    m_searchKeys.insert(row, DecisionFilter::searchKeyFor(decision));
    reindex(row);
    endInsertRows();
}

void DecisionModel::replaceDecision(int row, const Decision &decision)
{
    Q_ASSERT(row >= 0 && row < m_decisions.size());
    if (m_decisions.at(row).id != decision.id)
        m_rowById.remove(m_decisions.at(row).id);
    m_decisions[row] = decision;
    m_searchKeys[row] = DecisionFilter::searchKeyFor(decision);
    m_rowById.insert(decision.id, row);
    Q_EMIT dataChanged(index(row, 0), index(row, NUM_COLUMNS - 1));
}

void DecisionModel::removeDecision(int row)
{
    Q_ASSERT(row >= 0 && row < m_decisions.size());
    beginRemoveRows(QModelIndex(), row, row);
    m_rowById.remove(m_decisions.at(row).id);
    m_decisions.removeAt(row);
    m_searchKeys.removeAt(row);
    reindex(row);
    endRemoveRows();
}

// Rows after an insertion or removal have moved by one.
void DecisionModel::reindex(int fromRow)
{
    for (int row = fromRow; row < m_decisions.size(); ++row)
        m_rowById.insert(m_decisions.at(row).id, row);
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
    case DateColumn: {
        const QString date = dateFor(d, m_dateBasis).toString(Qt::ISODate);
        // The marker of a decision the user changed: visible in the table without opening it.
        return d.userModified ? QString(QStringLiteral("\u270E ") + date) : date;
    }
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

QString DecisionModel::toolTipText(const Decision &d, int column) const
{
    if (column == DateColumn && d.userModified)
        return d.dateNotes.isEmpty() ? tr("Changed by you") : tr("Changed by you. %1").arg(d.dateNotes);
    if (column == DateColumn && !d.dateNotes.isEmpty())
        return d.dateNotes;
    if ((column == AmountColumn || column == AmountEurColumn) && !d.amountNotes.isEmpty())
        return d.amountNotes;
    if (column == CountryColumn)
        return d.jurisdictionName;
    return displayData(d, column).toString();
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
        return PlainText::toolTip(toolTipText(d, index.column()));
    case Qt::FontRole:
        if (d.userModified && index.column() == DateColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (d.userModified && index.column() == DateColumn)
            return tr("%1, changed by you").arg(dateFor(d, m_dateBasis).toString(Qt::ISODate));
        return {};
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
