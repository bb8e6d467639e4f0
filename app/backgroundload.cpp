// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundload.h"

#include "caserepository.h"

#include <QPointer>
#include <QSqlError>
#include <QSqlDatabase>
#include <QThread>

BackgroundLoad::BackgroundLoad(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{
}

BackgroundLoad::~BackgroundLoad()
{
    stopWorker();
}

void BackgroundLoad::stopWorker()
{
    if (m_stop)
        m_stop->store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void BackgroundLoad::start()
{
    stopWorker();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    const int generation = ++m_generation;
    const QString source = m_connectionName;
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    QPointer<BackgroundLoad> self(this);
    // Results are queued to this object's thread; a result of an earlier start (cancelled since) is dropped there.
    const auto deliver = [self, generation](auto &&function) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, function] {
                if (self && self->m_generation == generation && self->m_running)
                    function(self.data());
            },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([source, stop, generation, deliver] {
        // A connection belongs to the thread that opened it: the worker opens and closes its own.
        const QString name = QStringLiteral("caseline-background-load-%1-%2")
                                 .arg(reinterpret_cast<quintptr>(QThread::currentThread()))
                                 .arg(generation);
        DecisionTable decisions;
        QString error;
        bool read = false;
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                const CaseRepository repository(db);
                read = repository.decisionsForViews(&decisions, [&](qint64 done, qint64 total) {
                    deliver([done, total](BackgroundLoad *load) { Q_EMIT load->progress(done, total); });
                    return !stop->load();
                });
                if (!read && !stop->load())
                    error = repository.lastError();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        if (stop->load())
            return;
        deliver([decisions, error](BackgroundLoad *load) {
            load->m_running = false;
            Q_EMIT load->finished(decisions, error);
        });
    });
    m_thread->start();
}

void BackgroundLoad::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_stop)
        m_stop->store(true);
    Q_EMIT cancelled();
}
