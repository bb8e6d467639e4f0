// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The script editor's model: rows and roles, every change undoable and redoable with the right row signals (checked
// by QAbstractItemModelTester), reordering through moveRows(), and saving through the repository.
#include "emptyschema.h"
#include "fixtures.h"
#include "lecturescriptmodel.h"
#include "lecturescriptrepository.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QUndoStack>
#include <memory>

namespace {

const QString Connection = QStringLiteral("tst_lecturescriptmodel");

// Steps named A, B, C, ... (title steps), so an order reads as a string.
LectureScript lettered(const QString &letters)
{
    LectureScript s;
    s.name = QStringLiteral("Letters");
    for (const QChar c : letters)
        s.steps.append(LectureScriptStep::titleCard(QString(c)));
    return s;
}

QString order(const LectureScriptModel &model)
{
    QString out;
    for (int row = 0; row < model.rowCount(); ++row)
        out += model.stepAt(row).isDecision() ? QStringLiteral("#") : model.stepAt(row).title;
    return out;
}

} // namespace

class TestLectureScriptModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void data_givesEveryRole();
    void setDecisions_labelsStepsAndMarksMissingOnes();
    void insert_undoRedo();
    void insert_refusesBadRowsAndEmptyIds();
    void remove_undoRestoresTheStepsWhereTheyWere();
    void moveRows_reordersUndoesAndRedoes_data();
    void moveRows_reordersUndoesAndRedoes();
    void moveRows_refusesMovesThatMoveNothing_data();
    void moveRows_refusesMovesThatMoveNothing();
    void moveStep_movesOneRowUpOrDown();
    void dropMimeData_movesTheDraggedStepsAsOneUndoStep_data();
    void dropMimeData_movesTheDraggedStepsAsOneUndoStep();
    void dropMimeData_refusesWhatItCannotMove_data();
    void dropMimeData_refusesWhatItCannotMove();
    void flags_dragStepsDropBetweenThem();
    void setStoredName_keepsTheEditsAndTheirHistory();
    void edits_typingMergesIntoOneUndoStep();
    void setData_editsThroughTheUndoStack();
    void setDescription_isUndoable();
    void isModified_comparesWithWhatWasSaved();
    void save_writesAndMarksClean();
    void save_conflictKeepsTheEdits();
    void save_readOnlyRefusesAndKeepsTheEdits();

private:
    std::unique_ptr<LectureScriptModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestLectureScriptModel::init()
{
    const QString error = EmptySchema::open(Connection);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_model = std::make_unique<LectureScriptModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLectureScriptModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    EmptySchema::close(Connection);
}

void TestLectureScriptModel::data_givesEveryRole()
{
    LectureScript s;
    s.name = QStringLiteral("Roles");
    s.steps = { LectureScriptStep::titleCard(QStringLiteral("Opening"), QStringLiteral("text"),
                    QStringLiteral("<b>n</b>"), LectureFrame { QDate(2020, 1, 1), QDate(2021, 1, 1) }),
        LectureScriptStep::decision(QStringLiteral("gb-ico-2022-fine"), QStringLiteral("notes")) };
    m_model->setScript(s);
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex title = m_model->index(0);
    const QModelIndex decision = m_model->index(1);
    QCOMPARE(title.data().toString(), QStringLiteral("Opening"));
    QCOMPARE(title.data(LectureScriptModel::KindRole).toInt(), int(LectureScriptStep::Kind::Title));
    QCOMPARE(title.data(LectureScriptModel::TextRole).toString(), QStringLiteral("text"));
    QCOMPARE(title.data(LectureScriptModel::FrameFromRole).toDate(), QDate(2020, 1, 1));
    QCOMPARE(title.data(LectureScriptModel::FrameToRole).toDate(), QDate(2021, 1, 1));
    // Notes are text, never markup.
    QVERIFY(title.data(Qt::ToolTipRole).toString().contains(QLatin1String("&lt;b&gt;n&lt;/b&gt;")));
    QCOMPARE(decision.data(LectureScriptModel::KindRole).toInt(), int(LectureScriptStep::Kind::Decision));
    QCOMPARE(decision.data(LectureScriptModel::DecisionIdRole).toString(), QStringLiteral("gb-ico-2022-fine"));
    QCOMPARE(decision.data(LectureScriptModel::NotesRole).toString(), QStringLiteral("notes"));
    QVERIFY(!decision.data(LectureScriptModel::FrameFromRole).toDate().isValid());
    QCOMPARE(decision.data(LectureScriptModel::StepRole).value<LectureScriptStep>(), s.steps.at(1));
    // Before setDecisions() nothing is known to be missing.
    QCOMPARE(decision.data(LectureScriptModel::DecisionMissingRole).toBool(), false);
    QVERIFY(m_model->flags(title).testFlag(Qt::ItemIsEditable));
    QVERIFY(!m_model->flags(decision).testFlag(Qt::ItemIsEditable));
    QVERIFY(m_model->roleNames().value(LectureScriptModel::NotesRole) == "notes");
}

