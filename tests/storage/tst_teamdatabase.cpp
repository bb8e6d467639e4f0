// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "caserepository.h"
#include "decisionjson.h"
#include "lecturescriptrepository.h"
#include "streamedquery.h"
#include "teamdatabase.h"
#include "temporarypostgres.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <QUrl>
#include <memory>
#include <optional>

// A team database on a PostgreSQL server of the test's own: made by caseline team init, read by the same
// repository as a file, holding the same decisions, columns and length limits.
class TestTeamDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init_makesTheSchemaAndTheBundledData();
    void init_again_changesNothing();
    void init_refusesAServerItCannotReach();
    void columns_areThoseOfANewFile();
    void lengthLimits_refuseAsTheFileDoes_data();
    void lengthLimits_refuseAsTheFileDoes();
    void twoEditorsOfOneDecision_theSecondIsRefusedAsAConflict();
    void aRoleThatMayOnlyRead_getsAReadOnlyDatabaseAndIsToldWhy();
    void history_keepsEveryWriteWithWhoAndWhen_andAnyVersionRestores();
    void aReadInsideAWrite_leavesTheWriteToItsTransaction();
    void aLargeRead_streamsInBatches_andSeesOneSnapshot();

private:
    QSqlDatabase connectTo(const QString &database, const QString &name);

    std::unique_ptr<TemporaryPostgres> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_file; // a new file, for what the team database must equal
};

QSqlDatabase TestTeamDatabase::connectTo(const QString &database, const QString &name)
{
    QString error;
    if (!TeamDatabase::connect(ServerAddress::parse(m_server->uri(database)), name, &error))
        qWarning("%s", qPrintable(error));
    return QSqlDatabase::database(name, false);
}

void TestTeamDatabase::aReadInsideAWrite_leavesTheWriteToItsTransaction()
{
    // A read on a server runs in a transaction of its own only when the connection is in none: inside a write it
    // must neither commit the write half-way nor end its transaction.
    CaseRepository repository(connectTo(QStringLiteral("team"), QStringLiteral("writer inside")));
    const QString id = QStringLiteral("gr-hdpa-2022-fine");
    const Decision before = *repository.decision(id);
    const bool written = repository.inWriteTransaction([&] {
        Decision changed = before;
        changed.summary = QStringLiteral("written, then rolled back");
        if (!repository.saveDecisions({ changed }))
            return false;
        // Read back inside the write: it sees the write, through the same transaction.
        const std::optional<Decision> seen = repository.decision(id);
        if (!seen || seen->summary != changed.summary)
            qWarning("the read inside the write did not see it");
        return false; // the write gives up: everything rolls back
    });
    QVERIFY(!written);
    CaseRepository other(connectTo(QStringLiteral("team"), QStringLiteral("reader outside")));
    QCOMPARE(other.decision(id)->summary, before.summary);
    QCOMPARE(repository.decision(id)->summary, before.summary);
}

void TestTeamDatabase::aLargeRead_streamsInBatches_andSeesOneSnapshot()
{
    // More decisions than one batch of the server-side cursor, read while another connection deletes some: the read
    // lists every decision it started with, each once, in order.
    QSqlDatabase db = connectTo(QStringLiteral("team"), QStringLiteral("large reader"));
    CaseRepository repository(db);
    // Copies of one decision made by the server itself (saving thousands one by one would take most of a minute).
    QSqlQuery columns(db);
    QVERIFY(columns.exec(QStringLiteral("SELECT string_agg(column_name, ', ') FROM information_schema.columns WHERE "
                                        "table_name = 'decisions' AND column_name NOT IN ('rowid', 'id')")));
    QVERIFY(columns.next());
    const QString others = columns.value(0).toString();
    const int copies = StreamedQuery::FetchSize * 2 + 17;
    QSqlQuery copy(db);
    QVERIFY2(copy.exec(QStringLiteral("INSERT INTO decisions (id, %1) SELECT 'zz-stream-' || lpad(g::text, 5, '0'), %1 "
                                      "FROM decisions, generate_series(0, %2) g WHERE id = 'gr-hdpa-2022-fine'")
                           .arg(others)
                           .arg(copies - 1)),
        qPrintable(copy.lastError().text()));
    const qint64 total = repository.decisionCount();
    CaseRepository other(connectTo(QStringLiteral("team"), QStringLiteral("deleter")));
    QStringList seen;
    bool deleted = false;
    QVERIFY(repository.forEachDecision(CaseRepository::ReadOrder::ById, CaseRepository::ReadScope::Everything,
        [&](const Decision &d) {
            seen.append(d.id);
            if (!deleted && seen.size() == 10) {
                deleted = other.deleteDecisions({ QStringLiteral("zz-stream-04000") });
            }
            return true;
        }));
    QVERIFY(deleted);
    QCOMPARE(qint64(seen.size()), total);
    QVERIFY(seen.contains(QStringLiteral("zz-stream-04000")));
    QStringList sorted = seen;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(seen, sorted);
    QCOMPARE(repository.decisionCount(), total - 1);
    QVERIFY(copy.exec(QStringLiteral("DELETE FROM decisions WHERE id LIKE 'zz-stream-%'")));
}

void TestTeamDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<TemporaryPostgres>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    const QString created = m_server->runSql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE team"));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QString done;
    QString error;
    QVERIFY2(TeamDatabase::init(m_server->uri(QStringLiteral("team")), &done, &error), qPrintable(error));
    QVERIFY2(done.contains(QLatin1String("is now a caseline team database")), qPrintable(done));
    m_file = std::make_unique<CaseDatabase>(QStringLiteral("file"));
    QVERIFY(m_file->open(m_dir.filePath(QStringLiteral("new.sqlite"))));
}

void TestTeamDatabase::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name != m_file->connectionName())
            QSqlDatabase::removeDatabase(name);
    }
    m_file.reset();
    m_server.reset();
}

void TestTeamDatabase::init_makesTheSchemaAndTheBundledData()
{
    const QSqlDatabase team = connectTo(QStringLiteral("team"), QStringLiteral("read"));
    QVERIFY(team.isOpen());
    QCOMPARE(TeamDatabase::checkSchema(team, QStringLiteral("team")), QString());
    const QList<Decision> onServer = CaseRepository(team).decisions();
    const QList<Decision> inFile = CaseRepository(m_file->connection()).decisions();
    QVERIFY(inFile.size() > 30);
    QCOMPARE(onServer.size(), inFile.size());
    // Compared line by line as their JSON, which shows the field that differs.
    for (qsizetype i = 0; i < inFile.size(); ++i) {
        QCOMPARE(QString::fromUtf8(DecisionJson::toDocument({ onServer.at(i) })).split(QLatin1Char('\n')),
            QString::fromUtf8(DecisionJson::toDocument({ inFile.at(i) })).split(QLatin1Char('\n')));
    }
    QCOMPARE(onServer, inFile);
    QCOMPARE(CaseRepository(team).meta(QStringLiteral("bundled_version")),
        CaseRepository(m_file->connection()).meta(QStringLiteral("bundled_version")));
    QCOMPARE(LectureScriptRepository(team).scripts().size(), LectureScriptRepository(m_file->connection()).scripts().size());
}

void TestTeamDatabase::init_again_changesNothing()
{
    QString done;
    QString error;
    QVERIFY(!TeamDatabase::init(m_server->uri(QStringLiteral("team")), &done, &error));
    QCOMPARE(error,
        ServerAddress::parse(m_server->uri(QStringLiteral("team"))).display()
            + QStringLiteral(" is already a caseline team database: nothing was changed"));
    const QSqlDatabase team = connectTo(QStringLiteral("team"), QStringLiteral("again"));
    QCOMPARE(CaseRepository(team).decisions().size(), CaseRepository(m_file->connection()).decisions().size());
}

void TestTeamDatabase::init_refusesAServerItCannotReach()
{
    QTemporaryDir nowhere;
    const QString address = QStringLiteral("postgresql://postgres@")
        + QString::fromLatin1(QUrl::toPercentEncoding(nowhere.path())) + QStringLiteral(":5432/team");
    QString done;
    QString error;
    QVERIFY(!TeamDatabase::init(address, &done, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot connect to ") + ServerAddress::parse(address).display()),
        qPrintable(error));
    QVERIFY(done.isEmpty());
}

// The columns of every table, as SQLite declares them in a new file and PostgreSQL in the team database (the rowid
// PostgreSQL lacks is a column there).
void TestTeamDatabase::columns_areThoseOfANewFile()
{
    const QSqlDatabase team = connectTo(QStringLiteral("team"), QStringLiteral("columns"));
    QSqlQuery server(team);
    QVERIFY(server.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                       "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position")));
    QStringList onServer;
    while (server.next()) {
        // The history is the team database's own.
        if (server.value(1).toString() != QLatin1String("rowid")
            && server.value(0).toString() != QLatin1String("decision_history"))
            onServer.append(server.value(0).toString() + QLatin1Char('.') + server.value(1).toString());
    }
    QSqlQuery file(m_file->connection());
    QVERIFY(file.exec(QStringLiteral("SELECT m.name, p.name FROM sqlite_schema m JOIN pragma_table_info(m.name) p "
                                     "WHERE m.type = 'table' ORDER BY m.name, p.cid")));
    QStringList inFile;
    while (file.next())
        inFile.append(file.value(0).toString() + QLatin1Char('.') + file.value(1).toString());
    QVERIFY(inFile.size() > 80);
    QCOMPARE(onServer, inFile);
}

