// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundtask.h"

#include "casedatabase.h"

#include <QMutexLocker>
#include <QThread>

// The progress between the worker and this object's thread: the worker keeps only the latest, and asks for a
// delivery only when none is on its way, so that a fast worker never floods the event loop.
struct BackgroundTask::Shared
{
    QMutex mutex;
    qint64 done = 0;
    qint64 total = 0;
    bool pending = false;
};

BackgroundTask::BackgroundTask(const CaseDatabase &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

BackgroundTask::~BackgroundTask()
{
    stopWorker();
}

void BackgroundTask::stopWorker()
{
    if (m_stop)
        m_stop->store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

bool BackgroundTask::start(const Work &work, const std::function<void(const QString &error)> &cannotOpen)
{
    if (m_running)
        return false;
    stopWorker();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    const auto shared = std::make_shared<Shared>();
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    BackgroundTask *const self = this;
    // Posted to this object: dropped with it if it is gone (its destructor waits for the worker first anyway).
    const Progress progress = [self, shared, stop](qint64 done, qint64 total) {
        QMutexLocker lock(&shared->mutex);
        shared->done = done;
        shared->total = total;
        if (!shared->pending) {
            shared->pending = true;
            QMetaObject::invokeMethod(
                self,
                [self, shared] {
                    qint64 reportedDone = 0;
                    qint64 reportedTotal = 0;
                    {
                        QMutexLocker received(&shared->mutex);
                        reportedDone = shared->done;
                        reportedTotal = shared->total;
                        shared->pending = false;
                    }
                    Q_EMIT self->progress(reportedDone, reportedTotal);
                },
                Qt::QueuedConnection);
        }
        return !stop->load();
    };
    const auto post = [self](const Deliver &deliver) {
        QMetaObject::invokeMethod(self, [self, deliver] { self->end(deliver); }, Qt::QueuedConnection);
    };
    Q_EMIT started();

    // The bundled data in memory cannot be opened again from another connection: it is small, and read here.
    if (m_database.path().isEmpty()) {
        post(work(m_database.connection(), progress));
        return true;
    }
    const QString source = m_database.connectionName();
    m_thread = QThread::create([source, work, cannotOpen, progress, post] {
        // A connection belongs to the thread that opened it: the worker opens and removes its own.
        const QString name = QStringLiteral("caseline-task-%1").arg(reinterpret_cast<quintptr>(QThread::currentThread()));
        Deliver deliver;
        {
            QString error;
            const QSqlDatabase db = CaseDatabase::openClone(source, name, &error);
            if (db.isOpen())
                deliver = work(db, progress);
            else
                deliver = [cannotOpen, error] { cannotOpen(error); };
        }
        QSqlDatabase::removeDatabase(name);
        post(deliver);
    });
    m_thread->start();
    return true;
}

void BackgroundTask::end(const Deliver &deliver)
{
    if (m_thread) {
        m_thread->wait(); // it has posted this as its last act
        delete m_thread;
        m_thread = nullptr;
    }
    m_running = false;
    // Before the result: the result may start the next piece of work (an import writes once its plan is confirmed).
    Q_EMIT finished();
    if (deliver)
        deliver();
}

void BackgroundTask::cancel()
{
    if (!m_running || m_stop->load())
        return;
    m_stop->store(true);
    Q_EMIT cancelRequested();
}