void TestLectureScriptModel::setDecisions_labelsStepsAndMarksMissingOnes()
{
    LectureScript s;
    s.name = QStringLiteral("Labels");
    s.steps = { LectureScriptStep::decision(QStringLiteral("gb-ico-2022-fine")),
        LectureScriptStep::decision(QStringLiteral("zz-elsewhere")) };
    m_model->setScript(s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setDecisions(Fixtures::bundled().decisions);
    QCOMPARE(changed.count(), 1);
    const QString label = m_model->index(0).data().toString();
    QVERIFY2(label.contains(QLatin1String("2022")) && label.contains(QLatin1String("ICO")), qPrintable(label));
    QCOMPARE(m_model->index(0).data(LectureScriptModel::DecisionMissingRole).toBool(), false);
    QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("zz-elsewhere (not in this database)"));
    QCOMPARE(m_model->index(1).data(LectureScriptModel::DecisionMissingRole).toBool(), true);
}

void TestLectureScriptModel::insert_undoRedo()
{
    m_model->setScript(lettered(QStringLiteral("AB")));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->insertDecisionStep(1, QStringLiteral("gb-ico-2022-fine"), QStringLiteral("n")));
    QVERIFY(m_model->insertTitleStep(3, QStringLiteral("C"), QStringLiteral("text")));
    QCOMPARE(order(*m_model), QStringLiteral("A#BC"));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(m_model->stepAt(1), LectureScriptStep::decision(QStringLiteral("gb-ico-2022-fine"), QStringLiteral("n")));
    QCOMPARE(m_model->undoStack()->count(), 2);
    QCOMPARE(m_model->undoStack()->undoText(), QStringLiteral("Add title step"));

    m_model->undoStack()->undo();
    m_model->undoStack()->undo();
    QCOMPARE(order(*m_model), QStringLiteral("AB"));
    QCOMPARE(removed.count(), 2);
    m_model->undoStack()->redo();
    QCOMPARE(order(*m_model), QStringLiteral("A#B"));
    QCOMPARE(m_model->undoStack()->undoText(), QStringLiteral("Add decision step gb-ico-2022-fine"));
}

void TestLectureScriptModel::insert_refusesBadRowsAndEmptyIds()
{
    m_model->setScript(lettered(QStringLiteral("AB")));
    QVERIFY(!m_model->insertTitleStep(-1, QStringLiteral("X")));
    QVERIFY(!m_model->insertTitleStep(3, QStringLiteral("X")));
    QVERIFY(!m_model->insertDecisionStep(0, QString()));
    QVERIFY(m_model->insertTitleStep(2, QStringLiteral("C")));
    QCOMPARE(m_model->undoStack()->count(), 1);
    m_model->setScript(lettered(QString(LectureScript::MaxSteps, QLatin1Char('x'))));
    QVERIFY(!m_model->insertTitleStep(0, QStringLiteral("one too many")));
}

