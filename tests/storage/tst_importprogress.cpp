// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The hooks the window's background import runs through: DecisionImporter tells how far the file has been read
// (ImportReader, ImportRun) and stops when told, writing nothing; applyConfirmed() writes only the plan the user
// confirmed.
#include "casedatabase.h"
#include "caserepository.h"
#include "decisionimporter.h"
#include "decisionindexreader.h"
#include "importrun.h"

#include "testfiles.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

using TestFiles::databaseContent;
using TestFiles::fileState;
using TestFiles::writeFile;

const QByteArray CsvHeader = "id,country,authority,decision_type,decision_date,summary\n";

QByteArray csvRows(int count, const QString &prefix)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += (prefix + QString::number(i) + QStringLiteral(",FR,CNIL,fine,2024-01-02,generated\n")).toUtf8();
    return out;
}

QByteArray jsonFile(int count, const QString &prefix)
{
    QByteArray out = "[\n";
    for (int i = 0; i < count; ++i) {
        out += (QStringLiteral("{\"id\": \"%1%2\", \"country\": \"FR\", \"authority\": \"CNIL\", \"decision_type\": "
                               "\"fine\", \"decision_date\": \"2024-01-02\", \"summary\": \"generated\"}")
                    .arg(prefix)
                    .arg(i))
                   .toUtf8();
        out += i + 1 < count ? ",\n" : "\n";
    }
    return out + "]\n";
}

struct Report
{
    qint64 done;
    qint64 total;
};

// Every decision as stored, row versions included (which Decision's == leaves out): equal before and after,
// nothing was written.
struct Stored
{
    QList<Decision> decisions;
    QList<qint64> versions;

    bool operator==(const Stored &o) const { return decisions == o.decisions && versions == o.versions; }
};

Stored stored(const QSqlDatabase &db)
{
    Stored out;
    out.decisions = DecisionIndexReader(db).decisions();
    for (const Decision &d : std::as_const(out.decisions))
        out.versions.append(d.rowVersion);
    return out;
}

} // namespace

class TestImportProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void progress_countsTheBytesReadToTheEnd_data();
    void progress_countsTheBytesReadToTheEnd();
    void stop_writesNothing_data();
    void stop_writesNothing();
    void applyConfirmed_writesTheConfirmedPlan();
    void applyConfirmed_refusesWhatChangedSince_data();
    void applyConfirmed_refusesWhatChangedSince();

private:
    // Adds ImportRun::ReadAllStoredUpTo + 10 decisions: beyond that the file is read twice.
    void makeLarge();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseDatabase> m_db;
};

void TestImportProgress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportProgress::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<CaseDatabase>(QStringLiteral("progress"));
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("db.sqlite"))), qPrintable(m_db->errorString()));
}

void TestImportProgress::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestImportProgress::makeLarge()
{
    const QString many = m_dir->filePath(QStringLiteral("many.csv"));
    QVERIFY(writeFile(many, CsvHeader + csvRows(int(ImportRun::ReadAllStoredUpTo) + 10, QStringLiteral("old-"))));
    CaseRepository repo(m_db->connection());
    QString error;
    QVERIFY2(DecisionImporter::planAndApply(many, repo, &error).canApply() && error.isEmpty(), qPrintable(error));
}

void TestImportProgress::progress_countsTheBytesReadToTheEnd_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("large");
    QTest::addColumn<bool>("write");
    QTest::addColumn<int>("readings");
    // Several chunks of the reader (1 MiB each), so that the progress moves between the start and the end.
    const QByteArray csv = CsvHeader + csvRows(60000, QStringLiteral("n-"));
    const QByteArray json = jsonFile(30000, QStringLiteral("n-"));
    QTest::newRow("CSV, preview") << QStringLiteral("f.csv") << csv << false << false << 1;
    QTest::newRow("JSON, preview") << QStringLiteral("f.json") << json << false << false << 1;
    QTest::newRow("JSON, planAndApply") << QStringLiteral("f.json") << json << false << true << 1;
    // A large database whose decisions the file names: the file is read twice, both readings counted.
    QTest::newRow("CSV naming stored decisions of a large database, preview")
        << QStringLiteral("f.csv") << QByteArray(CsvHeader + csvRows(20, QStringLiteral("old-")) + csv.mid(CsvHeader.size()))
        << true << false << 2;
    QTest::newRow("CSV naming stored decisions of a large database, planAndApply")
        << QStringLiteral("f.csv") << QByteArray(CsvHeader + csvRows(20, QStringLiteral("old-")) + csv.mid(CsvHeader.size()))
        << true << true << 2;
    // A large database whose decisions the file does not name: one reading, the second counted done at its end.
    QTest::newRow("CSV of new decisions, large database")
        << QStringLiteral("f.csv") << csv << true << false << 2;
}

