// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class CaseDatabase;
class QThread;

// Long work on the open database (an import, a data export) on a worker thread, over a connection of its own, so
// that the window stays responsive: it repaints, its menus open, the user reads on. The work reports its progress
// and is asked, each time, whether to go on; its result comes back on the thread that started it. One piece of work
// at a time. (The start-up read of a large database, BackgroundLoad, is the same pattern and could run on this.)
class BackgroundTask final : public QObject
{
    Q_OBJECT
public:
    // Called by the work now and then with the work done and the work to do; returns false once cancel() was
    // called: the work then stops as soon as it can, and writes nothing.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // What to do with the work's result, run on the task's thread once the work is over.
    using Deliver = std::function<void()>;
    // The work, run on the worker thread with its own open connection to the database.
    using Work = std::function<Deliver(const QSqlDatabase &db, const Progress &progress)>;

    explicit BackgroundTask(const CaseDatabase &database, QObject *parent = nullptr);
    // Cancels the running work and waits for the worker: nothing outlives the window.
    ~BackgroundTask() override;
    Q_DISABLE_COPY_MOVE(BackgroundTask)

    // Starts `work`; `cannotOpen` is delivered instead, with the reason, when the worker's connection cannot be
    // opened. False, starting nothing, while other work runs.
    bool start(const Work &work, const std::function<void(const QString &error)> &cannotOpen);
    // Asks the running work to stop. It still ends with its Deliver and finished(): the work says whether it
    // stopped in time or was already done (a commit cannot be taken back).
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_running && m_stop && m_stop->load(); }

Q_SIGNALS:
    void started();
    // The last progress the work reported, delivered at most once per turn of the event loop.
    void progress(qint64 done, qint64 total);
    void cancelRequested();
    // The work is over; its Deliver runs right after (and may start the next piece of work).
    void finished();

private:
    struct Shared;
    void stopWorker();
    void end(const Deliver &deliver);

    const CaseDatabase &m_database;
    QThread *m_thread = nullptr;
    // Shared with the worker, which may outlive this object by the time it takes to notice a stop.
    std::shared_ptr<std::atomic<bool>> m_stop;
    bool m_running = false;
};
