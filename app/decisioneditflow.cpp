// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisioneditflow.h"

#include "caserepository.h"
#include "decisionconflictdialog.h"
#include "decisioneditor.h"
#include "decisionmerge.h"
#include "decisionmodel.h"
#include "decisionstore.h"

#include <QLocale>
#include <QMessageBox>

DecisionEditFlow::DecisionEditFlow(
    DecisionStore *store, DecisionModel *model, const CaseRepository *repository, QWidget *window)
    : m_store(store)
    , m_model(model)
    , m_repository(repository)
    , m_window(window)
{
}

QString DecisionEditFlow::run(const QString &id)
{
    const std::optional<Decision> current = m_model->wholeDecisionById(id);
    if (!current)
        return {};
    return editFrom(*current, *current);
}

QString DecisionEditFlow::resume(const Decision &base, const Decision &mine)
{
    Decision from = base;
    Decision form;
    QString message;
    Decision edit = mine;
    edit.rowVersion = base.rowVersion;
    if (save(&from, edit, &form, &message) == Next::Done)
        return message;
    return editFrom(from, form);
}

QString DecisionEditFlow::editFrom(Decision base, Decision form)
{
    for (;;) {
        DecisionEditor editor(DecisionValidator::Mode::Edit, m_store->ids(), m_window);
        editor.setDecision(form);
        if (editor.exec() != QDialog::Accepted)
            return {};
        Decision mine = editor.decision();
        // The version the form was filled from, whatever the model holds by now (a live update may have come in).
        mine.rowVersion = base.rowVersion;
        QString message;
        if (save(&base, mine, &form, &message) == Next::Done)
            return message;
    }
}

DecisionEditFlow::Next DecisionEditFlow::save(Decision *base, Decision mine, Decision *form, QString *message)
{
    const QString id = mine.id;
    for (;;) {
        QString error;
        if (m_store->updateDecision(mine, &error)) {
            *message = tr("Saved %1 (Ctrl+Z undoes it)").arg(id);
            return Next::Done;
        }
        if (!m_store->wasConflict()) {
            if (m_keepUnsaved && m_keepUnsaved(*base, mine)) {
                *message = tr("%1 is not saved yet: the team database cannot be reached. Your edit is kept and "
                              "offered again when it is back.")
                               .arg(id);
                return Next::Done;
            }
            QMessageBox::warning(m_window, tr("Change not saved"), error);
            return Next::Done;
        }
        // The store has read the decisions again: the model holds theirs.
        const std::optional<Decision> theirs = m_model->wholeDecisionById(id);
        if (!theirs) {
            const auto answer = QMessageBox::question(m_window, tr("Decision Deleted Meanwhile"),
                tr("Someone else deleted %1 while you were editing it. Add your version back?").arg(id),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return Next::Done;
            mine.rowVersion = 0;
            if (!m_store->addDecision(mine, &error)) {
                QMessageBox::warning(m_window, tr("Change not saved"), error);
                return Next::Done;
            }
            *message = tr("Added %1 back (Ctrl+Z undoes it)").arg(id);
            return Next::Done;
        }
        const QList<DecisionMerge::Field> fields = DecisionMerge::differences(*base, *theirs, mine);
        if (fields.isEmpty()) {
            *message = tr("%1 was saved meanwhile with the same changes as yours").arg(id);
            return Next::Done;
        }
        DecisionConflictDialog dialog(m_window);
        dialog.setConflict(id, fields, savedBy(id));
        const bool decided = dialog.exec() == QDialog::Accepted;
        const auto resolution = decided ? dialog.resolution() : DecisionConflictDialog::Resolution::EditAgain;
        if (resolution == DecisionConflictDialog::Resolution::KeepTheirs) {
            *message = tr("Kept the version of %1 saved meanwhile; your edit was dropped").arg(id);
            return Next::Done;
        }
        QSet<QString> fromMine = dialog.fromMine();
        if (resolution == DecisionConflictDialog::Resolution::KeepMine) {
            for (const DecisionMerge::Field &f : fields)
                fromMine.insert(f.field);
        }
        QStringList problems;
        Decision merged = DecisionMerge::merged(*theirs, mine, fromMine, &problems);
        *base = *theirs;
        if (!problems.isEmpty()) {
            // Not expected (both sides were valid decisions); the form shows the user's edit to fix or cancel.
            QMessageBox::warning(m_window, tr("Change not saved"), problems.join(QLatin1Char('\n')));
            *form = mine;
            form->rowVersion = theirs->rowVersion;
            return Next::EditAgain;
        }
        if (resolution == DecisionConflictDialog::Resolution::EditAgain) {
            *form = merged;
            return Next::EditAgain;
        }
        mine = merged;
    }
}

QString DecisionEditFlow::savedBy(const QString &id) const
{
    // Only a team database keeps a history; a file knows no author.
    const QList<CaseRepository::HistoryEntry> history = m_repository->history(id);
    if (history.isEmpty())
        return {};
    const CaseRepository::HistoryEntry &last = history.constLast();
    return tr("%1 at %2").arg(last.changedBy, QLocale().toString(last.changedAt.toLocalTime(), QLocale::ShortFormat));
}
