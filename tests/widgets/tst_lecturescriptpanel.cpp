// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The lecture script panel driven as a user drives it: keys, buttons and the dialogs they open (answered as a
// user answers them), over a real database made by CaseDatabase. Drag and drop goes through the model's
// mimeData() and dropMimeData(), which the list hands a drop to: QTest cannot drag.
#include "lecturescriptpanelfixture.h"
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


using namespace LectureScriptPanelTesting;

// The panel's steps: adding, reordering by keys and by drag, removing, editing with undo, saving, presenting.
class TestLectureScriptPanel : public QObject, protected LectureScriptPanelFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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
    void present_namesTheScriptAndTheStep();
    void text_isPlainAndControlsAreNamed();
    void tabOrder_followsThePanel();
};

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
