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

// The panel's scripts and files: new, rename, duplicate and delete through their dialogs; import and export of
// script files, bad ones included; a read-only database.
class TestLectureScriptPanelFiles : public QObject, protected LectureScriptPanelFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void newRenameDuplicateDelete_throughTheirDialogs();
    void importBadFile_showsEveryErrorAndChangesNothing_data();
    void importBadFile_showsEveryErrorAndChangesNothing();
    void importUnknownDecisions_keepsTheStepsAndNamesThem();
    void importTakenName_isStoredUnderAFreeName();
    void importAndExport_throughTheFileDialogs();
    void export_writesExactlyTheJsonOfTheScriptAsEdited();
    void readOnly_disablesEditingAndSaysWhy_data();
    void readOnly_disablesEditingAndSaysWhy();
};

void TestLectureScriptPanelFiles::newRenameDuplicateDelete_throughTheirDialogs()
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

void TestLectureScriptPanelFiles::importBadFile_showsEveryErrorAndChangesNothing_data()
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

void TestLectureScriptPanelFiles::importBadFile_showsEveryErrorAndChangesNothing()
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

void TestLectureScriptPanelFiles::importUnknownDecisions_keepsTheStepsAndNamesThem()
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

void TestLectureScriptPanelFiles::importTakenName_isStoredUnderAFreeName()
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

void TestLectureScriptPanelFiles::importAndExport_throughTheFileDialogs()
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

void TestLectureScriptPanelFiles::export_writesExactlyTheJsonOfTheScriptAsEdited()
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

void TestLectureScriptPanelFiles::readOnly_disablesEditingAndSaysWhy_data()
{
    QTest::addColumn<bool>("file"); // a file that may not be written, or the bundled data in memory
    QTest::newRow("read-only file") << true;
    QTest::newRow("bundled data in memory") << false;
}

void TestLectureScriptPanelFiles::readOnly_disablesEditingAndSaysWhy()
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

QTEST_MAIN(TestLectureScriptPanelFiles)
#include "tst_lecturescriptpanelfiles.moc"
