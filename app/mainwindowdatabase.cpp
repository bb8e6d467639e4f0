// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: File > Connect to Team Database... and File > Use Personal Database.
#include "mainwindow.h"

#include "casedatabase.h"
#include "serveraddress.h"
#include "settings.h"
#include "teamconnectdialog.h"
#include "uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QMenu>

void MainWindow::createDatabaseActions(QMenu *file)
{
    QAction *connectTeam = file->addAction(QString(), this, &MainWindow::connectToTeamDatabase);
    connectTeam->setObjectName(QStringLiteral("connectTeamDatabase"));
    UiLanguage::follow(connectTeam, [connectTeam] {
        connectTeam->setText(tr("Co&nnect to Team Database..."));
        connectTeam->setStatusTip(tr("Work on a database shared on a PostgreSQL server, edited by several people"));
    });
    QAction *personal = file->addAction(QString(), this, &MainWindow::usePersonalDatabase);
    personal->setObjectName(QStringLiteral("usePersonalDatabase"));
    UiLanguage::follow(personal, [personal] {
        personal->setText(tr("&Use Personal Database"));
        personal->setStatusTip(tr("Back to your own database file, %1").arg(CaseDatabase::defaultPath()));
    });
    personal->setEnabled(m_database->isServer());
}

void MainWindow::connectToTeamDatabase()
{
    const auto check = [](const QString &text) {
        if (!ServerAddress::isServerAddress(text))
            return tr("A team database's address starts with postgresql://");
        return ServerAddress::parse(text).error();
    };
    QString address;
    QString problem;
    for (;;) {
        // Asked again after a refusal, with the address as typed and the reason beside it.
        TeamConnectDialog dialog(m_settings->recentTeamDatabases(), check, this);
        if (!address.isEmpty())
            dialog.setAddress(address);
        dialog.setProblem(problem);
        if (dialog.exec() != QDialog::Accepted)
            return;
        address = dialog.address();
        // Tried here, so that a server that refuses leaves this window as it is.
        problem.clear();
        {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            CaseDatabase trial(QStringLiteral("caseline-connect-check"));
            if (!trial.open(address))
                problem = trial.errorString();
            QApplication::restoreOverrideCursor();
        }
        if (problem.isEmpty()) {
            // Remembered without a password; main() opens it with the address as typed.
            m_settings->setTeamDatabase(ServerAddress::parse(address).display());
            Q_EMIT databaseSwitchRequested(address);
            return;
        }
    }
}

void MainWindow::usePersonalDatabase()
{
    m_settings->setTeamDatabase(QString());
    Q_EMIT databaseSwitchRequested(CaseDatabase::defaultPath());
}