void TestTeamDatabase::lengthLimits_refuseAsTheFileDoes_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("message");
    QTest::newRow("decisions.summary") << QStringLiteral("UPDATE decisions SET summary = ?") << 65537
                                       << QStringLiteral("decisions.summary longer than 65536 characters");
    QTest::newRow("sources.url") << QStringLiteral("UPDATE sources SET url = ?") << 2049
                                 << QStringLiteral("sources.url longer than 2048 characters");
    QTest::newRow("lecture_scripts.name") << QStringLiteral("UPDATE lecture_scripts SET name = ?") << 1001
                                          << QStringLiteral("lecture_scripts.name longer than 1000 characters");
}

void TestTeamDatabase::lengthLimits_refuseAsTheFileDoes()
{
    QFETCH(QString, statement);
    QFETCH(int, length);
    QFETCH(QString, message);
    const QSqlDatabase team = QSqlDatabase::contains(QStringLiteral("limits"))
        ? QSqlDatabase::database(QStringLiteral("limits"))
        : connectTo(QStringLiteral("team"), QStringLiteral("limits"));
    for (const QSqlDatabase &db : { m_file->connection(), team }) {
        QSqlQuery q(db);
        QVERIFY(q.prepare(statement));
        q.addBindValue(QString(length, QLatin1Char('x')));
        QVERIFY(!q.exec());
        QVERIFY2(q.lastError().text().contains(message), qPrintable(q.lastError().text()));
    }
}

// Two caselines read the same decision; the first saves its edit; the second, based on the version it read, is
// refused and told which decision, and the first one's edit stays.
void TestTeamDatabase::twoEditorsOfOneDecision_theSecondIsRefusedAsAConflict()
{
    CaseRepository first(connectTo(QStringLiteral("team"), QStringLiteral("first editor")));
    CaseRepository second(connectTo(QStringLiteral("team"), QStringLiteral("second editor")));
    const QString id = QStringLiteral("fr-cnil-2022-fine");
    std::optional<Decision> mine = first.decision(id);
    std::optional<Decision> theirs = second.decision(id);
    QVERIFY(mine && theirs);
    QCOMPARE(mine->rowVersion, theirs->rowVersion);
    mine->summary = QStringLiteral("the first editor's summary");
    theirs->summary = QStringLiteral("the second editor's summary");
    QList<Decision> firstSave { *mine };
    QVERIFY2(first.saveIfUnchanged(firstSave), qPrintable(first.lastError()));
    QCOMPARE(firstSave.constFirst().rowVersion, mine->rowVersion + 1);
    QList<Decision> secondSave { *theirs };
    QVERIFY(!second.saveIfUnchanged(secondSave));
    QCOMPARE(second.conflictIds(), QStringList { id });
    QCOMPARE(second.decision(id)->summary, QStringLiteral("the first editor's summary"));
}

