// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"
#include "decisiontable.h"
#include "lecturescript.h"
#include "lecturescriptrepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

class CaseDatabase;
class LectureScriptModel;
class LectureStepEditor;
class LectureStepList;
class QAction;
class QComboBox;
class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QUndoStack;

// The lecture script editor, for a dock beside the timeline. It lists the stored scripts (with their step counts;
// "*" marks unsaved changes), and edits one: its steps are reordered by drag and drop or Ctrl+Up/Ctrl+Down,
// removed with Delete, added from the window's current decision or as title cards, and each step's title, text,
// notes and frame are edited below the list. Every edit is one command on undoStack(), which the window merges
// into its Edit menu (a QUndoGroup, active while the panel has the focus); nothing is written until Save (Ctrl+S
// inside the panel), which writes the whole script in one transaction.
//
// Nothing is lost: switching scripts, New, Import and closing (maybeSave()) ask Save / Discard / Cancel first; a
// save refused because another caseline or window changed the script offers Save as New; an imported script is
// stored under a free name ("name (2)") rather than over another one; Delete asks first. A read-only database
// shows its scripts, presents and exports them, and says why nothing can be changed.
//
// Scripts are shared as JSON files (LectureScriptJson): Export... writes the script as edited, through OutputFile;
// Import... checks the file as decision imports are checked and shows every problem, leaving the database
// unchanged, and names the steps whose decisions this database lacks (they are kept).
//
// Everything from a script or a file is shown as plain text.
class LectureScriptPanel final : public QWidget
{
    Q_OBJECT
public:
    // The scripts of `database`; read-only when the database is, with CaseDatabase::errorString() as the reason.
    explicit LectureScriptPanel(const CaseDatabase &database, QWidget *parent = nullptr);
    // The scripts of `repository` (copied: it shares the connection). `readOnlyReason` is shown when it is read-only.
    explicit LectureScriptPanel(const LectureScriptRepository &repository, const QString &readOnlyReason = QString(),
        QWidget *parent = nullptr);
    ~LectureScriptPanel() override;
    Q_DISABLE_COPY_MOVE(LectureScriptPanel)

    // The decisions of the database, again whenever they change: the steps' labels, the ids an import is checked
    // against (unknown ones are reported) and the first days of a new frame.
    void setDecisions(const QList<Decision> &decisions);
    void setDecisions(const DecisionTable &decisions);

    // The edits of the script shown, for Edit > Undo and Redo.
    QUndoStack *undoStack() const;
    LectureScriptModel *model() const { return m_model; }
    // The script as edited, saved or not (presentRequested() names it; a receiver that shows unsaved edits takes
    // it from here). Its name is empty when there is no script.
    const LectureScript &currentScript() const;
    QString currentScriptName() const;
    // The selected step, counted from 0; -1 when none.
    int currentStep() const;
    // Selects step `row` (counted from 0) in the list.
    void setCurrentStep(int row);
    bool isModified() const;
    bool isReadOnly() const { return m_repository.isReadOnly(); }
    // The last thing the panel reported (saved, imported, refused...), as the status line under it shows it.
    QString statusText() const;
    // Save, Ctrl+S while the focus is in the panel.
    QAction *saveAction() const { return m_saveAction; }

    // Asks Save / Discard / Cancel when the script has unsaved changes (before the window closes, or another
    // script is shown). True when the caller may go on: saved, discarded or nothing to save.
    bool maybeSave();

