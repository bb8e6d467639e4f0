// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The lecture script panel driven as a user drives it: keys, buttons and the dialogs they open (answered as a
// user answers them), over a real database made by CaseDatabase. Drag and drop goes through the model's
// mimeData() and dropMimeData(), which the list hands a drop to: QTest cannot drag.
#include "casedatabase.h"
#include "fixtures.h"
#include "importvalidator.h"
#include "lecturescriptjson.h"
#include "lecturescriptmodel.h"
#include "lecturescriptpanel.h"
#include "lecturescriptrepository.h"
#include "lecturestepeditor.h"
#include "lecturesteplist.h"
#include "modalanswers.h"
#include "temporarydatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <memory>

namespace {

const QString TestScript = QStringLiteral("Test lecture");

// Steps named A, B, C, ... (title cards), so an order reads as a string.
LectureScript lettered(const QString &name, const QString &letters)
{
    LectureScript s;
    s.name = name;
    s.description = QStringLiteral("three cards");
    for (const QChar c : letters)
        s.steps.append(LectureScriptStep::titleCard(QString(c)));
    return s;
}

QString order(const QList<LectureScriptStep> &steps)
{
    QString out;
    for (const LectureScriptStep &step : steps)
        out += step.isDecision() ? QStringLiteral("#") : step.title;
    return out;
}

QString knownDecision()
{
    return Fixtures::bundled().decisions.constFirst().id;
}

} // namespace

class TestLectureScriptPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startsOnAStoredScriptWithItsSteps();
    void addSelectedDecision_goesAfterTheSelectedStep();
    void keyboardReorder_keepsTheStepSelectedAndSavesThatOrder_data();
    void keyboardReorder_keepsTheStepSelectedAndSavesThatOrder();
    void deleteKey_removesAndUndoRestores();
    void dragAndDrop_movesThroughTheModel_data();
    void dragAndDrop_movesThroughTheModel();
    void editors_editTheStepUndoably();
    void saveThenReload_givesTheSameScript();
    void save_refusedByTheChecksSelectsTheStepAndKeepsEdits();
    void save_conflictOffersSaveAsNew();
    void switchingScripts_asksAboutUnsavedChanges_data();
    void switchingScripts_asksAboutUnsavedChanges();
    void newRenameDuplicateDelete_throughTheirDialogs();
    void importBadFile_showsEveryErrorAndChangesNothing_data();
    void importBadFile_showsEveryErrorAndChangesNothing();
    void importUnknownDecisions_keepsTheStepsAndNamesThem();
    void importTakenName_isStoredUnderAFreeName();
    void importAndExport_throughTheFileDialogs();
    void export_writesExactlyTheJsonOfTheScriptAsEdited();
    void readOnly_disablesEditingAndSaysWhy_data();
    void readOnly_disablesEditingAndSaysWhy();
    void present_namesTheScriptAndTheStep();
    void text_isPlainAndControlsAreNamed();
    void tabOrder_followsThePanel();

private:
    void makePanel();
    template <typename T> T *child(const char *name) const { return m_panel->findChild<T *>(QLatin1String(name)); }
    LectureStepList *list() const { return child<LectureStepList>("stepList"); }
    QString panelOrder() const { return order(m_panel->currentScript().steps); }
    QString storedOrder(const QString &name = TestScript) const
    {
        const auto script = repository().script(name);
        return script ? order(script->steps) : QStringLiteral("(none)");
    }
    LectureScriptRepository repository() const { return LectureScriptRepository(m_db->database()); }
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<TemporaryDatabase> m_db;
    std::unique_ptr<ModalAnswers> m_answers;
    std::unique_ptr<LectureScriptPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestLectureScriptPanel::init()
{
    m_db = std::make_unique<TemporaryDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    LectureScript script = lettered(TestScript, QStringLiteral("ABC"));
    LectureScriptRepository repo = repository();
    QVERIFY2(repo.save(script), qPrintable(repo.lastError()));
    m_answers = std::make_unique<ModalAnswers>();
    makePanel();
    QVERIFY(m_panel->selectScript(TestScript));
}

