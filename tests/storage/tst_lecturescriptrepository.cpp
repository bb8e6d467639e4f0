// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Lecture scripts in the database: save, load, rename and delete in one transaction each, conflicts on a stale
// row version, read-only databases, the migration from schema version 2, and the bundled example added once.
#include "casedatabase.h"
#include "caserepository.h"
#include "decisionjson.h"
#include "emptyschema.h"
#include "fixtures.h"
#include "lecturescriptjson.h"
#include "lecturescriptrepository.h"
#include "olderschemafile.h"
#include "temporarydatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <sys/stat.h>

namespace {

const QString Connection = QStringLiteral("tst_lecturescriptrepository");

LectureScript sample(const QString &name = QStringLiteral("Fines in Europe"))
{
    LectureScript s;
    s.name = name;
    s.description = QStringLiteral("Six fines");
    s.steps = { LectureScriptStep::titleCard(QStringLiteral("Fines"), QStringLiteral("2022 to 2024"),
                    QStringLiteral("open"), LectureFrame { QDate(2022, 1, 1), QDate(2024, 12, 31) }),
        LectureScriptStep::decision(QStringLiteral("it-garante-2022-fine"), QStringLiteral("first")),
        LectureScriptStep::decision(QStringLiteral("not-in-this-database"), QStringLiteral("kept")) };
    return s;
}

// The lecture tables, their index and triggers as SQLite stores them, white space folded: what a new file and a
// migrated file must share.
QStringList lectureSchema(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name LIKE 'lecture%' ORDER BY name"));
    QStringList out;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    while (q.next())
        out.append(q.value(0).toString().replace(space, QStringLiteral(" ")));
    return out;
}

QList<Decision> byId(QList<Decision> decisions)
{
    std::sort(decisions.begin(), decisions.end(), [](const Decision &a, const Decision &b) { return a.id < b.id; });
    return decisions;
}

} // namespace

class TestLectureScriptRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void save_newScript_readsBackExactly();
    void save_replacesTheWholeScriptAndRaisesItsVersion();
    void save_staleCopy_isAConflictAndWritesNothing();
    void save_newScriptWithATakenName_isAConflict();
    void save_refusesWhatTheChecksRefuse_data();
    void save_refusesWhatTheChecksRefuse();
    void save_failingHalfWay_leavesTheStoredScriptAsItWas();
    void schema_limitsHoldBehindTheChecks();
    void scripts_listsNamesAndStepCounts();
    void rename_movesTheScriptAndRaisesItsVersion();
    void rename_refusesTakenNamesAndStaleCopies();
    void remove_deletesTheStepsToo();
    void remove_staleCopy_isAConflict();
    void freeName_numbersTakenNames();
    void badImport_leavesTheDatabaseUnchanged();
    void readOnlyFile_refusesEveryWrite();
    void bundledFallback_hasTheExampleAndRefusesWrites();
    void newDatabase_hasTheExample();
    void example_isOfferedOnce_andNeverReplacesTheUsersScript();
    void migration_fromVersion2_keepsDecisionsAndAddsTheTables();

private:
    // The tests that open a CaseDatabase declare their repository after it and let the destructors close it: the
    // repository's connection handle must be gone first.
    QSqlDatabase db() const { return QSqlDatabase::database(Connection); }
};

void TestLectureScriptRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLectureScriptRepository::init()
{
    const QString error = EmptySchema::open(Connection);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use|duplicate connection name")));
}

void TestLectureScriptRepository::cleanup()
{
    EmptySchema::close(Connection);
}

void TestLectureScriptRepository::save_newScript_readsBackExactly()
{
    LectureScriptRepository repository(db());
    LectureScript script = sample();
    QVERIFY2(repository.save(script), qPrintable(repository.lastError()));
    QCOMPARE(script.rowVersion, qint64(1));
    const std::optional<LectureScript> read = repository.script(script.name);
    QVERIFY2(read, qPrintable(repository.lastError()));
    QCOMPARE(*read, script);
    QCOMPARE(read->rowVersion, qint64(1));
    QVERIFY(!repository.script(QStringLiteral("nothing")));
    QCOMPARE(repository.lastError(),
        QStringLiteral("reading the lecture script 'nothing': there is no lecture script "
                       "of that name"));
}

