// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>
#include <functional>

class BackgroundTask;
class QLabel;
class QProgressBar;
class QPushButton;

// A BackgroundTask in the status bar: what runs, a progress bar and Cancel; hidden while nothing runs. Permanent
// in the status bar, so that the messages shown meanwhile never hide it.
class TaskProgress final : public QWidget
{
    Q_OBJECT
public:
    explicit TaskProgress(BackgroundTask *task, QWidget *parent = nullptr);

    // What the work is, for people ("Checking decisions.json"): called now and after each language switch. Set it
    // before each start.
    void setDescription(const std::function<QString()> &describe);

    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void retranslate();

    // The status bar may outlive the task's owner as the window closes.
    QPointer<BackgroundTask> m_task;
    std::function<QString()> m_describe;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};