void TestLectureScriptPanel::makePanel()
{
    m_tester.reset();
    m_panel = std::make_unique<LectureScriptPanel>(m_db->database());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->setDecisions(Fixtures::bundled().decisions);
    m_panel->resize(380, 720);
    m_panel->show();
    QApplication::setActiveWindow(m_panel.get());
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void TestLectureScriptPanel::cleanup()
{
    QVERIFY2(m_answers->unexpected().isEmpty(), qPrintable(m_answers->unexpected().join(QLatin1Char('\n'))));
    QCOMPARE(m_answers->pending(), 0);
    m_tester.reset();
    m_panel.reset();
    m_answers.reset();
    m_db.reset();
}

QString TestLectureScriptPanel::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_db->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

void TestLectureScriptPanel::startsOnAStoredScriptWithItsSteps()
{
    // A new panel shows the first stored script: the bundled example comes with every new database.
    LectureScriptPanel fresh(m_db->database());
    QVERIFY(!fresh.currentScriptName().isEmpty());
    QCOMPARE(fresh.currentScriptName(), repository().scripts().constFirst().name);
    QVERIFY(fresh.model()->rowCount() > 0);
    QCOMPARE(fresh.currentStep(), 0);

    auto *chooser = child<QComboBox>("scriptChooser");
    QCOMPARE(chooser->count(), 2);
    QCOMPARE(chooser->currentData().toString(), TestScript);
    QCOMPARE(chooser->currentText(), QStringLiteral("Test lecture \u00b7 3 step(s)"));
    QCOMPARE(panelOrder(), QStringLiteral("ABC"));
    QCOMPARE(child<QPlainTextEdit>("scriptDescription")->toPlainText(), QStringLiteral("three cards"));
    QCOMPARE(list()->currentIndex().row(), 0);
    QCOMPARE(child<QLineEdit>("stepTitle")->text(), QStringLiteral("A"));
    QVERIFY(!m_panel->isModified());
    QVERIFY(!child<QPushButton>("saveScript")->isEnabled());
}

void TestLectureScriptPanel::addSelectedDecision_goesAfterTheSelectedStep()
{
    auto *add = child<QToolButton>("addDecision");
    QVERIFY(!add->isEnabled());
    m_panel->setCurrentDecision(knownDecision());
    QVERIFY(add->isEnabled());
    QVERIFY(add->toolTip().contains(knownDecision()));

    list()->setCurrentIndex(m_panel->model()->index(0));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(panelOrder(), QStringLiteral("A#BC"));
    QCOMPARE(m_panel->currentStep(), 1);
    QCOMPARE(m_panel->currentScript().steps.at(1).decisionId, knownDecision());
    // The new step is the one shown below the list, with its decision's label.
    auto *decision = child<QLabel>("stepDecision");
    QVERIFY(decision->isVisible());
    QVERIFY2(decision->text().contains(knownDecision()), qPrintable(decision->text()));
    QVERIFY(!child<QLineEdit>("stepTitle")->isVisible());
    QVERIFY(m_panel->isModified());
    QVERIFY(child<QComboBox>("scriptChooser")->currentText().startsWith(QLatin1String("* Test lecture")));
    QCOMPARE(storedOrder(), QStringLiteral("ABC"));

    m_panel->setCurrentDecision(QString());
    QVERIFY(!add->isEnabled());
}

void TestLectureScriptPanel::keyboardReorder_keepsTheStepSelectedAndSavesThatOrder_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QList<int>>("keys"); // Qt::Key_Up or Qt::Key_Down, each with Ctrl
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("expectedRow");
    QTest::newRow("first down") << 0 << QList<int> { Qt::Key_Down } << QStringLiteral("BAC") << 1;
    QTest::newRow("first to the end") << 0 << QList<int> { Qt::Key_Down, Qt::Key_Down } << QStringLiteral("BCA") << 2;
    QTest::newRow("last up") << 2 << QList<int> { Qt::Key_Up } << QStringLiteral("ACB") << 1;
    QTest::newRow("down and back up") << 1 << QList<int> { Qt::Key_Down, Qt::Key_Up } << QStringLiteral("ABC") << 1;
    QTest::newRow("the first cannot go up") << 0 << QList<int> { Qt::Key_Up } << QStringLiteral("ABC") << 0;
    QTest::newRow("the last cannot go down") << 2 << QList<int> { Qt::Key_Down } << QStringLiteral("ABC") << 2;
}

