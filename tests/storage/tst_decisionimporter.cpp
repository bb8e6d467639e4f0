// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "caserepository.h"
#include "decisioncsv.h"
#include "decisionimporter.h"
#include "decisionjson.h"
#include "importvalidator.h"

#include "fixtures.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString CnilFine = QStringLiteral("fr-cnil-2022-fine");

using TestFiles::fileState;
using TestFiles::readFile;
using TestFiles::writeFile;

using Fixtures::trickyDecision;

} // namespace

class TestDecisionImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void plan_isDryRunAndListsChanges();
    void apply_addsNewAndUpdatesExistingDecisions();
    void apply_fileWithOneBadRowWritesNothing();
    void apply_sameFileAgainChangesNothing();
    void apply_acceptsRelationsToFileAndDatabase();
    void roundTrip_jsonExportImportExportIsByteIdentical();
    void roundTrip_csvExportImportExportIsByteIdentical();
    void export_neverInterpretsText();
    void plan_refusesUnreadableFiles_data();
    void plan_refusesUnreadableFiles();
    void exportTo_refusesBadTargets();
    void summary_listsNewUpdatedAndChangedFields();
    void apply_refusesAPlanWhoseDecisionChangedSinceThePreview_data();
    void apply_refusesAPlanWhoseDecisionChangedSinceThePreview();
    void planAndApply_mergesIntoTheLatestData();

private:
    std::unique_ptr<CaseDatabase> openDatabase(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_dbPath;
};

void TestDecisionImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::unique_ptr<CaseDatabase> TestDecisionImporter::openDatabase(const QString &name)
{
    auto db = std::make_unique<CaseDatabase>(name);
    if (!db->open(m_dir->filePath(name + QStringLiteral(".sqlite"))))
        qWarning() << db->errorString();
    return db;
}

void TestDecisionImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = openDatabase(QStringLiteral("main"));
    QVERIFY(m_db->isOpen());
    QVERIFY(m_db->wasCreated());
    m_dbPath = m_db->path();
}