void TestLectureScriptRepository::save_replacesTheWholeScriptAndRaisesItsVersion()
{
    LectureScriptRepository repository(db());
    LectureScript script = sample();
    QVERIFY(repository.save(script));
    script.description = QStringLiteral("Shorter");
    script.steps.removeFirst();
    script.steps.append(LectureScriptStep::titleCard(QStringLiteral("End")));
    QVERIFY2(repository.save(script), qPrintable(repository.lastError()));
    QCOMPARE(script.rowVersion, qint64(2));
    QCOMPARE(*repository.script(script.name), script);
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM lecture_steps")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

void TestLectureScriptRepository::save_staleCopy_isAConflictAndWritesNothing()
{
    LectureScriptRepository repository(db());
    LectureScript mine = sample();
    QVERIFY(repository.save(mine));
    LectureScript theirs = mine;
    theirs.description = QStringLiteral("theirs");
    QVERIFY(repository.save(theirs));
    mine.description = QStringLiteral("mine");
    QVERIFY(!repository.save(mine));
    QVERIFY(repository.isConflict());
    QCOMPARE(repository.lastError(),
        QStringLiteral("saving the lecture script 'Fines in Europe': it was changed by another caseline or another "
                       "window since it was opened; your version was not saved"));
    QCOMPARE(mine.rowVersion, qint64(1));
    const LectureScript stored = *repository.script(mine.name);
    QCOMPARE(stored, theirs);
    QCOMPARE(stored.rowVersion, qint64(2));
    // Deleted meanwhile: a conflict too, not a silent re-creation.
    QVERIFY(repository.remove(theirs.name, 2));
    theirs.rowVersion = 2;
    QVERIFY(!repository.save(theirs));
    QVERIFY(repository.isConflict());
    QVERIFY(!repository.contains(theirs.name));
}

void TestLectureScriptRepository::save_newScriptWithATakenName_isAConflict()
{
    LectureScriptRepository repository(db());
    LectureScript first = sample();
    QVERIFY(repository.save(first));
    LectureScript second = sample();
    second.description = QStringLiteral("another");
    QVERIFY(!repository.save(second));
    QVERIFY(repository.isConflict());
    QCOMPARE(repository.lastError(),
        QStringLiteral("saving the lecture script 'Fines in Europe': another lecture "
                       "script already has this name; choose another"));
    QCOMPARE(repository.script(first.name)->description, first.description);
}

void TestLectureScriptRepository::save_refusesWhatTheChecksRefuse_data()
{
    QTest::addColumn<LectureScript>("script");
    QTest::addColumn<QString>("error");
    LectureScript blank = sample(QStringLiteral(" "));
    QTest::newRow("blank name") << blank
                                << QStringLiteral("saving the lecture script ' ': name: a lecture script needs a name");
    LectureScript backwards = sample();
    backwards.steps[0].frame = LectureFrame { QDate(2024, 1, 1), QDate(2023, 1, 1) };
    QTest::newRow("frame backwards") << backwards
                                     << QStringLiteral("saving the lecture script 'Fines in Europe': step 1: frame: "
                                                       "from 2024-01-01 is after to 2023-01-01: a frame runs forward "
                                                       "in time");
    LectureScript both = sample();
    both.steps[1].title = QStringLiteral("lost on save");
    both.steps[2].notes = QString(65537, QLatin1Char('n'));
    QTest::newRow("two problems") << both
                                  << QStringLiteral("saving the lecture script 'Fines in Europe': step 2: title: a "
                                                    "decision step has no title: make it a title step\nstep 3: notes: "
                                                    "65537 characters, longer than the 65536 this field may hold");
}

void TestLectureScriptRepository::save_refusesWhatTheChecksRefuse()
{
    QFETCH(LectureScript, script);
    QFETCH(QString, error);
    LectureScriptRepository repository(db());
    QVERIFY(!repository.save(script));
    QVERIFY(!repository.isConflict());
    QCOMPARE(repository.lastError(), error);
    QVERIFY(repository.scripts().isEmpty());
}

void TestLectureScriptRepository::save_failingHalfWay_leavesTheStoredScriptAsItWas()
{
    LectureScriptRepository repository(db());
    LectureScript script = sample();
    QVERIFY(repository.save(script));
    const LectureScript before = *repository.script(script.name);
    // A failure after the script row and some steps were written (a full disk, in real life).
    QSqlQuery q(db());
    if (EmptySchema::onPostgres()) {
        QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION fail_third() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                      "IF NEW.position = 2 THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$")));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER fail_third BEFORE INSERT ON lecture_steps FOR EACH ROW "
                                      "EXECUTE FUNCTION fail_third()")));
    } else {
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_third BEFORE INSERT ON lecture_steps WHEN NEW.position "
                                      "= 2 BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    }
    script.description = QStringLiteral("changed");
    script.steps.append(LectureScriptStep::titleCard(QStringLiteral("more")));
    QVERIFY(!repository.save(script));
    QVERIFY(!repository.isConflict());
    QVERIFY2(repository.lastError().startsWith(QLatin1String("saving step 3 of the lecture script 'Fines in Europe': ")),
        qPrintable(repository.lastError()));
    QVERIFY2(repository.lastError().contains(QLatin1String("disk full")), qPrintable(repository.lastError()));
    QCOMPARE(script.rowVersion, qint64(1));
    const LectureScript after = *repository.script(script.name);
    QCOMPARE(after, before);
    QCOMPARE(after.rowVersion, qint64(1));
    QVERIFY(q.exec(EmptySchema::onPostgres() ? QStringLiteral("DROP TRIGGER fail_third ON lecture_steps")
                                             : QStringLiteral("DROP TRIGGER fail_third")));
    QVERIFY2(repository.save(script), qPrintable(repository.lastError()));
}

