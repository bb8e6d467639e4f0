// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "casedatabase.h"
#include "caserepository.h"
#include "decisionmodel.h"
#include "decisionstore.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <memory>

namespace {

const QString Ico = QStringLiteral("gb-ico-2022-fine");
// Named by no other decision, so it can be deleted.
const QString Leaf = QStringLiteral("it-garante-2022-fine");

Decision newDecision()
{
    Decision d;
    d.id = QStringLiteral("zz-dpa-2025-fine");
    d.country = QStringLiteral("NL");
    d.authority = QStringLiteral("Autoriteit Persoonsgegevens");
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = QDate(2025, 6, 1);
    d.amount = Money { 100000000, QStringLiteral("EUR") };
    d.amountEur = d.amount;
    d.relatedTo = QStringList { QStringLiteral("nl-ap-2024-fine") };
    d.sources
        = { Source { QStringLiteral("https://autoriteitpersoonsgegevens.nl/x"), QStringLiteral("fine"), {}, {}, {} } };
    return d;
}

QList<Decision> byId(QList<Decision> decisions)
{
    std::sort(decisions.begin(), decisions.end(), [](const Decision &a, const Decision &b) { return a.id < b.id; });
    return decisions;
}

// Decision::operator== leaves out the userModified flag on purpose; these tests compare it too.
QString differenceBetween(const QList<Decision> &actual, const QList<Decision> &expected)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1 decisions instead of %2").arg(actual.size()).arg(expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (actual.at(i) != expected.at(i) || actual.at(i).userModified != expected.at(i).userModified)
            return QStringLiteral("differs at %1: %2 instead of %3").arg(i).arg(actual.at(i).id, expected.at(i).id);
    }
    return {};
}

} // namespace

#define COMPARE_DECISIONS(actual, expected)                                                                            \
    do {                                                                                                               \
        const QString difference = differenceBetween(actual, expected);                                                \
        QVERIFY2(difference.isEmpty(), qPrintable(difference));                                                        \
    } while (false)

class TestDecisionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addDecision_writesMarksAndUndoesExactly();
    void addDecision_refusesInvalidDecisionWithTheFieldProblems();
    void updateDecision_keepsTheRowAndSelectionAndUndoesExactly();
    void updateDecision_withoutChangeAddsNoUndoStep();
    void updateDecision_changedEnglishTextTakesItsStaleFrenchAndUndoBringsItBack();
    void deleteDecision_removesAndUndoReturnsItToItsRow();
    void deleteDecision_refusedWhileOtherDecisionsReferToIt();
    void undoRedo_severalStepsRestoreEachState();
    void restoreBundled_returnsToTheCompiledInVersion();
    void restoreBundled_bringsBackADeletedDecision();
    void restoreBundled_refusesUnknownIdAndDoesNothingWhenUnchanged();
    void restoreAllBundled_restoresEveryBundledDecisionKeepsOwnAndUndoes();
    void readOnlyDatabase_refusesEveryChange();
    void failedFirstWrite_changesNothingAndPushesNothing();
    void failedUndo_reportsReloadsAndClearsHistory();
    void marker_showsOnChangedDecisionsOnly();
    void reload_rereadsAndClearsHistory();
    void edit_refusedAsConflictWhenAnotherWriterChangedTheDecision_data();
    void edit_refusedAsConflictWhenAnotherWriterChangedTheDecision();
    void undo_refusedAsConflictWhenAnotherWriterChangedTheDecision();

private:
    QList<Decision> stored() const { return byId(m_repository->decisions()); }
    QList<Decision> modelled() const { return byId(m_model->allDecisions()); }
    Decision current(const QString &id) const { return *m_repository->decision(id); }

    BundledData m_bundled;
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<CaseDatabase> m_database;
    std::unique_ptr<CaseRepository> m_repository;
    DecisionModel *m_model = nullptr;
    DecisionStore *m_store = nullptr;
};

void TestDecisionStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    m_bundled = BundledData::load(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDecisionStore::init()
{
    ++m_run;
    m_database = std::make_unique<CaseDatabase>(QStringLiteral("tst_decisionstore_%1").arg(m_run));
    QVERIFY2(m_database->open(m_dir.filePath(QStringLiteral("cases-%1.sqlite").arg(m_run))),
        qPrintable(m_database->errorString()));
    m_repository = std::make_unique<CaseRepository>(m_database->connection());
    m_model = new DecisionModel(this);
    // Attached before any data, so every insertion, change and removal is checked.
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
    m_model->setDisplayLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_model->setDecisions(m_repository->decisions());
    m_store = new DecisionStore(m_repository.get(), m_model, this);
}

void TestDecisionStore::cleanup()
{
    delete m_store;
    m_store = nullptr;
    delete m_model;
    m_model = nullptr;
    m_repository.reset();
    m_database.reset();
}

void TestDecisionStore::addDecision_writesMarksAndUndoesExactly()
{
    const QList<Decision> before = stored();
    const QList<Decision> modelBefore = m_model->allDecisions();
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    QString error;
    QVERIFY2(m_store->addDecision(newDecision(), &error), qPrintable(error));
    QVERIFY(current(newDecision().id) == newDecision());
    QVERIFY(current(newDecision().id).userModified);
    QCOMPARE(m_model->rowCount(), 44);
    QVERIFY(m_model->decisionById(newDecision().id)->userModified);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    COMPARE_DECISIONS(modelled(), stored());
    QCOMPARE(m_store->undoStack()->count(), 1);
    QCOMPARE(m_store->undoStack()->undoText(), QStringLiteral("Add zz-dpa-2025-fine"));

    m_store->undoStack()->undo();
    COMPARE_DECISIONS(stored(), before);
    COMPARE_DECISIONS(m_model->allDecisions(), modelBefore);

    m_store->undoStack()->redo();
    QVERIFY(m_repository->decision(newDecision().id).has_value());
    COMPARE_DECISIONS(modelled(), stored());
    QCOMPARE(reset.count(), 0);
}

void TestDecisionStore::addDecision_refusesInvalidDecisionWithTheFieldProblems()
{
    const QList<Decision> before = stored();
    Decision bad = newDecision();
    bad.country = QStringLiteral("XX");
    bad.relatedTo = QStringList { QStringLiteral("xx-nowhere") };
    QString error;
    QVERIFY(!m_store->addDecision(bad, &error));
    QVERIFY2(error.contains(QLatin1String("country: unknown country code 'XX'")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("related_to: unknown decision id(s) 'xx-nowhere'")), qPrintable(error));
    COMPARE_DECISIONS(stored(), before);
    QCOMPARE(m_store->undoStack()->count(), 0);

    Decision taken = newDecision();
    taken.id = Ico;
    QVERIFY(!m_store->addDecision(taken, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    COMPARE_DECISIONS(stored(), before);
}

void TestDecisionStore::updateDecision_keepsTheRowAndSelectionAndUndoesExactly()
{
    const QList<Decision> before = stored();
    const QList<Decision> modelBefore = m_model->allDecisions();
    const int row = m_model->rowOf(Ico);
    QItemSelectionModel selection(m_model);
    selection.setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QPersistentModelIndex selected = m_model->index(row, DecisionModel::AmountColumn);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    Decision edited = current(Ico);
    edited.amount = Money { 1700000000, QStringLiteral("GBP") };
    edited.outcome = QStringLiteral("Edited by a test.");
    QString error;
    QVERIFY2(m_store->updateDecision(edited, &error), qPrintable(error));

    // Saved as edited, but for the French outcome, which translated the English outcome the edit replaced.
    QVERIFY(!edited.outcomeFr.isEmpty());
    Decision saved = edited;
    saved.outcomeFr.clear();
    QVERIFY(current(Ico) == saved);
    QCOMPARE(current(Ico).factsFr, edited.factsFr);
    QVERIFY(current(Ico).userModified);
    QCOMPARE(m_model->rowOf(Ico), row);
    QCOMPARE(selected.row(), row);
    QVERIFY(selection.isRowSelected(row, QModelIndex()));
    QCOMPARE(selection.currentIndex().row(), row);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), m_model->index(row, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), m_model->index(row, DecisionModel::NUM_COLUMNS - 1));
    QCOMPARE(reset.count(), 0);
    QVERIFY(selected.data().toString().contains(QLatin1String("17,000,000")));
    QCOMPARE(m_store->undoStack()->undoText(), QStringLiteral("Edit gb-ico-2022-fine"));

    m_store->undoStack()->undo();
    COMPARE_DECISIONS(stored(), before);
    COMPARE_DECISIONS(m_model->allDecisions(), modelBefore);
    QVERIFY(!current(Ico).userModified);
    QVERIFY(selection.isRowSelected(row, QModelIndex()));
    QCOMPARE(reset.count(), 0);
}

void TestDecisionStore::updateDecision_withoutChangeAddsNoUndoStep()
{
    QString error;
    QVERIFY2(m_store->updateDecision(current(Ico), &error), qPrintable(error));
    QCOMPARE(m_store->undoStack()->count(), 0);
    QVERIFY(!current(Ico).userModified);

    Decision unknown = newDecision();
    QVERIFY(!m_store->updateDecision(unknown, &error));
    QVERIFY2(error.contains(QLatin1String("no decision with the id")), qPrintable(error));
}

// The form edits the English texts only: a fact added to a translated decision saves, without the French facts that
// no longer match (a list of another length, which the checks refuse), and with every other French text.
void TestDecisionStore::updateDecision_changedEnglishTextTakesItsStaleFrenchAndUndoBringsItBack()
{
    const QString nl = QStringLiteral("nl-ap-2024-fine");
    const Decision before = current(nl);
    QVERIFY(!before.factsFr.isEmpty() && !before.ordersFr.isEmpty() && !before.outcomeFr.isEmpty());
    Decision edited = before;
    edited.facts.append(QStringLiteral("One more fact"));

    QString error;
    QVERIFY2(m_store->updateDecision(edited, &error), qPrintable(error));
    const Decision saved = current(nl);
    QCOMPARE(saved.facts, edited.facts);
    QVERIFY(saved.factsFr.isEmpty());
    QCOMPARE(saved.ordersFr, before.ordersFr);
    QCOMPARE(saved.outcomeFr, before.outcomeFr);
    QVERIFY(saved.userModified);
    QCOMPARE(m_model->wholeDecisionById(nl)->factsFr, QStringList());

    m_store->undoStack()->undo();
    QVERIFY(current(nl) == before);
    QCOMPARE(current(nl).factsFr, before.factsFr);
    QVERIFY(!current(nl).userModified);

    // A French list of another length that the edit wrote itself is refused, naming it.
    Decision wrong = before;
    wrong.factsFr.removeLast();
    QVERIFY(!m_store->updateDecision(wrong, &error));
    QVERIFY2(error.startsWith(QLatin1String("facts_fr: ")), qPrintable(error));
    QVERIFY(current(nl) == before);
}

void TestDecisionStore::deleteDecision_removesAndUndoReturnsItToItsRow()
{
    const QList<Decision> before = stored();
    const QList<Decision> modelBefore = m_model->allDecisions();
    const int row = m_model->rowOf(Leaf);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    QString error;
    QVERIFY2(m_store->deleteDecision(Leaf, &error), qPrintable(error));
    QVERIFY(!m_repository->decision(Leaf).has_value());
    QCOMPARE(m_model->rowOf(Leaf), -1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), row);
    COMPARE_DECISIONS(modelled(), stored());

    m_store->undoStack()->undo();
    COMPARE_DECISIONS(stored(), before);
    COMPARE_DECISIONS(m_model->allDecisions(), modelBefore);
    QCOMPARE(m_model->rowOf(Leaf), row);

    QVERIFY(!m_store->deleteDecision(QStringLiteral("xx-nowhere"), &error));
    QVERIFY2(error.contains(QLatin1String("no decision with the id 'xx-nowhere'")), qPrintable(error));
}

