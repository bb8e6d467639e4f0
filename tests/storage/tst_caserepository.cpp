// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "casedatabase.h"
#include "caserepository.h"
#include "emptyschema.h"
#include "fixtures.h"

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>

class TestCaseRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saveDecisions_roundTripsEveryBundledDecision();
    void saveDecisions_keepsUserModifiedFlag();
    void decision_findsOneById();
    void saveDecisions_replacesChildRowsOfExistingId();
    void saveDecisions_twiceDoesNotDuplicateChildRows();
    void deleteDecisions_removesRecordsAndChildRows();
    void dbSizeClaims_roundTrip();
    void replaceDbSizeClaims_replacesAll();
    void meta_getAndSet();
    void failingWrite_rollsBackWholeBatch_data();
    void failingWrite_rollsBackWholeBatch();
    void lengthLimits_valuesAtTheLimitAreSaved();
    void saveDecisions_raisesTheRowVersion();
    void saveIfUnchanged_refusesStaleCopiesAndWritesNothing_data();
    void saveIfUnchanged_refusesStaleCopiesAndWritesNothing();
    void inWriteTransaction_holdsTheWriteLockBeforeReading();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }
    qint64 count(const QString &sql, const QString &id = QString()) const;
    qint64 childRows(const QString &id) const;

    BundledData m_bundled;
    QString m_connection;
    int m_run = 0;
};

void TestCaseRepository::initTestCase()
{
    m_bundled = Fixtures::bundled();
    QCOMPARE(m_bundled.decisions.size(), 43);
}

void TestCaseRepository::init()
{
    m_connection = QStringLiteral("tst_caserepository_%1").arg(++m_run);
    const QString problem = EmptySchema::open(m_connection);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCaseRepository::cleanup()
{
    EmptySchema::close(m_connection);
}

qint64 TestCaseRepository::count(const QString &sql, const QString &id) const
{
    QSqlQuery q(db());
    q.prepare(sql);
    if (!id.isNull())
        q.addBindValue(id);
    if (!q.exec() || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

qint64 TestCaseRepository::childRows(const QString &id) const
{
    qint64 total = 0;
    for (const char *table : { "decision_texts", "sources", "relations", "status_changes", "periodic_penalties" }) {
        total += count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE decision_id = ?").arg(QLatin1String(table)), id);
    }
    return total;
}

void TestCaseRepository::saveDecisions_roundTripsEveryBundledDecision()
{
    CaseRepository repository(db());
    QVERIFY2(repository.saveDecisions(m_bundled.decisions), qPrintable(repository.lastError()));

    const QList<Decision> stored = repository.decisions();
    QVERIFY2(repository.lastError().isEmpty(), qPrintable(repository.lastError()));
    QCOMPARE(stored.size(), m_bundled.decisions.size());
    QHash<QString, Decision> byId;
    for (const Decision &d : stored)
        byId.insert(d.id, d);
    for (const Decision &expected : std::as_const(m_bundled.decisions)) {
        QVERIFY2(byId.contains(expected.id), qPrintable(expected.id));
        QVERIFY2(byId.value(expected.id) == expected,
            qPrintable(expected.id + QLatin1String(" differs after the round trip")));
    }

    // Sorted by the date to plot, so every view starts from the chronology.
    for (qsizetype i = 1; i < stored.size(); ++i)
        QVERIFY(stored.at(i - 1).timelineDate() <= stored.at(i).timelineDate());
}

void TestCaseRepository::saveDecisions_keepsUserModifiedFlag()
{
    CaseRepository repository(db());
    Decision d = m_bundled.decisions.first();
    d.userModified = true;
    QVERIFY2(repository.saveDecisions({ d }), qPrintable(repository.lastError()));
    QVERIFY(repository.decision(d.id)->userModified);

    d.userModified = false;
    QVERIFY2(repository.saveDecisions({ d }), qPrintable(repository.lastError()));
    QVERIFY(!repository.decision(d.id)->userModified);
}

void TestCaseRepository::decision_findsOneById()
{
    CaseRepository repository(db());
    QVERIFY2(repository.saveDecisions(m_bundled.decisions), qPrintable(repository.lastError()));

    const std::optional<Decision> ico = repository.decision(QStringLiteral("gb-ico-2022-fine"));
    QVERIFY(ico);
    QCOMPARE(ico->amount, (std::optional<Money>(Money { 755280000, QStringLiteral("GBP") })));
    QVERIFY(!repository.decision(QStringLiteral("no-such-decision")));

    QStringList expectedIds;
    for (const Decision &d : std::as_const(m_bundled.decisions))
        expectedIds.append(d.id);
    expectedIds.sort();
    QCOMPARE(repository.decisionIds(), expectedIds);
}

void TestCaseRepository::saveDecisions_replacesChildRowsOfExistingId()
{
    CaseRepository repository(db());
    QVERIFY2(repository.saveDecisions(m_bundled.decisions), qPrintable(repository.lastError()));

    const QString id = QStringLiteral("fr-cnil-2022-fine");
    Decision changed = *repository.decision(id);
    QVERIFY(changed.sources.size() > 1);
    QVERIFY(!changed.periodicPenalty.isEmpty());
    changed.sources = { changed.sources.first() };
    changed.facts = { QStringLiteral("one fact only") };
    changed.orders.clear();
    changed.relatedTo = { QStringLiteral("fr-cnil-2021-formal-notice") };
    changed.statusChanges = { { QDate(2023, 1, 1), QStringLiteral("upheld"), true, {}, {} } };
    changed.periodicPenalty = {};
    changed.outcome = QStringLiteral("changed outcome");
    changed.amount = Money { 2100000000, QStringLiteral("EUR") };
    QVERIFY2(repository.saveDecisions({ changed }), qPrintable(repository.lastError()));

    QVERIFY(*repository.decision(id) == changed);
    QCOMPARE(repository.decisions().size(), 43);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sources WHERE decision_id = ?"), id), qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM periodic_penalties WHERE decision_id = ?"), id), qint64(0));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM decision_texts WHERE decision_id = ? AND kind = 'order'"), id),
        qint64(0));
}

