// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataactions.h"

#include "bundleddata.h"
#include "bundledmerge.h"
#include "casedatabase.h"
#include "decisioneditor.h"
#include "decisionimporter.h"
#include "decisionmodel.h"
#include "decisionstore.h"
#include "decisionvalidator.h"
#include "uilanguage.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
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
    m_undo->setEnabled(m_undoGroup->canUndo());
    m_redo->setEnabled(m_undoGroup->canRedo());
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redo, &QAction::setEnabled);
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
}

void DataActions::updateActions()
{
    const bool writable = !m_store->isReadOnly() && !m_loading;
    m_exportData->setEnabled(!m_loading);
    const QString id = currentId();
    for (QAction *a : {m_import, m_add, m_restoreAll})
        a->setEnabled(writable);
    m_edit->setEnabled(writable && !id.isEmpty());
    m_delete->setEnabled(writable && !id.isEmpty());
    m_restore->setEnabled(writable && !id.isEmpty() && m_store->hasBundledVersion(id));
}

void DataActions::report(bool ok, const QString &error, const QString &done)
{
    if (ok)
        Q_EMIT message(done);
    else
        QMessageBox::warning(m_window, tr("Change not saved"), error);
}

void DataActions::chooseImportFile()
{
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Import Decisions"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Decisions (*.json *.csv)"));
    if (!file.isEmpty())
        importFile(file);
}

void DataActions::importFile(const QString &fileName)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportPlan plan = DecisionImporter::plan(fileName, m_repository);
    QApplication::restoreOverrideCursor();
    QMessageBox box(m_window);
    box.setWindowTitle(tr("Import Decisions"));
    box.setTextFormat(Qt::PlainText);
    if (!plan.canApply()) {
        box.setIcon(QMessageBox::Warning);
        box.setText(tr("%n problem(s) found. Nothing was imported: fix the file and import it again.", nullptr,
            int(plan.errors.size())));
        box.setDetailedText(plan.errors.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    const QStringList summary = DecisionImporter::summary(plan);
    box.setIcon(QMessageBox::Question);
    box.setText(tr("%1 new and %2 updated decision(s); %3 unchanged. Import them?")
                    .arg(plan.newIds.size())
                    .arg(plan.updated.size())
                    .arg(plan.unchangedIds.size()));
    box.setDetailedText(summary.join(QLatin1Char('\n')));
    box.setStandardButtons(QMessageBox::Cancel);
    QPushButton *import = box.addButton(tr("Import"), QMessageBox::AcceptRole);
    box.setDefaultButton(import);
    box.exec();
    if (box.clickedButton() != import)
        return;
    QString error;
    const bool ok = DecisionImporter::apply(plan, m_repository, &error);
    // After a conflict the window shows what the file holds now, so that importing again merges into it.
    if (ok || !m_repository.conflictIds().isEmpty())
        m_store->reload();
    report(ok, error, tr("Imported %1 new and %2 updated decision(s).").arg(plan.newIds.size()).arg(plan.updated.size()));
}

void DataActions::exportData()
{
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export Data"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/caseline-decisions.json"),
        tr("JSON, every field (*.json);;CSV spreadsheet (*.csv)"));
    if (file.isEmpty())
        return;
    // What the user sees: the filtered rows, in the table's order.
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    // Whole, every text included: an export is the lossless format.
    const QList<Decision> decisions = m_model->wholeDecisions(rows);
    const OutputFile::Result written = DecisionImporter::exportTo(file, decisions);
    if (written.ok())
        Q_EMIT message(tr("Exported %1 decision(s) to %2").arg(QString::number(decisions.size()), file));
    else
        QMessageBox::warning(m_window, tr("Export failed"), written.error);
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
    const std::optional<Decision> current = m_model->wholeDecisionById(currentId());
    if (!current)
        return;
    DecisionEditor editor(DecisionValidator::Mode::Edit, m_store->ids(), m_window);
    editor.setDecision(*current);
    if (editor.exec() != QDialog::Accepted)
        return;
    QString error;
    const Decision decision = editor.decision();
    report(m_store->updateDecision(decision, &error), error, tr("Saved %1 (Ctrl+Z undoes it)").arg(decision.id));
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
