// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The panel's widgets, its actions and the steps; the stored scripts, saving, import and export are in
// lecturescriptpanelscripts.cpp.
#include "lecturescriptpanel.h"

#include "casedatabase.h"
#include "importvalidator.h"
#include "lecturescriptmodel.h"
#include "lecturestepeditor.h"
#include "lecturesteplist.h"
#include "plaintext.h"
#include "uilanguage.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QString rawText(const QPlainTextEdit *edit)
{
    QString text = edit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

// A text-only tool button whose words (QT_TR_NOOP in LectureScriptPanel) follow the interface language.
QToolButton *toolButton(QWidget *parent, const QString &objectName, const char *text, const char *toolTip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    UiLanguage::follow(button, [button, text, toolTip] {
        const QString label = LectureScriptPanel::tr(text);
        button->setText(label);
        button->setToolTip(LectureScriptPanel::tr(toolTip));
        button->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QStringLiteral("...")));
    });
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QToolButton *iconButton(QWidget *parent, const QString &objectName, const QString &theme,
    QStyle::StandardPixmap fallback, const QString &name, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(QIcon::fromTheme(theme, parent->style()->standardIcon(fallback)));
    button->setText(name);
    button->setToolTip(toolTip);
    button->setAccessibleName(name);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    return button;
}

QColor problemColor(const QPalette &palette)
{
    // No palette role means "error"; a red readable on the window's background does.
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

} // namespace

LectureScriptPanel::LectureScriptPanel(const CaseDatabase &database, QWidget *parent)
    : LectureScriptPanel(LectureScriptRepository(database), database.errorString(), parent)
{
}

