// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "mainwindow.h"
#include "modalanswers.h"
#include "settings.h"
#include "teamconnectdialog.h"
#include "temporarypostgres.h"
#include "uilanguage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// File > Connect to Team Database... and File > Use Personal Database: the address checked as it is typed, the
// connection tried before the window lets go of its database, the choice remembered without a password.
class TestTeamConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void dialog_checksTheAddressAsItIsTyped_data();
    void dialog_checksTheAddressAsItIsTyped();
    void connect_triesTheServerThenSwitchesAndRemembersWithoutPassword();
    void connect_refusedDatabaseKeepsTheWindowAndSaysWhy();
    void usePersonalDatabase_forgetsTheTeamDatabase();

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    // Answers the next connect dialog: `address` typed, then Connect; `problem` gets what it said under the field.
    void connectTo(const QString &address, QString *problem = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<TemporaryPostgres> m_server;
    std::unique_ptr<CaseDatabase> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ModalAnswers> m_answers;
    MainWindow *m_window = nullptr;
    int m_run = 0;
};

void TestTeamConnect::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("caseline-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_teamconnect"));
    QSettings().clear();
    QVERIFY(UiLanguage::instance()->apply(QStringLiteral("en")));
    m_server = std::make_unique<TemporaryPostgres>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    const QString made = m_server->makeTeamDatabase(QStringLiteral("team"));
    QVERIFY2(made.isEmpty(), qPrintable(made));
}

void TestTeamConnect::cleanupTestCase()
{
    QSettings().clear();
    m_server.reset();
}

void TestTeamConnect::init()
{
    m_database = std::make_unique<CaseDatabase>(QStringLiteral("tst_teamconnect_%1").arg(++m_run));
    QVERIFY2(m_database->open(m_dir.filePath(QStringLiteral("cases-%1.sqlite").arg(m_run))),
        qPrintable(m_database->errorString()));
    m_settings = std::make_unique<Settings>();
    m_settings->load();
    m_window = new MainWindow(m_database.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_answers = std::make_unique<ModalAnswers>();
}

void TestTeamConnect::cleanup()
{
    if (m_answers) {
        QVERIFY2(m_answers->unexpected().isEmpty(), qPrintable(m_answers->unexpected().join(QLatin1Char('\n'))));
        QCOMPARE(m_answers->pending(), 0);
    }
    m_answers.reset();
    delete m_window;
    m_window = nullptr;
    m_settings.reset();
    m_database.reset();
}

void TestTeamConnect::connectTo(const QString &address, QString *problem)
{
    m_answers->expect([address, problem](QWidget *w) {
        auto *dialog = qobject_cast<TeamConnectDialog *>(w);
        if (!dialog)
            return false;
        if (problem)
            *problem = dialog->findChild<QLabel *>(QStringLiteral("teamAddressProblem"))->text();
        if (address.isNull()) {
            dialog->reject();
            return true;
        }
        QLineEdit *edit = dialog->findChild<QComboBox *>(QStringLiteral("teamAddress"))->lineEdit();
        edit->selectAll();
        QTest::keyClicks(edit, address);
        dialog->findChild<QPushButton *>(QStringLiteral("teamConnect"))->click();
        return true;
    });
}

void TestTeamConnect::dialog_checksTheAddressAsItIsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("connectable");
    QTest::addColumn<QString>("said");
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("a file") << QStringLiteral("/home/me/cases.sqlite") << false
                            << QStringLiteral("starts with postgresql://");
    QTest::newRow("a port out of range") << QStringLiteral("postgresql://db.example.org:70000/team") << false
                                         << QStringLiteral("port");
    QTest::newRow("a good address") << QStringLiteral("postgresql://alice@db.example.org/team") << true << QString();
}

void TestTeamConnect::dialog_checksTheAddressAsItIsTyped()
{
    QFETCH(QString, typed);
    QFETCH(bool, connectable);
    QFETCH(QString, said);
    TeamConnectDialog dialog({ QStringLiteral("postgresql://bob@old.example.org/course") },
        [](const QString &text) {
            if (!text.startsWith(QLatin1String("postgresql://")))
                return QStringLiteral("A team database's address starts with postgresql://");
            return text.contains(QLatin1String(":70000")) ? QStringLiteral("the port is out of range") : QString();
        });
    // The recent address is offered first.
    QCOMPARE(dialog.address(), QStringLiteral("postgresql://bob@old.example.org/course"));
    dialog.show();
    QLineEdit *edit = dialog.findChild<QComboBox *>(QStringLiteral("teamAddress"))->lineEdit();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, typed);
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("teamConnect"))->isEnabled(), connectable);
    const QString problem = dialog.findChild<QLabel *>(QStringLiteral("teamAddressProblem"))->text();
    if (said.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(said), qPrintable(problem));
}

void TestTeamConnect::connect_triesTheServerThenSwitchesAndRemembersWithoutPassword()
{
    QVERIFY(!action("usePersonalDatabase")->isEnabled());
    QSignalSpy switched(m_window, &MainWindow::databaseSwitchRequested);
    // A password in the address is used for this connection (the test server trusts every local user) and never kept.
    QString address = m_server->uri(QStringLiteral("team"));
    address.replace(QLatin1String("postgres@"), QLatin1String("postgres:secret@"));
    connectTo(address);
    action("connectTeamDatabase")->trigger();
    QCOMPARE(switched.count(), 1);
    QCOMPARE(switched.first().first().toString(), address);
    QCOMPARE(m_settings->teamDatabase(), m_server->uri(QStringLiteral("team")));
    QVERIFY(!QSettings().value(QStringLiteral("database/team")).toString().contains(QLatin1String("secret")));
    QCOMPARE(m_settings->recentTeamDatabases().value(0), m_server->uri(QStringLiteral("team")));
}

void TestTeamConnect::connect_refusedDatabaseKeepsTheWindowAndSaysWhy()
{
    m_settings->setTeamDatabase(QString());
    QSignalSpy switched(m_window, &MainWindow::databaseSwitchRequested);
    // The server's own database: reachable, but not a team database.
    connectTo(m_server->uri(QStringLiteral("postgres")));
    QString problem;
    connectTo(QString(), &problem);
    action("connectTeamDatabase")->trigger();
    QCOMPARE(switched.count(), 0);
    QVERIFY2(problem.contains(QLatin1String("team database")), qPrintable(problem));
    QVERIFY(m_settings->teamDatabase().isEmpty());
    QVERIFY(m_window->isVisible());
}

void TestTeamConnect::usePersonalDatabase_forgetsTheTeamDatabase()
{
    delete m_window;
    m_database = std::make_unique<CaseDatabase>(QStringLiteral("tst_teamconnect_server"));
    QVERIFY2(m_database->open(m_server->uri(QStringLiteral("team"))), qPrintable(m_database->errorString()));
    m_settings->setTeamDatabase(m_database->path());
    m_window = new MainWindow(m_database.get(), m_settings.get());
    m_window->show();
    QVERIFY(action("usePersonalDatabase")->isEnabled());
    QSignalSpy switched(m_window, &MainWindow::databaseSwitchRequested);
    action("usePersonalDatabase")->trigger();
    QCOMPARE(switched.count(), 1);
    QCOMPARE(switched.first().first().toString(), CaseDatabase::defaultPath());
    QVERIFY(m_settings->teamDatabase().isEmpty());
}

QTEST_MAIN(TestTeamConnect)
#include "tst_teamconnect.moc"