void TestImportProgress::progress_countsTheBytesReadToTheEnd()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, large);
    QFETCH(bool, write);
    QFETCH(int, readings);
    if (large)
        makeLarge();
    const QString file = m_dir->filePath(name);
    QVERIFY(writeFile(file, bytes));
    QList<Report> reports;
    const ImportProgress progress = [&reports](qint64 done, qint64 total) {
        reports.append({ done, total });
        return true;
    };
    CaseRepository repo(m_db->connection());
    QString error;
    const ImportPlan plan = write ? DecisionImporter::planAndApply(file, repo, &error, false, progress)
                                  : DecisionImporter::preview(file, repo, false, progress);
    QVERIFY2(plan.canApply() && error.isEmpty(), qPrintable(error + plan.errors.join(QLatin1Char('\n'))));
    QVERIFY(!plan.stopped);

    const qint64 total = qint64(bytes.size()) * readings;
    QVERIFY2(reports.size() > 3, qPrintable(QString::number(reports.size())));
    for (qsizetype i = 0; i < reports.size(); ++i) {
        QCOMPARE(reports.at(i).total, total);
        QVERIFY(reports.at(i).done >= 0 && reports.at(i).done <= total);
        if (i > 0)
            QVERIFY2(reports.at(i).done >= reports.at(i - 1).done, qPrintable(QString::number(i)));
    }
    QCOMPARE(reports.constLast().done, total);
    // Between the start and the end: a bar that moves, not one that jumps from empty to full.
    const auto between = std::count_if(reports.cbegin(), reports.cend(),
        [total](const Report &r) { return r.done > 0 && r.done < total; });
    QVERIFY2(between >= 2, qPrintable(QString::number(between)));
}

void TestImportProgress::stop_writesNothing_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("stopAt");
    QTest::addColumn<bool>("large");
    for (const char *how : { "preview", "planAndApply", "applyConfirmed" }) {
        // The first report comes while the file's encoding is checked, before any decision is read.
        QTest::addRow("%s, before the decisions", how) << QString::fromLatin1(how) << 1 << false;
        QTest::addRow("%s, half-way", how) << QString::fromLatin1(how) << 6 << false;
        QTest::addRow("%s, in the second reading", how) << QString::fromLatin1(how) << 14 << true;
    }
}

void TestImportProgress::stop_writesNothing()
{
    QFETCH(QString, how);
    QFETCH(int, stopAt);
    QFETCH(bool, large);
    if (large)
        makeLarge();
    const QString file = m_dir->filePath(QStringLiteral("stop.csv"));
    // About 3 MB: three chunks a reading.
    QVERIFY(writeFile(file, CsvHeader + csvRows(20, QStringLiteral("old-")) + csvRows(60000, QStringLiteral("n-"))));
    CaseRepository repo(m_db->connection());
    const ImportPlan confirmed = DecisionImporter::preview(file, repo, true);
    QVERIFY(confirmed.canApply());
    const auto before = stored(m_db->connection());
    const QByteArray stateBefore = fileState(m_db->path());
    const QByteArray contentBefore = databaseContent(m_db->path());
    QVERIFY(!contentBefore.isEmpty());

    int reports = 0;
    qint64 stoppedAt = -1;
    const ImportProgress progress = [&](qint64 done, qint64) {
        if (++reports < stopAt)
            return true;
        if (stoppedAt < 0)
            stoppedAt = done;
        return false;
    };
    QString error;
    if (how == QLatin1String("preview")) {
        const ImportPlan plan = DecisionImporter::preview(file, repo, true, progress);
        QVERIFY(plan.stopped);
        QVERIFY(!plan.canApply());
        QVERIFY(plan.newIds.isEmpty());
    } else if (how == QLatin1String("planAndApply")) {
        const ImportPlan plan = DecisionImporter::planAndApply(file, repo, &error, true, progress);
        QVERIFY(plan.stopped);
        QVERIFY(!plan.canApply());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        QCOMPARE(DecisionImporter::applyConfirmed(confirmed, repo, &error, progress), DecisionImporter::Outcome::Stopped);
    }
    // Stopped where it was told, not at the end.
    QCOMPARE(reports, stopAt);
    const qint64 size = QFileInfo(file).size();
    if (stopAt == 1)
        QCOMPARE(stoppedAt, 0);
    else if (large)
        QVERIFY2(stoppedAt > size && stoppedAt < 2 * size, qPrintable(QString::number(stoppedAt)));
    else
        QVERIFY2(stoppedAt > 0 && stoppedAt < size, qPrintable(QString::number(stoppedAt)));
    QVERIFY(stored(m_db->connection()) == before);
    QCOMPARE(databaseContent(m_db->path()), contentBefore);
    // A preview does not write at all; a stopped write may have moved the log into the file (LargeWriteSettings).
    if (how == QLatin1String("preview"))
        QCOMPARE(fileState(m_db->path()), stateBefore);
}