void TestLectureScriptModel::remove_undoRestoresTheStepsWhereTheyWere()
{
    m_model->setScript(lettered(QStringLiteral("ABCDE")));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->removeSteps(1, 2));
    QCOMPARE(order(*m_model), QStringLiteral("ADE"));
    QCOMPARE(removed.count(), 1);
    QVERIFY(m_model->removeRows(2, 1));
    QCOMPARE(order(*m_model), QStringLiteral("AD"));
    QVERIFY(!m_model->removeRows(1, 5));
    QCOMPARE(m_model->undoStack()->undoText(), QStringLiteral("Remove step 3"));
    m_model->undoStack()->undo();
    QCOMPARE(order(*m_model), QStringLiteral("ADE"));
    m_model->undoStack()->undo();
    QCOMPARE(order(*m_model), QStringLiteral("ABCDE"));
    m_model->undoStack()->redo();
    QCOMPARE(order(*m_model), QStringLiteral("ADE"));
}

void TestLectureScriptModel::moveRows_reordersUndoesAndRedoes_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("destination");
    QTest::addColumn<QString>("expected");
    // Qt's convention: `destination` is the row, before the move, in front of which the steps go.
    QTest::newRow("first to the end") << 0 << 1 << 5 << QStringLiteral("BCDEA");
    QTest::newRow("last to the front") << 4 << 1 << 0 << QStringLiteral("EABCD");
    QTest::newRow("one down") << 1 << 1 << 3 << QStringLiteral("ACBDE");
    QTest::newRow("one up") << 2 << 1 << 1 << QStringLiteral("ACBDE");
    QTest::newRow("block down") << 0 << 2 << 4 << QStringLiteral("CDABE");
    QTest::newRow("block up") << 3 << 2 << 1 << QStringLiteral("ADEBC");
}

void TestLectureScriptModel::moveRows_reordersUndoesAndRedoes()
{
    QFETCH(int, row);
    QFETCH(int, count);
    QFETCH(int, destination);
    QFETCH(QString, expected);
    m_model->setScript(lettered(QStringLiteral("ABCDE")));
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QVERIFY(m_model->moveRows(QModelIndex(), row, count, QModelIndex(), destination));
    QCOMPARE(order(*m_model), expected);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(1).toInt(), row);
    QCOMPARE(moved.at(0).at(4).toInt(), destination);
    m_model->undoStack()->undo();
    QCOMPARE(order(*m_model), QStringLiteral("ABCDE"));
    QCOMPARE(moved.count(), 2);
    m_model->undoStack()->redo();
    QCOMPARE(order(*m_model), expected);
    QVERIFY(m_model->isModified());
}

void TestLectureScriptModel::moveRows_refusesMovesThatMoveNothing_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("destination");
    QTest::newRow("onto itself") << 1 << 1 << 1;
    QTest::newRow("just after itself") << 1 << 1 << 2;
    QTest::newRow("inside the block") << 1 << 3 << 2;
    QTest::newRow("past the end") << 1 << 1 << 6;
    QTest::newRow("block past the end") << 4 << 2 << 0;
    QTest::newRow("negative") << -1 << 1 << 3;
    QTest::newRow("no rows") << 1 << 0 << 3;
}

void TestLectureScriptModel::moveRows_refusesMovesThatMoveNothing()
{
    QFETCH(int, row);
    QFETCH(int, count);
    QFETCH(int, destination);
    m_model->setScript(lettered(QStringLiteral("ABCDE")));
    QVERIFY(!m_model->moveRows(QModelIndex(), row, count, QModelIndex(), destination));
    QCOMPARE(order(*m_model), QStringLiteral("ABCDE"));
    QCOMPARE(m_model->undoStack()->count(), 0);
}

void TestLectureScriptModel::moveStep_movesOneRowUpOrDown()
{
    m_model->setScript(lettered(QStringLiteral("ABCD")));
    QVERIFY(m_model->moveStep(1, 2));
    QCOMPARE(order(*m_model), QStringLiteral("ACBD"));
    QVERIFY(m_model->moveStep(2, 1));
    QCOMPARE(order(*m_model), QStringLiteral("ABCD"));
    QVERIFY(m_model->moveStep(0, 3));
    QCOMPARE(order(*m_model), QStringLiteral("BCDA"));
    QVERIFY(!m_model->moveStep(0, 4));
    QVERIFY(!m_model->moveStep(2, 2));
    QCOMPARE(m_model->undoStack()->undoText(), QStringLiteral("Move step 1 to 4"));
    m_model->undoStack()->undo();
    QCOMPARE(order(*m_model), QStringLiteral("ABCD"));
}