void TestLectureScriptPanel::keyboardReorder_keepsTheStepSelectedAndSavesThatOrder()
{
    QFETCH(int, row);
    QFETCH(QList<int>, keys);
    QFETCH(QString, expected);
    QFETCH(int, expectedRow);
    const QString moved = m_panel->currentScript().steps.at(row).title;
    list()->setFocus();
    list()->setCurrentIndex(m_panel->model()->index(row));
    for (int key : keys)
        QTest::keyClick(list(), Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(panelOrder(), expected);
    QCOMPARE(m_panel->currentStep(), expectedRow);
    QVERIFY(list()->selectionModel()->isSelected(m_panel->model()->index(expectedRow)));
    QCOMPARE(list()->selectionModel()->selectedIndexes().size(), 1);
    QCOMPARE(child<QLineEdit>("stepTitle")->text(), moved);

    // Ctrl+S in the panel writes the order shown, in one save.
    QTest::keyClick(list(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(storedOrder(), expected);
    QVERIFY(!m_panel->isModified());
    QVERIFY(!child<QComboBox>("scriptChooser")->currentText().startsWith(QLatin1Char('*')));
}

void TestLectureScriptPanel::deleteKey_removesAndUndoRestores()
{
    // A window's Delete shortcut (decisions) does not take the key from the list.
    QAction windowDelete(QStringLiteral("Delete Decision"));
    windowDelete.setShortcut(QKeySequence::Delete);
    windowDelete.setShortcutContext(Qt::WindowShortcut);
    m_panel->addAction(&windowDelete);
    QSignalSpy windowDeleted(&windowDelete, &QAction::triggered);

    list()->setFocus();
    list()->setCurrentIndex(m_panel->model()->index(1));
    QTest::keyClick(list(), Qt::Key_Delete);
    QCOMPARE(panelOrder(), QStringLiteral("AC"));
    QCOMPARE(windowDeleted.count(), 0);
    // The next step is selected, so Delete again goes on down the list.
    QCOMPARE(m_panel->currentStep(), 1);
    QCOMPARE(child<QLineEdit>("stepTitle")->text(), QStringLiteral("C"));
    QVERIFY(m_panel->statusText().contains(QLatin1String("Removed step 2")));

    QCOMPARE(m_panel->undoStack()->undoText(), QStringLiteral("Remove step 2"));
    m_panel->undoStack()->undo();
    QCOMPARE(panelOrder(), QStringLiteral("ABC"));
    QVERIFY(!m_panel->isModified());
    m_panel->undoStack()->redo();
    QCOMPARE(panelOrder(), QStringLiteral("AC"));

    // The Remove button does the same.
    list()->setCurrentIndex(m_panel->model()->index(0));
    QTest::mouseClick(child<QToolButton>("removeStep"), Qt::LeftButton);
    QCOMPARE(panelOrder(), QStringLiteral("C"));
    // With no step left, Delete in the list still never reaches the window.
    QTest::mouseClick(child<QToolButton>("removeStep"), Qt::LeftButton);
    QCOMPARE(m_panel->model()->rowCount(), 0);
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Delete);
    QCOMPARE(windowDeleted.count(), 0);
    m_panel->removeAction(&windowDelete);
}

void TestLectureScriptPanel::dragAndDrop_movesThroughTheModel_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("dropRow"); // where the list puts a drop between rows; -1 on its empty space
    QTest::addColumn<QString>("expected");
    QTest::newRow("first below the last") << 0 << 3 << QStringLiteral("BCA");
    QTest::newRow("last to the top") << 2 << 0 << QStringLiteral("CAB");
    QTest::newRow("onto the empty space") << 0 << -1 << QStringLiteral("BCA");
    QTest::newRow("onto itself: nothing") << 1 << 1 << QStringLiteral("ABC");
}

void TestLectureScriptPanel::dragAndDrop_movesThroughTheModel()
{
    QFETCH(int, row);
    QFETCH(int, dropRow);
    QFETCH(QString, expected);
    const QString dragged = m_panel->currentScript().steps.at(row).title;
    QVERIFY(list()->dragEnabled());
    QCOMPARE(list()->dragDropMode(), QAbstractItemView::InternalMove);
    list()->setCurrentIndex(m_panel->model()->index(row));
    // What the list's drag carries and what its drop hands to the model.
    std::unique_ptr<QMimeData> data(m_panel->model()->mimeData(list()->selectionModel()->selectedIndexes()));
    QVERIFY(data);
    const bool moves = expected != QLatin1String("ABC");
    QCOMPARE(m_panel->model()->dropMimeData(data.get(), Qt::MoveAction, dropRow, 0, QModelIndex()), moves);
    QCOMPARE(panelOrder(), expected);
    // The dragged step stays the selected one, wherever it went.
    QCOMPARE(m_panel->currentScript().steps.at(m_panel->currentStep()).title, dragged);
    QCOMPARE(m_panel->undoStack()->count(), moves ? 1 : 0);
    if (moves)
        QVERIFY(m_panel->save());
    QCOMPARE(storedOrder(), expected);
}

void TestLectureScriptPanel::editors_editTheStepUndoably()
{
    list()->setCurrentIndex(m_panel->model()->index(1));
    auto *title = child<QLineEdit>("stepTitle");
    auto *notes = child<QPlainTextEdit>("stepNotes");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Second"));
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("say it"));
    QCOMPARE(m_panel->currentScript().steps.at(1).title, QStringLiteral("Second"));
    QCOMPARE(m_panel->currentScript().steps.at(1).notes, QStringLiteral("say it"));
    // Typing in one field is one undo step.
    QCOMPARE(m_panel->undoStack()->count(), 2);

    auto *frame = child<QCheckBox>("stepFrame");
    auto *from = child<QDateEdit>("stepFrameFrom");
    QVERIFY(!from->isEnabled());
    QTest::mouseClick(frame, Qt::LeftButton);
    QVERIFY(from->isEnabled());
    from->setDate(QDate(2022, 3, 1));
    child<QDateEdit>("stepFrameTo")->setDate(QDate(2022, 6, 30));
    const LectureFrame expected { QDate(2022, 3, 1), QDate(2022, 6, 30) };
    QCOMPARE(m_panel->currentScript().steps.at(1).frame, std::optional<LectureFrame>(expected));
    QCOMPARE(m_panel->undoStack()->count(), 3);
    // A frame that runs backwards is said at once.
    from->setDate(QDate(2023, 1, 1));
    QVERIFY(child<QLabel>("stepFrameProblem")->isVisible());
    from->setDate(QDate(2022, 3, 1));
    QVERIFY(!child<QLabel>("stepFrameProblem")->isVisible());

    // Undo shows each field as it was, in the editors.
    m_panel->undoStack()->undo();
    QVERIFY(!frame->isChecked());
    QVERIFY(!m_panel->currentScript().steps.at(1).frame);
    m_panel->undoStack()->undo();
    QCOMPARE(notes->toPlainText(), QString());
    m_panel->undoStack()->undo();
    QCOMPARE(title->text(), QStringLiteral("B"));
    QVERIFY(!m_panel->isModified());

    // The description is edited the same way.
    auto *description = child<QPlainTextEdit>("scriptDescription");
    description->setFocus();
    QTest::keyClick(description, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(description, QStringLiteral(", revised"));
    QCOMPARE(m_panel->currentScript().description, QStringLiteral("three cards, revised"));
    m_panel->undoStack()->undo();
    QCOMPARE(description->toPlainText(), QStringLiteral("three cards"));
}

void TestLectureScriptPanel::saveThenReload_givesTheSameScript()
{
    m_panel->setCurrentDecision(knownDecision());
    list()->setCurrentIndex(m_panel->model()->index(2));
    QTest::mouseClick(child<QToolButton>("addDecision"), Qt::LeftButton);
    auto *notes = child<QPlainTextEdit>("stepNotes");
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("the first fine"));
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClicks(notes, QStringLiteral("<b>not bold</b>"));
    QTest::mouseClick(child<QCheckBox>("stepFrame"), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>("addTitle"), Qt::LeftButton);
    // A new title card's title is selected, so typing replaces it.
    QVERIFY(child<QLineEdit>("stepTitle")->hasFocus());
    QTest::keyClicks(child<QLineEdit>("stepTitle"), QStringLiteral("Questions"));
    QCOMPARE(panelOrder(), QStringLiteral("ABC#Questions"));

    QTest::mouseClick(child<QPushButton>("saveScript"), Qt::LeftButton);
    QVERIFY2(!m_panel->isModified(), qPrintable(m_panel->statusText()));
    QCOMPARE(m_panel->statusText(), QStringLiteral("Saved 'Test lecture'."));
    const auto stored = repository().script(TestScript);
    QVERIFY(stored);
    QCOMPARE(*stored, m_panel->currentScript());
    QCOMPARE(stored->steps.at(3).notes, QStringLiteral("the first fine\n<b>not bold</b>"));
    QVERIFY(stored->steps.at(3).frame);

    // Another panel reading the database shows exactly that script.
    LectureScriptPanel other(m_db->database());
    QVERIFY(other.selectScript(TestScript));
    QCOMPARE(other.currentScript(), m_panel->currentScript());
    QCOMPARE(other.currentScript().rowVersion, m_panel->currentScript().rowVersion);
}

