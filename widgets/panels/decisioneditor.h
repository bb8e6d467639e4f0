// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"
#include "decisionvalidator.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;

// The form to add or edit a decision. OK checks it with DecisionValidator (the rules of an import) and, when
// something is wrong, keeps the dialog open and shows each problem under its field, in red and as the field's
// accessible description. Every text is edited and shown as plain text. Fields the form does not show (legal
// basis, orders, status history, periodic penalty, confidence, ...) are kept as they were.
class DecisionEditor final : public QDialog
{
    Q_OBJECT
public:
    // `existingIds`: the ids in the database (DecisionStore::ids()), for unique new ids and known relations.
    DecisionEditor(DecisionValidator::Mode mode, const QSet<QString> &existingIds, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DecisionEditor)

    // Fills the form. When editing, the id cannot be changed.
    void setDecision(const Decision &decision);
    // The decision as the form holds it; after exec() returns Accepted, a valid one.
    Decision decision() const;
    // The problems shown by the last OK, in the order of the form; empty once accepted.
    QList<FieldProblem> problems() const { return m_problems; }

    // The widget editing a field (by its JSON name, as in FieldProblem) and the label showing its problem.
    QWidget *fieldWidget(const QString &field) const;
    QLabel *problemLabel(const QString &field) const;

public Q_SLOTS:
    void accept() override;

private:
    struct FieldRow
    {
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
    };

    void createForm();
    QLineEdit *addLineEdit(const QString &field, const QString &label, const QString &placeholder = QString());
    QPlainTextEdit *addTextEdit(const QString &field, const QString &label, const QString &placeholder, int lines);
    QComboBox *addComboBox(const QString &field, const QString &label);
    QCheckBox *addCheckBox(const QString &field, const QString &text);
    void addDateRow(const QString &field, const QString &label, QCheckBox **known, QDateEdit **edit);
    void addRow(const QString &field, const QString &label, QWidget *editor, QWidget *content);
    Decision formDecision(QList<FieldProblem> *parseProblems) const;
    QList<Source> formSources() const;
    void showProblems(const QList<FieldProblem> &problems);
    void clearProblems();

    DecisionValidator::Mode m_mode;
    QSet<QString> m_existingIds;
    Decision m_base;
    QList<FieldProblem> m_problems;
    QHash<QString, FieldRow> m_rows;
    QStringList m_fieldOrder;

    QScrollArea *m_scroll = nullptr;
    QWidget *m_formWidget = nullptr;
    QLabel *m_generalProblems = nullptr;
    QLineEdit *m_id = nullptr;
    QComboBox *m_country = nullptr;
    QLineEdit *m_authority = nullptr;
    QLineEdit *m_authorityType = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_decisionDateKnown = nullptr;
    QDateEdit *m_decisionDate = nullptr;
    QCheckBox *m_announceDateKnown = nullptr;
    QDateEdit *m_announceDate = nullptr;
    QPlainTextEdit *m_dateNotes = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_amountEur = nullptr;
    QLineEdit *m_fxRate = nullptr;
    QCheckBox *m_amountIsMaximum = nullptr;
    QCheckBox *m_cumulative = nullptr;
    QLineEdit *m_status = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_relatedTo = nullptr;
    QPlainTextEdit *m_sources = nullptr;
    QPlainTextEdit *m_facts = nullptr;
    QPlainTextEdit *m_lowConfidence = nullptr;
    QPlainTextEdit *m_summary = nullptr;
};
