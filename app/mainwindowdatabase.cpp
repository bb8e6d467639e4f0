// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the database it shows: the status bar's labels (the database, its state, the decisions counted),
// File > Connect to Team Database... and File > Use Personal Database.
#include "mainwindow.h"

#include "casedatabase.h"
#include "dataactions.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "serveraddress.h"
#include "settings.h"
#include "teamconnectdialog.h"
#include "uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    UiLanguage::follow(m_databaseLabel, [this] { updateDatabaseLabel(); });
    connect(m_data, &DataActions::offlineChanged, this, &MainWindow::updateDatabaseLabel);
    UiLanguage::follow(m_countLabel, [this] {
        if (!m_loading)
            updateCountLabel();
    });
    m_databaseLabel->setToolTip(m_database->errorString().isEmpty() ? m_database->path() : m_database->errorString());
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
}

void MainWindow::updateDatabaseLabel()
{
    if (m_database->path().isEmpty())
        m_databaseLabel->setText(tr("Bundled data (read-only)"));
    else if (m_data->isOffline())
        m_databaseLabel->setText(tr("%1 (cannot be reached: reconnecting)").arg(m_database->path()));
    else if (m_database->isReadOnly())
        m_databaseLabel->setText(tr("%1 (read-only)").arg(m_database->path()));
    else
        m_databaseLabel->setText(m_database->path());
}

void MainWindow::updateCountLabel()
{
    // Both counts in the language's grouping: "1,234 of 100,000 decisions", "1 234 sur 100 000 décisions".
    m_countLabel->setText(
        tr("%1 of %Ln decision(s)", nullptr, m_model->rowCount()).arg(QLocale().toString(m_proxy->rowCount())));
}

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
