// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamupdates.h"

#include "teamdatabase.h"

#include <QSqlDriver>

TeamUpdates::TeamUpdates(const QSqlDatabase &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this, &TeamUpdates::changedElsewhere);
    QSqlDriver *driver = db.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return;
    m_listening = driver->subscribeToNotification(QString::fromLatin1(TeamDatabase::ChangesChannel));
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
            // This connection's own writes are already in the window.
            if (name == QLatin1String(TeamDatabase::ChangesChannel) && source == QSqlDriver::OtherSource)
                m_settle.start();
        });
}

void TeamUpdates::listenAgain()
{
    QSqlDriver *driver = m_db.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return;
    const QString channel = QString::fromLatin1(TeamDatabase::ChangesChannel);
    // Should the driver still list the channel of the closed connection, it would not subscribe again.
    if (driver->subscribedToNotifications().contains(channel))
        driver->unsubscribeFromNotification(channel);
    m_listening = driver->subscribeToNotification(channel);
}
