// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataactions.h"

#include "teamconnectionwatch.h"
#include "teamupdates.h"

#include "backgroundload.h"
#include "backgroundtask.h"
#include "bundleddata.h"
#include "bundledmerge.h"
#include "casedatabase.h"
#include "decisioneditflow.h"
#include "decisioneditor.h"
#include "decisionhistorydialog.h"
#include "decisionmodel.h"
#include "decisionstore.h"
#include "decisionvalidator.h"
#include "taskprogress.h"
#include "uilanguage.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

DataActions::DataActions(CaseDatabase *database, DecisionModel *model, QAbstractProxyModel *proxy,
    QItemSelectionModel *selection, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_model(model)
    , m_proxy(proxy)
    , m_selection(selection)
    , m_window(window)
    , m_repository(database->connection())
    , m_task(new BackgroundTask(*database, this))
    , m_taskProgress(new TaskProgress(m_task, window))
    , m_pending(PendingEdits::defaultFolder(), database->path())
{
}

DataActions::~DataActions() = default;

void DataActions::attach()
{
    m_store = new DecisionStore(&m_repository, m_model, this);
    m_store->setReadOnly(m_database->isReadOnly(), m_database->errorString());
    connect(m_store, &DecisionStore::writeFailed, this, [this](const QString &text) {
        QMessageBox::warning(m_window, tr("Change not saved"), text);
    });
    m_teamUpdates = new TeamUpdates(m_database->connection(), this);
    connect(m_teamUpdates, &TeamUpdates::changedElsewhere, this, &DataActions::showChangesFromElsewhere);
    m_watch = new TeamConnectionWatch(m_database->connection(), this);
    connect(m_watch, &TeamConnectionWatch::lost, this, &DataActions::connectionLost);
    connect(m_watch, &TeamConnectionWatch::restored, this, &DataActions::connectionRestored);
    // Edits kept the last time the server could not be reached: offered once the window is up and its decisions
    // are in (a large database loads in the background: then when setLoading(false) says so).
    m_pendingOfferDue = m_database->isServer();
    QTimer::singleShot(0, this, &DataActions::offerPendingEditsIfDue);

    m_import = new QAction(this);
    UiLanguage::follow(m_import, [this] { m_import->setText(tr("&Import Decisions...")); });
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &DataActions::chooseImportFile);
    m_exportData = new QAction(this);
    UiLanguage::follow(m_exportData, [this] { m_exportData->setText(tr("Export &Data...")); });
    connect(m_exportData, &QAction::triggered, this, &DataActions::exportData);

    // One Undo for the window: the decisions' stack, or another (a lecture script's) while the user works there.
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_store->undoStack());
    m_undoGroup->setActiveStack(m_store->undoStack());
    // Not QUndoGroup::createUndoAction(): it keeps the prefix it was given, and "&Undo" must follow the language.
    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QAction(this);
    m_redo->setShortcut(QKeySequence::Redo);
    const auto undoTexts = [this] {
        const QString undo = m_undoGroup->undoText();
        const QString redo = m_undoGroup->redoText();
        m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
        m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    };
    UiLanguage::follow(this, undoTexts);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, undoTexts);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, undoTexts);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, this, &DataActions::updateActions);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, this, &DataActions::updateActions);
    connect(m_undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);

    m_add = new QAction(this);
    UiLanguage::follow(m_add, [this] { m_add->setText(tr("&Add Decision...")); });
    m_add->setShortcut(QKeySequence::New);
    connect(m_add, &QAction::triggered, this, &DataActions::addDecision);
    m_edit = new QAction(this);
    UiLanguage::follow(m_edit, [this] { m_edit->setText(tr("&Edit Decision...")); });
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_edit, &QAction::triggered, this, &DataActions::editDecision);
    m_delete = new QAction(this);
    UiLanguage::follow(m_delete, [this] { m_delete->setText(tr("&Delete Decision")); });
    m_delete->setShortcut(QKeySequence::Delete);
    // Delete must not fire while the user types in a field of the filter bar.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, &DataActions::deleteDecision);
    m_restore = new QAction(this);
    UiLanguage::follow(m_restore, [this] { m_restore->setText(tr("Restore &Bundled Version")); });
    connect(m_restore, &QAction::triggered, this, &DataActions::restoreDecision);
    m_restoreAll = new QAction(this);
    UiLanguage::follow(m_restoreAll, [this] { m_restoreAll->setText(tr("Restore All Bundled Data...")); });
    connect(m_restoreAll, &QAction::triggered, this, &DataActions::restoreAll);
    m_history = new QAction(this);
    UiLanguage::follow(m_history, [this] {
        m_history->setText(tr("&History..."));
        // Said where the action is greyed out on a file, so that nobody looks for the history there in vain.
        m_history->setStatusTip(m_repository.keepsHistory()
                ? tr("The recorded versions of the selected decision: who saved each and when; restore any of them")
                : tr("Only a team database records the history of its decisions"));
    });
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_history, &QAction::triggered, this, &DataActions::showHistory);

    connect(m_selection, &QItemSelectionModel::currentRowChanged, this, &DataActions::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DataActions::updateActions);
    updateActions();
}

