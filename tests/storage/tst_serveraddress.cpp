// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveraddress.h"

#include <QTest>

// libpq's connection URIs as a team database's address: what each part becomes for Qt's QPSQL driver.
class TestServerAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isServerAddress_data();
    void isServerAddress();
    void parse_data();
    void parse();
    void parse_refusesWhatLibpqWouldNotRead_data();
    void parse_refusesWhatLibpqWouldNotRead();
};

void TestServerAddress::isServerAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("server");
    QTest::newRow("postgresql://") << QStringLiteral("postgresql://db.example.org/cases") << true;
    QTest::newRow("postgres://") << QStringLiteral("postgres://localhost") << true;
    QTest::newRow("upper case scheme") << QStringLiteral("POSTGRESQL://host/db") << true;
    QTest::newRow("a file") << QStringLiteral("/home/me/caseline.sqlite") << false;
    QTest::newRow("a file named like a scheme") << QStringLiteral("postgresql.sqlite") << false;
    QTest::newRow("another scheme") << QStringLiteral("mysql://host/db") << false;
}

void TestServerAddress::isServerAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, server);
    QCOMPARE(ServerAddress::isServerAddress(text), server);
}

void TestServerAddress::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("display");

    QTest::newRow("everything") << QStringLiteral("postgresql://ana@db.example.org:6543/cases?sslmode=require")
                                << QStringLiteral("db.example.org") << 6543 << QStringLiteral("ana") << QString()
                                << QStringLiteral("cases") << QStringList { QStringLiteral("sslmode=require") }
                                << QStringLiteral("postgresql://ana@db.example.org:6543/cases?sslmode=require");
    QTest::newRow("defaults only") << QStringLiteral("postgresql://") << QString() << -1 << QString() << QString()
                                   << QString() << QStringList() << QStringLiteral("postgresql://");
    QTest::newRow("a password, never shown")
        << QStringLiteral("postgres://ana:s%40cret@host/cases") << QStringLiteral("host") << -1 << QStringLiteral("ana")
        << QStringLiteral("s@cret") << QStringLiteral("cases") << QStringList()
        << QStringLiteral("postgresql://ana@host/cases");
    QTest::newRow("a Unix socket's folder")
        << QStringLiteral("postgresql://postgres@%2Fvar%2Frun%2Fpostgresql:5433/team")
        << QStringLiteral("/var/run/postgresql") << 5433 << QStringLiteral("postgres") << QString()
        << QStringLiteral("team") << QStringList()
        << QStringLiteral("postgresql://postgres@%2Fvar%2Frun%2Fpostgresql:5433/team");
    QTest::newRow("the socket as a parameter")
        << QStringLiteral("postgresql:///team?host=/tmp/sock&port=5999&application_name=caseline")
        << QStringLiteral("/tmp/sock") << 5999 << QString() << QString() << QStringLiteral("team")
        << QStringList { QStringLiteral("application_name=caseline") }
        << QStringLiteral("postgresql://%2Ftmp%2Fsock:5999/team?application_name=caseline");
    QTest::newRow("IPv6") << QStringLiteral("postgresql://[::1]:5432/db") << QStringLiteral("::1") << 5432 << QString()
                          << QString() << QStringLiteral("db") << QStringList()
                          << QStringLiteral("postgresql://[::1]:5432/db");
    QTest::newRow("a database name with a space and an accent")
        << QStringLiteral("postgresql://h/cas%20%C3%A9t%C3%A9") << QStringLiteral("h") << -1 << QString() << QString()
        << QStringLiteral("cas été") << QStringList() << QStringLiteral("postgresql://h/cas%20%C3%A9t%C3%A9");
    QTest::newRow("several hosts, for libpq to try in turn")
        << QStringLiteral("postgresql://a:5432,b:5433/db") << QStringLiteral("a:5432,b:5433") << -1 << QString()
        << QString() << QStringLiteral("db") << QStringList() << QStringLiteral("postgresql://a:5432,b:5433/db");
}

void TestServerAddress::parse()
{
    QFETCH(QString, text);
    const ServerAddress address = ServerAddress::parse(text);
    QVERIFY2(address.isValid(), qPrintable(address.error()));
    QTEST(address.host(), "host");
    QTEST(address.port(), "port");
    QTEST(address.user(), "user");
    QTEST(address.password(), "password");
    QTEST(address.databaseName(), "database");
    QTEST(address.options(), "options");
    QTEST(address.display(), "display");
    // What is shown reads back as the same address, less its password.
    const ServerAddress again = ServerAddress::parse(address.display());
    QCOMPARE(again.host(), address.host());
    QCOMPARE(again.port(), address.port());
    QCOMPARE(again.databaseName(), address.databaseName());
    QCOMPARE(again.password(), QString());
}

void TestServerAddress::parse_refusesWhatLibpqWouldNotRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("a file") << QStringLiteral("cases.sqlite")
                            << QStringLiteral("not a PostgreSQL address: it must begin with postgresql://");
    QTest::newRow("a port that is not a number")
        << QStringLiteral("postgresql://host:pg/db") << QStringLiteral("'pg' is not a port number (1 to 65535)");
    QTest::newRow("port 0") << QStringLiteral("postgresql://host:0/db")
                            << QStringLiteral("'0' is not a port number (1 to 65535)");
    QTest::newRow("bad percent-encoding")
        << QStringLiteral("postgresql://host/c%zz") << QStringLiteral("the database name is not valid percent-encoding");
    QTest::newRow("a parameter without a value")
        << QStringLiteral("postgresql://host/db?sslmode")
        << QStringLiteral("'sslmode' is not a parameter of the form name=value");
    QTest::newRow("a ';' Qt would split on")
        << QStringLiteral("postgresql://host/db?application_name=a%3Bb")
        << QStringLiteral("the parameter application_name may not contain ';'");
}

void TestServerAddress::parse_refusesWhatLibpqWouldNotRead()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const ServerAddress address = ServerAddress::parse(text);
    QVERIFY(!address.isValid());
    QCOMPARE(address.error(), error);
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
