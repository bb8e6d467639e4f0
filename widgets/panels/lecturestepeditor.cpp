// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturestepeditor.h"

#include "importvalidator.h"
#include "lecturescriptmodel.h"
#include "uilanguage.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QTextDocument>

namespace {

// The text of a plain-text editor as typed: toPlainText() would turn non-breaking spaces into spaces.
QString rawText(const QPlainTextEdit *edit)
{
    QString text = edit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

QPlainTextEdit *plainTextEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    // Tab moves on, as in every other field of the panel; the text is what the lecturer types, never markup.
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8);
    return edit;
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setDateRange(QDate(ImportValidator::MinYear, 1, 1), QDate(ImportValidator::MaxYear, 12, 31));
    return edit;
}

void setPlainTextIfChanged(QPlainTextEdit *edit, const QString &text)
{
    if (rawText(edit) != text)
        edit->setPlainText(text);
}

} // namespace

LectureStepEditor::LectureStepEditor(LectureScriptModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    createFields();
    const auto refresh = [this] { showStep(); };
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            if (m_index.isValid() && m_index.row() >= topLeft.row() && m_index.row() <= bottomRight.row())
                showStep();
        });
    // The step's number changes when steps move, come or go; a reset (another script) leaves no step.
    connect(m_model, &QAbstractItemModel::rowsMoved, this, refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, refresh);
    // The heading and the frame's problem are written from the step: again in a new language.
    connect(UiLanguage::instance(), &UiLanguage::changed, this, [this] {
        showStep();
        updateFrameProblem();
    });
    setStep(QModelIndex());
}

void LectureStepEditor::createFields()
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("stepHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_form->addRow(m_heading);

    m_decision = new QLabel(this);
    m_decision->setObjectName(QStringLiteral("stepDecision"));
    m_decision->setTextFormat(Qt::PlainText);
    m_decision->setWordWrap(true);
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    UiLanguage::follow(m_decision, [this] { m_decision->setAccessibleName(tr("Decision of this step")); });
    auto *decisionLabel = new QLabel(this);

    decisionLabel->setBuddy(m_decision);

    UiLanguage::follow(decisionLabel, [decisionLabel] { decisionLabel->setText(tr("Decision:")); });

    m_form->addRow(decisionLabel, m_decision);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    UiLanguage::follow(m_title, [this] { m_title->setPlaceholderText(tr("what the audience reads")); });
    UiLanguage::follow(m_title, [this] { m_title->setAccessibleName(tr("Title of the title card")); });
    auto *titleLabel = new QLabel(this);

    titleLabel->setBuddy(m_title);

    UiLanguage::follow(titleLabel, [titleLabel] { titleLabel->setText(tr("&Title:")); });

    m_form->addRow(titleLabel, m_title);
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_showing && m_index.isValid())
            m_model->setTitle(m_index.row(), text);
    });

    m_text = plainTextEdit(this, 3);
    m_text->setObjectName(QStringLiteral("stepText"));
    UiLanguage::follow(m_text, [this] { m_text->setPlaceholderText(tr("the card's text, shown under its title")); });
    UiLanguage::follow(m_text, [this] { m_text->setAccessibleName(tr("Text of the title card")); });
    auto *textLabel = new QLabel(this);

    textLabel->setBuddy(m_text);

    UiLanguage::follow(textLabel, [textLabel] { textLabel->setText(tr("Te&xt:")); });

    m_form->addRow(textLabel, m_text);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing && m_index.isValid())
            m_model->setText(m_index.row(), rawText(m_text));
    });

    m_notes = plainTextEdit(this, 4);
    m_notes->setObjectName(QStringLiteral("stepNotes"));
    UiLanguage::follow(m_notes, [this] { m_notes->setPlaceholderText(tr("what you say; the audience never sees it")); });
    UiLanguage::follow(m_notes, [this] { m_notes->setAccessibleName(tr("Speaker notes")); });
    auto *notesLabel = new QLabel(this);

    notesLabel->setBuddy(m_notes);

    UiLanguage::follow(notesLabel, [notesLabel] { notesLabel->setText(tr("&Notes:")); });

    m_form->addRow(notesLabel, m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing && m_index.isValid())
            m_model->setNotes(m_index.row(), rawText(m_notes));
    });

    m_frameCheck = new QCheckBox(this);

    UiLanguage::follow(m_frameCheck, [this] { m_frameCheck->setText(tr("&Frame the timeline on these days")); });
    m_frameCheck->setObjectName(QStringLiteral("stepFrame"));
    UiLanguage::follow(m_frameCheck, [this] { m_frameCheck->setAccessibleName(tr("Frame the timeline")); });
    m_form->addRow(m_frameCheck);
    auto *days = new QWidget(this);
    auto *daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    m_from = dateEdit(days);
    m_from->setObjectName(QStringLiteral("stepFrameFrom"));
    UiLanguage::follow(m_from, [this] { m_from->setAccessibleName(tr("Frame from")); });
    m_to = dateEdit(days);
    m_to->setObjectName(QStringLiteral("stepFrameTo"));
    UiLanguage::follow(m_to, [this] { m_to->setAccessibleName(tr("Frame to")); });
    auto *toLabel = new QLabel(days);

    UiLanguage::follow(toLabel, [toLabel] { toLabel->setText(tr("to")); });
    toLabel->setBuddy(m_to);
    daysLayout->addWidget(m_from, 1);
    daysLayout->addWidget(toLabel);
    daysLayout->addWidget(m_to, 1);
    auto *fromLabel = new QLabel(this);

    UiLanguage::follow(fromLabel, [fromLabel] { fromLabel->setText(tr("Fro&m:")); });
    fromLabel->setBuddy(m_from);
    m_form->addRow(fromLabel, days);
    connect(m_frameCheck, &QCheckBox::toggled, this, [this] { frameEdited(); });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { frameEdited(); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { frameEdited(); });

    m_frameProblem = new QLabel(this);
    m_frameProblem->setObjectName(QStringLiteral("stepFrameProblem"));
    m_frameProblem->setTextFormat(Qt::PlainText);
    m_frameProblem->setWordWrap(true);
    m_form->addRow(m_frameProblem);
}