LectureScriptPanel::LectureScriptPanel(
    const LectureScriptRepository &repository, const QString &readOnlyReason, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_readOnlyReason(readOnlyReason)
    , m_model(new LectureScriptModel(this))
{
    UiLanguage::follow(this, [this] { setWindowTitle(tr("Lecture Script")); });
    createWidgets();
    createActions();
    setTabOrder();
    updateReadOnlyNotice();
    loadFirstScript();
    if (m_statusText.isEmpty() && m_stored.isEmpty()) {
        showStatus(isReadOnly() ? tr("This database holds no lecture scripts.")
                                : tr("No lecture scripts yet: make one with New... or Import..."));
    }
}

LectureScriptPanel::~LectureScriptPanel()
{
    // The model is a child: ~QWidget deletes it after this part of the panel is gone, and its last signals (the undo
    // stack's index as it is cleared) would reach a panel that is no longer one (UBSan: member call on a QWidget).
    disconnect(m_model->undoStack(), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

void LectureScriptPanel::createWidgets()
{
    auto *layout = new QVBoxLayout(this);

    m_readOnlyNotice = new QLabel(this);
    m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyNotice->setTextFormat(Qt::PlainText);
    m_readOnlyNotice->setWordWrap(true);
    m_readOnlyNotice->setFrameShape(QFrame::StyledPanel);
    m_readOnlyNotice->setMargin(4);
    m_readOnlyNotice->hide();
    layout->addWidget(m_readOnlyNotice);

    auto *chooserRow = new QHBoxLayout;
    auto *chooserLabel = new QLabel(this);

    UiLanguage::follow(chooserLabel, [chooserLabel] { chooserLabel->setText(tr("&Script:")); });
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(QStringLiteral("scriptChooser"));
    UiLanguage::follow(m_chooser, [this] { m_chooser->setAccessibleName(tr("Lecture script")); });
    UiLanguage::follow(m_chooser, [this] { m_chooser->setToolTip(tr("The stored lecture scripts and their number of steps; * marks unsaved changes")); });
    // Names are the user's and may be long: the dock decides the width, not the longest name.
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(12);
    chooserLabel->setBuddy(m_chooser);
    chooserRow->addWidget(chooserLabel);
    chooserRow->addWidget(m_chooser, 1);
    layout->addLayout(chooserRow);

    auto *scriptRow = new QHBoxLayout;
    m_newButton = toolButton(this, QStringLiteral("newScript"), QT_TR_NOOP("&New..."), QT_TR_NOOP("Make a new, empty lecture script"));
    m_renameButton
        = toolButton(this, QStringLiteral("renameScript"), QT_TR_NOOP("Rena&me..."), QT_TR_NOOP("Rename this lecture script"));
    m_duplicateButton = toolButton(this, QStringLiteral("duplicateScript"), QT_TR_NOOP("Save as Ne&w..."),
        QT_TR_NOOP("Save the script as shown, unsaved changes included, under a new name; the stored script stays as it "
           "was"));
    m_deleteButton
        = toolButton(this, QStringLiteral("deleteScript"), QT_TR_NOOP("De&lete..."), QT_TR_NOOP("Delete this lecture script"));
    for (QToolButton *b : { m_newButton, m_renameButton, m_duplicateButton, m_deleteButton })
        scriptRow->addWidget(b);
    scriptRow->addStretch(1);
    layout->addLayout(scriptRow);

    auto *descriptionLabel = new QLabel(this);

    UiLanguage::follow(descriptionLabel, [descriptionLabel] { descriptionLabel->setText(tr("&Description:")); });
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("scriptDescription"));
    UiLanguage::follow(m_description, [this] { m_description->setAccessibleName(tr("Description of the lecture script")); });
    UiLanguage::follow(m_description, [this] { m_description->setPlaceholderText(tr("what the lecture is about (optional)")); });
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 2 + 2 * m_description->frameWidth() + 8);
    descriptionLabel->setBuddy(m_description);
    layout->addWidget(descriptionLabel);
    layout->addWidget(m_description);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating && !currentScriptName().isEmpty())
            m_model->setDescription(rawText(m_description));
    });

    auto *stepsLabel = new QLabel(this);

    UiLanguage::follow(stepsLabel, [stepsLabel] { stepsLabel->setText(tr("S&teps:")); });
    m_list = new LectureStepList(this);
    m_list->setObjectName(QStringLiteral("stepList"));
    UiLanguage::follow(m_list, [this] { m_list->setAccessibleName(tr("Steps of the lecture")); });
    UiLanguage::follow(m_list, [this] { m_list->setAccessibleDescription(tr("Ctrl+Up and Ctrl+Down move the selected step, Delete removes it, "
                                        "double-click presents from it")); });
    m_list->setModel(m_model);
    stepsLabel->setBuddy(m_list);
    layout->addWidget(stepsLabel);
    layout->addWidget(m_list, 1);

    auto *stepRow = new QHBoxLayout;
    m_addDecisionButton = toolButton(this, QStringLiteral("addDecision"), QT_TR_NOOP("&Add Decision"),
        QT_TR_NOOP("Add the decision selected in the timeline or the table after the selected step"));
    m_addTitleButton = toolButton(
        this, QStringLiteral("addTitle"), QT_TR_NOOP("Add Title &Card"), QT_TR_NOOP("Add a title card after the selected step"));
    m_removeButton = iconButton(this, QStringLiteral("removeStep"), QStringLiteral("list-remove"), QStyle::SP_TrashIcon,
        tr("Remove Step"), tr("Remove the selected step (Delete)"));
    m_upButton = iconButton(this, QStringLiteral("moveStepUp"), QStringLiteral("go-up"), QStyle::SP_ArrowUp,
        tr("Move Step Up"), tr("Move the selected step up (Ctrl+Up)"));
    m_downButton = iconButton(this, QStringLiteral("moveStepDown"), QStringLiteral("go-down"), QStyle::SP_ArrowDown,
        tr("Move Step Down"), tr("Move the selected step down (Ctrl+Down)"));
    stepRow->addWidget(m_addDecisionButton);
    stepRow->addWidget(m_addTitleButton);
    stepRow->addStretch(1);
    stepRow->addWidget(m_removeButton);
    stepRow->addWidget(m_upButton);
    stepRow->addWidget(m_downButton);
    layout->addLayout(stepRow);

    m_editor = new LectureStepEditor(m_model, this);
    m_editor->setObjectName(QStringLiteral("stepEditor"));
    layout->addWidget(m_editor);

    auto *bottomRow = new QHBoxLayout;
    m_saveButton = new QPushButton(this);

    UiLanguage::follow(m_saveButton, [this] { m_saveButton->setText(tr("Sa&ve")); });
    m_saveButton->setObjectName(QStringLiteral("saveScript"));
    UiLanguage::follow(m_saveButton, [this] { m_saveButton->setToolTip(tr("Write the whole script to the database (Ctrl+S)")); });
    UiLanguage::follow(m_saveButton, [this] { m_saveButton->setAccessibleName(tr("Save")); });
    m_presentButton = new QPushButton(this);

    UiLanguage::follow(m_presentButton, [this] { m_presentButton->setText(tr("&Present")); });
    m_presentButton->setObjectName(QStringLiteral("presentScript"));
    UiLanguage::follow(m_presentButton, [this] { m_presentButton->setToolTip(tr("Present the lecture from the selected step")); });
    UiLanguage::follow(m_presentButton, [this] { m_presentButton->setAccessibleName(tr("Present")); });
    m_importButton
        = toolButton(this, QStringLiteral("importScript"), QT_TR_NOOP("&Import..."), QT_TR_NOOP("Add a lecture script from a file"));
    m_exportButton = toolButton(this, QStringLiteral("exportScript"), QT_TR_NOOP("&Export..."),
        QT_TR_NOOP("Write the script as shown to a file, to share with colleagues"));
    bottomRow->addWidget(m_saveButton);
    bottomRow->addWidget(m_presentButton);
    bottomRow->addStretch(1);
    bottomRow->addWidget(m_importButton);
    bottomRow->addWidget(m_exportButton);
    layout->addLayout(bottomRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scriptStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
}