void TestLectureScriptPanel::save_refusedByTheChecksSelectsTheStepAndKeepsEdits()
{
    list()->setCurrentIndex(m_panel->model()->index(0));
    auto *title = child<QLineEdit>("stepTitle");
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    list()->setFocus();
    list()->setCurrentIndex(m_panel->model()->index(2));
    QString text;
    m_answers->pressButton(QMessageBox::Ok, &text);
    QTest::keyClick(list(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(text.contains(QLatin1String("step 1: title: a title step needs a title")), qPrintable(text));
    QVERIFY(m_panel->isModified());
    QCOMPARE(m_panel->currentStep(), 0);
    // Where the focus goes back when the message box has closed.
    QCOMPARE(m_panel->focusWidget(), title);
    QCOMPARE(storedOrder(), QStringLiteral("ABC"));
    QVERIFY(m_panel->statusText().contains(QLatin1String("your changes are kept")));
}

void TestLectureScriptPanel::save_conflictOffersSaveAsNew()
{
    // Another window saves the same script meanwhile.
    LectureScriptRepository theirs = repository();
    LectureScript changed = *theirs.script(TestScript);
    changed.steps.append(LectureScriptStep::titleCard(QStringLiteral("Theirs")));
    QVERIFY(theirs.save(changed));

    list()->setCurrentIndex(m_panel->model()->index(0));
    QVERIFY(m_panel->model()->moveStep(0, 2));
    QString text;
    QString suggestion;
    m_answers->pressButton(QStringLiteral("Save as New..."), &text);
    m_answers->enterName(QString(), &suggestion);
    QVERIFY(m_panel->save());
    QVERIFY2(text.contains(QLatin1String("changed by another caseline or another window")), qPrintable(text));
    QCOMPARE(suggestion, QStringLiteral("Test lecture (2)"));
    // Both kept: theirs under the name, mine under the new one, which the panel now edits.
    QCOMPARE(storedOrder(), QStringLiteral("ABCTheirs"));
    QCOMPARE(storedOrder(QStringLiteral("Test lecture (2)")), QStringLiteral("BCA"));
    QCOMPARE(m_panel->currentScriptName(), QStringLiteral("Test lecture (2)"));
    QVERIFY(!m_panel->isModified());
}

void TestLectureScriptPanel::switchingScripts_asksAboutUnsavedChanges_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<QString>("shownAfter");
    QTest::addColumn<QString>("storedAfter");
    QTest::newRow("cancel: stay, edits kept") << int(QMessageBox::Cancel) << TestScript << QStringLiteral("ABC");
    QTest::newRow("discard: go, edits dropped") << int(QMessageBox::Discard) << QString() << QStringLiteral("ABC");
    QTest::newRow("save: saved, then go") << int(QMessageBox::Save) << QString() << QStringLiteral("BC");
}

void TestLectureScriptPanel::switchingScripts_asksAboutUnsavedChanges()
{
    QFETCH(int, answer);
    QFETCH(QString, shownAfter);
    QFETCH(QString, storedAfter);
    QVERIFY(m_panel->model()->removeSteps(0));
    auto *chooser = child<QComboBox>("scriptChooser");
    const int other = chooser->findData(TestScript) == 0 ? 1 : 0;
    const QString otherName = chooser->itemData(other).toString();
    QString text;
    m_answers->pressButton(QMessageBox::StandardButton(answer), &text);
    chooser->setCurrentIndex(other);
    QVERIFY2(text.contains(QLatin1String("'Test lecture' has changes that are not saved")), qPrintable(text));
    QCOMPARE(m_panel->currentScriptName(), shownAfter.isEmpty() ? otherName : shownAfter);
    QCOMPARE(chooser->currentData().toString(), m_panel->currentScriptName());
    QCOMPARE(storedOrder(), storedAfter);
    if (answer == QMessageBox::Cancel) {
        QCOMPARE(panelOrder(), QStringLiteral("BC"));
        QVERIFY(m_panel->isModified());
        QVERIFY(chooser->currentText().startsWith(QLatin1String("* Test lecture")));
    } else {
        QVERIFY(!m_panel->isModified());
    }
    // The window asks the same before it closes.
    if (m_panel->isModified()) {
        m_answers->pressButton(QMessageBox::Cancel);
        QVERIFY(!m_panel->maybeSave());
    }
}

void TestLectureScriptPanel::newRenameDuplicateDelete_throughTheirDialogs()
{
    QSignalSpy scriptsChanged(m_panel.get(), &LectureScriptPanel::scriptsChanged);
    QString suggestion;
    m_answers->enterName(QStringLiteral("Fresh"), &suggestion);
    QTest::mouseClick(child<QToolButton>("newScript"), Qt::LeftButton);
    QCOMPARE(suggestion, QStringLiteral("New lecture"));
    QCOMPARE(m_panel->currentScriptName(), QStringLiteral("Fresh"));
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(repository().contains(QStringLiteral("Fresh")));
    QCOMPARE(child<QComboBox>("scriptChooser")->currentText(), QStringLiteral("Fresh \u00b7 0 step(s)"));

    // A taken name is refused, saying so; nothing changes.
    QString text;
    m_answers->enterName(TestScript);
    m_answers->pressButton(QMessageBox::Ok, &text);
    QTest::mouseClick(child<QToolButton>("renameScript"), Qt::LeftButton);
    QVERIFY2(text.contains(QLatin1String("already named 'Test lecture'")), qPrintable(text));
    QCOMPARE(m_panel->currentScriptName(), QStringLiteral("Fresh"));
    QCOMPARE(storedOrder(), QStringLiteral("ABC"));

    // Renamed with its unsaved edits kept unsaved.
    QVERIFY(m_panel->model()->insertTitleStep(0, QStringLiteral("Z")));
    m_answers->enterName(QStringLiteral("Fresher"));
    QTest::mouseClick(child<QToolButton>("renameScript"), Qt::LeftButton);
    QCOMPARE(m_panel->currentScriptName(), QStringLiteral("Fresher"));
    QVERIFY(!repository().contains(QStringLiteral("Fresh")));
    QVERIFY(m_panel->isModified());
    QCOMPARE(storedOrder(QStringLiteral("Fresher")), QString());

    // Save as New: the edits go to the copy; the stored script stays as it was.
    m_answers->enterName(QString(), &suggestion);
    QTest::mouseClick(child<QToolButton>("duplicateScript"), Qt::LeftButton);
    QCOMPARE(suggestion, QStringLiteral("Fresher (2)"));
    QCOMPARE(m_panel->currentScriptName(), QStringLiteral("Fresher (2)"));
    QCOMPARE(storedOrder(QStringLiteral("Fresher (2)")), QStringLiteral("Z"));
    QCOMPARE(storedOrder(QStringLiteral("Fresher")), QString());

    // Delete asks; Cancel keeps it.
    m_answers->pressButton(QMessageBox::Cancel, &text);
    QTest::mouseClick(child<QToolButton>("deleteScript"), Qt::LeftButton);
    QVERIFY2(
        text.contains(QLatin1String("Delete the lecture script 'Fresher (2)' with its 1 step(s)?")), qPrintable(text));
    QVERIFY(repository().contains(QStringLiteral("Fresher (2)")));
    m_answers->pressButton(QStringLiteral("Delete"));
    QTest::mouseClick(child<QToolButton>("deleteScript"), Qt::LeftButton);
    QVERIFY(!repository().contains(QStringLiteral("Fresher (2)")));
    QVERIFY(!m_panel->currentScriptName().isEmpty());
    QVERIFY(m_panel->currentScriptName() != QStringLiteral("Fresher (2)"));
    QCOMPARE(child<QComboBox>("scriptChooser")->findData(QStringLiteral("Fresher (2)")), -1);
    QCOMPARE(scriptsChanged.count(), 4);
}

void TestLectureScriptPanel::importBadFile_showsEveryErrorAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expectedLines");
    QTest::newRow("empty") << QByteArray() << QStringList { QStringLiteral("bad.json:1: file: the file is empty") };
    QTest::newRow("not a lecture script") << QByteArray("[1, 2]\n") << QStringList { QStringLiteral("bad.json:1:") };
    QTest::newRow("every problem, with its line")
        << QByteArray("{\"caseline_lecture_script\": 1,\n"
                      " \"name\": \"\",\n"
                      " \"steps\": [\n"
                      "  {\"title\": \"A\", \"decision\": \"x\"},\n"
                      "  {\"decision\": \"y\", \"frame\": {\"from\": \"2023-02-30\", \"to\": \"2023-03-01\"}}\n"
                      " ]}\n")
        << QStringList { QStringLiteral("bad.json:2: name:"), QStringLiteral("bad.json:4: step 1"),
               QStringLiteral("bad.json:5: step 2: frame.from:") };
    QTest::newRow("a newer version") << QByteArray("{\"caseline_lecture_script\": 9, \"name\": \"n\", \"steps\": []}")
                                     << QStringList { QStringLiteral("written by a newer caseline") };
    QTest::newRow("larger than the limit") << QByteArray("sparse") << QStringList { QStringLiteral("larger than") };
}

