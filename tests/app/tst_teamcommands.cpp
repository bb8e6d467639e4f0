// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "caselineprocess.h"
#include "caserepository.h"
#include "lecturescriptrepository.h"
#include "serveraddress.h"
#include "teamdatabase.h"
#include "temporarypostgres.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QDir>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <QTest>
#include <QUrl>
#include <memory>

// The command line on a team database, through the real executable and a PostgreSQL server of the test's own:
// `caseline team init`, then each command with --database postgresql://..., which must print what it prints for
// a new file of the bundled data.
class TestTeamCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void commands_printWhatTheyPrintForAFile_data();
    void commands_printWhatTheyPrintForAFile();
    void import_writesToTheServerAsToAFile();
    void init_again_isRefusedAndChangesNothing();
    void aDatabaseThatIsNotATeamDatabase_isRefused();
    void anUnreachableServer_isRefused();
    void push_copiesAFilesDecisionsAndLectures_dryRunFirst();
    void push_ofWhatIsNotAFile_isRefusedExactly_data();
    void push_ofWhatIsNotAFile_isRefusedExactly();
    void serverStoppedDuringAnImport_keepsTheDatabaseAsItWas();

private:
    CaselineProcess::Result run(const QStringList &arguments) const;
    QString fileDatabase() const { return m_dir.filePath(QStringLiteral("file.sqlite")); }

    std::unique_ptr<TemporaryPostgres> m_server;
    QTemporaryDir m_dir;
    QString m_team;
};

CaselineProcess::Result TestTeamCommands::run(const QStringList &arguments) const
{
    return CaselineProcess(m_dir.path()).run(arguments);
}

void TestTeamCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(CaselineProcess::executable()), qPrintable(CaselineProcess::executable()));
    m_server = std::make_unique<TemporaryPostgres>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    for (const char *database : { "team", "other" }) {
        const QString created = m_server->runSql(QStringLiteral("postgres"),
            QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(database)));
        QVERIFY2(created.isEmpty(), qPrintable(created));
    }
    m_team = m_server->uri(QStringLiteral("team"));
    const CaselineProcess::Result init = run({ QStringLiteral("team"), QStringLiteral("init"), m_team });
    QVERIFY2(init.exitCode == 0, init.err.constData());
    const QString shown = ServerAddress::parse(m_team).display();
    QCOMPARE(QString::fromUtf8(init.out),
        shown + QStringLiteral(" is now a caseline team database (schema version 5) with the 43 bundled decisions\n")
            + QStringLiteral("Open it with: caseline --database ") + shown + QLatin1Char('\n'));
}

void TestTeamCommands::cleanupTestCase()
{
    m_server.reset();
}

