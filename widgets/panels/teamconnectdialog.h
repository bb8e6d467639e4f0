// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

// File > Connect to Team Database...: the address of a team database (a PostgreSQL connection URI), typed or
// chosen among the recent ones. Connect is enabled only while the address reads; what is wrong with it is said
// under the field as it is typed. The password, when the server asks for one, is libpq's to find (~/.pgpass,
// PGPASSWORD): the dialog says so, and a password typed into the address is used once and never remembered.
class TeamConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    // Why `address` cannot be used as typed; empty when it can.
    using Check = std::function<QString(const QString &address)>;

    TeamConnectDialog(const QStringList &recent, Check check, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TeamConnectDialog)

    QString address() const;
    void setAddress(const QString &address);
    // Said under the field: why the last attempt to connect failed.
    void setProblem(const QString &problem);

private:
    void addressEdited();

    Check m_check;
    QComboBox *m_address = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_connect = nullptr;
};