void TestLectureScriptRepository::schema_limitsHoldBehindTheChecks()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO lecture_scripts (id, name, updated) VALUES (1, 'a', '')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO lecture_steps (script_id, position, kind, notes) VALUES (1, 0, 'title', %1)")
                        .arg(EmptySchema::onPostgres() ? QStringLiteral("repeat('n', 65537)")
                                                       : QStringLiteral("replace(hex(zeroblob(65537)), '00', 'n')"))));
    QVERIFY2(q.lastError().text().contains(QLatin1String("lecture_steps.notes longer than 65536 characters")),
        qPrintable(q.lastError().text()));
    // One kind per step, and a whole frame in order.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO lecture_steps (script_id, position, kind) VALUES (1, 0, 'decision')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO lecture_steps (script_id, position, kind, frame_from) "
                                   "VALUES (1, 0, 'title', '2022-01-01')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO lecture_steps (script_id, position, kind, frame_from, frame_to) "
                                   "VALUES (1, 0, 'title', '2023-01-01', '2022-01-01')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO lecture_scripts (name, updated) VALUES ('a', '')")));
}

void TestLectureScriptRepository::scripts_listsNamesAndStepCounts()
{
    LectureScriptRepository repository(db());
    LectureScript b = sample(QStringLiteral("B"));
    LectureScript a = sample(QStringLiteral("A"));
    a.steps.removeLast();
    LectureScript empty = sample(QStringLiteral("C"));
    empty.steps.clear();
    QVERIFY(repository.save(b) && repository.save(a) && repository.save(empty));
    const QList<LectureScriptSummary> list = repository.scripts();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).name, QStringLiteral("A"));
    QCOMPARE(list.at(0).stepCount, 2);
    QCOMPARE(list.at(0).description, QStringLiteral("Six fines"));
    QCOMPARE(list.at(0).rowVersion, qint64(1));
    QVERIFY(list.at(0).updated.isValid());
    QCOMPARE(list.at(0).updated.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(list.at(0).updated.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(list.at(1).name, QStringLiteral("B"));
    QCOMPARE(list.at(1).stepCount, 3);
    QCOMPARE(list.at(2).stepCount, 0);
}

void TestLectureScriptRepository::rename_movesTheScriptAndRaisesItsVersion()
{
    LectureScriptRepository repository(db());
    LectureScript script = sample();
    QVERIFY(repository.save(script));
    qint64 version = 0;
    QVERIFY2(
        repository.rename(script.name, 1, QStringLiteral("Renamed"), &version), qPrintable(repository.lastError()));
    QCOMPARE(version, qint64(2));
    QVERIFY(!repository.contains(script.name));
    const LectureScript renamed = *repository.script(QStringLiteral("Renamed"));
    QCOMPARE(renamed.steps, script.steps);
    QCOMPARE(renamed.rowVersion, qint64(2));
    // The old copy is stale now.
    script.name = QStringLiteral("Renamed");
    QVERIFY(!repository.save(script));
    QVERIFY(repository.isConflict());
}

void TestLectureScriptRepository::rename_refusesTakenNamesAndStaleCopies()
{
    LectureScriptRepository repository(db());
    LectureScript a = sample(QStringLiteral("A"));
    LectureScript b = sample(QStringLiteral("B"));
    QVERIFY(repository.save(a) && repository.save(b));
    QVERIFY(!repository.rename(QStringLiteral("A"), 1, QStringLiteral("B")));
    QVERIFY(repository.isConflict());
    QCOMPARE(repository.lastError(),
        QStringLiteral("renaming the lecture script 'A': another lecture script is already named 'B'"));
    QVERIFY(!repository.rename(QStringLiteral("A"), 7, QStringLiteral("C")));
    QVERIFY(repository.isConflict());
    QVERIFY(!repository.rename(QStringLiteral("A"), 1, QString()));
    QVERIFY(!repository.isConflict());
    QCOMPARE(
        repository.lastError(), QStringLiteral("renaming the lecture script 'A': name: a lecture script needs a name"));
    QCOMPARE(repository.scripts().size(), 2);
    QCOMPARE(repository.script(QStringLiteral("A"))->rowVersion, qint64(1));
}

void TestLectureScriptRepository::remove_deletesTheStepsToo()
{
    LectureScriptRepository repository(db());
    LectureScript a = sample(QStringLiteral("A"));
    LectureScript b = sample(QStringLiteral("B"));
    QVERIFY(repository.save(a) && repository.save(b));
    QVERIFY2(repository.remove(QStringLiteral("A"), 1), qPrintable(repository.lastError()));
    QVERIFY(!repository.contains(QStringLiteral("A")));
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM lecture_steps")) && q.next());
    QCOMPARE(q.value(0).toInt(), int(b.steps.size()));
}

void TestLectureScriptRepository::remove_staleCopy_isAConflict()
{
    LectureScriptRepository repository(db());
    LectureScript a = sample();
    QVERIFY(repository.save(a));
    QVERIFY(repository.save(a)); // version 2 now
    QVERIFY(!repository.remove(a.name, 1));
    QVERIFY(repository.isConflict());
    QVERIFY(repository.contains(a.name));
}

void TestLectureScriptRepository::freeName_numbersTakenNames()
{
    LectureScriptRepository repository(db());
    QCOMPARE(repository.freeName(QStringLiteral("Talk")), QStringLiteral("Talk"));
    LectureScript one = sample(QStringLiteral("Talk"));
    LectureScript two = sample(QStringLiteral("Talk (2)"));
    QVERIFY(repository.save(one) && repository.save(two));
    QCOMPARE(repository.freeName(QStringLiteral("Talk")), QStringLiteral("Talk (3)"));
}

void TestLectureScriptRepository::badImport_leavesTheDatabaseUnchanged()
{
    LectureScriptRepository repository(db());
    LectureScript kept = sample();
    QVERIFY(repository.save(kept));
    // Refused by the reader: nothing to save.
    const LectureScriptImport bad = LectureScriptJson::read(
        "{\"caseline_lecture_script\": 1, \"name\": \"Fines in Europe\", \"steps\": [{\"title\": \"\"}]}", {});
    QVERIFY(!bad.isValid());
    // And what the reader would refuse is refused by the repository too, whoever hands it over.
    LectureScript forced = kept;
    forced.steps = { LectureScriptStep::titleCard(QString()) };
    QVERIFY(!repository.save(forced));
    const LectureScript stored = *repository.script(kept.name);
    QCOMPARE(stored, kept);
    QCOMPARE(stored.rowVersion, qint64(1));
    QCOMPARE(repository.scripts().size(), 1);
}

void TestLectureScriptRepository::readOnlyFile_refusesEveryWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("read-only.sqlite"));
    {
        CaseDatabase database(QStringLiteral("tst_lecturescriptrepository_create"));
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
    CaseDatabase database(QStringLiteral("tst_lecturescriptrepository_readonly"));
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QVERIFY(database.isReadOnly());
    LectureScriptRepository repository(database);
    QVERIFY(repository.isReadOnly());
    // Reading works: the example is there.
    const QList<LectureScriptSummary> list = repository.scripts();
    QCOMPARE(list.size(), 1);
    std::optional<LectureScript> example = repository.script(list.constFirst().name);
    QVERIFY(example);
    const QString refusal = QStringLiteral("this database is read-only: lecture scripts cannot be saved (%1)")
                                .arg(database.errorString());
    LectureScript script = sample();
    QVERIFY(!repository.save(script));
    QCOMPARE(repository.lastError(), QStringLiteral("saving the lecture script 'Fines in Europe': ") + refusal);
    example->description = QStringLiteral("changed");
    QVERIFY(!repository.save(*example));
    QVERIFY(!repository.rename(example->name, example->rowVersion, QStringLiteral("other")));
    QCOMPARE(repository.lastError(), QStringLiteral("renaming the lecture script '%1': ").arg(example->name) + refusal);
    QVERIFY(!repository.remove(example->name, example->rowVersion));
    QVERIFY(!repository.isConflict());
    QCOMPARE(repository.scripts(), list);
}