void TestDecisionStore::deleteDecision_refusedWhileOtherDecisionsReferToIt()
{
    const QList<Decision> before = stored();
    QString error;
    QVERIFY(!m_store->deleteDecision(Ico, &error));
    QVERIFY2(error.contains(QLatin1String("gb-ftt-2023-appeal")), qPrintable(error));
    COMPARE_DECISIONS(stored(), before);
    QCOMPARE(m_store->undoStack()->count(), 0);
}

void TestDecisionStore::undoRedo_severalStepsRestoreEachState()
{
    QList<QList<Decision>> states { stored() };
    QList<QList<Decision>> modelStates { m_model->allDecisions() };
    QString error;
    QVERIFY2(m_store->addDecision(newDecision(), &error), qPrintable(error));
    states.append(stored());
    modelStates.append(m_model->allDecisions());
    Decision edited = current(newDecision().id);
    edited.summary = QStringLiteral("second step");
    QVERIFY2(m_store->updateDecision(edited, &error), qPrintable(error));
    states.append(stored());
    modelStates.append(m_model->allDecisions());
    QVERIFY2(m_store->deleteDecision(Leaf, &error), qPrintable(error));
    states.append(stored());
    modelStates.append(m_model->allDecisions());
    QVERIFY2(m_store->deleteDecision(newDecision().id, &error), qPrintable(error));
    states.append(stored());
    modelStates.append(m_model->allDecisions());
    QCOMPARE(m_store->undoStack()->count(), 4);

    for (int step = 3; step >= 0; --step) {
        m_store->undoStack()->undo();
        COMPARE_DECISIONS(stored(), states.at(step));
        COMPARE_DECISIONS(m_model->allDecisions(), modelStates.at(step));
    }
    for (int step = 1; step <= 4; ++step) {
        m_store->undoStack()->redo();
        COMPARE_DECISIONS(stored(), states.at(step));
        COMPARE_DECISIONS(modelled(), stored());
    }
}

