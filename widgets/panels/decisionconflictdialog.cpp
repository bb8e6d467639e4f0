// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionconflictdialog.h"

#include "fieldvalueitem.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { FieldColumn, TheirsColumn, MineColumn };
constexpr int FieldRole = Qt::UserRole;

QTableWidgetItem *valueItem(const QString &value, bool checked)
{
    QTableWidgetItem *item = fieldValueItem(value);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

DecisionConflictDialog::DecisionConflictDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("conflictIntro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("conflictFields"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAccessibleName(tr("Fields that differ"));
    connect(m_table, &QTableWidget::itemChanged, this, &DecisionConflictDialog::pairChanged);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Save Ticked Fields"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("conflictMerge"));
    m_merge->setDefault(true);
    m_keepMine = buttons->addButton(tr("Keep &Mine"), QDialogButtonBox::ActionRole);
    m_keepMine->setObjectName(QStringLiteral("conflictKeepMine"));
    m_keepTheirs = buttons->addButton(tr("Keep &Theirs"), QDialogButtonBox::ActionRole);
    m_keepTheirs->setObjectName(QStringLiteral("conflictKeepTheirs"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Back to the Form"));
    connect(m_merge, &QPushButton::clicked, this, [this] { finish(Resolution::Merge); });
    connect(m_keepMine, &QPushButton::clicked, this, [this] { finish(Resolution::KeepMine); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { finish(Resolution::KeepTheirs); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

void DecisionConflictDialog::setConflict(
    const QString &id, const QList<DecisionMerge::Field> &fields, const QString &savedBy)
{
    setWindowTitle(tr("%1 Was Changed Meanwhile").arg(id));
    const QString who = savedBy.isEmpty() ? tr("Someone else saved %1 while you were editing it.").arg(id)
                                          : tr("%1 was saved by %2 while you were editing it.").arg(id, savedBy);
    m_intro->setText(who + QLatin1Char(' ')
        + tr("Your edit is not saved yet. Tick, field by field, the version to keep; a field changed on both sides "
             "is marked. Space ticks the box of the selected cell."));
    m_table->setHorizontalHeaderLabels({ tr("Field"), tr("Theirs (saved)"), tr("Yours") });
    const QSet<QString> mine = DecisionMerge::defaultFromMine(fields);
    m_pairing = true;
    m_table->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const DecisionMerge::Field &f = fields.at(row);
        const bool both = f.changedByThem && f.changedByMe;
        auto *name = new QTableWidgetItem(both ? tr("%1 (changed by both)").arg(f.field) : f.field);
        name->setData(FieldRole, f.field);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (both) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_table->setItem(row, FieldColumn, name);
        const bool takeMine = mine.contains(f.field);
        m_table->setItem(row, TheirsColumn, valueItem(f.theirs, !takeMine));
        m_table->setItem(row, MineColumn, valueItem(f.mine, takeMine));
    }
    m_pairing = false;
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, MineColumn);
    m_table->setFocus();
}

void DecisionConflictDialog::pairChanged(QTableWidgetItem *item)
{
    if (m_pairing || item->column() == FieldColumn)
        return;
    // One of the two boxes of a field is always ticked: ticking one unticks the other, and the other way round.
    m_pairing = true;
    const int other = item->column() == TheirsColumn ? MineColumn : TheirsColumn;
    m_table->item(item->row(), other)->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    m_pairing = false;
}

QSet<QString> DecisionConflictDialog::fromMine() const
{
    QSet<QString> fields;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, MineColumn)->checkState() == Qt::Checked)
            fields.insert(m_table->item(row, FieldColumn)->data(FieldRole).toString());
    }
    return fields;
}

void DecisionConflictDialog::finish(Resolution resolution)
{
    m_resolution = resolution;
    accept();
}
