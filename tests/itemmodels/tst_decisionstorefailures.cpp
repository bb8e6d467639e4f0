// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DecisionStore when a write cannot be made: a read-only file, a failed write or undo, another writer on the file.
#include "decisionstorefixture.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

using namespace DecisionStoreFixtures;

class TestDecisionStoreFailures : public DecisionStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { loadBundled(); }
    void init() { openStore(QStringLiteral("tst_decisionstorefailures")); }
    void cleanup() { closeStore(); }

    void readOnlyDatabase_refusesEveryChange();
    void failedFirstWrite_changesNothingAndPushesNothing();
    void failedUndo_reportsReloadsAndClearsHistory();
    void reload_rereadsAndClearsHistory();
    void edit_refusedAsConflictWhenAnotherWriterChangedTheDecision_data();
    void edit_refusedAsConflictWhenAnotherWriterChangedTheDecision();
    void undo_refusedAsConflictWhenAnotherWriterChangedTheDecision();
    void edit_ofAnOlderVersionThanTheModelNowHolds_refusedAsConflict();
    void reloadAfterChangesElsewhere_keepsTheUndoHistoryUnlessItsDecisionsChanged();
};

// Another caseline (or program) on the same file: a second connection that changes the decision's target.
// Makes every new decision row fail as a full disk would, on this connection (a file) or in the database (a server).
static QString refuseWrites(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    const QStringList statements = EmptySchema::onPostgres()
        ? QStringList { QStringLiteral("CREATE FUNCTION refuse_writes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                       "RAISE EXCEPTION 'the disk is full'; END $$"),
              QStringLiteral("CREATE TRIGGER refuse_writes BEFORE INSERT ON decisions FOR EACH ROW "
                             "EXECUTE FUNCTION refuse_writes()") }
        : QStringList { QStringLiteral("CREATE TEMP TRIGGER refuse_writes BEFORE INSERT ON decisions "
                                       "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END") };
    for (const QString &statement : statements) {
        if (!q.exec(statement))
            return q.lastError().text();
    }
    return {};
}

static QString changeTargetElsewhere(const QString &path, const QString &id, const QString &target)
{
    CaseDatabase other(QStringLiteral("tst_decisionstorefailures_other"));
    if (!other.open(path))
        return other.errorString();
    CaseRepository repository(other.connection());
    Decision d = *repository.decision(id);
    d.target = target;
    return repository.saveDecisions({ d }) ? QString() : repository.lastError();
}

void TestDecisionStoreFailures::readOnlyDatabase_refusesEveryChange()
{
    CaseDatabase bundledOnly(QStringLiteral("tst_decisionstore_readonly"));
    QVERIFY(bundledOnly.openBundledReadOnly());
    QVERIFY(bundledOnly.isReadOnly());
    CaseRepository repository(bundledOnly.connection());
    DecisionModel model;
    model.setDecisions(repository.decisions());
    DecisionStore store(&repository, &model);
    store.setReadOnly(bundledOnly.isReadOnly(), QStringLiteral("the file is locked"));
    QVERIFY(store.isReadOnly());
    const QList<Decision> before = byId(repository.decisions());

    Decision edited = *repository.decision(Ico);
    edited.status = QStringLiteral("paid");
    QString error;
    QVERIFY(!store.addDecision(newDecision(), &error));
    QCOMPARE(error, QStringLiteral("This database is read-only: changes cannot be saved (the file is locked)."));
    error.clear();
    QVERIFY(!store.updateDecision(edited, &error));
    QVERIFY(error.contains(QLatin1String("read-only")));
    error.clear();
    QVERIFY(!store.deleteDecision(Leaf, &error));
    QVERIFY(error.contains(QLatin1String("read-only")));
    error.clear();
    QVERIFY(!store.restoreBundled(Ico, &error));
    QVERIFY(error.contains(QLatin1String("read-only")));
    error.clear();
    QVERIFY(!store.restoreAllBundled(&error));
    QVERIFY(error.contains(QLatin1String("read-only")));
    COMPARE_DECISIONS(byId(repository.decisions()), before);
    COMPARE_DECISIONS(byId(model.allDecisions()), before);
    QCOMPARE(store.undoStack()->count(), 0);
}


void TestDecisionStoreFailures::failedFirstWrite_changesNothingAndPushesNothing()
{
    const QList<Decision> before = stored();
    const QString refused = refuseWrites(m_database->connection());
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    QString error;
    QVERIFY(!m_store->addDecision(newDecision(), &error));
    QVERIFY2(error.contains(QLatin1String("the disk is full")), qPrintable(error));
    COMPARE_DECISIONS(stored(), before);
    COMPARE_DECISIONS(modelled(), before);
    QCOMPARE(m_store->undoStack()->count(), 0);
}


void TestDecisionStoreFailures::failedUndo_reportsReloadsAndClearsHistory()
{
    QString error;
    QVERIFY2(m_store->deleteDecision(Leaf, &error), qPrintable(error));
    const QList<Decision> afterDelete = stored();
    const QString refused = refuseWrites(m_database->connection());
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    QSignalSpy failed(m_store, &DecisionStore::writeFailed);

    m_store->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("the disk is full")),
        qPrintable(failed.first().first().toString()));
    COMPARE_DECISIONS(stored(), afterDelete);
    COMPARE_DECISIONS(modelled(), afterDelete);
    QTRY_COMPARE(m_store->undoStack()->count(), 0);
}