void TestLectureScriptModel::dropMimeData_movesTheDraggedStepsAsOneUndoStep_data()
{
    QTest::addColumn<QList<int>>("dragged");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("onto"); // a step dropped onto (-1: between steps, at `row`)
    QTest::addColumn<QString>("expected");
    QTest::newRow("first below the third") << QList<int> { 0 } << 3 << -1 << QStringLiteral("BCADE");
    QTest::newRow("last to the top") << QList<int> { 4 } << 0 << -1 << QStringLiteral("EABCD");
    QTest::newRow("on the empty space: to the end") << QList<int> { 1 } << -1 << -1 << QStringLiteral("ACDEB");
    QTest::newRow("onto a step: in front of it") << QList<int> { 4 } << -1 << 1 << QStringLiteral("AEBCD");
    QTest::newRow("a block, given in any order") << QList<int> { 2, 1 } << 5 << -1 << QStringLiteral("ADEBC");
}

void TestLectureScriptModel::dropMimeData_movesTheDraggedStepsAsOneUndoStep()
{
    QFETCH(QList<int>, dragged);
    QFETCH(int, row);
    QFETCH(int, onto);
    QFETCH(QString, expected);
    m_model->setScript(lettered(QStringLiteral("ABCDE")));
    QModelIndexList indexes;
    for (int r : dragged)
        indexes.append(m_model->index(r));
    std::unique_ptr<QMimeData> data(m_model->mimeData(indexes));
    QVERIFY(data);
    QCOMPARE(data->formats(), QStringList { LectureScriptModel::StepsMimeType });
    const QModelIndex parent = onto < 0 ? QModelIndex() : m_model->index(onto);
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
    QCOMPARE(order(*m_model), expected);
    // Moved, never removed and inserted: the selection and the current step follow the rows.
    QCOMPARE(moved.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->undoStack()->count(), 1);
    m_model->undoStack()->undo();
    QCOMPARE(order(*m_model), QStringLiteral("ABCDE"));
    QVERIFY(!m_model->isModified());
}

void TestLectureScriptModel::dropMimeData_refusesWhatItCannotMove_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("row");
    QTest::newRow("a copy") << QStringLiteral("own") << int(Qt::CopyAction) << 0;
    QTest::newRow("a link") << QStringLiteral("own") << int(Qt::LinkAction) << 0;
    QTest::newRow("onto itself") << QStringLiteral("own") << int(Qt::MoveAction) << 1;
    QTest::newRow("just after itself") << QStringLiteral("own") << int(Qt::MoveAction) << 2;
    QTest::newRow("steps of another model") << QStringLiteral("other") << int(Qt::MoveAction) << 0;
    QTest::newRow("scattered steps") << QStringLiteral("scattered") << int(Qt::MoveAction) << 0;
    QTest::newRow("plain text") << QStringLiteral("text") << int(Qt::MoveAction) << 0;
    QTest::newRow("damaged payload") << QStringLiteral("damaged") << int(Qt::MoveAction) << 0;
    QTest::newRow("rows no longer there") << QStringLiteral("stale") << int(Qt::MoveAction) << 0;
}

