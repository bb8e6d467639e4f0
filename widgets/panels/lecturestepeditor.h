// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QPersistentModelIndex>
#include <QString>
#include <QWidget>

class LectureScriptModel;
class QCheckBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The fields of the current step of a lecture script: the decision it shows (decision steps) or its title and
// text (title cards), the speaker notes, and the days it frames. Every change is one edit of the model, so it is
// undoable, and consecutive typing in one field is one undo step; undo, redo and edits elsewhere are shown here
// as they happen. All text is plain text.
class LectureStepEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit LectureStepEditor(LectureScriptModel *model, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LectureStepEditor)

    // The step to edit (a row of the model); an invalid index empties and disables the fields.
    void setStep(const QModelIndex &index);
    int row() const { return m_index.isValid() ? m_index.row() : -1; }
    // Read-only: the fields can be read and copied, not changed.
    void setReadOnly(bool readOnly);
    // The day each decision is shown on the timeline: a frame switched on for a decision step starts as its year.
    void setDecisionDates(const QHash<QString, QDate> &dates) { m_decisionDates = dates; }
    // Puts the cursor in the title (a new title card) and selects it, so that typing replaces it.
    void focusTitle();
    // Puts the cursor in the field named by a LectureScriptProblem ("title", "notes", "frame.from", ...).
    void focusField(const QString &field);

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QCheckBox *frameCheck() const { return m_frameCheck; }
    QDateEdit *frameFromEdit() const { return m_from; }
    QDateEdit *frameToEdit() const { return m_to; }
    QLabel *decisionLabel() const { return m_decision; }
    // The widgets in tab order, for the panel's chain.
    QList<QWidget *> tabOrder() const;

private:
    void createFields();
    // Model -> fields, leaving alone a field that already shows the value (its cursor stays where it is).
    void showStep();
    void updateEnabled();
    void frameEdited();
    void updateFrameProblem();
    QDate defaultFrameDay() const;

    LectureScriptModel *m_model;
    QPersistentModelIndex m_index;
    QHash<QString, QDate> m_decisionDates;
    bool m_readOnly = false;
    // True while showStep() fills the fields, whose change signals must not edit the model.
    bool m_showing = false;

    QFormLayout *m_form = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_decision = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_frameCheck = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_frameProblem = nullptr;
};
