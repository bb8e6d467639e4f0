// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <functional>
#include <utility>

#include <QCoreApplication>
#include <QString>

class CaseRepository;
class DecisionModel;
class DecisionStore;
class QWidget;

// Edit > Edit Decision...: the form, the save, and when someone else saved the decision first, the conflict
// dialog (theirs beside the user's, field by field) until the edit is saved, dropped by the user's choice, or
// the form is cancelled. The user's edit is never dropped without their choice: cancelling the conflict dialog
// goes back to the form with it.
class DecisionEditFlow final
{
    Q_DECLARE_TR_FUNCTIONS(DecisionEditFlow)
public:
    DecisionEditFlow(DecisionStore *store, DecisionModel *model, const CaseRepository *repository, QWidget *window);

    // Called when an edit cannot be saved for a reason other than a conflict, with the version it was made from and
    // the edit: returns true when it has kept the edit to offer again (the team database's server could not be
    // reached), false when the failure is to be shown.
    using KeepUnsaved = std::function<bool(const Decision &base, const Decision &mine)>;
    void setKeepUnsaved(KeepUnsaved keep) { m_keepUnsaved = std::move(keep); }

    // Edits the decision `id`. Returns what the status bar says afterwards, empty when nothing was saved and
    // nothing needs saying; a failure other than a conflict is shown in a message box.
    QString run(const QString &id);
    // Saves `mine`, an edit of `base` made earlier (kept while the server was away), as if its form had just been
    // accepted: a conflict opens the conflict dialog, and the form if the user goes back to it.
    QString resume(const Decision &base, const Decision &mine);

private:
    enum class Next { Done, EditAgain };
    // Saves `mine`, an edit of `base`; on a conflict asks the user. EditAgain: `form` holds what the form shows
    // next, `base` the version it edits.
    Next save(Decision *base, Decision mine, Decision *form, QString *message);
    QString savedBy(const QString &id) const;
    // The form, filled with `form`, an edit of `base`, until it is saved or cancelled.
    QString editFrom(Decision base, Decision form);

    DecisionStore *m_store = nullptr;
    DecisionModel *m_model = nullptr;
    const CaseRepository *m_repository = nullptr;
    QWidget *m_window = nullptr;
    KeepUnsaved m_keepUnsaved;
};