void TestLectureScriptModel::dropMimeData_refusesWhatItCannotMove()
{
    QFETCH(QString, kind);
    QFETCH(int, action);
    QFETCH(int, row);
    m_model->setScript(lettered(QStringLiteral("ABCDE")));
    LectureScriptModel other;
    other.setScript(lettered(QStringLiteral("ABCDE")));
    std::unique_ptr<QMimeData> data;
    if (kind == QLatin1String("own")) {
        data.reset(m_model->mimeData({ m_model->index(1) }));
    } else if (kind == QLatin1String("other")) {
        data.reset(other.mimeData({ other.index(1) }));
    } else if (kind == QLatin1String("scattered")) {
        data.reset(m_model->mimeData({ m_model->index(1), m_model->index(3) }));
    } else if (kind == QLatin1String("text")) {
        data = std::make_unique<QMimeData>();
        data->setText(QStringLiteral("B"));
    } else if (kind == QLatin1String("damaged")) {
        data = std::make_unique<QMimeData>();
        data->setData(LectureScriptModel::StepsMimeType, QByteArray("\x01\x02"));
    } else if (kind == QLatin1String("stale")) {
        data.reset(m_model->mimeData({ m_model->index(4) }));
        QVERIFY(m_model->removeSteps(3, 2));
        m_model->undoStack()->clear();
    }
    QVERIFY(data);
    const QString before = order(*m_model);
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::DropAction(action), row, 0, QModelIndex()));
    QCOMPARE(order(*m_model), before);
    QCOMPARE(m_model->undoStack()->count(), 0);
    QCOMPARE(order(other), QStringLiteral("ABCDE"));
}

void TestLectureScriptModel::flags_dragStepsDropBetweenThem()
{
    m_model->setScript(lettered(QStringLiteral("AB")));
    QVERIFY(m_model->flags(m_model->index(0)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!m_model->flags(m_model->index(0)).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(m_model->flags(QModelIndex()).testFlag(Qt::ItemIsDropEnabled));
    QCOMPARE(m_model->supportedDropActions(), Qt::DropActions(Qt::MoveAction));
    QCOMPARE(m_model->supportedDragActions(), Qt::DropActions(Qt::MoveAction));
    QCOMPARE(m_model->mimeTypes(), QStringList { LectureScriptModel::StepsMimeType });
    QVERIFY(!m_model->mimeData({}));
    // IgnoreAction is accepted and does nothing, as Qt's drop protocol expects.
    std::unique_ptr<QMimeData> data(m_model->mimeData({ m_model->index(0) }));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::IgnoreAction, 2, 0, QModelIndex()));
    QCOMPARE(order(*m_model), QStringLiteral("AB"));
}

void TestLectureScriptModel::setStoredName_keepsTheEditsAndTheirHistory()
{
    LectureScriptRepository repository(QSqlDatabase::database(Connection));
    m_model->setScript(lettered(QStringLiteral("AB")));
    QString error;
    QVERIFY(m_model->save(repository, &error));
    QVERIFY(m_model->setNotes(0, QStringLiteral("unsaved")));
    qint64 version = 0;
    QVERIFY(repository.rename(
        QStringLiteral("Letters"), m_model->script().rowVersion, QStringLiteral("Renamed"), &version));
    QSignalSpy changed(m_model.get(), &LectureScriptModel::scriptChanged);
    m_model->setStoredName(QStringLiteral("Renamed"), version);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->script().name, QStringLiteral("Renamed"));
    QVERIFY(m_model->isModified());
    QCOMPARE(m_model->undoStack()->count(), 1);
    // Saved under the new name, at the version the rename left.
    QVERIFY2(m_model->save(repository, &error), qPrintable(error));
    QCOMPARE(repository.script(QStringLiteral("Renamed"))->steps.constFirst().notes, QStringLiteral("unsaved"));
    QVERIFY(!repository.contains(QStringLiteral("Letters")));
    // The history survived the rename: undo takes the note back, and saving writes that.
    m_model->undoStack()->undo();
    QVERIFY(m_model->isModified());
    QVERIFY(m_model->save(repository, &error));
    QVERIFY(!m_model->isModified());
}