void TestLectureScriptPanel::importBadFile_showsEveryErrorAndChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expectedLines);
    QString path = writeFile(QStringLiteral("bad.json"), content == "sparse" ? QByteArray() : content);
    QVERIFY(!path.isEmpty());
    if (content == "sparse") {
        QFile big(path);
        QVERIFY(big.open(QIODevice::ReadWrite) && big.resize(ImportValidator::MaxFileSize + 1));
    }
    const QList<LectureScriptSummary> before = repository().scripts();
    QList<LectureScript> scriptsBefore;
    for (const LectureScriptSummary &s : before)
        scriptsBefore.append(*repository().script(s.name));
    QString text;
    QString details;
    m_answers->pressButton(QMessageBox::Ok, &text, &details);
    QVERIFY(!m_panel->importFile(path));
    const QString shown = text + QLatin1Char('\n') + details;
    QVERIFY2(text.contains(QLatin1String("Nothing was imported")), qPrintable(text));
    for (const QString &line : expectedLines)
        QVERIFY2(shown.contains(line), qPrintable(line + QLatin1String(" not in:\n") + shown));
    QCOMPARE(repository().scripts(), before);
    for (const LectureScript &s : std::as_const(scriptsBefore))
        QCOMPARE(*repository().script(s.name), s);
    QCOMPARE(m_panel->currentScriptName(), TestScript);
    QVERIFY(m_panel->statusText().contains(QLatin1String("Nothing was imported")));
}