void TestDecisionStoreFailures::reload_rereadsAndClearsHistory()
{
    QString error;
    QVERIFY2(m_store->addDecision(newDecision(), &error), qPrintable(error));
    QVERIFY(m_repository->deleteDecisions({ newDecision().id }));
    m_store->reload();
    QCOMPARE(m_store->undoStack()->count(), 0);
    COMPARE_DECISIONS(m_model->allDecisions(), m_repository->decisions());
}


void TestDecisionStoreFailures::edit_refusedAsConflictWhenAnotherWriterChangedTheDecision_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("edit") << QStringLiteral("edit");
    QTest::newRow("delete") << QStringLiteral("delete");
    QTest::newRow("restore bundled") << QStringLiteral("restore");
}


void TestDecisionStoreFailures::edit_refusedAsConflictWhenAnotherWriterChangedTheDecision()
{
    QFETCH(QString, action);
    // Nothing refers to it, so that it may be deleted.
    const QString id = Leaf;
    QString error;
    // One change of this store first, so that there is history to clear.
    Decision first = current(QStringLiteral("gb-ico-2022-fine"));
    first.summary = QStringLiteral("an earlier edit");
    QVERIFY2(m_store->updateDecision(first, &error), qPrintable(error));
    if (action == QLatin1String("restore")) {
        Decision edited = current(id);
        edited.summary = QStringLiteral("edited, to restore");
        QVERIFY2(m_store->updateDecision(edited, &error), qPrintable(error));
    }

    error = changeTargetElsewhere(m_database->path(), id, QStringLiteral("their target"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Decision> theirs = stored();

    bool ok = false;
    if (action == QLatin1String("edit")) {
        Decision mine = *m_model->decisionById(id);
        mine.summary = QStringLiteral("my summary");
        ok = m_store->updateDecision(mine, &error);
    } else if (action == QLatin1String("delete")) {
        ok = m_store->deleteDecision(id, &error);
    } else {
        ok = m_store->restoreBundled(id, &error);
    }
    QVERIFY(!ok);
    QVERIFY(m_store->wasConflict());
    QVERIFY2(error.contains(QLatin1String("changed by another caseline or another program")), qPrintable(error));
    QVERIFY2(error.contains(id), qPrintable(error));
    // Their change stands, and the window now shows it.
    QCOMPARE(stored(), theirs);
    QCOMPARE(current(id).target, QStringLiteral("their target"));
    QCOMPARE(modelled(), theirs);
    QCOMPARE(m_store->undoStack()->count(), 0);

    // Based on what it shows now, the same change goes through.
    if (action == QLatin1String("edit")) {
        Decision mine = *m_model->decisionById(id);
        mine.summary = QStringLiteral("my summary");
        QVERIFY2(m_store->updateDecision(mine, &error), qPrintable(error));
        QCOMPARE(current(id).target, QStringLiteral("their target"));
        QCOMPARE(current(id).summary, QStringLiteral("my summary"));
    }
}


void TestDecisionStoreFailures::undo_refusedAsConflictWhenAnotherWriterChangedTheDecision()
{
    const QString id = QStringLiteral("gb-ico-2022-fine");
    QString error;
    Decision mine = current(id);
    mine.summary = QStringLiteral("my summary");
    QVERIFY2(m_store->updateDecision(mine, &error), qPrintable(error));
    error = changeTargetElsewhere(m_database->path(), id, QStringLiteral("their target"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Decision> theirs = stored();
    QSignalSpy failed(m_store, &DecisionStore::writeFailed);

    // Undo would put back the copy from before "my summary", silently dropping their target.
    m_store->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("changed by another caseline or another program")), qPrintable(message));
    QVERIFY2(message.contains(id), qPrintable(message));
    QCOMPARE(stored(), theirs);
    QCOMPARE(modelled(), theirs);
    QTRY_COMPARE(m_store->undoStack()->count(), 0);
}

void TestDecisionStoreFailures::edit_ofAnOlderVersionThanTheModelNowHolds_refusedAsConflict()
{
    // The form was filled from this copy; while it was open, another writer saved the decision and the window read
    // the decisions again (a team database's live update). The model now holds their version.
    const QString id = Ico;
    Decision form = *m_model->wholeDecisionById(id);
    QString error = changeTargetElsewhere(m_database->path(), id, QStringLiteral("their target"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_store->reload();
    QCOMPARE(m_model->decisionById(id)->target, QStringLiteral("their target"));
    const QList<Decision> theirs = stored();

    // Saved over the model's version, the old target in the form would silently undo their change.
    form.summary = QStringLiteral("my summary");
    QVERIFY(!m_store->updateDecision(form, &error));
    QVERIFY(m_store->wasConflict());
    QVERIFY2(error.contains(id), qPrintable(error));
    QCOMPARE(stored(), theirs);
    QCOMPARE(modelled(), theirs);

    // A refusal for another reason is not a conflict.
    Decision invalid = *m_model->wholeDecisionById(id);
    invalid.country.clear();
    QVERIFY(!m_store->updateDecision(invalid, &error));
    QVERIFY(!m_store->wasConflict());
}

void TestDecisionStoreFailures::reloadAfterChangesElsewhere_keepsTheUndoHistoryUnlessItsDecisionsChanged()
{
    const Decision original = current(Ico);
    Decision mine = original;
    mine.summary = QStringLiteral("my summary");
    QString error;
    QVERIFY2(m_store->updateDecision(mine, &error), qPrintable(error));

    // Someone else changes another decision: the live update shows it, and Undo still undoes the user's edit.
    error = changeTargetElsewhere(m_database->path(), Leaf, QStringLiteral("their target"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_store->reloadAfterChangesElsewhere();
    QCOMPARE(m_model->decisionById(Leaf)->target, QStringLiteral("their target"));
    QCOMPARE(m_store->undoStack()->count(), 1);
    QSignalSpy failed(m_store, &DecisionStore::writeFailed);
    m_store->undoStack()->undo();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(current(Ico).summary, original.summary);
    QCOMPARE(current(Leaf).target, QStringLiteral("their target"));
    m_store->undoStack()->redo();
    QCOMPARE(current(Ico).summary, QStringLiteral("my summary"));

    // Someone else changes the decision the history would write: an undo would drop their change, so it goes.
    error = changeTargetElsewhere(m_database->path(), Ico, QStringLiteral("their ICO target"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_store->reloadAfterChangesElsewhere();
    QCOMPARE(m_store->undoStack()->count(), 0);
    QCOMPARE(m_model->decisionById(Ico)->target, QStringLiteral("their ICO target"));
    COMPARE_DECISIONS(modelled(), stored());
}

QTEST_GUILESS_MAIN(TestDecisionStoreFailures)
#include "tst_decisionstorefailures.moc"