void TestLectureScriptModel::edits_typingMergesIntoOneUndoStep()
{
    m_model->setScript(lettered(QStringLiteral("AB")));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setNotes(0, QStringLiteral("h")));
    QVERIFY(m_model->setNotes(0, QStringLiteral("he")));
    QVERIFY(m_model->setNotes(0, QStringLiteral("hey")));
    QVERIFY(!m_model->setNotes(0, QStringLiteral("hey"))); // no change, no step
    QCOMPARE(changed.count(), 3);
    QCOMPARE(m_model->undoStack()->count(), 1);
    QCOMPARE(m_model->undoStack()->undoText(), QStringLiteral("Edit notes of step 1"));
    // Another field or another step is another undo step.
    QVERIFY(m_model->setText(0, QStringLiteral("body")));
    QVERIFY(m_model->setNotes(1, QStringLiteral("other")));
    QVERIFY(m_model->setFrame(1, LectureFrame { QDate(2022, 1, 1), QDate(2022, 2, 1) }));
    QCOMPARE(m_model->undoStack()->count(), 4);
    m_model->undoStack()->undo();
    QVERIFY(!m_model->stepAt(1).frame);
    m_model->undoStack()->undo();
    m_model->undoStack()->undo();
    QCOMPARE(m_model->stepAt(0).notes, QStringLiteral("hey"));
    m_model->undoStack()->undo();
    QCOMPARE(m_model->stepAt(0), LectureScriptStep::titleCard(QStringLiteral("A")));
    QVERIFY(!m_model->isModified());
    // A decision step has no title or text to edit.
    QVERIFY(m_model->insertDecisionStep(0, QStringLiteral("gb-ico-2022-fine")));
    QVERIFY(!m_model->setTitle(0, QStringLiteral("x")));
    QVERIFY(!m_model->setText(0, QStringLiteral("x")));
}

void TestLectureScriptModel::setData_editsThroughTheUndoStack()
{
    m_model->setScript(lettered(QStringLiteral("AB")));
    QVERIFY(m_model->setData(m_model->index(0), QStringLiteral("Opening"), Qt::EditRole));
    QVERIFY(m_model->setData(m_model->index(1), QStringLiteral("say it"), LectureScriptModel::NotesRole));
    QVERIFY(!m_model->setData(m_model->index(1), QStringLiteral("x"), Qt::DecorationRole));
    QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("Opening"));
    QCOMPARE(m_model->stepAt(1).notes, QStringLiteral("say it"));
    QCOMPARE(m_model->undoStack()->count(), 2);
    m_model->undoStack()->undo();
    m_model->undoStack()->undo();
    QCOMPARE(order(*m_model), QStringLiteral("AB"));
}

void TestLectureScriptModel::setDescription_isUndoable()
{
    m_model->setScript(lettered(QStringLiteral("A")));
    QSignalSpy changed(m_model.get(), &LectureScriptModel::scriptChanged);
    QVERIFY(m_model->setDescription(QStringLiteral("d")));
    QVERIFY(m_model->setDescription(QStringLiteral("de")));
    QVERIFY(!m_model->setDescription(QStringLiteral("de")));
    QCOMPARE(m_model->undoStack()->count(), 1);
    QCOMPARE(changed.count(), 2);
    m_model->undoStack()->undo();
    QCOMPARE(m_model->script().description, QString());
    QVERIFY(!m_model->isModified());
}

void TestLectureScriptModel::isModified_comparesWithWhatWasSaved()
{
    m_model->setScript(lettered(QStringLiteral("AB")));
    QVERIFY(!m_model->isModified());
    QVERIFY(m_model->setNotes(0, QStringLiteral("x")));
    QVERIFY(m_model->isModified());
    // Typed back to what it was: merged into one step that changes nothing.
    QVERIFY(m_model->setNotes(0, QString()));
    QVERIFY(!m_model->isModified());
    QVERIFY(m_model->moveStep(0, 1));
    QVERIFY(m_model->isModified());
    m_model->undoStack()->undo();
    QVERIFY(!m_model->isModified());
    // A new script clears the history: its commands named rows of the old one.
    QVERIFY(m_model->removeSteps(0));
    m_model->setScript(lettered(QStringLiteral("XYZ")));
    QCOMPARE(m_model->undoStack()->count(), 0);
}

