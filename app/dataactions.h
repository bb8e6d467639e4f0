// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caserepository.h"

#include <QObject>
#include <QStringList>

class CaseDatabase;
class DecisionModel;
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

    void importFile(const QString &fileName);

Q_SIGNALS:
    void message(const QString &text);

private:
    QString currentId() const;
    void updateActions();
    void chooseImportFile();
    void exportData();
    void addDecision();
    void editDecision();
    void deleteDecision();
    void restoreDecision();
    void restoreAll();
    void report(bool ok, const QString &error, const QString &done);

    CaseDatabase *m_database = nullptr;
    DecisionModel *m_model = nullptr;
    QAbstractProxyModel *m_proxy = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    QWidget *m_window = nullptr;
    CaseRepository m_repository;
    DecisionStore *m_store = nullptr;
    bool m_loading = false;
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
};