QString DataActions::currentId() const
{
    return m_selection->currentIndex().data(DecisionModel::DecisionIdRole).toString();
}

void DataActions::setLoading(bool loading)
{
    m_loading = loading;
    if (m_store)
        updateActions();
    if (!loading)
        QTimer::singleShot(0, this, &DataActions::offerPendingEditsIfDue);
}

void DataActions::offerPendingEditsIfDue()
{
    if (!m_pendingOfferDue || m_loading || !m_store)
        return;
    m_pendingOfferDue = false;
    offerPendingEdits();
}

void DataActions::setBusy(bool busy)
{
    m_busy = busy;
    if (m_store)
        updateActions();
    Q_EMIT busyChanged(busy);
}

void DataActions::updateActions()
{
    // While an import or export runs, the decisions may be changing under the window (an import holds the write
    // lock until it commits), and a second one would only wait for it.
    const bool idle = !m_loading && !m_busy;
    const bool writable = !m_store->isReadOnly() && idle;
    m_exportData->setEnabled(idle);
    m_undo->setEnabled(!m_busy && m_undoGroup->canUndo());
    m_redo->setEnabled(!m_busy && m_undoGroup->canRedo());
    const QString id = currentId();
    for (QAction *a : {m_import, m_add, m_restoreAll})
        a->setEnabled(writable);
    m_edit->setEnabled(writable && !id.isEmpty());
    m_delete->setEnabled(writable && !id.isEmpty());
    m_restore->setEnabled(writable && !id.isEmpty() && m_store->hasBundledVersion(id));
    // Reading the history needs no write rights; restoring a version does, and the dialog says so.
    m_history->setEnabled(idle && !id.isEmpty() && m_repository.keepsHistory());
}

void DataActions::report(bool ok, const QString &error, const QString &done)
{
    if (ok)
        Q_EMIT message(done);
    else
        QMessageBox::warning(m_window, tr("Change not saved"), error);
}

void DataActions::addDecision()
{
    DecisionEditor editor(DecisionValidator::Mode::Add, m_store->ids(), m_window);
    if (editor.exec() != QDialog::Accepted)
        return;
    QString error;
    const Decision decision = editor.decision();
    report(m_store->addDecision(decision, &error), error, tr("Added %1").arg(decision.id));
}

void DataActions::editDecision()
{
    const QString done = editFlow().run(currentId());
    if (!done.isEmpty())
        Q_EMIT message(done);
}

void DataActions::deleteDecision()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    QString error;
    report(m_store->deleteDecision(id, &error), error, tr("Deleted %1 (Ctrl+Z brings it back)").arg(id));
}

void DataActions::restoreDecision()
{
    const QString id = currentId();
    QString error;
    report(m_store->restoreBundled(id, &error), error, tr("Restored the bundled version of %1").arg(id));
}

void DataActions::restoreAll()
{
    if (QMessageBox::question(m_window, tr("Restore All Bundled Data"),
            tr("Put every bundled decision back as it ships with caseline? Decisions you added yourself are kept, "
               "and Undo reverses this."))
        != QMessageBox::Yes)
        return;
    QString error;
    report(m_store->restoreAllBundled(&error), error, tr("Restored the bundled data"));
}

void DataActions::showHistory()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    QString error;
    const QList<CaseRepository::HistoryEntry> entries = m_repository.history(id, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("History"), error);
        return;
    }
    const std::optional<Decision> current = m_model->wholeDecisionById(id);
    DecisionHistoryDialog dialog(m_window);
    dialog.setHistory(id, entries, current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Decision chosen = dialog.chosenVersion();
    bool saved = false;
    if (current) {
        // Saved over the version the dialog compared it with: a change made meanwhile is refused as a conflict.
        chosen.rowVersion = current->rowVersion;
        saved = m_store->updateDecision(chosen, &error);
    } else {
        chosen.rowVersion = 0;
        saved = m_store->addDecision(chosen, &error);
    }
    report(saved, error, tr("Restored an earlier version of %1 (Ctrl+Z undoes it)").arg(id));
}

