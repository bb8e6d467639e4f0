// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

// Tells the window when another caseline (or any program) changed the team database it shows: PostgreSQL's
// notification on TeamDatabase::ChangesChannel, which the team database's triggers send when a write commits,
// received through Qt's driver (QSqlDriver::subscribeToNotification: LISTEN). A burst of them (an import, a
// colleague's undo and redo) is told once, a quarter of a second after the last. A file sends none: nothing to do.
class TeamUpdates final : public QObject
{
    Q_OBJECT
public:
    TeamUpdates(const QSqlDatabase &db, QObject *parent = nullptr);

    bool isListening() const { return m_listening; }
    // After the connection was opened again (TeamConnectionWatch::restored): its LISTEN went with the old one.
    void listenAgain();

Q_SIGNALS:
    void changedElsewhere();

private:
    QSqlDatabase m_db;
    QTimer m_settle;
    bool m_listening = false;
};
