// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionhistorydialog.h"

#include "decisiondiff.h"
#include "fieldvalueitem.h"
#include "plaintext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {

enum VersionColumn { VersionCol, SavedCol, ByCol, ChangeCol, VersionColumns };
enum ComparisonColumn { FieldCol, ThisVersionCol, NowCol, ComparisonColumns };

const QLatin1String Saved("saved");
const QLatin1String Deleted("deleted");

} // namespace

DecisionHistoryDialog::DecisionHistoryDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));

    m_versions = new QTreeWidget(this);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setColumnCount(VersionColumns);
    m_versions->setHeaderLabels({ tr("Version"), tr("Saved"), tr("By"), tr("Change") });
    m_versions->setRootIsDecorated(false);
    m_versions->setUniformRowHeights(true);
    m_versions->setAllColumnsShowFocus(true);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->setTextElideMode(Qt::ElideRight);
    m_versions->header()->setStretchLastSection(true);
    for (const int column : { VersionCol, SavedCol, ByCol })
        m_versions->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_versions->setAccessibleName(tr("Versions"));
    auto *versionsLabel = new QLabel(tr("&Versions, newest first:"), this);
    versionsLabel->setBuddy(m_versions);
    connect(m_versions, &QTreeWidget::currentItemChanged, this, &DecisionHistoryDialog::showComparison);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    // The id in these sentences is data: never read as HTML.
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_comparison = new QTableWidget(0, ComparisonColumns, this);
    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_comparison->setHorizontalHeaderLabels({ tr("Field"), tr("This version"), tr("Now") });
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_comparison->setSelectionMode(QAbstractItemView::SingleSelection);
    m_comparison->verticalHeader()->hide();
    m_comparison->horizontalHeader()->setSectionResizeMode(FieldCol, QHeaderView::ResizeToContents);
    m_comparison->horizontalHeader()->setSectionResizeMode(ThisVersionCol, QHeaderView::Stretch);
    m_comparison->horizontalHeader()->setSectionResizeMode(NowCol, QHeaderView::Stretch);
    m_comparison->horizontalHeader()->setStretchLastSection(true);
    m_comparison->setWordWrap(false);
    m_comparison->setTextElideMode(Qt::ElideRight);
    m_comparison->setAccessibleName(tr("This version compared with now"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore This Version"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_restore->setToolTip(tr("Save this version of the decision over the one now"));
    m_restore->setEnabled(false);
    // Enter closes: restoring writes over the decision, so it takes the button itself (a click, Alt+R, or Space or
    // Enter on the focused button), never Enter pressed while reading the list.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(m_restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The list and the comparison share the height; the user may give either more of it.
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(versionsLabel);
    topLayout->addWidget(m_versions, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_comparison, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    resize(820, 560);
    m_versions->setFocus();
}

void DecisionHistoryDialog::setHistory(
    const QString &id, const QList<CaseRepository::HistoryEntry> &entries, const std::optional<Decision> &current)
{
    m_id = id;
    m_current = current;
    setWindowTitle(tr("History of %1").arg(id));

    // Each write is described by what it changed from the write before it, so that is worked out oldest first.
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const CaseRepository::HistoryEntry &entry = entries.at(i);
        QString change;
        if (entry.change == Deleted) {
            change = tr("Deleted");
        } else if (i == 0) {
            change = tr("Saved (first recorded version)");
        } else {
            const CaseRepository::HistoryEntry &previous = entries.at(i - 1);
            const QStringList fields = DecisionDiff::fields(previous.decision, entry.decision);
            const QString names = fields.join(QLatin1String(", "));
            if (previous.change == Deleted)
                change = fields.isEmpty() ? tr("Saved (added back)") : tr("Saved (added back): %1").arg(names);
            else
                change = fields.isEmpty() ? tr("Saved (no changes)") : tr("Saved: %1").arg(names);
        }
        auto *item = new QTreeWidgetItem;
        item->setText(VersionCol, QString::number(entry.rowVersion));
        item->setText(SavedCol,
            entry.changedAt.isValid() ? locale.toString(entry.changedAt.toLocalTime(), QLocale::ShortFormat)
                                      : QString());
        item->setText(ByCol, entry.changedBy);
        item->setText(ChangeCol, change);
        item->setToolTip(ChangeCol, PlainText::toolTip(change));
        items.append(item);
    }
    std::reverse(items.begin(), items.end());
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());

    // The version the window holds: the newest saved write at its row version (a decision deleted and added back
    // starts its row versions again, so an older write may carry the same number).
    m_currentRow = -1;
    if (current) {
        for (int row = 0; row < m_entries.size(); ++row) {
            const CaseRepository::HistoryEntry &entry = m_entries.at(row);
            if (entry.change == Saved && entry.rowVersion == current->rowVersion) {
                m_currentRow = row;
                items.at(row)->setText(VersionCol, tr("%1 (current)").arg(entry.rowVersion));
                break;
            }
        }
    }

    m_versions->clear();
    m_versions->addTopLevelItems(items);
    if (!items.isEmpty())
        m_versions->setCurrentItem(items.first());
    showComparison();
}

Decision DecisionHistoryDialog::chosenVersion() const
{
    const CaseRepository::HistoryEntry *entry = entryAt(selectedRow());
    return entry ? entry->decision : Decision();
}

int DecisionHistoryDialog::versionCount() const
{
    return int(m_entries.size());
}

const CaseRepository::HistoryEntry *DecisionHistoryDialog::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int DecisionHistoryDialog::selectedRow() const
{
    QTreeWidgetItem *item = m_versions->currentItem();
    return item ? m_versions->indexOfTopLevelItem(item) : -1;
}

void DecisionHistoryDialog::showComparison()
{
    const int row = selectedRow();
    const CaseRepository::HistoryEntry *entry = entryAt(row);
    QList<FieldChange> changes;
    QString summary;
    if (!entry) {
        summary = m_entries.isEmpty() ? tr("No versions of %1 are recorded.").arg(m_id) : QString();
    } else if (!m_current) {
        summary = tr("%1 is deleted now; restoring this version adds it back.").arg(m_id);
    } else {
        changes = DecisionDiff::changes(entry->decision, *m_current);
        if (!changes.isEmpty())
            summary = tr("%n field(s) of this version differ from the decision now:", nullptr, int(changes.size()));
        else if (row == m_currentRow)
            summary = tr("This is the current version.");
        else
            summary = tr("This version is the same as the decision now.");
    }
    m_summary->setText(summary);
    m_comparison->setAccessibleDescription(summary);

    m_comparison->clearContents();
    m_comparison->setRowCount(int(changes.size()));
    for (int i = 0; i < changes.size(); ++i) {
        const FieldChange &change = changes.at(i);
        auto *field = new QTableWidgetItem(change.field);
        field->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_comparison->setItem(i, FieldCol, field);
        m_comparison->setItem(i, ThisVersionCol, fieldValueItem(change.before));
        m_comparison->setItem(i, NowCol, fieldValueItem(change.after));
    }

    // Restoring what is already there would only record one more identical version.
    m_restore->setEnabled(entry && (!m_current || !changes.isEmpty()));
}
