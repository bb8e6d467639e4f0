// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caserepository.h"
#include "decision.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

// Edit > History: every recorded write of one decision in a team database, newest first, with who wrote it, when
// and which fields it changed. The selected version is compared field by field with the decision as the window
// holds it now, and Restore This Version hands it back to the caller to save over the current one. Every value is
// shown as plain text. Up/Down walk the versions, Alt+R restores, Esc closes.
class DecisionHistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DecisionHistoryDialog(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DecisionHistoryDialog)

    // The history of `id` as CaseRepository::history() gives it (oldest first) and the decision as the window holds
    // it now; nullopt when it is deleted now. The newest version is selected.
    void setHistory(
        const QString &id, const QList<CaseRepository::HistoryEntry> &entries, const std::optional<Decision> &current);

    // The decision of the selected version: what to save after the dialog is accepted. Its rowVersion is what the
    // history recorded, not the current one: the caller saves it over its current copy's row version.
    Decision chosenVersion() const;
    int versionCount() const;

private:
    void showComparison();
    // The entry shown in the row `row` of the list (newest first), or null.
    const CaseRepository::HistoryEntry *entryAt(int row) const;
    int selectedRow() const;

    QString m_id;
    QList<CaseRepository::HistoryEntry> m_entries; // newest first, as listed
    std::optional<Decision> m_current;
    int m_currentRow = -1; // the row of the version the window holds now, -1 when none is

    QTreeWidget *m_versions = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_comparison = nullptr;
    QPushButton *m_restore = nullptr;
};