void TestLectureScriptRepository::bundledFallback_hasTheExampleAndRefusesWrites()
{
    CaseDatabase database(QStringLiteral("tst_lecturescriptrepository_bundled"));
    QVERIFY2(database.openBundledReadOnly(), qPrintable(database.errorString()));
    LectureScriptRepository repository(database);
    QCOMPARE(repository.scripts().size(), 1);
    LectureScript script = sample();
    QVERIFY(!repository.save(script));
    QVERIFY2(repository.lastError().contains(QLatin1String("this database is read-only")),
        qPrintable(repository.lastError()));
}

void TestLectureScriptRepository::newDatabase_hasTheExample()
{
    TemporaryDatabase temporary;
    QVERIFY2(temporary.isValid(), qPrintable(temporary.errorString()));
    LectureScriptRepository repository(temporary.database());
    QString error;
    const std::optional<LectureScript> example = LectureScriptJson::bundledExample(&error);
    QVERIFY2(example, qPrintable(error));
    const QList<LectureScriptSummary> list = repository.scripts();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().name, example->name);
    QCOMPARE(list.constFirst().stepCount, int(example->steps.size()));
    QCOMPARE(*repository.script(example->name), *example);
    QCOMPARE(temporary.repository().meta(QStringLiteral("lecture_example_offered")), example->name);
}