void TestTeamDatabase::aRoleThatMayOnlyRead_getsAReadOnlyDatabaseAndIsToldWhy()
{
    const QString created = m_server->runSql(QStringLiteral("team"), QStringLiteral("CREATE ROLE student LOGIN"));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QString owner = m_server->uri(QStringLiteral("team"));
    const QString student = m_server->uri(QStringLiteral("team"), QStringLiteral("student"));
    QString done;
    QString error;
    QVERIFY2(TeamDatabase::grant(owner, QStringLiteral("student"), TeamDatabase::Rights::Read, &done, &error),
        qPrintable(error));
    {
        CaseDatabase reader(QStringLiteral("student"));
        QVERIFY2(reader.open(student), qPrintable(reader.errorString()));
        QVERIFY(reader.isServer());
        QVERIFY(reader.isReadOnly());
        QCOMPARE(reader.errorString(),
            ServerAddress::parse(student).display()
                + QStringLiteral(" is read-only for you: the role student may read this team database but not change "
                                 "it. Its owner can give you edit rights with caseline team grant ADDRESS student edit"));
        CaseRepository repository(reader.connection());
        const QList<Decision> decisions = repository.decisions();
        QVERIFY(decisions.size() > 30);
        Decision changed = decisions.constFirst();
        changed.summary = QStringLiteral("a student's change");
        QVERIFY(!repository.saveDecisions({ changed }));
        QVERIFY2(repository.lastError().contains(QLatin1String("permission denied")), qPrintable(repository.lastError()));
    }
    QVERIFY2(TeamDatabase::grant(owner, QStringLiteral("student"), TeamDatabase::Rights::Edit, &done, &error),
        qPrintable(error));
    CaseDatabase editor(QStringLiteral("student"));
    QVERIFY2(editor.open(student), qPrintable(editor.errorString()));
    QVERIFY(!editor.isReadOnly());
    QCOMPARE(editor.errorString(), QString());
    CaseRepository repository(editor.connection());
    Decision changed = repository.decisions().constFirst();
    changed.summary = QStringLiteral("a teaching assistant's change");
    QVERIFY2(repository.saveDecisions({ changed }), qPrintable(repository.lastError()));
    QCOMPARE(repository.decision(changed.id)->summary, changed.summary);
}

// Each write of a decision is kept with its version, its writer and its time, in the write's own transaction: the
// bundled data by the owner, an edit by another role, a deletion; the first version saved again brings it back.
void TestTeamDatabase::history_keepsEveryWriteWithWhoAndWhen_andAnyVersionRestores()
{
    QString done;
    QString error;
    const QString created = m_server->runSql(QStringLiteral("team"), QStringLiteral("CREATE ROLE assistant LOGIN"));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QVERIFY2(TeamDatabase::grant(m_server->uri(QStringLiteral("team")), QStringLiteral("assistant"),
                 TeamDatabase::Rights::Edit, &done, &error),
        qPrintable(error));
    CaseRepository owner(connectTo(QStringLiteral("team"), QStringLiteral("history owner")));
    CaseDatabase assistantDatabase(QStringLiteral("assistant"));
    QVERIFY2(assistantDatabase.open(m_server->uri(QStringLiteral("team"), QStringLiteral("assistant"))),
        qPrintable(assistantDatabase.errorString()));
    CaseRepository assistant(assistantDatabase.connection());

    const QString id = QStringLiteral("it-garante-2022-fine");
    const Decision original = *owner.decision(id);
    Decision edited = original;
    edited.summary = QStringLiteral("the assistant's summary");
    QList<Decision> save { edited };
    QVERIFY2(assistant.saveIfUnchanged(save), qPrintable(assistant.lastError()));
    QVERIFY2(assistant.deleteDecisions({ id }), qPrintable(assistant.lastError()));
    QVERIFY(!owner.decision(id));

    const QList<CaseRepository::HistoryEntry> history = owner.history(id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).change, QStringLiteral("saved"));
    QCOMPARE(history.at(0).changedBy, QStringLiteral("postgres")); // team init
    QCOMPARE(history.at(0).decision, original);
    QCOMPARE(history.at(1).change, QStringLiteral("saved"));
    QCOMPARE(history.at(1).changedBy, QStringLiteral("assistant"));
    QCOMPARE(history.at(1).rowVersion, original.rowVersion + 1);
    QCOMPARE(history.at(1).decision.summary, edited.summary);
    QCOMPARE(history.at(2).change, QStringLiteral("deleted"));
    QCOMPARE(history.at(2).changedBy, QStringLiteral("assistant"));
    QCOMPARE(history.at(2).decision.summary, edited.summary);
    for (const CaseRepository::HistoryEntry &entry : history) {
        QVERIFY(entry.changedAt.isValid());
        QVERIFY(qAbs(entry.changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    }

    // Restored: the first version, saved as new (the decision is gone), is the decision as it was.
    Decision restored = history.at(0).decision;
    restored.rowVersion = 0;
    QList<Decision> restore { restored };
    QVERIFY2(owner.saveIfUnchanged(restore), qPrintable(owner.lastError()));
    Decision back = *owner.decision(id);
    QCOMPARE(back.summary, original.summary);
    back.rowVersion = original.rowVersion;
    QCOMPARE(back, original);
    QCOMPARE(owner.history(id).size(), 4);
}

QTEST_GUILESS_MAIN(TestTeamDatabase)
#include "tst_teamdatabase.moc"
