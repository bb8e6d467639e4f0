// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

class QThread;

// Keeps the window's connection to a team database: asks the server every few seconds whether it still answers
// (ServerLink::answers); when it does not, says so (lost()) and tries a new connection every few seconds on a
// thread of its own, so that the window never waits for a server that is away; once one is accepted, opens the
// window's connection again and says so (restored()). A file's connection is never watched.
class TeamConnectionWatch final : public QObject
{
    Q_OBJECT
public:
    TeamConnectionWatch(const QSqlDatabase &db, QObject *parent = nullptr);
    ~TeamConnectionWatch() override;
    Q_DISABLE_COPY_MOVE(TeamConnectionWatch)

    bool isWatching() const { return m_watching; }
    bool isOnline() const { return m_online; }
    // The server's words when the connection was lost.
    QString reason() const { return m_reason; }

    // Asks the server now rather than at the next tick: after a write failed, which may be the first sign.
    void checkNow();
    // How often the server is asked, and a new connection tried while it is away (tests make it shorter).
    void setInterval(int milliseconds);

Q_SIGNALS:
    void lost(const QString &reason);
    void restored();

private:
    void tick();
    void probeEnded(bool accepted);

    QSqlDatabase m_db;
    QTimer m_timer;
    QThread *m_probe = nullptr;
    bool m_watching = false;
    bool m_online = true;
    QString m_reason;
};
