// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamconnectionwatch.h"

#include "serverlink.h"

#include <QSqlDriver>
#include <QThread>
#include <memory>

TeamConnectionWatch::TeamConnectionWatch(const QSqlDatabase &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_watching = db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    if (!m_watching)
        return;
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &TeamConnectionWatch::tick);
    m_timer.start();
}

TeamConnectionWatch::~TeamConnectionWatch()
{
    // A probe still connecting finishes on its own (connect_timeout bounds it); nothing of this object is used.
    if (m_probe) {
        disconnect(m_probe, nullptr, this, nullptr);
        m_probe->wait();
    }
}

void TeamConnectionWatch::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void TeamConnectionWatch::checkNow()
{
    if (m_watching && m_online)
        tick();
}

void TeamConnectionWatch::tick()
{
    if (m_online) {
        QString error;
        if (ServerLink::answers(m_db, &error))
            return;
        m_online = false;
        m_reason = error;
        Q_EMIT lost(error);
    }
    if (m_probe)
        return;
    // The probe copies the connection's parameters here, in the window's thread.
    auto result = std::make_shared<bool>(false);
    m_probe = QThread::create([probe = ServerLink::Probe(m_db), result] {
        QString ignored;
        *result = probe.run(&ignored);
    });
    connect(m_probe, &QThread::finished, this, [this, result] {
        m_probe->deleteLater();
        m_probe = nullptr;
        probeEnded(*result);
    });
    m_probe->start();
}

void TeamConnectionWatch::probeEnded(bool accepted)
{
    if (!accepted || m_online)
        return;
    QString error;
    if (!ServerLink::reopen(m_db, &error)) {
        m_reason = error;
        return;
    }
    m_online = true;
    m_reason.clear();
    Q_EMIT restored();
}