void TestLectureScriptRepository::example_isOfferedOnce_andNeverReplacesTheUsersScript()
{
    TemporaryDatabase temporary;
    QVERIFY2(temporary.isValid(), qPrintable(temporary.errorString()));
    QString error;
    const LectureScript example = *LectureScriptJson::bundledExample(&error);
    const QString path = temporary.path();
    {
        // The user edits the example, and the record that it was offered is lost (an older caseline's doing).
        LectureScriptRepository repository(temporary.database());
        LectureScript edited = *repository.script(example.name);
        edited.steps.removeLast();
        QVERIFY(repository.save(edited));
        QSqlQuery q(temporary.database().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'lecture_example_offered'")));
    }
    temporary.close();
    QVERIFY(temporary.database().open(path));
    {
        LectureScriptRepository repository(temporary.database());
        const LectureScript kept = *repository.script(example.name);
        QCOMPARE(kept.steps.size(), example.steps.size() - 1);
        QCOMPARE(kept.rowVersion, qint64(2));
        // Deleted by the user: not given back at the next start.
        QVERIFY(repository.remove(example.name, kept.rowVersion));
    }
    temporary.close();
    QVERIFY(temporary.database().open(path));
    QVERIFY(LectureScriptRepository(temporary.database()).scripts().isEmpty());
    temporary.close();
}

void TestLectureScriptRepository::migration_fromVersion2_keepsDecisionsAndAddsTheTables()
{
    if (EmptySchema::onPostgres())
        QSKIP("a file's migration: a team database is made at the current schema version");
    // A true schema-2 file: the released schema, holding the decisions of the previous release.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("version2.sqlite"));
    QString error;
    const QList<Decision> previous = previousBundledDecisions(QStringLiteral(CASELINE_TEST_DATA), &error);
    QVERIFY2(error.isEmpty() && previous.size() > 30, qPrintable(error));
    error = createOlderSchemaFile(path, QStringLiteral(CASELINE_TEST_DATA "/schema-version-2.sql"), 2, previous);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    CaseDatabase database(QStringLiteral("tst_lecturescriptrepository_migrated"));
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QVERIFY(!database.isReadOnly());
    {
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), CaseDatabase::SchemaVersion);
    }
    // Every decision as it was, and still at version 1.
    const QList<Decision> after = CaseRepository(database.connection()).decisions();
    QCOMPARE(byId(after), byId(previous));
    for (const Decision &d : after)
        QCOMPARE(d.rowVersion, qint64(1));
    // The lecture tables exactly as a new file has them, with the example in them.
    QCOMPARE(lectureSchema(database.connection()), lectureSchema(db()));
    QCOMPARE(lectureSchema(db()).size(), 7); // two tables, one index, four triggers
    LectureScriptRepository repository(database);
    QCOMPARE(repository.scripts().size(), 1);
    LectureScript script = sample();
    QVERIFY2(repository.save(script), qPrintable(repository.lastError()));
}

QTEST_GUILESS_MAIN(TestLectureScriptRepository)
#include "tst_lecturescriptrepository.moc"