void TestCaseRepository::saveDecisions_twiceDoesNotDuplicateChildRows()
{
    CaseRepository repository(db());
    QVERIFY2(repository.saveDecisions(m_bundled.decisions), qPrintable(repository.lastError()));
    QVERIFY2(repository.saveDecisions(m_bundled.decisions), qPrintable(repository.lastError()));

    qint64 sources = 0;
    for (const Decision &d : std::as_const(m_bundled.decisions))
        sources += d.sources.size();
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sources")), sources);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM decisions")), qint64(43));
    const QList<Decision> stored = repository.decisions();
    QCOMPARE(stored.size(), 43);
    for (const Decision &d : stored) {
        const auto original = std::find_if(
            m_bundled.decisions.cbegin(), m_bundled.decisions.cend(), [&](const Decision &b) { return b.id == d.id; });
        QVERIFY2(*original == d, qPrintable(d.id));
    }
}

void TestCaseRepository::deleteDecisions_removesRecordsAndChildRows()
{
    CaseRepository repository(db());
    QVERIFY2(repository.saveDecisions(m_bundled.decisions), qPrintable(repository.lastError()));
    const QStringList gone = { QStringLiteral("gb-ico-2022-fine"), QStringLiteral("nl-ap-2024-fine") };
    QVERIFY(childRows(gone.at(0)) > 0);

    QVERIFY2(repository.deleteDecisions(gone + QStringList { QStringLiteral("no-such-decision") }),
        qPrintable(repository.lastError()));

    QCOMPARE(repository.decisions().size(), 41);
    for (const QString &id : gone) {
        QVERIFY(!repository.decision(id));
        QCOMPARE(childRows(id), qint64(0));
    }
    QVERIFY(repository.decision(QStringLiteral("fr-cnil-2022-fine")));
}

