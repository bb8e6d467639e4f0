// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "pendingedits.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The edits kept while a team database's server could not be reached: kept across runs, one per decision, each with
// the version it was made from, per team database; a damaged file is said so and left alone.
class TestPendingEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addReadRemove_roundTripsEachEditWithItsBaseVersion();
    void secondEditOfOneDecision_replacesTheFirstAndKeepsItsBase();
    void eachTeamDatabase_hasItsOwnFile();
    void damagedFile_isSaidSoAndLeftAlone_data();
    void damagedFile_isSaidSoAndLeftAlone();

private:
    static PendingEdits::Edit edit(const QString &summary, qint64 baseVersion)
    {
        PendingEdits::Edit e;
        e.base = Fixtures::ukFine();
        e.base.rowVersion = baseVersion;
        e.mine = e.base;
        e.mine.summary = summary;
        return e;
    }

    QTemporaryDir m_dir;
};

namespace {
const QString Address = QStringLiteral("postgresql://alice@db.example.org/team");
}

void TestPendingEdits::addReadRemove_roundTripsEachEditWithItsBaseVersion()
{
    PendingEdits pending(m_dir.filePath(QStringLiteral("a")), Address);
    QString error;
    QVERIFY(pending.read(&error).isEmpty());
    QVERIFY(error.isEmpty());
    QVERIFY2(pending.add(edit(QStringLiteral("<b>mine</b>\nsecond line"), 7), &error), qPrintable(error));
    PendingEdits::Edit other = edit(QStringLiteral("another"), 3);
    other.mine.id = other.base.id = QStringLiteral("fr-cnil-2022-fine");
    QVERIFY2(pending.add(other, &error), qPrintable(error));

    // A new object, as after a restart of caseline.
    const QList<PendingEdits::Edit> read = PendingEdits(m_dir.filePath(QStringLiteral("a")), Address).read(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).mine.summary, QStringLiteral("<b>mine</b>\nsecond line"));
    QCOMPARE(read.at(0).base.rowVersion, qint64(7));
    QCOMPARE(read.at(0).mine.rowVersion, qint64(7));
    QVERIFY(read.at(0).base == Fixtures::ukFine());
    QCOMPARE(read.at(1).mine.id, QStringLiteral("fr-cnil-2022-fine"));

    QVERIFY2(pending.remove(Fixtures::ukFine().id, &error), qPrintable(error));
    QCOMPARE(pending.read(&error).size(), 1);
    QVERIFY2(pending.remove(QStringLiteral("fr-cnil-2022-fine"), &error), qPrintable(error));
    // None left: no file left either.
    QVERIFY(!QFile::exists(pending.fileName()));
}

void TestPendingEdits::secondEditOfOneDecision_replacesTheFirstAndKeepsItsBase()
{
    PendingEdits pending(m_dir.filePath(QStringLiteral("b")), Address);
    QString error;
    QVERIFY(pending.add(edit(QStringLiteral("first"), 4), &error));
    // The second edit was made from the first (the window showed it): its base is what the server last showed.
    PendingEdits::Edit second = edit(QStringLiteral("second"), 4);
    second.base.summary = QStringLiteral("first");
    QVERIFY(pending.add(second, &error));
    const QList<PendingEdits::Edit> read = pending.read(&error);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.at(0).mine.summary, QStringLiteral("second"));
    QCOMPARE(read.at(0).base.summary, Fixtures::ukFine().summary);
}

void TestPendingEdits::eachTeamDatabase_hasItsOwnFile()
{
    const QString folder = m_dir.filePath(QStringLiteral("c"));
    PendingEdits team(folder, Address);
    PendingEdits course(folder, QStringLiteral("postgresql://alice@db.example.org/course"));
    QVERIFY(team.fileName() != course.fileName());
    QString error;
    QVERIFY(team.add(edit(QStringLiteral("x"), 1), &error));
    QCOMPARE(course.read(&error).size(), 0);
    QCOMPARE(team.read(&error).size(), 1);
}

void TestPendingEdits::damagedFile_isSaidSoAndLeftAlone_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not JSON") << QByteArray("{\"edits\": [");
    QTest::newRow("not an object") << QByteArray("[1, 2]");
    QTest::newRow("an invalid decision") << QByteArray("{\"edits\": [{\"base\": {}, \"mine\": {\"id\": 3}}]}");
}

void TestPendingEdits::damagedFile_isSaidSoAndLeftAlone()
{
    QFETCH(QByteArray, content);
    PendingEdits pending(m_dir.path(), QStringLiteral("postgresql://x/%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile file(pending.fileName());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QString error;
    QVERIFY(pending.read(&error).isEmpty());
    QVERIFY2(error.contains(pending.fileName()), qPrintable(error));
    // Neither adding nor removing writes over what cannot be read: the user's edits may be in it.
    error.clear();
    QVERIFY(!pending.add(edit(QStringLiteral("x"), 1), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!pending.remove(Fixtures::ukFine().id, &error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

QTEST_GUILESS_MAIN(TestPendingEdits)
#include "tst_pendingedits.moc"