void TestDecisionImporter::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestDecisionImporter::plan_isDryRunAndListsChanges()
{
    CaseRepository repo(m_db->connection());
    Decision changed = *repo.decision(CnilFine);
    changed.amount = Money { 2100000000, QStringLiteral("EUR") };
    Decision added = changed;
    added.id = QStringLiteral("fr-cnil-2026-fine");
    const QString file = m_dir->filePath(QStringLiteral("changes.csv"));
    QVERIFY(writeFile(file, DecisionCsv::toCsv({ added, changed })));
    const QByteArray before = fileState(m_dbPath);
    const QList<Decision> decisionsBefore = repo.decisions();

    const ImportPlan plan = DecisionImporter::plan(file, repo);

    QVERIFY2(plan.canApply(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
    QCOMPARE(plan.format, ImportBatch::Format::Csv);
    QCOMPARE(plan.newIds, QStringList { added.id });
    QCOMPARE(plan.updated.size(), 1);
    QCOMPARE(plan.updated.first().id, CnilFine);
    QCOMPARE(plan.updated.first().changes.size(), 1);
    QCOMPARE(plan.updated.first().changes.first().field, QStringLiteral("amount"));
    QCOMPARE(plan.updated.first().changes.first().before, QStringLiteral("20000000"));
    QCOMPARE(plan.updated.first().changes.first().after, QStringLiteral("21000000"));
    QVERIFY(plan.unchangedIds.isEmpty());
    QCOMPARE(plan.toWrite.size(), 2);
    QCOMPARE(fileState(m_dbPath), before);
    QCOMPARE(repo.decisions(), decisionsBefore);
}

void TestDecisionImporter::apply_addsNewAndUpdatesExistingDecisions()
{
    CaseRepository repo(m_db->connection());
    const Decision original = *repo.decision(CnilFine);
    const QString file = m_dir->filePath(QStringLiteral("update.csv"));
    QVERIFY(writeFile(file,
        "id,country,authority,decision_type,decision_date,amount,currency,summary\n"
        "fr-cnil-2022-fine,FR,CNIL,fine,2022-10-17,21000000,EUR,raised\n"
        "de-new-2026,DE,BfDI,order,2026-01-02,,,new one\n"));

    const ImportPlan plan = DecisionImporter::plan(file, repo);
    QString error;
    QVERIFY2(DecisionImporter::apply(plan, repo, &error), qPrintable(error));

    QCOMPARE(repo.decisionIds().size(), 44);
    const Decision updated = *repo.decision(CnilFine);
    QCOMPARE(updated.amount, std::optional<Money>(Money { 2100000000, QStringLiteral("EUR") }));
    QCOMPARE(updated.authority, QStringLiteral("CNIL"));
    QCOMPARE(updated.summary, QStringLiteral("raised"));
    // What the CSV does not carry is kept.
    QCOMPARE(updated.facts, original.facts);
    QCOMPARE(updated.sources, original.sources);
    QCOMPARE(updated.periodicPenalty, original.periodicPenalty);
    QCOMPARE(updated.announceDate, original.announceDate);
    QVERIFY(updated.userModified);
    const Decision added = *repo.decision(QStringLiteral("de-new-2026"));
    QCOMPARE(added.jurisdictionName, QStringLiteral("Germany"));
    QVERIFY(added.userModified);
    QVERIFY(!repo.decision(QStringLiteral("nl-ap-2024-fine"))->userModified);
}

void TestDecisionImporter::apply_fileWithOneBadRowWritesNothing()
{
    CaseRepository repo(m_db->connection());
    const QString file = m_dir->filePath(QStringLiteral("onebad.csv"));
    QVERIFY(writeFile(file,
        "id,country,authority,decision_type,decision_date,amount,currency\n"
        "g-1,FR,A,fine,2024-01-01,1,EUR\n"
        "g-2,FR,A,fine,2024-01-02,2,EUR\n"
        "fr-cnil-2022-fine,FR,CNIL,fine,2022-10-17,1,EUR\n"
        "g-3,FR,A,fine,2024-02-30,3,EUR\n"
        "g-4,FR,A,fine,2024-01-04,4,EUR\n"));
    const QByteArray before = fileState(m_dbPath);
    const QList<Decision> decisionsBefore = repo.decisions();

    const ImportPlan plan = DecisionImporter::plan(file, repo);
    QCOMPARE(plan.errors,
        QStringList { file + QStringLiteral(":5: decision_date: '2024-02-30' is not a date that exists") });
    QVERIFY(plan.toWrite.isEmpty());
    QString error;
    QVERIFY(!DecisionImporter::apply(plan, repo, &error));
    QCOMPARE(error, file + QStringLiteral(" has 1 problem(s); nothing was imported"));

    QCOMPARE(fileState(m_dbPath), before);
    QCOMPARE(repo.decisions(), decisionsBefore);
}

void TestDecisionImporter::apply_sameFileAgainChangesNothing()
{
    CaseRepository repo(m_db->connection());
    const QString file = m_dir->filePath(QStringLiteral("again.json"));
    QVERIFY(writeFile(file, DecisionJson::toDocument({ trickyDecision() })));
    QString error;
    QVERIFY2(DecisionImporter::apply(DecisionImporter::plan(file, repo), repo, &error), qPrintable(error));
    const QByteArray before = fileState(m_dbPath);

    const ImportPlan again = DecisionImporter::plan(file, repo);
    QVERIFY(again.canApply());
    QVERIFY(again.newIds.isEmpty());
    QVERIFY(again.updated.isEmpty());
    QCOMPARE(again.unchangedIds, QStringList { trickyDecision().id });
    QVERIFY(DecisionImporter::apply(again, repo, &error));
    QCOMPARE(fileState(m_dbPath), before);
}

void TestDecisionImporter::apply_acceptsRelationsToFileAndDatabase()
{
    CaseRepository repo(m_db->connection());
    const QString file = m_dir->filePath(QStringLiteral("related.csv"));
    QVERIFY(writeFile(file,
        "id,country,authority,decision_type,decision_date,related_to\n"
        "r-appeal,FR,Conseil d'Etat,appeal_ruling,2024-03-01,r-fine;fr-cnil-2022-fine\n"
        "r-fine,FR,CNIL,fine,2023-01-01,fr-cnil-2021-formal-notice\n"));
    const ImportPlan plan = DecisionImporter::plan(file, repo);
    QVERIFY2(plan.canApply(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
    QString error;
    QVERIFY(DecisionImporter::apply(plan, repo, &error));
    QCOMPARE(
        repo.decision(QStringLiteral("r-appeal"))->relatedTo, (QStringList { QStringLiteral("r-fine"), CnilFine }));
}

void TestDecisionImporter::roundTrip_jsonExportImportExportIsByteIdentical()
{
    CaseRepository repo(m_db->connection());
    const QString tricky = m_dir->filePath(QStringLiteral("tricky.json"));
    QVERIFY(writeFile(tricky, DecisionJson::toDocument({ trickyDecision() })));
    QString error;
    // As `caseline import` writes it.
    const ImportPlan imported = DecisionImporter::planAndApply(tricky, repo, &error);
    QVERIFY2(imported.canApply() && error.isEmpty(), qPrintable(error + imported.errors.join(QLatin1Char('\n'))));
    QCOMPARE(*repo.decision(trickyDecision().id), trickyDecision());
    QCOMPARE(TestFiles::foreignKeyProblems(m_db->connection()), QStringList());

    const QString first = m_dir->filePath(QStringLiteral("first.json"));
    QVERIFY(DecisionImporter::exportTo(first, repo.decisions()).ok());

    std::unique_ptr<CaseDatabase> fresh = openDatabase(QStringLiteral("fresh"));
    CaseRepository freshRepo(fresh->connection());
    QVERIFY(freshRepo.deleteDecisions(freshRepo.decisionIds()));
    const ImportPlan plan = DecisionImporter::planAndApply(first, freshRepo, &error);
    QVERIFY2(plan.canApply() && error.isEmpty(), qPrintable(error + plan.errors.join(QLatin1Char('\n'))));
    QCOMPARE(plan.newIds.size(), 44);
    QCOMPARE(TestFiles::foreignKeyProblems(fresh->connection()), QStringList());

    const QString second = m_dir->filePath(QStringLiteral("second.json"));
    QVERIFY(DecisionImporter::exportTo(second, freshRepo.decisions()).ok());
    QCOMPARE(readFile(second), readFile(first));
    QCOMPARE(freshRepo.decisions(), repo.decisions());
}

void TestDecisionImporter::roundTrip_csvExportImportExportIsByteIdentical()
{
    CaseRepository repo(m_db->connection());
    QString error;
    const QString tricky = m_dir->filePath(QStringLiteral("tricky.json"));
    QVERIFY(writeFile(tricky, DecisionJson::toDocument({ trickyDecision() })));
    QVERIFY(DecisionImporter::apply(DecisionImporter::plan(tricky, repo), repo, &error));
    const QString first = m_dir->filePath(QStringLiteral("first.csv"));
    QVERIFY(DecisionImporter::exportTo(first, repo.decisions()).ok());

    // Into a database that has the decisions: nothing changes, whatever CSV cannot carry is kept.
    const ImportPlan same = DecisionImporter::plan(first, repo);
    QVERIFY2(same.canApply(), qPrintable(same.errors.join(QLatin1Char('\n'))));
    QCOMPARE(same.newIds.size(), 0);
    // The one url with ';' is written %3B, the same address, and read back as the source it was.
    QCOMPARE(same.updated.size(), 0);
    QCOMPARE(same.unchangedIds.size(), 44);

    // Into an empty database: the CSV columns come back exactly.
    std::unique_ptr<CaseDatabase> fresh = openDatabase(QStringLiteral("fresh"));
    CaseRepository freshRepo(fresh->connection());
    QVERIFY(freshRepo.deleteDecisions(freshRepo.decisionIds()));
    const ImportPlan plan = DecisionImporter::plan(first, freshRepo);
    QVERIFY2(plan.canApply(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
    QCOMPARE(plan.newIds.size(), 44);
    QVERIFY(DecisionImporter::apply(plan, freshRepo, &error));
    const QString second = m_dir->filePath(QStringLiteral("second.csv"));
    QVERIFY(DecisionImporter::exportTo(second, freshRepo.decisions()).ok());
    QCOMPARE(readFile(second), readFile(first));
}

void TestDecisionImporter::export_neverInterpretsText()
{
    const QString json = m_dir->filePath(QStringLiteral("t.json"));
    const QString csv = m_dir->filePath(QStringLiteral("t.csv"));
    QVERIFY(DecisionImporter::exportTo(json, { trickyDecision() }).ok());
    QVERIFY(DecisionImporter::exportTo(csv, { trickyDecision() }).ok());
    const QByteArray jsonBytes = readFile(json);
    QVERIFY(jsonBytes.contains("escape \\u001b[31m"));
    QVERIFY(jsonBytes.contains("bell\\u0007"));
    QVERIFY(!jsonBytes.contains('\x1b'));
    QVERIFY(jsonBytes.contains("<script>alert('x')</script>"));
    const QByteArray csvBytes = readFile(csv);
    QVERIFY(csvBytes.contains(",\"'=HYPERLINK(\"\"https://evil.example\"\")\","));
    QVERIFY(csvBytes.contains(",'@summary,'-résumé\r\n"));
    QVERIFY(jsonBytes.contains("<script>alerte('x')</script>"));
    QVERIFY(jsonBytes.contains("\"=cesser\""));
    QVERIFY(csvBytes.contains("https://example.org/a%3Bb?c=d,e"));
}

void TestDecisionImporter::plan_refusesUnreadableFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");

    QTest::newRow("over the limit, refused before reading")
        << QStringLiteral("big.csv") << QStringLiteral("file: ") + ImportValidator::tooLargeMessage();
    QTest::newRow("missing file") << QStringLiteral("missing.csv") << QStringLiteral("file: no such file");
    QTest::newRow("folder") << QStringLiteral("folder.json") << QStringLiteral("file: is a folder, not a file");
}

void TestDecisionImporter::plan_refusesUnreadableFiles()
{
    QFETCH(QString, name);
    QFETCH(QString, message);

    const QString path = m_dir->filePath(name);
    if (name == QLatin1String("big.csv")) {
        QFile big(path);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(ImportValidator::MaxImportFileSize + 1)); // sparse: costs no disk and no time
    } else if (name == QLatin1String("folder.json")) {
        QVERIFY(QDir(m_dir->path()).mkdir(name));
    }
    CaseRepository repo(m_db->connection());
    const ImportPlan plan = DecisionImporter::plan(path, repo);
    QCOMPARE(plan.errors, QStringList { path + QStringLiteral(":1: ") + message });
    QVERIFY(!plan.canApply());
}

void TestDecisionImporter::exportTo_refusesBadTargets()
{
    const QString text = m_dir->filePath(QStringLiteral("out.txt"));
    const OutputFile::Result unknownFormat = DecisionImporter::exportTo(text, { trickyDecision() });
    QCOMPARE(unknownFormat.status, OutputFile::Status::Refused);
    QCOMPARE(unknownFormat.error, text + QStringLiteral(": choose a file name ending in .json or .csv"));
    QVERIFY(!QFile::exists(text));
    const QString nowhere = m_dir->filePath(QStringLiteral("no/such/folder/out.json"));
    const OutputFile::Result noFolder = DecisionImporter::exportTo(nowhere, { trickyDecision() });
    QCOMPARE(noFolder.status, OutputFile::Status::Failed);
    QVERIFY(noFolder.error.startsWith(QStringLiteral("cannot write ") + nowhere));
    QVERIFY(!QFile::exists(nowhere));
}

void TestDecisionImporter::summary_listsNewUpdatedAndChangedFields()
{
    CaseRepository repo(m_db->connection());
    const QString file = m_dir->filePath(QStringLiteral("s.csv"));
    QVERIFY(writeFile(file,
        "id,country,authority,decision_type,announce_date,reference\n"
        "fr-cnil-2022-fine,FR,CNIL,fine,2022-10-20,\n"
        "n-1,BE,APD,reprimand,2025-01-01,\x1b[31m\n"));
    const ImportPlan plan = DecisionImporter::plan(file, repo);
    const Decision cnil = *repo.decision(CnilFine);
    QCOMPARE(DecisionImporter::summary(plan),
        (QStringList { file + QStringLiteral(": 1 new, 1 updated, 0 unchanged"), QStringLiteral("  new      n-1"),
            QStringLiteral("  updated  fr-cnil-2022-fine"),
            QStringLiteral("           authority: ") + cnil.authority + QStringLiteral(" -> CNIL"),
            QStringLiteral("           reference: ") + cnil.reference + QStringLiteral(" -> (empty)") }));
}

// A CSV row that repeats what identifies DECISION and sets one more column: an update of that column only.
static QByteArray csvUpdate(const Decision &d, const QString &column, const QString &value)
{
    const auto quoted = [](const QString &text) -> QString {
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    };
    const QStringList header { QStringLiteral("id"), QStringLiteral("country"), QStringLiteral("authority"),
        QStringLiteral("decision_type"), QStringLiteral("decision_date"), QStringLiteral("announce_date"), column };
    const QStringList row { d.id, d.country, d.authority, d.decisionType, d.decisionDate.toString(Qt::ISODate),
        d.announceDate.toString(Qt::ISODate), value };
    QStringList cells;
    for (const QString &cell : row)
        cells.append(quoted(cell));
    return (header.join(QLatin1Char(',')) + QLatin1Char('\n') + cells.join(QLatin1Char(',')) + QLatin1Char('\n'))
        .toUtf8();
}

void TestDecisionImporter::apply_refusesAPlanWhoseDecisionChangedSinceThePreview_data()
{
    QTest::addColumn<QString>("otherWriter");
    QTest::newRow("another writer changed the decision") << QStringLiteral("edit");
    QTest::newRow("another writer deleted the decision") << QStringLiteral("delete");
}

void TestDecisionImporter::apply_refusesAPlanWhoseDecisionChangedSinceThePreview()
{
    QFETCH(QString, otherWriter);
    const QString id = QStringLiteral("at-dsb-2023-order");
    CaseRepository repo(m_db->connection());
    const Decision original = *repo.decision(id);
    const QString file = m_dir->filePath(QStringLiteral("summary.csv"));
    QVERIFY(
        writeFile(file, csvUpdate(original, QStringLiteral("summary"), QStringLiteral("the second writer's summary"))));
    // The GUI's way: the plan is shown first and applied later.
    const ImportPlan plan = DecisionImporter::plan(file, repo);
    QVERIFY(plan.canApply());
    QCOMPARE(plan.updated.size(), 1);

    // Meanwhile another caseline, on its own connection, writes the same decision.
    {
        CaseDatabase other(QStringLiteral("other-writer"));
        QVERIFY2(other.open(m_dbPath), qPrintable(other.errorString()));
        CaseRepository otherRepo(other.connection());
        if (otherWriter == QLatin1String("edit")) {
            Decision theirs = *otherRepo.decision(id);
            theirs.target = QStringLiteral("the first writer's target");
            QVERIFY(otherRepo.saveDecisions({ theirs }));
        } else {
            QVERIFY(otherRepo.deleteDecisions({ id }));
        }
    }
    const QList<Decision> before = repo.decisions();

    QString error;
    QVERIFY(!DecisionImporter::apply(plan, repo, &error));
    QCOMPARE(error,
        file + QStringLiteral(": these decisions changed since the preview, by another caseline or another program: ")
            + id + QStringLiteral(". Nothing was imported; import again to merge into the latest data."));
    QCOMPARE(repo.conflictIds(), QStringList { id });
    QCOMPARE(repo.decisions(), before);

    // Importing again merges into what is there now: both changes stand.
    const ImportPlan again = DecisionImporter::plan(file, repo);
    QVERIFY2(DecisionImporter::apply(again, repo, &error), qPrintable(error));
    if (otherWriter == QLatin1String("edit")) {
        QCOMPARE(repo.decision(id)->target, QStringLiteral("the first writer's target"));
        QCOMPARE(repo.decision(id)->summary, QStringLiteral("the second writer's summary"));
    } else {
        QCOMPARE(repo.decision(id)->summary, QStringLiteral("the second writer's summary"));
    }
}

void TestDecisionImporter::planAndApply_mergesIntoTheLatestData()
{
    const QString id = QStringLiteral("at-dsb-2023-order");
    CaseRepository repo(m_db->connection());
    const QString file = m_dir->filePath(QStringLiteral("summary.csv"));
    QVERIFY(writeFile(file, csvUpdate(*repo.decision(id), QStringLiteral("summary"), QStringLiteral("merged"))));
    {
        CaseDatabase other(QStringLiteral("other-writer"));
        QVERIFY2(other.open(m_dbPath), qPrintable(other.errorString()));
        CaseRepository otherRepo(other.connection());
        Decision theirs = *otherRepo.decision(id);
        theirs.target = QStringLiteral("their target");
        QVERIFY(otherRepo.saveDecisions({ theirs }));
    }
    QString error;
    const ImportPlan plan = DecisionImporter::planAndApply(file, repo, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(plan.canApply());
    QCOMPARE(plan.updated.size(), 1);
    QCOMPARE(repo.decision(id)->target, QStringLiteral("their target"));
    QCOMPARE(repo.decision(id)->summary, QStringLiteral("merged"));
    QVERIFY(repo.decision(id)->userModified);

    // A file with errors writes nothing and says so through the plan.
    const QString bad = m_dir->filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(bad, QByteArray("id,country\nx,ZZZ\n")));
    const QList<Decision> before = repo.decisions();
    const ImportPlan refused = DecisionImporter::planAndApply(bad, repo, &error);
    QVERIFY(!refused.canApply());
    QCOMPARE(repo.decisions(), before);
    QCOMPARE(TestFiles::foreignKeyProblems(m_db->connection()), QStringList());
}

QTEST_GUILESS_MAIN(TestDecisionImporter)
#include "tst_decisionimporter.moc"