void TestDecisionStore::restoreBundled_returnsToTheCompiledInVersion()
{
    const Decision original = current(Ico);
    Decision edited = original;
    edited.status = QStringLiteral("paid");
    QString error;
    QVERIFY2(m_store->updateDecision(edited, &error), qPrintable(error));
    QVERIFY(m_store->hasBundledVersion(Ico));

    QVERIFY2(m_store->restoreBundled(Ico, &error), qPrintable(error));
    QVERIFY(current(Ico) == original);
    QVERIFY(!current(Ico).userModified);
    QVERIFY(!m_model->decisionById(Ico)->userModified);
    QCOMPARE(m_store->undoStack()->undoText(), QStringLiteral("Restore bundled gb-ico-2022-fine"));

    m_store->undoStack()->undo();
    QVERIFY(current(Ico) == edited);
    QVERIFY(current(Ico).userModified);
    COMPARE_DECISIONS(modelled(), stored());
}

void TestDecisionStore::restoreBundled_bringsBackADeletedDecision()
{
    const QList<Decision> before = stored();
    QString error;
    QVERIFY2(m_store->deleteDecision(Leaf, &error), qPrintable(error));
    QVERIFY2(m_store->restoreBundled(Leaf, &error), qPrintable(error));
    COMPARE_DECISIONS(stored(), before);
    COMPARE_DECISIONS(modelled(), before);
    m_store->undoStack()->undo();
    QVERIFY(!m_repository->decision(Leaf).has_value());
    QCOMPARE(m_model->rowOf(Leaf), -1);
}

void TestDecisionStore::restoreBundled_refusesUnknownIdAndDoesNothingWhenUnchanged()
{
    QString error;
    QVERIFY2(m_store->addDecision(newDecision(), &error), qPrintable(error));
    QVERIFY(!m_store->hasBundledVersion(newDecision().id));
    QVERIFY(!m_store->restoreBundled(newDecision().id, &error));
    QVERIFY2(error.contains(QLatin1String("not part of the bundled data")), qPrintable(error));

    QVERIFY2(m_store->restoreBundled(Ico, &error), qPrintable(error));
    QVERIFY2(m_store->restoreAllBundled(&error), qPrintable(error));
    QCOMPARE(m_store->undoStack()->count(), 1);
}

void TestDecisionStore::restoreAllBundled_restoresEveryBundledDecisionKeepsOwnAndUndoes()
{
    QString error;
    Decision ico = current(Ico);
    ico.reference = QStringLiteral("changed");
    QVERIFY2(m_store->updateDecision(ico, &error), qPrintable(error));
    Decision nl = current(QStringLiteral("nl-ap-2024-fine"));
    nl.facts.append(QStringLiteral("one more fact"));
    QVERIFY2(m_store->updateDecision(nl, &error), qPrintable(error));
    QVERIFY2(m_store->deleteDecision(Leaf, &error), qPrintable(error));
    QVERIFY2(m_store->addDecision(newDecision(), &error), qPrintable(error));
    const QList<Decision> before = stored();
    const QList<Decision> modelBefore = m_model->allDecisions();

    QVERIFY2(m_store->restoreAllBundled(&error), qPrintable(error));
    QList<Decision> expected = m_bundled.decisions;
    Decision own = newDecision();
    own.userModified = true;
    expected.append(own);
    COMPARE_DECISIONS(stored(), byId(expected));
    COMPARE_DECISIONS(modelled(), stored());
    QCOMPARE(m_store->undoStack()->undoText(), QStringLiteral("Restore all bundled data"));

    m_store->undoStack()->undo();
    COMPARE_DECISIONS(stored(), before);
    COMPARE_DECISIONS(m_model->allDecisions(), modelBefore);
}

void TestDecisionStore::readOnlyDatabase_refusesEveryChange()
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

