// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DataActions: File > Import Decisions and File > Export Data, on a worker thread with progress and Cancel.
#include "dataactions.h"

#include "backgroundtask.h"
#include "decisionmodel.h"
#include "decisionstore.h"
#include "taskprogress.h"

#include <QAbstractProxyModel>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

void DataActions::chooseImportFile()
{
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Import Decisions"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Decisions (*.json *.csv)"));
    if (!file.isEmpty())
        importFile(file);
}

void DataActions::cannotWork(const QString &title, const QString &error)
{
    QMessageBox::warning(m_window, title, tr("The database could not be opened for this work: %1").arg(error));
    setBusy(false);
}

// The plan is made without keeping the file's decisions (DecisionImporter::preview: counts, ids and changed fields
// only), and the write plans the file again under the write lock (DecisionImporter::applyConfirmed), refusing if that
// plan differs from the one confirmed: a file of 100,000 decisions never sits whole in memory while the user reads
// the question, and what is written is always what was asked about.
void DataActions::importFile(const QString &fileName)
{
    if (m_busy)
        return;
    setBusy(true);
    const QString name = QFileInfo(fileName).fileName();
    m_taskProgress->setDescription([name] { return tr("Checking %1").arg(name); });
    m_task->start(
        [this, fileName](const QSqlDatabase &db, const BackgroundTask::Progress &progress) -> BackgroundTask::Deliver {
            const ImportPlan plan = DecisionImporter::preview(fileName, CaseRepository(db), true, progress);
            return [this, plan] { confirmImport(plan); };
        },
        [this](const QString &error) { cannotWork(tr("Change not saved"), error); });
}

void DataActions::confirmImport(const ImportPlan &plan)
{
    if (plan.stopped) {
        setBusy(false);
        Q_EMIT message(tr("Import cancelled: nothing was imported."));
        return;
    }
    QMessageBox box(m_window);
    box.setWindowTitle(tr("Import Decisions"));
    box.setTextFormat(Qt::PlainText);
    if (!plan.canApply()) {
        box.setIcon(QMessageBox::Warning);
        box.setText(tr("%n problem(s) found. Nothing was imported: fix the file and import it again.", nullptr,
            int(plan.errors.size())));
        box.setDetailedText(plan.errors.join(QLatin1Char('\n')));
        box.exec();
        setBusy(false);
        return;
    }
    box.setIcon(QMessageBox::Question);
    box.setText(tr("%1 new and %2 updated decision(s); %3 unchanged. Import them?")
                    .arg(plan.newCount)
                    .arg(plan.updatedCount)
                    .arg(plan.unchangedCount));
    box.setDetailedText(DecisionImporter::summary(plan).join(QLatin1Char('\n')));
    box.setStandardButtons(QMessageBox::Cancel);
    QPushButton *import = box.addButton(tr("Import"), QMessageBox::AcceptRole);
    box.setDefaultButton(import);
    box.exec();
    if (box.clickedButton() != import) {
        setBusy(false);
        return;
    }
    const QString name = QFileInfo(plan.fileName).fileName();
    m_taskProgress->setDescription([name] { return tr("Importing %1").arg(name); });
    const bool views = m_store->keepsViews();
    m_task->start(
        [this, plan, views](const QSqlDatabase &db, const BackgroundTask::Progress &progress) -> BackgroundTask::Deliver {
            CaseRepository repository(db);
            QString error;
            const DecisionImporter::Outcome outcome
                = DecisionImporter::applyConfirmed(plan, repository, &error, progress);
            // The window's decisions read again here, not on the GUI thread: at 100,000 decisions the read is most
            // of DecisionStore::reload() (half a second), the model's reset the rest.
            // (Where that read fails, or the model keeps whole decisions, the store reads them itself.)
            DecisionTable decisions;
            const bool reload
                = outcome == DecisionImporter::Outcome::Written || outcome == DecisionImporter::Outcome::Changed;
            const bool read = reload && views && repository.decisionsForViews(&decisions, {});
            return [this, plan, outcome, error, reload, read, decisions]() mutable {
                if (read)
                    m_store->reload(std::move(decisions));
                else if (reload)
                    m_store->reload();
                importEnded(plan, outcome, error);
            };
        },
        [this](const QString &error) { cannotWork(tr("Change not saved"), error); });
}