void TestTeamCommands::commands_printWhatTheyPrintForAFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("stats") << QStringList { QStringLiteral("stats") };
    QTest::newRow("stats of one country, announced dates")
        << QStringList { QStringLiteral("stats"), QStringLiteral("--country"), QStringLiteral("FR"),
               QStringLiteral("--date-basis"), QStringLiteral("announced") };
    QTest::newRow("list") << QStringList { QStringLiteral("list") };
    QTest::newRow("list as JSON, a search") << QStringList { QStringLiteral("list"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--search"), QStringLiteral("scraping") };
    QTest::newRow("list as CSV") << QStringList { QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv") };
    QTest::newRow("describe the timeline") << QStringList { QStringLiteral("describe"), QStringLiteral("timeline") };
    QTest::newRow("describe the cumulative fines")
        << QStringList { QStringLiteral("describe"), QStringLiteral("cumulative") };
}

void TestTeamCommands::commands_printWhatTheyPrintForAFile()
{
    QFETCH(QStringList, arguments);
    const CaselineProcess::Result file = run(arguments + QStringList { QStringLiteral("--database"), fileDatabase() });
    QVERIFY2(file.exitCode == 0, file.err.constData());
    const CaselineProcess::Result team = run(arguments + QStringList { QStringLiteral("--database"), m_team });
    QVERIFY2(team.exitCode == 0, team.err.constData());
    QVERIFY(file.out.size() > 100);
    QCOMPARE(team.out, file.out);
    QCOMPARE(team.err, file.err);
}

// An import of a JSON file of the database's own decisions under new ids, then `list` of them: the same on both.
void TestTeamCommands::import_writesToTheServerAsToAFile()
{
    const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
    const CaselineProcess::Result written = run({ QStringLiteral("export-data"), QStringLiteral("-o"), exported,
        QStringLiteral("--country"), QStringLiteral("IT"), QStringLiteral("--database"), m_team });
    QVERIFY2(written.exitCode == 0, written.err.constData());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    QVERIFY(json.contains("\"id\": \"it-"));
    json.replace("\"id\": \"it-", "\"id\": \"copy-it-");
    // Relations name the originals, which both databases have.
    const QString copies = m_dir.filePath(QStringLiteral("copies.json"));
    QFile out(copies);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    for (const QString &database : { fileDatabase(), m_team }) {
        const CaselineProcess::Result imported
            = run({ QStringLiteral("import"), copies, QStringLiteral("--database"), database });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.out.contains("Imported "), imported.out.constData());
    }
    const QStringList list = { QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--search"), QStringLiteral("copy-it") };
    const CaselineProcess::Result inFile = run(list + QStringList { QStringLiteral("--database"), fileDatabase() });
    const CaselineProcess::Result onServer = run(list + QStringList { QStringLiteral("--database"), m_team });
    QVERIFY2(onServer.exitCode == 0, onServer.err.constData());
    QVERIFY(inFile.out.contains("copy-it-"));
    QCOMPARE(onServer.out, inFile.out);
}

void TestTeamCommands::init_again_isRefusedAndChangesNothing()
{
    const CaselineProcess::Result before = run({ QStringLiteral("stats"), QStringLiteral("--database"), m_team });
    const CaselineProcess::Result again = run({ QStringLiteral("team"), QStringLiteral("init"), m_team });
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(QString::fromUtf8(again.err),
        QStringLiteral("caseline team: ") + ServerAddress::parse(m_team).display()
            + QStringLiteral(" is already a caseline team database: nothing was changed\n"));
    const CaselineProcess::Result after = run({ QStringLiteral("stats"), QStringLiteral("--database"), m_team });
    QCOMPARE(after.out, before.out);
}

void TestTeamCommands::aDatabaseThatIsNotATeamDatabase_isRefused()
{
    const QString other = m_server->uri(QStringLiteral("other"));
    const CaselineProcess::Result refused = run({ QStringLiteral("list"), QStringLiteral("--database"), other });
    QCOMPARE(refused.exitCode, 1);
    const QString shown = ServerAddress::parse(other).display();
    QCOMPARE(QString::fromUtf8(refused.err),
        QStringLiteral("caseline list: ") + shown
            + QStringLiteral(" is not a caseline team database: make it one with caseline team init ") + shown
            + QLatin1Char('\n'));
    QVERIFY(refused.out.isEmpty());
}

void TestTeamCommands::anUnreachableServer_isRefused()
{
    QTemporaryDir nowhere;
    const QString address = QStringLiteral("postgresql://postgres@")
        + QString::fromLatin1(QUrl::toPercentEncoding(nowhere.path())) + QStringLiteral("/team");
    const CaselineProcess::Result refused = run({ QStringLiteral("stats"), QStringLiteral("--database"), address });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith("caseline stats: cannot connect to postgresql://postgres@"), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
}

// A personal file with a decision of its own and two lectures (one the server has under the same name with other
// steps, one it has as it is): the dry run writes nothing; the push adds the decision and the new lecture under a
// free name; a second push finds everything there.
void TestTeamCommands::push_copiesAFilesDecisionsAndLectures_dryRunFirst()
{
    const QString personal = m_dir.filePath(QStringLiteral("personal.sqlite"));
    {
        CaseDatabase file(QStringLiteral("personal"));
        QVERIFY2(file.open(personal), qPrintable(file.errorString()));
        CaseRepository repository(file.connection());
        Decision mine = *repository.decision(QStringLiteral("fr-cnil-2022-fine"));
        mine.id = QStringLiteral("fr-my-own-2026");
        mine.rowVersion = 0;
        mine.relatedTo.clear();
        QVERIFY2(repository.saveDecisions({ mine }), qPrintable(repository.lastError()));
        LectureScriptRepository lectures(file.connection());
        const QList<LectureScriptSummary> bundled = lectures.scripts();
        QCOMPARE(bundled.size(), 1);
        LectureScript other = *lectures.script(bundled.constFirst().name);
        other.name = QStringLiteral("Week 3");
        other.rowVersion = 0;
        other.steps.removeLast();
        QVERIFY2(lectures.save(other), qPrintable(lectures.lastError()));
    }
    // The server has a "Week 3" of its own, with all the steps.
    {
        QString error;
        QVERIFY(TeamDatabase::connect(ServerAddress::parse(m_team), QStringLiteral("server week 3"), &error));
        LectureScriptRepository lectures(QSqlDatabase::database(QStringLiteral("server week 3")));
        LectureScript theirs = *lectures.script(lectures.scripts().constFirst().name);
        theirs.name = QStringLiteral("Week 3");
        theirs.rowVersion = 0;
        QVERIFY2(lectures.save(theirs), qPrintable(lectures.lastError()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server week 3"));

    const CaselineProcess::Result before = run({ QStringLiteral("list"), QStringLiteral("--database"), m_team });
    const CaselineProcess::Result dry
        = run({ QStringLiteral("team"), QStringLiteral("push"), personal, m_team, QStringLiteral("--dry-run") });
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    QVERIFY2(dry.out.contains(": 1 new, 0 updated,"), dry.out.constData());
    QVERIFY(dry.out.contains("Lecture script added: Week 3 (2)\n"));
    QVERIFY(dry.out.contains("Dry run: nothing was written.\n"));
    QCOMPARE(run({ QStringLiteral("list"), QStringLiteral("--database"), m_team }).out, before.out);

    const CaselineProcess::Result pushed = run({ QStringLiteral("team"), QStringLiteral("push"), personal, m_team });
    QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
    QVERIFY(pushed.out.contains("Lecture script added: Week 3 (2)\n"));
    QVERIFY2(pushed.out.contains(": 1 new, 0 updated,"), pushed.out.constData());
    QVERIFY2(pushed.out.endsWith(", with 1 lecture script added.\n"), pushed.out.constData());
    const CaselineProcess::Result listed = run({ QStringLiteral("list"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--search"), QStringLiteral("fr-my-own-2026"), QStringLiteral("--database"), m_team });
    QVERIFY(listed.out.contains("\"id\": \"fr-my-own-2026\""));

    const CaselineProcess::Result again = run({ QStringLiteral("team"), QStringLiteral("push"), personal, m_team });
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains(": 0 new, 0 updated,"), again.out.constData());
    QVERIFY2(again.out.contains("Lecture script already there: Week 3\n"), again.out.constData());
    QVERIFY(!again.out.contains("Lecture script added"));
    QVERIFY2(again.out.endsWith(", with 0 lecture scripts added.\n"), again.out.constData());
}

// The server stops (as a crash would) while an import of thousands of decisions is being written: the import fails
// and says so, and once the server is back the team database holds exactly what it held before.
void TestTeamCommands::push_ofWhatIsNotAFile_isRefusedExactly_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("said");
    QTest::newRow("missing") << QStringLiteral("missing") << QByteArray(": no such file\n");
    QTest::newRow("a FIFO") << QStringLiteral("fifo") << QByteArray(" is not a regular file: a personal database is an SQLite file\n");
    QTest::newRow("a folder") << QStringLiteral("folder") << QByteArray(" is not a regular file: a personal database is an SQLite file\n");
}

void TestTeamCommands::push_ofWhatIsNotAFile_isRefusedExactly()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, said);
    const QString path = m_dir.filePath(QStringLiteral("not-a-file-") + kind);
    if (kind == QLatin1String("fifo"))
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    else if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkpath(path));
    const CaselineProcess::Result refused = run({ QStringLiteral("team"), QStringLiteral("push"), path, m_team });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.endsWith(said), refused.err.constData());
    QVERIFY2(refused.err.contains(QFile::encodeName(path)), refused.err.constData());
}

void TestTeamCommands::serverStoppedDuringAnImport_keepsTheDatabaseAsItWas()
{
    const CaselineProcess::Result before = run({ QStringLiteral("list"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--database"), m_team });
    QVERIFY2(before.exitCode == 0, before.err.constData());
    // The database's own decisions, 200 copies of each under new ids: several seconds of writing.
    QJsonArray copies;
    const QJsonArray originals = QJsonDocument::fromJson(before.out).array();
    for (int copy = 0; copy < 200; ++copy) {
        for (const QJsonValue &value : originals) {
            QJsonObject decision = value.toObject();
            decision[QStringLiteral("id")] = QString(QStringLiteral("copy%1-").arg(copy) + decision[QStringLiteral("id")].toString());
            decision[QStringLiteral("related_to")] = QJsonArray();
            copies.append(decision);
        }
    }
    const QString file = m_dir.filePath(QStringLiteral("many.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(copies).toJson());
    out.close();

    QProcess import;
    import.setProcessEnvironment(CaselineProcess(m_dir.path()).environment());
    import.start(CaselineProcess::executable(), { QStringLiteral("import"), file, QStringLiteral("--database"), m_team });
    QVERIFY(import.waitForStarted());
    // Half a second in: the file is being read and written; the import of 8,000 and more decisions takes longer.
    QTest::qWait(500);
    QVERIFY2(import.state() == QProcess::Running, "the import ended before the server could be stopped: make it larger");
    QVERIFY(m_server->stopAbruptly());
    QVERIFY(import.waitForFinished(60000));
    QCOMPARE(import.exitCode(), 1);
    QVERIFY2(import.readAllStandardError().contains("caseline import:"), "the import did not say it failed");
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));

    const CaselineProcess::Result after = run({ QStringLiteral("list"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--database"), m_team });
    QVERIFY2(after.exitCode == 0, after.err.constData());
    QCOMPARE(after.out, before.out);
}

QTEST_GUILESS_MAIN(TestTeamCommands)
#include "tst_teamcommands.moc"
