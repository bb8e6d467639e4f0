// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskprogress.h"

#include "backgroundtask.h"
#include "uilanguage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <limits>

TaskProgress::TaskProgress(BackgroundTask *task, QWidget *parent)
    : QWidget(parent)
    , m_task(task)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("taskProgress"));
    m_bar->setObjectName(QStringLiteral("taskProgressBar"));
    m_cancel->setObjectName(QStringLiteral("taskCancelButton"));
    m_bar->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();

    UiLanguage::follow(this, [this] { retranslate(); });
    connect(m_cancel, &QPushButton::clicked, m_task, &BackgroundTask::cancel);
    connect(m_task, &BackgroundTask::started, this, [this] {
        m_bar->setRange(0, 0); // busy until the first figures arrive
        m_cancel->setEnabled(true);
        retranslate();
        show();
    });
    connect(m_task, &BackgroundTask::progress, this, [this](qint64 done, qint64 total) {
        // A QProgressBar counts in int: large totals (bytes of a file) are scaled down alike.
        const qint64 scale = total / std::numeric_limits<int>::max() + 1;
        m_bar->setRange(0, int(total / scale));
        m_bar->setValue(int(qMin(done, total) / scale));
    });
    connect(m_task, &BackgroundTask::cancelRequested, this, [this] {
        m_cancel->setEnabled(false);
        retranslate();
    });
    connect(m_task, &BackgroundTask::finished, this, &QWidget::hide);
}

void TaskProgress::setDescription(const std::function<QString()> &describe)
{
    m_describe = describe;
    retranslate();
}

void TaskProgress::retranslate()
{
    m_label->setText(m_describe ? m_describe() : QString());
    m_bar->setAccessibleName(m_label->text());
    const bool cancelling = m_task && m_task->isCancelled();
    m_cancel->setText(cancelling ? tr("Cancelling...") : tr("Cancel"));
    m_cancel->setToolTip(cancelling ? QString() : tr("Stop this work: nothing is written"));
}