// After a write or a conflict the window already shows what the file holds now (importing again merges into it).
void DataActions::importEnded(const ImportPlan &plan, DecisionImporter::Outcome outcome, const QString &error)
{
    switch (outcome) {
    case DecisionImporter::Outcome::Written:
        Q_EMIT message(tr("Imported %1 new and %2 updated decision(s).").arg(plan.newCount).arg(plan.updatedCount));
        break;
    case DecisionImporter::Outcome::Changed:
    case DecisionImporter::Outcome::Failed:
        QMessageBox::warning(m_window, tr("Change not saved"), error);
        break;
    case DecisionImporter::Outcome::Stopped:
        Q_EMIT message(tr("Import cancelled: nothing was imported."));
        break;
    }
    setBusy(false);
}

void DataActions::exportData()
{
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export Data"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/caseline-decisions.json"),
        tr("JSON, every field (*.json);;CSV spreadsheet (*.csv)"));
    if (!file.isEmpty())
        exportDataTo(file);
}

void DataActions::exportDataTo(const QString &fileName)
{
    if (m_busy)
        return;
    QString refused;
    const std::optional<DecisionOutput::Format> format = DataExport::formatOf(fileName, &refused);
    if (!format) {
        QMessageBox::warning(m_window, tr("Export failed"), refused);
        return;
    }
    // What the user sees: the filtered rows, in the table's order; only their ids here, where it costs nothing.
    // The worker reads them whole, every text included: an export is the lossless format.
    QStringList ids;
    ids.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_model->decisionAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).id);
    setBusy(true);
    const QString name = QFileInfo(fileName).fileName();
    const int count = int(ids.size());
    m_taskProgress->setDescription(
        [name, count] { return tr("Exporting %Ln decision(s) to %1", nullptr, count).arg(name); });
    m_task->start(
        [this, fileName, format, ids](
            const QSqlDatabase &db, const BackgroundTask::Progress &progress) -> BackgroundTask::Deliver {
            const DataExport::Result result = DataExport::write(db, fileName, *format, ids, progress);
            return [this, fileName, result] { exportEnded(fileName, result); };
        },
        [this](const QString &error) { cannotWork(tr("Export failed"), error); });
}

void DataActions::exportEnded(const QString &fileName, const DataExport::Result &result)
{
    if (result.stopped)
        Q_EMIT message(tr("Export cancelled: nothing was written to %1.").arg(fileName));
    else if (result.file.ok())
        Q_EMIT message(tr("Exported %1 decision(s) to %2").arg(QString::number(result.written), fileName));
    else
        QMessageBox::warning(m_window, tr("Export failed"), result.file.error);
    setBusy(false);
}

void DataActions::exportPendingEdits(const QList<PendingEdits::Edit> &edits)
{
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export Edits Kept for Later"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/caseline-unsaved-edits.json"),
        tr("JSON, every field (*.json)"));
    if (file.isEmpty())
        return;
    QList<Decision> decisions;
    for (const PendingEdits::Edit &edit : edits)
        decisions.append(edit.mine);
    // The file caseline export-data writes: File > Import Decisions reads it back, with the importer's summary.
    const OutputFile::Result written = DecisionImporter::exportTo(file, decisions);
    if (!written.ok()) {
        QMessageBox::warning(m_window, tr("Export failed"), written.error);
        return;
    }
    QString error;
    for (const PendingEdits::Edit &edit : edits) {
        if (!m_pending.remove(edit.mine.id, &error)) {
            QMessageBox::warning(m_window, tr("Edits Kept for Later"), error);
            return;
        }
    }
    Q_EMIT message(tr("Exported %n edit(s) to %1; File > Import Decisions reads them back", nullptr, int(edits.size()))
                       .arg(QDir::toNativeSeparators(file)));
}