void TestCaseRepository::dbSizeClaims_roundTrip()
{
    CaseRepository repository(db());
    QCOMPARE(m_bundled.dbSizeClaims.size(), 23);
    QVERIFY2(repository.replaceDbSizeClaims(m_bundled.dbSizeClaims), qPrintable(repository.lastError()));

    const QList<DbSizeClaim> stored = repository.dbSizeClaims();
    QCOMPARE(stored.size(), 23);
    for (const DbSizeClaim &claim : std::as_const(m_bundled.dbSizeClaims))
        QVERIFY2(stored.count(claim) == 1, qPrintable(claim.dateText + QLatin1Char(' ') + claim.label));
    for (qsizetype i = 1; i < stored.size(); ++i)
        QVERIFY(stored.at(i - 1).date() <= stored.at(i).date());

    const auto month = std::find_if(
        stored.cbegin(), stored.cend(), [](const DbSizeClaim &c) { return c.dateText == QLatin1String("2022-03"); });
    QVERIFY(month != stored.cend());
    QCOMPARE(month->datePrecision, QStringLiteral("month"));
    QCOMPARE(month->images, qint64(20000000000));
    QCOMPARE(month->date(), QDate(2022, 3, 1));
}

void TestCaseRepository::replaceDbSizeClaims_replacesAll()
{
    CaseRepository repository(db());
    QVERIFY2(repository.replaceDbSizeClaims(m_bundled.dbSizeClaims), qPrintable(repository.lastError()));
    const QList<DbSizeClaim> two = m_bundled.dbSizeClaims.mid(0, 2);
    QVERIFY2(repository.replaceDbSizeClaims(two), qPrintable(repository.lastError()));

    QCOMPARE(repository.dbSizeClaims(), two);
    qint64 sources = 0;
    for (const DbSizeClaim &c : two)
        sources += c.sources.size();
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM db_size_sources")), sources);
}

