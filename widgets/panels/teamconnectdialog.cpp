// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamconnectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TeamConnectDialog::TeamConnectDialog(const QStringList &recent, Check check, QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
{
    setObjectName(QStringLiteral("teamConnectDialog"));
    setWindowTitle(tr("Connect to Team Database"));

    auto *intro = new QLabel(tr("A team database is caseline's database on a PostgreSQL server, shared by a research "
                                "group, a newsroom or a course. Its owner made it with caseline team init and gives "
                                "you its address."),
        this);
    intro->setWordWrap(true);

    m_address = new QComboBox(this);
    m_address->setObjectName(QStringLiteral("teamAddress"));
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->addItems(recent);
    m_address->setCurrentIndex(recent.isEmpty() ? -1 : 0);
    m_address->lineEdit()->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_address->setMinimumContentsLength(48);
    connect(m_address, &QComboBox::editTextChanged, this, &TeamConnectDialog::addressEdited);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("teamAddressProblem"));
    // The address is the user's text: never read as HTML.
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);

    auto *password = new QLabel(tr("caseline never stores a password: the server's password is taken from "
                                   "~/.pgpass or PGPASSWORD, as by psql."),
        this);
    password->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(QString(), m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("teamConnect"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(password);
    layout->addStretch(1);
    layout->addWidget(buttons);
    addressEdited();
    m_address->setFocus();
}

QString TeamConnectDialog::address() const
{
    return m_address->currentText().trimmed();
}

void TeamConnectDialog::setAddress(const QString &address)
{
    m_address->setEditText(address);
}

void TeamConnectDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
}

void TeamConnectDialog::addressEdited()
{
    const QString text = address();
    const QString problem = text.isEmpty() ? QString() : m_check(text);
    m_problem->setText(problem);
    m_connect->setEnabled(!text.isEmpty() && problem.isEmpty());
}
