// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caserepository.h"
#include "dataexport.h"
#include "decisionimporter.h"
#include "pendingedits.h"

#include <QObject>
#include <QStringList>

class BackgroundTask;
class CaseDatabase;
class DecisionModel;
class TaskProgress;
class DecisionStore;
class QAbstractProxyModel;
class QAction;
class QUndoGroup;
class QItemSelectionModel;
class QWidget;

// The actions that change the data: import, export data, add, edit, delete, restore bundled data, undo and redo,
// and the start-up update from newer bundled data. MainWindow puts them in its menus; the work happens here and
// in the models, through the one DecisionStore.
class DataActions final : public QObject
{
    Q_OBJECT
public:
    DataActions(CaseDatabase *database, DecisionModel *model, QAbstractProxyModel *proxy,
        QItemSelectionModel *selection, QWidget *window);
    ~DataActions() override;
    Q_DISABLE_COPY_MOVE(DataActions)

    // Before the model is loaded: brings decisions the user has not changed up to the bundled data of this
    // version. Returns what the user must be told (conflicts, withdrawn decisions); empty when nothing matters.

    // After the model is loaded: creates the store and the actions.
    void attach();

    DecisionStore *store() const { return m_store; }
    // While the window loads its decisions in the background, nothing can be imported, exported or changed: the
    // model is still empty.
    void setLoading(bool loading);
    QAction *importAction() const { return m_import; }
    QAction *exportDataAction() const { return m_exportData; }
    QAction *undoAction() const { return m_undo; }
    // Edit > Undo and Redo act on its active stack: the decisions' unless another is made active.
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QAction *redoAction() const { return m_redo; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *restoreAction() const { return m_restore; }
    QAction *restoreAllAction() const { return m_restoreAll; }
    // Edit > History...: the selected decision's recorded versions, any of which can be restored (a team database).
    QAction *historyAction() const { return m_history; }

    // File > Import Decisions... once FILE is chosen: the file is read and compared with the database in the
    // background, the user confirms what it would do, and it is written in the background, in one transaction.
    void importFile(const QString &fileName);
    // File > Export Data... once FILE is chosen: the table's rows, in its order, written in the background.
    void exportDataTo(const QString &fileName);

    // The work of an import or export, and its progress and Cancel, which MainWindow puts in its status bar.
    BackgroundTask *backgroundTask() const { return m_task; }
    TaskProgress *taskProgress() const { return m_taskProgress; }
    // True from the start of an import or export to its end (its result shown, the decisions reloaded): the actions
    // that change decisions, import and export wait meanwhile; reading the window does not.
    bool isBusy() const { return m_busy; }
    // The team database's server cannot be reached: the window shows what it has loaded, read-only, and tries to
    // connect again every few seconds; an edit that could not be saved meanwhile is kept (PendingEdits) and
    // offered again once the server is back.
    bool isOffline() const { return m_offline; }
    class TeamConnectionWatch *connectionWatch() const { return m_watch; }
    // The edits kept while the server was away: saved now (each through the conflict dialog if needed), exported
    // to a file, or left for later. Asked when the connection comes back and at start.
    void offerPendingEdits();

Q_SIGNALS:
    void message(const QString &text);
    void busyChanged(bool busy);
    void offlineChanged(bool offline);

private:
    QString currentId() const;
    void updateActions();
    void setBusy(bool busy);
    void chooseImportFile();
    void confirmImport(const ImportPlan &plan);
    void importEnded(const ImportPlan &plan, DecisionImporter::Outcome outcome, const QString &error);
    void exportData();
    void exportEnded(const QString &fileName, const DataExport::Result &result);
    void cannotWork(const QString &title, const QString &error);
    void addDecision();
    void editDecision();
    void deleteDecision();
    void restoreDecision();
    void restoreAll();
    void showHistory();
    void report(bool ok, const QString &error, const QString &done);
    // Another caseline changed the team database: the decisions read again, the same decision kept selected.
    void showChangesFromElsewhere();
    // Shows the decisions read again by a live update: `fresh` read on a worker thread (a large database), or
    // nullptr to read them here (a small one).
    void applyChangesFromElsewhere(class DecisionTable *fresh, const QString &error);
    void connectionLost(const QString &reason);
    void connectionRestored();
    // Edit > Edit Decision...'s flow, keeping an edit that cannot be saved while the server is away.
    class DecisionEditFlow editFlow();
    // Keeps `mine`, an edit of `base`, for later when the team database's server cannot be reached.
    bool keepUnsaved(const Decision &base, const Decision &mine);
    void exportPendingEdits(const QList<PendingEdits::Edit> &edits);
    // At start: offerPendingEdits() once the decisions are in.
    void offerPendingEditsIfDue();

    CaseDatabase *m_database = nullptr;
    DecisionModel *m_model = nullptr;
    QAbstractProxyModel *m_proxy = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    QWidget *m_window = nullptr;
    CaseRepository m_repository;
    DecisionStore *m_store = nullptr;
    bool m_loading = false;
    bool m_busy = false;
    BackgroundTask *m_task = nullptr;
    TaskProgress *m_taskProgress = nullptr;
    QAction *m_import = nullptr;
    QAction *m_exportData = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_restoreAll = nullptr;
    QAction *m_history = nullptr;
    class TeamUpdates *m_teamUpdates = nullptr;
    class TeamConnectionWatch *m_watch = nullptr;
    // Reads a large database again after a live update, off the window's thread.
    class BackgroundLoad *m_liveLoad = nullptr;
    // Another update came, or this window wrote, while m_liveLoad read: its result may be older than the model.
    bool m_liveLoadStale = false;
    PendingEdits m_pending;
    bool m_offline = false;
    bool m_pendingOfferDue = false;
};
