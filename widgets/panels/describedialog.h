// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

// View > Describe: a view's text alternative (sentences, then its data as a table) as plain text that can be read
// with the keyboard, selected and copied. A list above it switches between the views; whoever opens the dialog
// gives their names and the text of the chosen one (viewChosen). Esc closes it.
class DescribeDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DescribeDialog(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DescribeDialog)

    // The views to choose from, by name; `current` is selected without a viewChosen() signal.
    void setViews(const QStringList &names, int current);
    int currentView() const;
    void setText(const QString &text);
    QString text() const;

public Q_SLOTS:
    // Puts the whole text on the clipboard (the Copy button); a selection is copied with Ctrl+C as anywhere.
    void copy();

Q_SIGNALS:
    void viewChosen(int index);

private:
    QComboBox *m_views = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_copy = nullptr;
};