    // The panel's operations without their dialogs, for the window's menus and for tests. Each reports in the
    // status line; a refusal or failure also in a message box. Those that leave the script shown ask maybeSave().
    bool selectScript(const QString &name);
    bool createScript(const QString &name);
    // Renames the script shown; unsaved edits stay unsaved.
    bool renameScript(const QString &newName);
    // Saves the script as edited under a new name and goes on editing that one; the stored script stays as it was.
    bool duplicateScript(const QString &newName);
    // Deletes the script shown, without asking.
    bool deleteScript();
    // Reads, checks and stores a script file under a free name, then shows it.
    bool importFile(const QString &path);
    // Writes the script as edited (LectureScriptJson::toJson) to `path` through OutputFile.
    bool exportToFile(const QString &path);

public Q_SLOTS:
    // The decision selected in the window, which the Add Decision button adds; empty for none.
    void setCurrentDecision(const QString &id);
    // Reads the list of stored scripts again (another window or caseline may have changed it).
    void reloadScripts();
    bool save();
    // With their dialogs: a name, a confirmation, a file.
    void newScript();
    void renameCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    void chooseImportFile();
    void chooseExportFile();
    // Step operations on the selected step; new steps go after it and become the selected one.
    void addCurrentDecision();
    void addTitleCard();
    void removeCurrentStep();
    void moveCurrentStepUp();
    void moveCurrentStepDown();
    // Emits presentRequested() for the selected step (the first when none is selected).
    void present();

Q_SIGNALS:
    // Present the script from `step` (counted from 0): the Present button and a double-click on a step.
    void presentRequested(const QString &scriptName, int step);
    // The script shown gained or lost unsaved changes.
    void modificationChanged(bool modified);
    // Another script is shown (or none: an empty name).
    void currentScriptChanged(const QString &name);
    // The stored scripts changed: saved, created, renamed, deleted or imported here.
    void scriptsChanged();
    // What the status line says, for the window's status bar too.
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    // lecturescriptpanel.cpp: the widgets and the steps.
    void createWidgets();
    void createActions();
    void setTabOrder();
    void updateActions();
    void updateModified();
    void updateReadOnlyNotice();
    void showStatus(const QString &text, bool problem = false);
    void moveCurrentStep(int delta);
    void selectRow(int row);
    void currentRowChanged();
    // The row a new step goes to: after the selected one, else at the end.
    int insertionRow() const;

    // lecturescriptpanelscripts.cpp: the stored scripts, saving, import and export.
    void fillChooser();
    void chooserChanged(int index);
    // Shows the stored script `name` (asking maybeSave() first when `ask`); false, showing what it showed, when
    // refused or when it cannot be read. `name` by value: callers pass names from m_stored, which loading refills.
    bool loadScript(QString name, bool ask);
    // Shows the first stored script, or none.
    void loadFirstScript();
    void clearScript();
    bool saveConflict(const QString &error);
    // A modal question or report; tests find it with QApplication::activeModalWidget().
    int ask(QMessageBox &box);
    void warn(const QString &title, const QString &text, const QStringList &details = QStringList());
    QString askName(const QString &title, const QString &label, const QString &suggestion);
    bool refuseIfReadOnly(const QString &title);
    static QString suggestedFileName(const QString &scriptName);
    // "Name · 12 steps", as the chooser lists a script.
    static QString chooserText(const QString &name, int stepCount);

    LectureScriptRepository m_repository;
    QString m_readOnlyReason;
    LectureScriptModel *m_model = nullptr;
    QSet<QString> m_knownIds;
    QHash<QString, QDate> m_decisionDates;
    bool m_decisionsKnown = false;
    QString m_currentDecision;
    QList<LectureScriptSummary> m_stored;
    // True while the panel shows the model in the chooser and the description, whose change signals must then
    // neither load a script nor edit one.
    bool m_updating = false;
    bool m_wasModified = false;

    QLabel *m_readOnlyNotice = nullptr;
    QComboBox *m_chooser = nullptr;
    QToolButton *m_newButton = nullptr;
    QToolButton *m_renameButton = nullptr;
    QToolButton *m_duplicateButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QPlainTextEdit *m_description = nullptr;
    LectureStepList *m_list = nullptr;
    QToolButton *m_addDecisionButton = nullptr;
    QToolButton *m_addTitleButton = nullptr;
    QToolButton *m_removeButton = nullptr;
    QToolButton *m_upButton = nullptr;
    QToolButton *m_downButton = nullptr;
    LectureStepEditor *m_editor = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_presentButton = nullptr;
    QToolButton *m_importButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_saveAction = nullptr;
    QString m_statusText;
    bool m_statusIsProblem = false;
};