void TestLectureScriptPanel::importUnknownDecisions_keepsTheStepsAndNamesThem()
{
    const QByteArray json = "{\"caseline_lecture_script\": 1, \"name\": \"From a colleague\", \"steps\": [\n"
                            "  {\"decision\": \"zz-nowhere-2024-fine\", \"notes\": \"theirs\"},\n"
                            "  {\"decision\": \""
        + knownDecision().toUtf8()
        + "\"},\n"
          "  {\"title\": \"End\"}\n"
          "]}\n";
    const QString path = writeFile(QStringLiteral("colleague.json"), json);
    QString text;
    QString details;
    m_answers->pressButton(QMessageBox::Ok, &text, &details);
    QVERIFY(m_panel->importFile(path));
    QVERIFY2(text.contains(QLatin1String("1 step(s) name decisions that are not in this database")), qPrintable(text));
    QVERIFY2(details.contains(QLatin1String("step 1: decision 'zz-nowhere-2024-fine' is not in this database")),
        qPrintable(details));
    QVERIFY(!details.contains(knownDecision()));
    // Kept as written, and shown as missing.
    const auto stored = repository().script(QStringLiteral("From a colleague"));
    QVERIFY(stored);
    QCOMPARE(stored->steps.size(), 3);
    QCOMPARE(stored->steps.at(0).decisionId, QStringLiteral("zz-nowhere-2024-fine"));
    QCOMPARE(stored->steps.at(0).notes, QStringLiteral("theirs"));
    QCOMPARE(m_panel->currentScriptName(), QStringLiteral("From a colleague"));
    const QModelIndex missing = m_panel->model()->index(0);
    QVERIFY(missing.data(LectureScriptModel::DecisionMissingRole).toBool());
    QCOMPARE(missing.data().toString(), QStringLiteral("zz-nowhere-2024-fine (not in this database)"));
}