void DataActions::showChangesFromElsewhere()
{
    // Not under an import, an export or the first read, which show what they read when they end: asked again later.
    if (m_busy || m_loading) {
        QTimer::singleShot(1000, this, &DataActions::showChangesFromElsewhere);
        return;
    }
    if (!m_store->keepsViews()) {
        // A model that keeps whole decisions (not the window's, which reads long texts on demand) is read here, as
        // the worker reads only what views keep.
        applyChangesFromElsewhere(nullptr, QString());
        return;
    }
    // Read on a worker thread (0.8 s at 100,000 decisions on a server), so that the window never stops for a
    // colleague's edit.
    if (!m_liveLoad) {
        m_liveLoad = new BackgroundLoad(m_database->connection().connectionName(), this);
        connect(m_liveLoad, &BackgroundLoad::finished, this, [this](const DecisionTable &decisions, const QString &error) {
            if (m_liveLoadStale) {
                m_liveLoadStale = false;
                m_liveLoad->start();
                return;
            }
            DecisionTable fresh(decisions);
            applyChangesFromElsewhere(&fresh, error);
        });
        // A write of this window during the read may be missing from it: read again rather than show older data.
        connect(m_store->undoStack(), &QUndoStack::indexChanged, this, [this] {
            if (m_liveLoad->isRunning())
                m_liveLoadStale = true;
        });
    }
    if (m_liveLoad->isRunning()) {
        m_liveLoadStale = true;
        return;
    }
    m_liveLoad->start();
}

void DataActions::applyChangesFromElsewhere(DecisionTable *fresh, const QString &error)
{
    if (!error.isEmpty()) {
        Q_EMIT message(tr("The team database was changed by someone else, but could not be read again: %1").arg(error));
        return;
    }
    // The model is reset: the selection goes with it and is put back on the same decision.
    const QString id = currentId();
    if (fresh)
        m_store->reloadAfterChangesElsewhere(std::move(*fresh));
    else
        m_store->reloadAfterChangesElsewhere();
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActions();
    Q_EMIT message(tr("Updated: the team database was changed by someone else."));
}

void DataActions::connectionLost(const QString &reason)
{
    m_offline = true;
    // Nothing can be saved meanwhile; what is loaded stays to read, search and present.
    m_store->setReadOnly(true, tr("the team database cannot be reached (%1); caseline reconnects by itself").arg(reason));
    updateActions();
    Q_EMIT offlineChanged(true);
    Q_EMIT message(tr("The team database cannot be reached: showing what was loaded, read-only, until it is back."));
}

void DataActions::connectionRestored()
{
    m_offline = false;
    m_teamUpdates->listenAgain();
    m_store->setReadOnly(m_database->isReadOnly(), m_database->errorString());
    Q_EMIT offlineChanged(false);
    // What others changed while this window could not hear of it.
    showChangesFromElsewhere();
    updateActions();
    Q_EMIT message(tr("Connected to the team database again."));
    offerPendingEdits();
}

DecisionEditFlow DataActions::editFlow()
{
    DecisionEditFlow flow(m_store, m_model, &m_repository, m_window);
    flow.setKeepUnsaved([this](const Decision &base, const Decision &mine) { return keepUnsaved(base, mine); });
    return flow;
}

bool DataActions::keepUnsaved(const Decision &base, const Decision &mine)
{
    if (!m_database->isServer())
        return false;
    // The failed save may be the first sign that the server went away.
    m_watch->checkNow();
    if (m_watch->isOnline())
        return false;
    QString why;
    if (m_pending.add({ base, mine }, &why))
        return true;
    // Not kept: the flow shows the save's failure; this says why the edit could not be kept either.
    QMessageBox::warning(m_window, tr("Change not saved"), tr("Your edit of %1 could not be kept for later: %2").arg(mine.id, why));
    return false;
}

void DataActions::offerPendingEdits()
{
    if (m_offline || m_loading || m_busy)
        return;
    QString error;
    const QList<PendingEdits::Edit> edits = m_pending.read(&error);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Edits Kept for Later"), error);
        return;
    }
    if (edits.isEmpty())
        return;
    QStringList ids;
    for (const PendingEdits::Edit &edit : edits)
        ids.append(edit.mine.id);
    QMessageBox box(QMessageBox::Question, tr("Edits Kept for Later"),
        tr("%n edit(s) could not be saved while the team database could not be reached: %1. Save them now?", nullptr,
            int(edits.size()))
            .arg(ids.join(QLatin1String(", "))),
        QMessageBox::NoButton, m_window);
    box.setTextFormat(Qt::PlainText);
    QPushButton *save = box.addButton(tr("&Save Now"), QMessageBox::AcceptRole);
    QPushButton *exportButton = box.addButton(tr("&Export..."), QMessageBox::ActionRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == exportButton) {
        exportPendingEdits(edits);
        return;
    }
    if (box.clickedButton() != save)
        return;
    for (const PendingEdits::Edit &edit : edits) {
        // Taken off the list first: should the server go away again, the save keeps it anew.
        if (!m_pending.remove(edit.mine.id, &error)) {
            QMessageBox::warning(m_window, tr("Edits Kept for Later"), error);
            return;
        }
        const QString done = editFlow().resume(edit.base, edit.mine);
        if (!done.isEmpty())
            Q_EMIT message(done);
    }
}