void LectureScriptPanel::createActions()
{
    m_saveAction = new QAction(tr("&Save Lecture Script"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    // Inside the panel only: the window may give Ctrl+S another meaning elsewhere.
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, &LectureScriptPanel::save);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, &LectureScriptPanel::chooserChanged);
    connect(m_newButton, &QToolButton::clicked, this, &LectureScriptPanel::newScript);
    connect(m_renameButton, &QToolButton::clicked, this, &LectureScriptPanel::renameCurrent);
    connect(m_duplicateButton, &QToolButton::clicked, this, &LectureScriptPanel::duplicateCurrent);
    connect(m_deleteButton, &QToolButton::clicked, this, &LectureScriptPanel::deleteCurrent);
    connect(m_addDecisionButton, &QToolButton::clicked, this, &LectureScriptPanel::addCurrentDecision);
    connect(m_addTitleButton, &QToolButton::clicked, this, &LectureScriptPanel::addTitleCard);
    connect(m_removeButton, &QToolButton::clicked, this, &LectureScriptPanel::removeCurrentStep);
    connect(m_upButton, &QToolButton::clicked, this, &LectureScriptPanel::moveCurrentStepUp);
    connect(m_downButton, &QToolButton::clicked, this, &LectureScriptPanel::moveCurrentStepDown);
    connect(m_saveButton, &QPushButton::clicked, this, &LectureScriptPanel::save);
    connect(m_presentButton, &QPushButton::clicked, this, &LectureScriptPanel::present);
    connect(m_importButton, &QToolButton::clicked, this, &LectureScriptPanel::chooseImportFile);
    connect(m_exportButton, &QToolButton::clicked, this, &LectureScriptPanel::chooseExportFile);

    connect(m_list, &LectureStepList::moveRequested, this, &LectureScriptPanel::moveCurrentStep);
    connect(m_list, &LectureStepList::removeRequested, this, &LectureScriptPanel::removeCurrentStep);
    connect(m_list, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT presentRequested(currentScriptName(), index.row());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &LectureScriptPanel::currentRowChanged);

    // Every edit, undo and redo passes through the stack; rows also change with a new script (a reset).
    connect(m_model->undoStack(), &QUndoStack::indexChanged, this, [this] {
        updateModified();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LectureScriptPanel::updateActions);
    connect(m_model, &LectureScriptModel::scriptChanged, this, [this] {
        const QString description = m_model->script().description;
        if (rawText(m_description) != description) {
            const QScopedValueRollback<bool> filling(m_updating, true);
            m_description->setPlainText(description);
        }
    });
}

void LectureScriptPanel::setTabOrder()
{
    QList<QWidget *> chain = { m_chooser, m_newButton, m_renameButton, m_duplicateButton, m_deleteButton, m_description,
        m_list, m_addDecisionButton, m_addTitleButton, m_removeButton, m_upButton, m_downButton };
    chain.append(m_editor->tabOrder());
    chain.append({ m_saveButton, m_presentButton, m_importButton, m_exportButton });
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void LectureScriptPanel::setDecisions(const QList<Decision> &decisions)
{
    DecisionTable table;
    for (const Decision &d : decisions)
        table.append(d);
    setDecisions(table);
}

void LectureScriptPanel::setDecisions(const DecisionTable &decisions)
{
    m_knownIds.clear();
    m_decisionDates.clear();
    for (qsizetype row = 0; row < decisions.size(); ++row) {
        m_knownIds.insert(decisions.id(row));
        m_decisionDates.insert(decisions.id(row), decisions.dateFor(row, DateBasis::Adopted)); // the timeline date
    }
    m_decisionsKnown = true;
    m_model->setDecisions(decisions);
    m_editor->setDecisionDates(m_decisionDates);
}

QUndoStack *LectureScriptPanel::undoStack() const
{
    return m_model->undoStack();
}

const LectureScript &LectureScriptPanel::currentScript() const
{
    return m_model->script();
}

QString LectureScriptPanel::currentScriptName() const
{
    return m_model->script().name;
}

int LectureScriptPanel::currentStep() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void LectureScriptPanel::setCurrentStep(int row)
{
    selectRow(row);
}

bool LectureScriptPanel::isModified() const
{
    return m_model->isModified();
}

QString LectureScriptPanel::statusText() const
{
    return m_statusText;
}

void LectureScriptPanel::setCurrentDecision(const QString &id)
{
    m_currentDecision = id;
    updateActions();
}

void LectureScriptPanel::updateActions()
{
    const bool writable = !isReadOnly();
    const bool script = !currentScriptName().isEmpty();
    const int rows = m_model->rowCount();
    const int row = currentStep();
    const bool room = rows < LectureScript::MaxSteps;
    m_chooser->setEnabled(m_chooser->count() > 0);
    m_newButton->setEnabled(writable);
    m_renameButton->setEnabled(writable && script);
    m_duplicateButton->setEnabled(writable && script);
    m_deleteButton->setEnabled(writable && script);
    m_importButton->setEnabled(writable);
    m_exportButton->setEnabled(script);
    m_saveButton->setEnabled(writable && script && m_model->isModified());
    m_saveAction->setEnabled(writable && script);
    m_presentButton->setEnabled(script && rows > 0);
    m_addDecisionButton->setEnabled(writable && script && room && !m_currentDecision.isEmpty());
    // An id is data: the tooltip shows it as text.
    m_addDecisionButton->setToolTip(PlainText::toolTip(m_currentDecision.isEmpty()
            ? tr("Select a decision in the timeline or the table, then add it here")
            : tr("Add %1 after the selected step").arg(ImportValidator::printable(m_currentDecision, 120))));
    m_addTitleButton->setEnabled(writable && script && room);
    m_removeButton->setEnabled(writable && row >= 0);
    m_upButton->setEnabled(writable && row > 0);
    m_downButton->setEnabled(writable && row >= 0 && row < rows - 1);
    m_description->setEnabled(script);
    m_description->setReadOnly(!writable);
    m_list->setEditable(writable);
    m_editor->setReadOnly(!writable);
}

void LectureScriptPanel::updateReadOnlyNotice()
{
    if (!isReadOnly()) {
        m_readOnlyNotice->hide();
        return;
    }
    const QString notice = tr("This database is read-only: lecture scripts can be presented and exported, not "
                              "changed.");
    m_readOnlyNotice->setText(m_readOnlyReason.isEmpty() ? notice : notice + QLatin1Char('\n') + m_readOnlyReason);
    m_readOnlyNotice->setAccessibleName(m_readOnlyNotice->text());
    m_readOnlyNotice->show();
}

void LectureScriptPanel::updateModified()
{
    const bool modified = m_model->isModified();
    setWindowModified(modified);
    if (m_chooser->currentIndex() >= 0 && !currentScriptName().isEmpty()) {
        const QString text = chooserText(currentScriptName(), m_model->rowCount());
        m_chooser->setItemText(m_chooser->currentIndex(), modified ? tr("* %1").arg(text) : text);
    }
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modificationChanged(modified);
    }
}

void LectureScriptPanel::showStatus(const QString &text, bool problem)
{
    m_statusText = text;
    m_statusIsProblem = problem;
    m_status->setText(text);
    QPalette statusPalette = palette();
    if (problem)
        statusPalette.setColor(QPalette::WindowText, problemColor(palette()));
    m_status->setPalette(statusPalette);
    m_status->setAccessibleName(text);
    Q_EMIT statusMessage(text);
}

void LectureScriptPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_status) {
        QPalette statusPalette = palette();
        if (m_statusIsProblem)
            statusPalette.setColor(QPalette::WindowText, problemColor(palette()));
        m_status->setPalette(statusPalette);
    }
}

void LectureScriptPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_list->setCurrentIndex(QModelIndex());
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void LectureScriptPanel::currentRowChanged()
{
    m_editor->setStep(m_list->currentIndex());
    updateActions();
}

int LectureScriptPanel::insertionRow() const
{
    const int row = currentStep();
    return row < 0 ? m_model->rowCount() : row + 1;
}

void LectureScriptPanel::addCurrentDecision()
{
    if (m_currentDecision.isEmpty() || isReadOnly() || currentScriptName().isEmpty())
        return;
    const int row = insertionRow();
    if (!m_model->insertDecisionStep(row, m_currentDecision)) {
        showStatus(
            tr("The script already has the most steps a lecture script may hold (%1).").arg(LectureScript::MaxSteps),
            true);
        return;
    }
    selectRow(row);
    showStatus(tr("Added %1 as step %2.").arg(ImportValidator::printable(m_currentDecision, 120)).arg(row + 1));
}

void LectureScriptPanel::addTitleCard()
{
    if (isReadOnly() || currentScriptName().isEmpty())
        return;
    const int row = insertionRow();
    if (!m_model->insertTitleStep(row, tr("New title card"))) {
        showStatus(
            tr("The script already has the most steps a lecture script may hold (%1).").arg(LectureScript::MaxSteps),
            true);
        return;
    }
    selectRow(row);
    m_editor->focusTitle();
}

void LectureScriptPanel::removeCurrentStep()
{
    const int row = currentStep();
    if (isReadOnly() || row < 0 || !m_model->removeSteps(row))
        return;
    selectRow(qMin(row, m_model->rowCount() - 1));
    showStatus(tr("Removed step %1 (Undo brings it back).").arg(row + 1));
}

void LectureScriptPanel::moveCurrentStepUp()
{
    moveCurrentStep(-1);
}

void LectureScriptPanel::moveCurrentStepDown()
{
    moveCurrentStep(1);
}

void LectureScriptPanel::moveCurrentStep(int delta)
{
    const int row = currentStep();
    if (isReadOnly() || row < 0 || !m_model->moveStep(row, row + delta))
        return;
    // The selection follows the moved row already; this keeps it in view.
    selectRow(row + delta);
}

void LectureScriptPanel::present()
{
    if (currentScriptName().isEmpty() || m_model->rowCount() == 0)
        return;
    Q_EMIT presentRequested(currentScriptName(), qMax(currentStep(), 0));
}