void TestLectureScriptPanel::importTakenName_isStoredUnderAFreeName()
{
    const LectureScript original = *repository().script(TestScript);
    const QString path = writeFile(QStringLiteral("again.json"), LectureScriptJson::toJson(original));
    QSignalSpy changed(m_panel.get(), &LectureScriptPanel::currentScriptChanged);
    for (const QString &expected : { QStringLiteral("Test lecture (2)"), QStringLiteral("Test lecture (3)") }) {
        QVERIFY(m_panel->importFile(path));
        QCOMPARE(m_panel->currentScriptName(), expected);
        QVERIFY2(m_panel->statusText().contains(
                     QStringLiteral("A script named 'Test lecture' already exists: the imported one is stored as '%1'.")
                         .arg(expected)),
            qPrintable(m_panel->statusText()));
        LectureScript copy = original;
        copy.name = expected;
        QCOMPARE(*repository().script(expected), copy);
    }
    QCOMPARE(*repository().script(TestScript), original);
    QCOMPARE(changed.count(), 2);
}

void TestLectureScriptPanel::importAndExport_throughTheFileDialogs()
{
    const QString exported = m_db->filePath(QStringLiteral("shared"));
    m_answers->chooseFile(exported);
    QTest::mouseClick(child<QToolButton>("exportScript"), Qt::LeftButton);
    // The dialog adds the format's suffix.
    QFile file(exported + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), LectureScriptJson::toJson(m_panel->currentScript()));

    m_answers->chooseFile(file.fileName());
    QTest::mouseClick(child<QToolButton>("importScript"), Qt::LeftButton);
    QCOMPARE(m_panel->currentScriptName(), QStringLiteral("Test lecture (2)"));
    QCOMPARE(storedOrder(QStringLiteral("Test lecture (2)")), QStringLiteral("ABC"));
}

void TestLectureScriptPanel::export_writesExactlyTheJsonOfTheScriptAsEdited()
{
    // The script as shown, unsaved edits included.
    QVERIFY(m_panel->model()->moveStep(2, 0));
    QVERIFY(m_panel->model()->setNotes(0, QStringLiteral("first \"quoted\" <note>\n\u00e9t\u00e9")));
    const QString path = m_db->filePath(QStringLiteral("out.json"));
    QVERIFY(m_panel->exportToFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, LectureScriptJson::toJson(m_panel->currentScript()));
    QVERIFY(m_panel->statusText().contains(QLatin1String("with its unsaved changes")));
    // What was written reads back as the script.
    const LectureScriptImport back = LectureScriptJson::read(bytes, {});
    QVERIFY(back.isValid());
    QCOMPARE(back.script, m_panel->currentScript());

    // Never over the database itself (OutputFile refuses it), and said.
    QString text;
    m_answers->pressButton(QMessageBox::Ok, &text);
    QVERIFY(!m_panel->exportToFile(m_db->path()));
    QVERIFY(!text.isEmpty());
}

void TestLectureScriptPanel::readOnly_disablesEditingAndSaysWhy_data()
{
    QTest::addColumn<bool>("file"); // a file that may not be written, or the bundled data in memory
    QTest::newRow("read-only file") << true;
    QTest::newRow("bundled data in memory") << false;
}

void TestLectureScriptPanel::readOnly_disablesEditingAndSaysWhy()
{
    QFETCH(bool, file);
    // The panel of init() shares the connection this test closes.
    m_tester.reset();
    m_panel.reset();
    CaseDatabase database(QStringLiteral("tst_lecturescriptpanel_readonly"));
    if (file) {
        m_db->close();
        QVERIFY(QFile::setPermissions(m_db->path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY2(database.open(m_db->path()), qPrintable(database.errorString()));
    } else {
        QVERIFY(database.openBundledReadOnly());
    }
    QVERIFY(database.isReadOnly());
    {
        LectureScriptPanel panel(database);
        panel.setDecisions(Fixtures::bundled().decisions);
        panel.setCurrentDecision(knownDecision());
        panel.show();
        if (file)
            QVERIFY(panel.selectScript(TestScript));
        const auto find = [&panel](const char *name) { return panel.findChild<QWidget *>(QLatin1String(name)); };
        auto *notice = panel.findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("read-only")), qPrintable(notice->text()));
        if (!database.errorString().isEmpty())
            QVERIFY(notice->text().contains(database.errorString()));
        for (const char *name : { "newScript", "renameScript", "duplicateScript", "deleteScript", "importScript",
                 "saveScript", "addDecision", "addTitle", "removeStep", "moveStepUp", "moveStepDown", "stepFrame" })
            QVERIFY2(!find(name)->isEnabled(), name);
        // What can be done without writing still can.
        QVERIFY(find("exportScript")->isEnabled());
        QVERIFY(find("presentScript")->isEnabled());
        QVERIFY(find("scriptChooser")->isEnabled());
        QVERIFY(panel.findChild<QPlainTextEdit *>(QStringLiteral("stepNotes"))->isReadOnly());
        auto *steps = panel.findChild<LectureStepList *>(QStringLiteral("stepList"));
        QVERIFY(!steps->dragEnabled());
        QVERIFY(!steps->acceptDrops());
        QCOMPARE(steps->editTriggers(), QAbstractItemView::NoEditTriggers);
        // Keys change nothing either.
        const int rows = panel.model()->rowCount();
        QVERIFY(rows > 0);
        steps->setFocus();
        steps->setCurrentIndex(panel.model()->index(0));
        QTest::keyClick(steps, Qt::Key_Delete);
        QTest::keyClick(steps, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(panel.model()->rowCount(), rows);
        QVERIFY(!panel.isModified());
        // Saving is refused with the reason, and nothing is written.
        QString text;
        m_answers->pressButton(QMessageBox::Ok, &text);
        QVERIFY(!panel.save());
        QVERIFY2(text.contains(QLatin1String("read-only")), qPrintable(text));
    }
    database.close();
    if (file)
        QFile::setPermissions(m_db->path(), QFile::ReadOwner | QFile::WriteOwner);
}

void TestLectureScriptPanel::present_namesTheScriptAndTheStep()
{
    QSignalSpy presented(m_panel.get(), &LectureScriptPanel::presentRequested);
    list()->setCurrentIndex(m_panel->model()->index(1));
    QTest::mouseClick(child<QPushButton>("presentScript"), Qt::LeftButton);
    QCOMPARE(presented.count(), 1);
    QCOMPARE(presented.at(0).at(0).toString(), TestScript);
    QCOMPARE(presented.at(0).at(1).toInt(), 1);
    const QRect third = list()->visualRect(m_panel->model()->index(2));
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, Qt::NoModifier, third.center());
    QTest::mouseDClick(list()->viewport(), Qt::LeftButton, Qt::NoModifier, third.center());
    QCOMPARE(presented.count(), 2);
    QCOMPARE(presented.at(1).at(1).toInt(), 2);
    // Double-click presents; it does not start editing the title in place.
    const QList<QLineEdit *> editors = list()->viewport()->findChildren<QLineEdit *>();
    for (const QLineEdit *editor : editors)
        QVERIFY(!editor->isVisible());
}