void TestLectureScriptModel::save_writesAndMarksClean()
{
    LectureScriptRepository repository(QSqlDatabase::database(Connection));
    m_model->setScript(lettered(QStringLiteral("AB")));
    QVERIFY(m_model->insertDecisionStep(2, QStringLiteral("gb-ico-2022-fine"), QStringLiteral("n")));
    QString error;
    QVERIFY2(m_model->save(repository, &error), qPrintable(error));
    QVERIFY(!m_model->isModified());
    QVERIFY(m_model->undoStack()->isClean());
    QCOMPARE(m_model->script().rowVersion, qint64(1));
    QCOMPARE(*repository.script(QStringLiteral("Letters")), m_model->script());

    QVERIFY(m_model->moveStep(2, 0));
    QVERIFY2(m_model->save(repository, &error), qPrintable(error));
    QCOMPARE(m_model->script().rowVersion, qint64(2));
    QCOMPARE(order(*m_model), QStringLiteral("#AB"));
    QCOMPARE(repository.script(QStringLiteral("Letters"))->steps, m_model->script().steps);
    // Undo after a save changes the model only; saving again writes it.
    m_model->undoStack()->undo();
    QVERIFY(m_model->isModified());
    QVERIFY(m_model->save(repository, &error));
    QCOMPARE(
        repository.script(QStringLiteral("Letters"))->steps.constLast().decisionId, QStringLiteral("gb-ico-2022-fine"));

    // Refused by the checks: said, and kept.
    QVERIFY(m_model->insertTitleStep(0, QString()));
    QVERIFY(!m_model->save(repository, &error));
    QCOMPARE(error, QStringLiteral("saving the lecture script 'Letters': step 1: title: a title step needs a title"));
    QVERIFY(m_model->isModified());
}

void TestLectureScriptModel::save_conflictKeepsTheEdits()
{
    LectureScriptRepository repository(QSqlDatabase::database(Connection));
    m_model->setScript(lettered(QStringLiteral("AB")));
    QString error;
    QVERIFY(m_model->save(repository, &error));
    // Another window saves the same script meanwhile.
    LectureScript theirs = *repository.script(QStringLiteral("Letters"));
    theirs.description = QStringLiteral("theirs");
    QVERIFY(repository.save(theirs));

    QVERIFY(m_model->setNotes(0, QStringLiteral("mine")));
    QVERIFY(!m_model->save(repository, &error));
    QVERIFY(repository.isConflict());
    QCOMPARE(error,
        QStringLiteral("saving the lecture script 'Letters': it was changed by another caseline or another window "
                       "since it was opened; your version was not saved"));
    QVERIFY(m_model->isModified());
    QCOMPARE(m_model->stepAt(0).notes, QStringLiteral("mine"));
    QCOMPARE(repository.script(QStringLiteral("Letters"))->description, QStringLiteral("theirs"));

    // Both kept: mine under another name.
    QSignalSpy changed(m_model.get(), &LectureScriptModel::scriptChanged);
    QVERIFY2(m_model->saveAsNew(repository, repository.freeName(QStringLiteral("Letters")), &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->script().name, QStringLiteral("Letters (2)"));
    QVERIFY(!m_model->isModified());
    QCOMPARE(repository.script(QStringLiteral("Letters (2)"))->steps.constFirst().notes, QStringLiteral("mine"));
    QCOMPARE(repository.scripts().size(), 2);
}

void TestLectureScriptModel::save_readOnlyRefusesAndKeepsTheEdits()
{
    LectureScriptRepository repository(QSqlDatabase::database(Connection));
    repository.setReadOnly(QStringLiteral("the file may not be written"));
    m_model->setScript(lettered(QStringLiteral("AB")));
    QVERIFY(m_model->setNotes(1, QStringLiteral("n")));
    QString error;
    QVERIFY(!m_model->save(repository, &error));
    QCOMPARE(error,
        QStringLiteral("saving the lecture script 'Letters': this database is read-only: lecture scripts cannot be "
                       "saved (the file may not be written)"));
    QVERIFY(m_model->isModified());
    QCOMPARE(m_model->stepAt(1).notes, QStringLiteral("n"));
    QVERIFY(!m_model->saveAsNew(repository, QStringLiteral("Other"), &error));
    QCOMPARE(m_model->script().name, QStringLiteral("Letters"));
}

QTEST_GUILESS_MAIN(TestLectureScriptModel)
#include "tst_lecturescriptmodel.moc"
