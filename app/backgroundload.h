// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisiontable.h"

#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

// Reads every decision as the window keeps them (CaseRepository::decisionsForViews) on a worker thread, over its
// own connection to the open database, so that the window stays responsive while a large database loads: it
// repaints, its menus open, and it can be closed. The results arrive as signals on the thread that made it.
class BackgroundLoad final : public QObject
{
    Q_OBJECT
public:
    // `connectionName`: the open database's Qt SQL connection, cloned for the worker (QSqlDatabase::cloneDatabase).
    explicit BackgroundLoad(const QString &connectionName, QObject *parent = nullptr);
    // Stops a running read and waits for the worker.
    ~BackgroundLoad() override;
    Q_DISABLE_COPY_MOVE(BackgroundLoad)

    void start();
    // Stops the read: cancelled() follows, and no finished() for this start, even when the worker had already
    // finished and its result was on its way.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 read, qint64 total);
    // `error` is empty after a successful read.
    void finished(const DecisionTable &decisions, const QString &error);
    void cancelled();

private:
    void stopWorker();

    QString m_connectionName;
    QThread *m_thread = nullptr;
    // Shared with the worker, which may outlive a start (the worker of a cancelled start is waited for).
    std::shared_ptr<std::atomic<bool>> m_stop;
    bool m_running = false;
    int m_generation = 0;
};