void TestLectureScriptPanel::text_isPlainAndControlsAreNamed()
{
    LectureScript hostile = lettered(QStringLiteral("<b>Bold</b> <img src=x>"), QString());
    hostile.steps = { LectureScriptStep::titleCard(
        QStringLiteral("<i>card</i>"), QStringLiteral("<h1>t</h1>"), QStringLiteral("<a href=x>n</a>")) };
    LectureScriptRepository repo = repository();
    QVERIFY(repo.save(hostile));
    m_panel->reloadScripts();
    QVERIFY(m_panel->selectScript(hostile.name));
    QVERIFY(child<QComboBox>("scriptChooser")->currentText().startsWith(QLatin1String("<b>Bold</b> <img src=x>")));
    QCOMPARE(child<QLineEdit>("stepTitle")->text(), QStringLiteral("<i>card</i>"));
    QCOMPARE(child<QPlainTextEdit>("stepText")->toPlainText(), QStringLiteral("<h1>t</h1>"));
    QVERIFY(m_panel->exportToFile(m_db->filePath(QStringLiteral("hostile.json"))));
    const QList<QLabel *> labels = m_panel->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        // Labels that show data are plain text; the others show fixed words.
        if (!label->objectName().isEmpty())
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    QVERIFY(m_panel->statusText().contains(QLatin1String("<b>Bold</b>")));
    m_panel->setCurrentDecision(QStringLiteral("<b>id</b>"));
    QVERIFY(child<QToolButton>("addDecision")->toolTip().contains(QLatin1String("&lt;b&gt;id&lt;/b&gt;")));

    const QList<QWidget *> widgets = m_panel->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        const bool control = qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w)
            || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractItemView *>(w)
            || qobject_cast<const QDateEdit *>(w) || (qobject_cast<const QLineEdit *>(w) && !w->objectName().isEmpty());
        // The parts Qt builds inside a combo box or a date editor are named by their owner.
        bool part = false;
        for (const QWidget *p = w->parentWidget(); p && p != m_panel.get(); p = p->parentWidget())
            part = part || qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p);
        if (control && !part && w->focusPolicy() != Qt::NoFocus)
            QVERIFY2(!w->accessibleName().isEmpty(),
                qPrintable(w->objectName() + QLatin1Char(' ') + QString::fromLatin1(w->metaObject()->className())));
    }
}

void TestLectureScriptPanel::tabOrder_followsThePanel()
{
    const QStringList expected = { QStringLiteral("scriptChooser"), QStringLiteral("newScript"),
        QStringLiteral("renameScript"), QStringLiteral("duplicateScript"), QStringLiteral("deleteScript"),
        QStringLiteral("scriptDescription"), QStringLiteral("stepList"), QStringLiteral("addTitle"),
        QStringLiteral("removeStep"), QStringLiteral("moveStepDown"), QStringLiteral("stepTitle"),
        QStringLiteral("stepText"), QStringLiteral("stepNotes"), QStringLiteral("stepFrame"),
        QStringLiteral("presentScript"), QStringLiteral("importScript"), QStringLiteral("exportScript") };
    // With the first step selected and no decision chosen, the controls that can be used, in order.
    child<QComboBox>("scriptChooser")->setFocus();
    QStringList visited;
    for (int i = 0; i < expected.size(); ++i) {
        visited.append(QApplication::focusWidget()->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(visited, expected);
}

QTEST_MAIN(TestLectureScriptPanel)
#include "tst_lecturescriptpanel.moc"
