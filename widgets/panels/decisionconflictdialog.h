// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisionmerge.h"

#include <QDialog>
#include <QList>
#include <QSet>
#include <QString>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

// The user's edit of a decision was refused because someone else saved the decision first. Shows the fields
// where the two versions differ, theirs beside the user's, each with a check box: the user keeps theirs, keeps
// their own, or saves a merge of the fields they tick. Nothing is decided by default on the user's behalf: Cancel
// (Esc) goes back to the form with the user's edit, so that closing the dialog never throws the edit away.
class DecisionConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Resolution {
        EditAgain, // Cancel: back to the form, the user's edit kept
        KeepTheirs, // the user's edit dropped
        KeepMine, // the user's version saved over theirs, every field
        Merge, // the ticked fields from each side
    };

    explicit DecisionConflictDialog(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DecisionConflictDialog)

    // `savedBy` says who saved theirs and when, where the database records it ("alice, 3 Dec 2026 10:42");
    // empty when it does not (a file).
    void setConflict(const QString &id, const QList<DecisionMerge::Field> &fields, const QString &savedBy);

    Resolution resolution() const { return m_resolution; }
    // The fields whose "Yours" box is ticked: what Merge takes from the user's edit.
    QSet<QString> fromMine() const;

private:
    void pairChanged(QTableWidgetItem *item);
    void finish(Resolution resolution);

    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_keepTheirs = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_merge = nullptr;
    Resolution m_resolution = Resolution::EditAgain;
    bool m_pairing = false;
};
