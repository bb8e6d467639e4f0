// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The stored scripts of the lecture script panel: choosing, creating, renaming, duplicating, deleting and saving
// them, and sharing them as files. The widgets and the steps are in lecturescriptpanel.cpp.
#include "importvalidator.h"
#include "lecturescriptchecks.h"
#include "lecturescriptjson.h"
#include "lecturescriptmodel.h"
#include "lecturescriptpanel.h"
#include "lecturestepeditor.h"
#include "lecturesteplist.h"
#include "outputfile.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QStandardPaths>

namespace {

// A script's name in a message: control characters escaped, shortened in the middle.
QString quoted(const QString &name)
{
    return ImportValidator::printable(name, 120);
}

// Lines shown in a message box's text before "Show Details..." holds the rest.
constexpr int LinesShown = 8;

} // namespace

void LectureScriptPanel::fillChooser()
{
    m_stored = m_repository.scripts();
    const QScopedValueRollback<bool> filling(m_updating, true);
    m_chooser->clear();
    for (const LectureScriptSummary &s : std::as_const(m_stored))
        m_chooser->addItem(chooserText(s.name, s.stepCount), s.name);
    const QString current = currentScriptName();
    // A script deleted or renamed elsewhere while it is edited here stays listed: its edits are still here to save.
    if (!current.isEmpty() && m_chooser->findData(current) < 0)
        m_chooser->addItem(current, current);
    m_chooser->setCurrentIndex(current.isEmpty() ? -1 : m_chooser->findData(current));
    updateModified();
    updateActions();
}

void LectureScriptPanel::reloadScripts()
{
    fillChooser();
}

void LectureScriptPanel::chooserChanged(int index)
{
    if (m_updating || index < 0)
        return;
    const QString name = m_chooser->itemData(index).toString();
    if (name == currentScriptName())
        return;
    if (!loadScript(name, true)) {
        // Cancelled or unreadable: the chooser shows again the script being edited.
        const QScopedValueRollback<bool> filling(m_updating, true);
        m_chooser->setCurrentIndex(m_chooser->findData(currentScriptName()));
    }
}

bool LectureScriptPanel::selectScript(const QString &name)
{
    return name == currentScriptName() || loadScript(name, true);
}

bool LectureScriptPanel::loadScript(QString name, bool askFirst)
{
    if (askFirst && !maybeSave())
        return false;
    const std::optional<LectureScript> script = m_repository.script(name);
    if (!script) {
        showStatus(m_repository.lastError(), true);
        fillChooser();
        return false;
    }
    m_model->setScript(*script);
    fillChooser();
    selectRow(m_model->rowCount() > 0 ? 0 : -1);
    m_editor->setStep(m_list->currentIndex());
    setWindowTitle(tr("Lecture Script: %1[*]").arg(ImportValidator::printable(name, 80)));
    Q_EMIT currentScriptChanged(name);
    return true;
}

void LectureScriptPanel::loadFirstScript()
{
    m_stored = m_repository.scripts();
    if (m_stored.isEmpty() || !loadScript(m_stored.constFirst().name, false))
        clearScript();
}

void LectureScriptPanel::clearScript()
{
    m_model->setScript(LectureScript());
    fillChooser();
    m_editor->setStep(QModelIndex());
    setWindowTitle(tr("Lecture Script"));
    Q_EMIT currentScriptChanged(QString());
}

int LectureScriptPanel::ask(QMessageBox &box)
{
    // Names and file contents are the user's or a colleague's: text, never markup.
    box.setTextFormat(Qt::PlainText);
    return box.exec();
}

void LectureScriptPanel::warn(const QString &title, const QString &text, const QStringList &details)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    if (!details.isEmpty())
        box.setDetailedText(details.join(QLatin1Char('\n')));
    ask(box);
}

bool LectureScriptPanel::refuseIfReadOnly(const QString &title)
{
    if (!isReadOnly())
        return false;
    const QString text = m_readOnlyReason.isEmpty()
        ? tr("This database is read-only: lecture scripts cannot be changed.")
        : tr("This database is read-only: lecture scripts cannot be changed.\n%1").arg(m_readOnlyReason);
    showStatus(text, true);
    warn(title, text);
    return true;
}

