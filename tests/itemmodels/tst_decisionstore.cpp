// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DecisionStore: the window's undoable edits, written through the repository and shown by the model.
#include "decisionstorefixture.h"

#include <QFont>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QUndoStack>

using namespace DecisionStoreFixtures;

class TestDecisionStore : public DecisionStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { loadBundled(); }
    void init() { openStore(QStringLiteral("tst_decisionstore")); }
    void cleanup() { closeStore(); }

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
    void marker_showsOnChangedDecisionsOnly();
};

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
    Decision wrong = current(nl); // the undo saved a new row version
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

QTEST_GUILESS_MAIN(TestDecisionStore)
#include "tst_decisionstore.moc"