void TestDecisionStore::failedFirstWrite_changesNothingAndPushesNothing()
{
    const QList<Decision> before = stored();
    QSqlQuery q(m_database->connection());
    QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_writes BEFORE INSERT ON decisions "
                                   "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")),
        qPrintable(q.lastError().text()));
    QString error;
    QVERIFY(!m_store->addDecision(newDecision(), &error));
    QVERIFY2(error.contains(QLatin1String("the disk is full")), qPrintable(error));
    COMPARE_DECISIONS(stored(), before);
    COMPARE_DECISIONS(modelled(), before);
    QCOMPARE(m_store->undoStack()->count(), 0);
}

void TestDecisionStore::failedUndo_reportsReloadsAndClearsHistory()
{
    QString error;
    QVERIFY2(m_store->deleteDecision(Leaf, &error), qPrintable(error));
    const QList<Decision> afterDelete = stored();
    QSqlQuery q(m_database->connection());
    QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_writes BEFORE INSERT ON decisions "
                                   "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")),
        qPrintable(q.lastError().text()));
    QSignalSpy failed(m_store, &DecisionStore::writeFailed);

    m_store->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("the disk is full")),
        qPrintable(failed.first().first().toString()));
    COMPARE_DECISIONS(stored(), afterDelete);
    COMPARE_DECISIONS(modelled(), afterDelete);
    QTRY_COMPARE(m_store->undoStack()->count(), 0);
}

void TestDecisionStore::marker_showsOnChangedDecisionsOnly()
{
    const int row = m_model->rowOf(Ico);
    const QModelIndex date = m_model->index(row, DecisionModel::DateColumn);
    QCOMPARE(date.data().toString(), QStringLiteral("18 May 2022"));
    QVERIFY(!date.data(Qt::FontRole).isValid());
    QVERIFY(!date.data(Qt::ToolTipRole).toString().contains(QLatin1String("Changed by you")));

    Decision edited = current(Ico);
    edited.status = QStringLiteral("paid");
    QString error;
    QVERIFY2(m_store->updateDecision(edited, &error), qPrintable(error));
    QCOMPARE(date.data().toString(), QString(QChar(0x270e)) + QStringLiteral(" 18 May 2022"));
    QVERIFY(date.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(date.data(Qt::ToolTipRole).toString().contains(QLatin1String(">Changed by you")));
    QCOMPARE(date.data(Qt::AccessibleTextRole).toString(), QStringLiteral("18 May 2022, changed by you"));
    QVERIFY(date.data(DecisionModel::UserModifiedRole).toBool());
    // The marker is for people: sorting still sees the plain date.
    QCOMPARE(date.data(DecisionModel::SortRole).toString(), QStringLiteral("2022-05-18"));
    const QModelIndex other = m_model->index(m_model->rowOf(Leaf), DecisionModel::DateColumn);
    QVERIFY(!other.data().toString().startsWith(QChar(0x270e)));

    m_store->undoStack()->undo();
    QCOMPARE(date.data().toString(), QStringLiteral("18 May 2022"));
    QVERIFY(!date.data(Qt::FontRole).isValid());
}

void TestDecisionStore::reload_rereadsAndClearsHistory()
{
    QString error;
    QVERIFY2(m_store->addDecision(newDecision(), &error), qPrintable(error));
    QVERIFY(m_repository->deleteDecisions({ newDecision().id }));
    m_store->reload();
    QCOMPARE(m_store->undoStack()->count(), 0);
    COMPARE_DECISIONS(m_model->allDecisions(), m_repository->decisions());
}

// Another caseline (or program) on the same file: a second connection that changes the decision's target.
static QString changeTargetElsewhere(const QString &path, const QString &id, const QString &target)
{
    CaseDatabase other(QStringLiteral("tst_decisionstore_other"));
    if (!other.open(path))
        return other.errorString();
    CaseRepository repository(other.connection());
    Decision d = *repository.decision(id);
    d.target = target;
    return repository.saveDecisions({ d }) ? QString() : repository.lastError();
}

void TestDecisionStore::edit_refusedAsConflictWhenAnotherWriterChangedTheDecision_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("edit") << QStringLiteral("edit");
    QTest::newRow("delete") << QStringLiteral("delete");
    QTest::newRow("restore bundled") << QStringLiteral("restore");
}

void TestDecisionStore::edit_refusedAsConflictWhenAnotherWriterChangedTheDecision()
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

void TestDecisionStore::undo_refusedAsConflictWhenAnotherWriterChangedTheDecision()
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

QTEST_GUILESS_MAIN(TestDecisionStore)
#include "tst_decisionstore.moc"