QString LectureScriptPanel::askName(const QString &title, const QString &label, const QString &suggestion)
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("scriptNameDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextValue(suggestion);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    return dialog.textValue().trimmed();
}

bool LectureScriptPanel::maybeSave()
{
    if (!m_model->isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved Lecture Script"),
        tr("The lecture script '%1' has changes that are not saved. Save them?").arg(quoted(currentScriptName())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (ask(box)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool LectureScriptPanel::save()
{
    const QString title = tr("Save Lecture Script");
    if (currentScriptName().isEmpty() || refuseIfReadOnly(title))
        return false;
    const QList<LectureScriptProblem> problems = LectureScriptChecks::check(m_model->script());
    if (!problems.isEmpty()) {
        // The first problem's step and field, so that it can be fixed at once.
        const LectureScriptProblem &first = problems.constFirst();
        if (first.step > 0)
            selectRow(first.step - 1);
        QStringList lines;
        for (const LectureScriptProblem &p : problems)
            lines.append(ImportValidator::printable(p.toString()));
        const QString text = tr(
            "'%1' was not saved: %n problem(s) to fix first; your changes are kept.\n%2", nullptr, int(problems.size()))
                                 .arg(quoted(currentScriptName()), lines.mid(0, LinesShown).join(QLatin1Char('\n')));
        showStatus(text, true);
        warn(title, text, lines.size() > LinesShown ? lines : QStringList());
        if (first.step > 0)
            m_editor->focusField(first.field);
        return false;
    }
    QString error;
    if (!m_model->save(m_repository, &error)) {
        if (m_repository.isConflict())
            return saveConflict(error);
        showStatus(error, true);
        warn(title, tr("%1\nYour changes are kept.").arg(error));
        return false;
    }
    fillChooser();
    showStatus(tr("Saved '%1'.").arg(quoted(currentScriptName())));
    Q_EMIT scriptsChanged();
    return true;
}

bool LectureScriptPanel::saveConflict(const QString &error)
{
    showStatus(error, true);
    QMessageBox box(QMessageBox::Warning, tr("Lecture Script Not Saved"),
        tr("%1\n\nYour changes are kept. Save them as a new script to keep both versions, or reload the stored "
           "script and drop them.")
            .arg(error),
        QMessageBox::Cancel, this);
    QPushButton *saveAsNew = box.addButton(tr("Save as New..."), QMessageBox::AcceptRole);
    QPushButton *reload = box.addButton(tr("Reload Stored Script"), QMessageBox::DestructiveRole);
    box.setDefaultButton(saveAsNew);
    ask(box);
    if (box.clickedButton() == saveAsNew) {
        duplicateCurrent();
        return !m_model->isModified();
    }
    if (box.clickedButton() == reload) {
        const QString name = currentScriptName();
        if (m_repository.contains(name))
            loadScript(name, false);
        else
            loadFirstScript();
    }
    return false;
}

bool LectureScriptPanel::createScript(const QString &name)
{
    const QString title = tr("New Lecture Script");
    if (refuseIfReadOnly(title) || !maybeSave())
        return false;
    LectureScript script;
    script.name = name;
    if (!m_repository.save(script)) {
        showStatus(m_repository.lastError(), true);
        warn(title, m_repository.lastError());
        return false;
    }
    Q_EMIT scriptsChanged();
    loadScript(script.name, false);
    showStatus(tr("Made the lecture script '%1': add decisions and title cards to it.").arg(quoted(script.name)));
    return true;
}

bool LectureScriptPanel::renameScript(const QString &newName)
{
    const QString title = tr("Rename Lecture Script");
    const QString name = currentScriptName();
    if (name.isEmpty() || refuseIfReadOnly(title))
        return false;
    if (newName == name)
        return true;
    qint64 version = 0;
    if (!m_repository.rename(name, m_model->script().rowVersion, newName, &version)) {
        showStatus(m_repository.lastError(), true);
        warn(title, m_repository.lastError());
        return false;
    }
    m_model->setStoredName(newName, version);
    fillChooser();
    setWindowTitle(tr("Lecture Script: %1[*]").arg(ImportValidator::printable(newName, 80)));
    showStatus(tr("Renamed '%1' to '%2'.").arg(quoted(name), quoted(newName)));
    Q_EMIT currentScriptChanged(newName);
    Q_EMIT scriptsChanged();
    return true;
}

bool LectureScriptPanel::duplicateScript(const QString &newName)
{
    const QString title = tr("Save as New Lecture Script");
    const QString name = currentScriptName();
    if (name.isEmpty() || refuseIfReadOnly(title))
        return false;
    QString error;
    if (!m_model->saveAsNew(m_repository, newName, &error)) {
        showStatus(error, true);
        warn(title, tr("%1\nYour changes are kept.").arg(error));
        return false;
    }
    fillChooser();
    setWindowTitle(tr("Lecture Script: %1[*]").arg(ImportValidator::printable(newName, 80)));
    showStatus(tr("Saved as '%1'; '%2' stays as it was stored.").arg(quoted(newName), quoted(name)));
    Q_EMIT currentScriptChanged(newName);
    Q_EMIT scriptsChanged();
    return true;
}

bool LectureScriptPanel::deleteScript()
{
    const QString title = tr("Delete Lecture Script");
    const QString name = currentScriptName();
    if (name.isEmpty() || refuseIfReadOnly(title))
        return false;
    if (!m_repository.remove(name, m_model->script().rowVersion)) {
        showStatus(m_repository.lastError(), true);
        warn(title, m_repository.lastError());
        fillChooser();
        return false;
    }
    Q_EMIT scriptsChanged();
    loadFirstScript();
    showStatus(tr("Deleted the lecture script '%1'.").arg(quoted(name)));
    return true;
}

void LectureScriptPanel::newScript()
{
    if (refuseIfReadOnly(tr("New Lecture Script")))
        return;
    const QString name = askName(
        tr("New Lecture Script"), tr("Name of the new lecture script:"), m_repository.freeName(tr("New lecture")));
    if (!name.isEmpty())
        createScript(name);
}

void LectureScriptPanel::renameCurrent()
{
    if (currentScriptName().isEmpty() || refuseIfReadOnly(tr("Rename Lecture Script")))
        return;
    const QString name
        = askName(tr("Rename Lecture Script"), tr("New name of the lecture script:"), currentScriptName());
    if (!name.isEmpty())
        renameScript(name);
}

void LectureScriptPanel::duplicateCurrent()
{
    if (currentScriptName().isEmpty() || refuseIfReadOnly(tr("Save as New Lecture Script")))
        return;
    const QString name = askName(tr("Save as New Lecture Script"),
        tr("Name of the new lecture script (the stored one stays as it was):"),
        m_repository.freeName(currentScriptName()));
    if (!name.isEmpty())
        duplicateScript(name);
}

void LectureScriptPanel::deleteCurrent()
{
    const QString name = currentScriptName();
    if (name.isEmpty() || refuseIfReadOnly(tr("Delete Lecture Script")))
        return;
    const QString question = m_model->isModified()
        ? tr("Delete the lecture script '%1' with its %n step(s) and its unsaved changes? This cannot be undone.",
            nullptr, m_model->rowCount())
        : tr(
            "Delete the lecture script '%1' with its %n step(s)? This cannot be undone.", nullptr, m_model->rowCount());
    QMessageBox box(
        QMessageBox::Question, tr("Delete Lecture Script"), question.arg(quoted(name)), QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    ask(box);
    if (box.clickedButton() == remove)
        deleteScript();
}

bool LectureScriptPanel::importFile(const QString &path)
{
    const QString title = tr("Import Lecture Script");
    if (refuseIfReadOnly(title))
        return false;
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString text = tr("Cannot read %1: %2").arg(path, file.errorString());
        showStatus(text, true);
        warn(title, text);
        return false;
    }
    // One byte more than the limit is enough for the reader to refuse a larger file, whatever its size.
    const QByteArray bytes = file.read(ImportValidator::MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        const QString text = tr("Cannot read %1: %2").arg(path, file.errorString());
        showStatus(text, true);
        warn(title, text);
        return false;
    }
    const LectureScriptImport imported = LectureScriptJson::read(bytes, m_knownIds);
    if (!imported.isValid()) {
        const QStringList lines = imported.errorLines(fileName);
        const QString text = tr("%n problem(s) found in %1. Nothing was imported: fix the file and import it again.",
            nullptr, int(lines.size()))
                                 .arg(fileName);
        showStatus(text, true);
        warn(title, text + QLatin1Char('\n') + lines.mid(0, LinesShown).join(QLatin1Char('\n')), lines);
        return false;
    }
    LectureScript script = imported.script;
    const QString wanted = script.name;
    script.name = m_repository.freeName(wanted);
    script.rowVersion = 0;
    if (!m_repository.save(script)) {
        showStatus(m_repository.lastError(), true);
        warn(title, m_repository.lastError());
        return false;
    }
    QStringList report;
    report.append(tr("Imported the lecture script '%1' with %n step(s).", nullptr, int(script.steps.size()))
                      .arg(quoted(script.name)));
    if (script.name != wanted)
        report.append(tr("A script named '%1' already exists: the imported one is stored as '%2'.")
                          .arg(quoted(wanted), quoted(script.name)));
    // Before setDecisions() every id would look unknown: nothing is said rather than something wrong.
    const QStringList unknown = m_decisionsKnown ? imported.unknownDecisionLines() : QStringList();
    if (!unknown.isEmpty())
        report.append(tr("%n step(s) name decisions that are not in this database; they are kept and show as "
                         "missing until those decisions are added.",
            nullptr, int(unknown.size())));
    showStatus(report.join(QLatin1Char('\n')), false);
    fillChooser();
    Q_EMIT scriptsChanged();
    if (!unknown.isEmpty()) {
        QMessageBox box(QMessageBox::Information, title,
            report.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                + unknown.mid(0, LinesShown).join(QLatin1Char('\n')),
            QMessageBox::Ok, this);
        box.setDetailedText(unknown.join(QLatin1Char('\n')));
        ask(box);
    }
    // Shown unless the user keeps editing the script shown (Cancel): it is stored either way.
    loadScript(script.name, true);
    showStatus(report.join(QLatin1Char('\n')), false);
    return true;
}

bool LectureScriptPanel::exportToFile(const QString &path)
{
    const QString title = tr("Export Lecture Script");
    const LectureScript &script = m_model->script();
    if (script.name.isEmpty())
        return false;
    // A file that LectureScriptJson::read() would refuse is not worth sharing.
    const QList<LectureScriptProblem> problems = LectureScriptChecks::check(script);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const LectureScriptProblem &p : problems)
            lines.append(ImportValidator::printable(p.toString()));
        const QString text = tr("'%1' was not exported: %n problem(s) to fix first.\n%2", nullptr, int(lines.size()))
                                 .arg(quoted(script.name), lines.mid(0, LinesShown).join(QLatin1Char('\n')));
        showStatus(text, true);
        warn(title, text, lines.size() > LinesShown ? lines : QStringList());
        return false;
    }
    const OutputFile::Result written = OutputFile::write(path, LectureScriptJson::toJson(script));
    if (!written.ok()) {
        showStatus(written.error, true);
        warn(title, written.error);
        return false;
    }
    showStatus(m_model->isModified()
            ? tr("Exported '%1', with its unsaved changes, to %2.").arg(quoted(script.name), path)
            : tr("Exported '%1' to %2.").arg(quoted(script.name), path));
    return true;
}

void LectureScriptPanel::chooseImportFile()
{
    if (refuseIfReadOnly(tr("Import Lecture Script")))
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Lecture Script"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Lecture scripts (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void LectureScriptPanel::chooseExportFile()
{
    if (currentScriptName().isEmpty())
        return;
    QFileDialog dialog(this, tr("Export Lecture Script"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("Lecture scripts (*.json)"));
    dialog.setDefaultSuffix(QStringLiteral("json"));
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(suggestedFileName(currentScriptName()));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    exportToFile(dialog.selectedFiles().constFirst());
}

QString LectureScriptPanel::chooserText(const QString &name, int stepCount)
{
    return tr("%1 \u00b7 %n step(s)", nullptr, stepCount).arg(ImportValidator::printable(name, 200));
}

// The script's name as a file name: letters, digits, spaces, dots, dashes and brackets; the rest becomes '-'.
QString LectureScriptPanel::suggestedFileName(const QString &scriptName)
{
    static const QRegularExpression unsafe(
        QStringLiteral("[^\\w .()-]+"), QRegularExpression::UseUnicodePropertiesOption);
    QString name = scriptName;
    name.replace(unsafe, QStringLiteral("-"));
    name = name.simplified().left(100).trimmed();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("lecture-script");
    return name + QStringLiteral(".json");
}