void TestCaseRepository::meta_getAndSet()
{
    CaseRepository repository(db());
    QVERIFY(repository.meta(QStringLiteral("bundled_version")).isEmpty());
    QVERIFY(repository.setMeta(QStringLiteral("bundled_version"), QStringLiteral("abc")));
    QCOMPARE(repository.meta(QStringLiteral("bundled_version")), QStringLiteral("abc"));
    QVERIFY(repository.setMeta(QStringLiteral("bundled_version"), QStringLiteral("def")));
    QCOMPARE(repository.meta(QStringLiteral("bundled_version")), QStringLiteral("def"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM meta")), qint64(1));
    QVERIFY(repository.meta(QStringLiteral("clean_shutdown")).isEmpty());
}

void TestCaseRepository::failingWrite_rollsBackWholeBatch_data()
{
    QTest::addColumn<Decision>("bad");
    QTest::addColumn<QString>("errorMentions");

    Decision noDate = m_bundled.decisions.first();
    noDate.id = QStringLiteral("bad-no-date");
    noDate.decisionDate = QDate();
    noDate.announceDate = QDate();
    QTest::newRow("both dates null (CHECK)") << noDate << noDate.id;

    Decision badCountry = m_bundled.decisions.first();
    badCountry.id = QStringLiteral("bad-country");
    badCountry.country = QStringLiteral("FRA");
    QTest::newRow("three-letter country code (CHECK)") << badCountry << badCountry.country;

    // The schema's length limits, behind the validator and the editor: one character too many aborts the batch.
    const auto tooLong = [&](const char *name, int limit, const std::function<void(Decision &, const QString &)> &set) {
        Decision d = m_bundled.decisions.first();
        d.id = QStringLiteral("bad-%1").arg(QLatin1String(name));
        set(d, QString(limit + 1, QLatin1Char('x')));
        QTest::addRow("%s longer than %d characters (trigger)", name, limit)
            << d << QStringLiteral("longer than %1 characters").arg(limit);
    };
    tooLong("summary", 65536, [](Decision &d, const QString &v) { d.summary = v; });
    tooLong("outcome", 65536, [](Decision &d, const QString &v) { d.outcome = v; });
    tooLong("date_notes", 65536, [](Decision &d, const QString &v) { d.dateNotes = v; });
    tooLong("amount_notes", 65536, [](Decision &d, const QString &v) { d.amountNotes = v; });
    tooLong("legal_notes", 65536, [](Decision &d, const QString &v) { d.legalBasis.notes = v; });
    tooLong("fact", 65536, [](Decision &d, const QString &v) { d.facts = QStringList { v }; });
    tooLong("status change note", 65536, [](Decision &d, const QString &v) {
        d.statusChanges = { { QDate(2024, 1, 1), QStringLiteral("upheld"), true, {}, v } };
    });
    tooLong("source url", 2048, [](Decision &d, const QString &v) { d.sources = { { v, {}, {}, {}, {} } }; });
    tooLong("source title", 1000, [](Decision &d, const QString &v) { d.sources = { { {}, {}, v, {}, {} } }; });
    tooLong("source publisher", 1000, [](Decision &d, const QString &v) { d.sources = { { {}, {}, {}, v, {} } }; });
    tooLong("authority", 1000, [](Decision &d, const QString &v) { d.authority = v; });
    tooLong("target", 1000, [](Decision &d, const QString &v) { d.target = v; });
    tooLong("reference", 1000, [](Decision &d, const QString &v) { d.reference = v; });
    tooLong("jurisdiction_name", 1000, [](Decision &d, const QString &v) { d.jurisdictionName = v; });
}

void TestCaseRepository::failingWrite_rollsBackWholeBatch()
{
    QFETCH(Decision, bad);
    QFETCH(QString, errorMentions);

    CaseRepository repository(db());
    QVERIFY2(repository.saveDecisions(m_bundled.decisions), qPrintable(repository.lastError()));
    QVERIFY(repository.lastError().isEmpty());
    const QList<Decision> before = repository.decisions();

    // An update of an existing record and a new record, both valid, then the bad one: all or nothing.
    Decision updated = *repository.decision(QStringLiteral("fr-cnil-2022-fine"));
    updated.outcome = QStringLiteral("must not be saved");
    updated.sources.clear();
    Decision added = updated;
    added.id = QStringLiteral("new-valid-decision");

    QVERIFY(!repository.saveDecisions({ updated, added, bad }));
    QVERIFY2(repository.lastError().contains(errorMentions), qPrintable(repository.lastError()));

    QCOMPARE(repository.decisions(), before);
    QVERIFY(!repository.decision(added.id));
    QVERIFY(!repository.decision(bad.id));
    QCOMPARE(childRows(added.id), qint64(0));

    // The connection is usable afterwards: no transaction was left open.
    QVERIFY2(repository.saveDecisions({ added }), qPrintable(repository.lastError()));
    QCOMPARE(repository.decisions().size(), m_bundled.decisions.size() + 1);
}

void TestCaseRepository::lengthLimits_valuesAtTheLimitAreSaved()
{
    CaseRepository repository(db());
    Decision d = m_bundled.decisions.first();
    d.id = QStringLiteral("at-the-limits");
    d.summary = QString(65536, QLatin1Char('s'));
    d.facts = { QString(65536, QLatin1Char('f')) };
    d.target = QString(1000, QLatin1Char('t'));
    d.authority = QString(1000, QLatin1Char('a'));
    d.sources = { { QString(2048, QLatin1Char('u')), {}, QString(1000, QLatin1Char('T')),
        QString(1000, QLatin1Char('p')), {} } };
    QVERIFY2(repository.saveDecisions({ d }), qPrintable(repository.lastError()));
    QCOMPARE(*repository.decision(d.id), d);
}

void TestCaseRepository::saveDecisions_raisesTheRowVersion()
{
    CaseRepository repository(db());
    Decision d = m_bundled.decisions.first();
    QCOMPARE(d.rowVersion, 0);
    QVERIFY2(repository.saveDecisions({ d }), qPrintable(repository.lastError()));
    QCOMPARE(repository.decision(d.id)->rowVersion, 1);
    d.summary = QStringLiteral("second write");
    QVERIFY2(repository.saveDecisions({ d }), qPrintable(repository.lastError()));
    QCOMPARE(repository.decision(d.id)->rowVersion, 2);
    // Bookkeeping, not content: copies at different versions are still the same decision.
    Decision stored = *repository.decision(d.id);
    QCOMPARE(stored, d);

    QList<Decision> edit { stored };
    edit.first().summary = QStringLiteral("third write");
    QVERIFY2(repository.saveIfUnchanged(edit), qPrintable(repository.lastError()));
    QCOMPARE(edit.first().rowVersion, 3);
    QCOMPARE(repository.decision(d.id)->rowVersion, 3);
    QVERIFY(repository.conflictIds().isEmpty());
}

void TestCaseRepository::saveIfUnchanged_refusesStaleCopiesAndWritesNothing_data()
{
    QTest::addColumn<QString>("otherWriter");
    QTest::newRow("edited since it was read") << QStringLiteral("edit");
    QTest::newRow("deleted since it was read") << QStringLiteral("delete");
    QTest::newRow("added under the same id since") << QStringLiteral("add");
}

void TestCaseRepository::saveIfUnchanged_refusesStaleCopiesAndWritesNothing()
{
    QFETCH(QString, otherWriter);

    CaseRepository repository(db());
    QVERIFY2(repository.saveDecisions(m_bundled.decisions), qPrintable(repository.lastError()));
    const QString id = QStringLiteral("fr-cnil-2022-fine");
    Decision mine = *repository.decision(id);
    Decision added = mine;
    added.id = QStringLiteral("mine-new");
    added.rowVersion = 0;
    if (otherWriter == QLatin1String("add")) {
        // This writer read no such decision, so it means to add it; another writer added it meanwhile.
        mine = added;
        QVERIFY(repository.saveDecisions({ added }));
        added.id = QStringLiteral("mine-new-2");
    }

    // Another writer, after this copy was read.
    if (otherWriter == QLatin1String("edit")) {
        Decision theirs = mine;
        theirs.target = QStringLiteral("their target");
        QVERIFY(repository.saveDecisions({ theirs }));
    } else if (otherWriter == QLatin1String("delete")) {
        QVERIFY(repository.deleteDecisions({ id }));
    }
    const QList<Decision> before = repository.decisions();

    mine.summary = QStringLiteral("my summary");
    QList<Decision> save { mine, added };
    QVERIFY(!repository.saveIfUnchanged(save));
    QCOMPARE(repository.conflictIds(), QStringList { mine.id });
    QVERIFY2(repository.lastError().contains(mine.id), qPrintable(repository.lastError()));
    QVERIFY2(repository.lastError().contains(QLatin1String("changed by another caseline or another program")),
        qPrintable(repository.lastError()));
    // Nothing at all was written, not even the decision without a conflict.
    QCOMPARE(repository.decisions(), before);
    QVERIFY(!repository.decision(added.id));

    // Deleting a stale copy is refused the same way.
    if (otherWriter == QLatin1String("edit")) {
        QList<Decision> none;
        QVERIFY(!repository.saveIfUnchanged(none, { mine }));
        QCOMPARE(repository.conflictIds(), QStringList { mine.id });
        QVERIFY(repository.decision(id));
    }
}

void TestCaseRepository::inWriteTransaction_holdsTheWriteLockBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("two.sqlite"));
    bool otherCouldWrite = true;
    QString otherError;
    {
        QSqlDatabase first = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock_first"));
        first.setDatabaseName(path);
        QVERIFY(first.open());
        QSqlQuery setup(first);
        QVERIFY(setup.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(setup.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
        QSqlDatabase second = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock_second"));
        second.setDatabaseName(path);
        second.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(second.open());

        CaseRepository repository(first);
        const bool ok = repository.inWriteTransaction([&] {
            // Only a read so far: with a deferred BEGIN, another connection could still take the write lock here
            // and commit before this transaction writes what it read.
            repository.meta(QStringLiteral("anything"));
            QSqlQuery other(second);
            otherCouldWrite = other.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('other', 'writer')"));
            otherError = other.lastError().text();
            return repository.setMeta(QStringLiteral("mine"), QStringLiteral("1"));
        });
        QVERIFY2(ok, qPrintable(repository.lastError()));
        QCOMPARE(repository.meta(QStringLiteral("mine")), QStringLiteral("1"));
        first.close();
        second.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lock_first"));
    QSqlDatabase::removeDatabase(QStringLiteral("lock_second"));
    QVERIFY2(!otherCouldWrite, "another connection wrote inside the write transaction");
    QVERIFY2(otherError.contains(QLatin1String("locked")), qPrintable(otherError));
}

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