QList<QWidget *> LectureStepEditor::tabOrder() const
{
    return { m_title, m_text, m_notes, m_frameCheck, m_from, m_to };
}

void LectureStepEditor::setStep(const QModelIndex &index)
{
    m_index = index.isValid() && index.model() == m_model ? QPersistentModelIndex(index) : QPersistentModelIndex();
    showStep();
}

void LectureStepEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void LectureStepEditor::showStep()
{
    const QScopedValueRollback<bool> showing(m_showing, true);
    if (!m_index.isValid()) {
        m_heading->setText(m_model->rowCount() == 0 ? tr("No steps yet") : tr("No step selected"));
        m_decision->clear();
        m_title->clear();
        m_text->clear();
        m_notes->clear();
        m_frameCheck->setChecked(false);
        m_form->setRowVisible(m_decision, false);
        m_form->setRowVisible(m_title, true);
        m_form->setRowVisible(m_text, true);
        updateEnabled();
        updateFrameProblem();
        return;
    }
    const int row = m_index.row();
    const LectureScriptStep &step = m_model->stepAt(row);
    m_heading->setText(step.isDecision() ? tr("Step %1 of %2: a decision").arg(row + 1).arg(m_model->rowCount())
                                         : tr("Step %1 of %2: a title card").arg(row + 1).arg(m_model->rowCount()));
    m_form->setRowVisible(m_decision, step.isDecision());
    m_form->setRowVisible(m_title, !step.isDecision());
    m_form->setRowVisible(m_text, !step.isDecision());
    if (step.isDecision()) {
        const QString label = m_model->index(row).data().toString();
        m_decision->setText(label == step.decisionId ? label : tr("%1\n%2").arg(label, step.decisionId));
    } else {
        m_decision->clear();
    }
    if (m_title->text() != step.title) {
        m_title->setText(step.title);
        // The start of a long title, not its end.
        m_title->setCursorPosition(0);
    }
    setPlainTextIfChanged(m_text, step.text);
    setPlainTextIfChanged(m_notes, step.notes);
    m_frameCheck->setChecked(step.frame.has_value());
    if (step.frame) {
        m_from->setDate(step.frame->from);
        m_to->setDate(step.frame->to);
    } else {
        // What switching the frame on would start with.
        const QDate day = defaultFrameDay();
        m_from->setDate(QDate(day.year(), 1, 1));
        m_to->setDate(QDate(day.year(), 12, 31));
    }
    updateEnabled();
    updateFrameProblem();
}

void LectureStepEditor::updateEnabled()
{
    const bool step = m_index.isValid();
    const bool editable = step && !m_readOnly;
    for (QWidget *w :
        { static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_notes) })
        w->setEnabled(step);
    // Read-only text stays selectable, so notes can still be read in full and copied.
    m_title->setReadOnly(!editable);
    m_text->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_frameCheck->setEnabled(editable);
    const bool framed = step && m_frameCheck->isChecked();
    m_from->setEnabled(framed);
    m_to->setEnabled(framed);
    m_from->setReadOnly(!editable);
    m_to->setReadOnly(!editable);
}

void LectureStepEditor::frameEdited()
{
    if (m_showing || !m_index.isValid())
        return;
    std::optional<LectureFrame> frame;
    if (m_frameCheck->isChecked())
        frame = LectureFrame { m_from->date(), m_to->date() };
    m_model->setFrame(m_index.row(), frame);
    updateEnabled();
    updateFrameProblem();
}

// Said at once, not only when saving: the save refuses a frame that runs backwards.
void LectureStepEditor::updateFrameProblem()
{
    const bool backwards = m_index.isValid() && m_frameCheck->isChecked() && m_from->date() > m_to->date();
    m_frameProblem->setVisible(backwards);
    if (!backwards) {
        m_frameProblem->clear();
        m_to->setAccessibleDescription(QString());
        return;
    }
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette labelPalette = m_frameProblem->palette();
    labelPalette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    m_frameProblem->setPalette(labelPalette);
    UiLanguage::follow(m_frameProblem, [this] { m_frameProblem->setText(tr("The frame ends before it starts: the script cannot be saved like this.")); });
    m_to->setAccessibleDescription(m_frameProblem->text());
}

QDate LectureStepEditor::defaultFrameDay() const
{
    if (m_index.isValid()) {
        const LectureScriptStep &step = m_model->stepAt(m_index.row());
        const QDate day = m_decisionDates.value(step.decisionId);
        if (step.isDecision() && day.isValid())
            return day;
    }
    return QDate::currentDate();
}

void LectureStepEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

void LectureStepEditor::focusField(const QString &field)
{
    QWidget *target = m_notes;
    if (field == QLatin1String("title"))
        target = m_title;
    else if (field == QLatin1String("text"))
        target = m_text;
    else if (field == QLatin1String("frame.to"))
        target = m_to;
    else if (field.startsWith(QLatin1String("frame")))
        target = m_from;
    if (target->isVisible() || !isVisible())
        target->setFocus(Qt::OtherFocusReason);
}