void TestImportProgress::applyConfirmed_writesTheConfirmedPlan()
{
    CaseRepository repo(m_db->connection());
    const QString id = QStringLiteral("fr-cnil-2022-fine");
    const Decision decision = *repo.decision(id);
    const QString file = m_dir->filePath(QStringLiteral("confirmed.csv"));
    QVERIFY(writeFile(file,
        CsvHeader + csvRows(3, QStringLiteral("n-"))
            + (id + QStringLiteral(",FR,\"") + decision.authority + QStringLiteral("\",") + decision.decisionType
                + QLatin1Char(',') + decision.decisionDate.toString(Qt::ISODate) + QStringLiteral(",confirmed\n"))
                  .toUtf8()));
    const ImportPlan confirmed = DecisionImporter::preview(file, repo, true);
    QVERIFY(confirmed.canApply());
    QCOMPARE(confirmed.newCount, 3);
    QCOMPARE(confirmed.updatedCount, 1);
    QVERIFY(confirmed.toWrite.isEmpty());

    // Another decision changed meanwhile: not one the plan names, so the import still does what was confirmed.
    Decision other = *repo.decision(QStringLiteral("it-garante-2022-fine"));
    other.summary = QStringLiteral("changed by another window");
    QList<Decision> save { other };
    QVERIFY2(repo.saveIfUnchanged(save), qPrintable(repo.lastError()));

    QString error;
    QCOMPARE(DecisionImporter::applyConfirmed(confirmed, repo, &error), DecisionImporter::Outcome::Written);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(repo.decision(id)->summary, QStringLiteral("confirmed"));
    QVERIFY(repo.decision(QStringLiteral("n-2")));
    QCOMPARE(repo.decision(other.id)->summary, other.summary);
}

void TestImportProgress::applyConfirmed_refusesWhatChangedSince_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("a decision the file updates, changed in the database") << QStringLiteral("updated");
    QTest::newRow("a decision the file leaves unchanged, changed in the database") << QStringLiteral("unchanged");
    QTest::newRow("a new id of the file, added to the database") << QStringLiteral("added");
    QTest::newRow("the file, one decision more") << QStringLiteral("file");
    QTest::newRow("the file, now with a problem") << QStringLiteral("problem");
}

void TestImportProgress::applyConfirmed_refusesWhatChangedSince()
{
    QFETCH(QString, what);
    CaseRepository repo(m_db->connection());
    const QString id = QStringLiteral("fr-cnil-2022-fine");
    const Decision decision = *repo.decision(id);
    const QString same = QStringLiteral("it-garante-2022-fine");
    const Decision unchanged = *repo.decision(same);
    const auto csvOf = [](const Decision &d, const QString &summary) {
        return (d.id + QStringLiteral(",") + d.country + QStringLiteral(",\"") + d.authority + QStringLiteral("\",")
            + d.decisionType + QLatin1Char(',') + d.decisionDate.toString(Qt::ISODate) + QStringLiteral(",\"")
            + summary + QStringLiteral("\"\n"))
            .toUtf8();
    };
    const QByteArray bytes
        = CsvHeader + csvRows(3, QStringLiteral("n-")) + csvOf(decision, QStringLiteral("from the file")) + csvOf(unchanged, unchanged.summary);
    const QString file = m_dir->filePath(QStringLiteral("changed.csv"));
    QVERIFY(writeFile(file, bytes));
    const ImportPlan confirmed = DecisionImporter::preview(file, repo, true);
    QVERIFY2(confirmed.canApply(), qPrintable(confirmed.errors.join(QLatin1Char('\n'))));
    QCOMPARE(confirmed.unchangedCount, 1);

    if (what == QLatin1String("updated") || what == QLatin1String("unchanged")) {
        Decision changed = what == QLatin1String("updated") ? decision : unchanged;
        changed.summary = QStringLiteral("changed by another window");
        QList<Decision> save { changed };
        QVERIFY2(repo.saveIfUnchanged(save), qPrintable(repo.lastError()));
    } else if (what == QLatin1String("added")) {
        Decision added = decision;
        added.id = QStringLiteral("n-1");
        added.rowVersion = 0;
        QList<Decision> save { added };
        QVERIFY2(repo.saveIfUnchanged(save), qPrintable(repo.lastError()));
    } else if (what == QLatin1String("file")) {
        QVERIFY(writeFile(file, bytes + csvRows(1, QStringLiteral("extra-"))));
    } else {
        QVERIFY(writeFile(file, bytes + "bad,FR,CNIL,fine,2024-13-01,x\n"));
    }
    const auto before = stored(m_db->connection());

    QString error;
    QCOMPARE(DecisionImporter::applyConfirmed(confirmed, repo, &error), DecisionImporter::Outcome::Changed);
    QVERIFY2(error.startsWith(file + QStringLiteral(" or the database changed since you confirmed the import")),
        qPrintable(error));
    QVERIFY(stored(m_db->connection()) == before);
}

QTEST_GUILESS_MAIN(TestImportProgress)
#include "tst_importprogress.moc"
