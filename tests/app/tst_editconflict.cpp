// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "caserepository.h"
#include "dataactions.h"
#include "decisioneditor.h"
#include "decisionconflictdialog.h"
#include "decisionmodel.h"
#include "mainwindow.h"
#include "modalanswers.h"
#include "settings.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// Edit > Edit Decision... when someone else saved the decision while the form was open: the edit is refused, the
// conflict dialog shows theirs beside the user's, and each way out saves what it says, through the real window.
class TestEditConflict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void conflict_eachWayOutSavesWhatItSays_data();
    void conflict_eachWayOutSavesWhatItSays();
    void deletedMeanwhile_offersToAddTheEditBack();

private:
    QString changeElsewhere(const QString &id, bool remove);
    // Answers the next editor: types `summary` into its summary field and presses OK.
    void typeSummary(const QString &summary, QString *targetShown = nullptr);
    Decision stored(const QString &id) const { return *CaseRepository(m_database->connection()).decision(id); }

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<CaseDatabase> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ModalAnswers> m_answers;
    MainWindow *m_window = nullptr;
};

namespace {
const QString Id = QStringLiteral("it-garante-2022-fine");
const QString TheirTarget = QStringLiteral("Clearview AI Inc. (their correction)");
const QString MySummary = QStringLiteral("My summary, typed while they saved");
} // namespace

void TestEditConflict::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("CASELINE_REDUCED_MOTION", "1");
}

void TestEditConflict::init()
{
    m_database = std::make_unique<CaseDatabase>(QStringLiteral("tst_editconflict_%1").arg(++m_run));
    QVERIFY2(m_database->open(m_dir.filePath(QStringLiteral("cases-%1.sqlite").arg(m_run))),
        qPrintable(m_database->errorString()));
    m_settings = std::make_unique<Settings>();
    m_window = new MainWindow(m_database.get(), m_settings.get());
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY(m_window->selectDecision(Id));
    m_answers = std::make_unique<ModalAnswers>();
}

void TestEditConflict::cleanup()
{
    if (m_answers) {
        QVERIFY2(m_answers->unexpected().isEmpty(), qPrintable(m_answers->unexpected().join(QLatin1Char('\n'))));
        QCOMPARE(m_answers->pending(), 0);
    }
    m_answers.reset();
    delete m_window;
    m_window = nullptr;
    m_settings.reset();
    m_database.reset();
}

QString TestEditConflict::changeElsewhere(const QString &id, bool remove)
{
    // Another caseline on the same file, as a colleague's would be on a team database.
    CaseDatabase other(QStringLiteral("tst_editconflict_colleague_%1").arg(m_run));
    if (!other.open(m_database->path()))
        return other.errorString();
    CaseRepository repository(other.connection());
    if (remove)
        return repository.deleteDecisions({ id }) ? QString() : repository.lastError();
    Decision d = *repository.decision(id);
    d.target = TheirTarget;
    return repository.saveDecisions({ d }) ? QString() : repository.lastError();
}

void TestEditConflict::typeSummary(const QString &summary, QString *targetShown)
{
    m_answers->expect([this, summary, targetShown](QWidget *w) {
        auto *editor = qobject_cast<DecisionEditor *>(w);
        if (!editor)
            return false;
        if (targetShown)
            *targetShown = editor->findChild<QLineEdit *>(QStringLiteral("target"))->text();
        auto *field = editor->findChild<QPlainTextEdit *>(QStringLiteral("summary"));
        if (!field)
            return false;
        field->setPlainText(summary);
        // The colleague saves while the form is open: once, before the first OK.
        if (stored(Id).target != TheirTarget) {
            const QString error = changeElsewhere(Id, false);
            if (!error.isEmpty())
                qWarning("%s", qPrintable(error));
        }
        editor->accept();
        return true;
    });
}

void TestEditConflict::conflict_eachWayOutSavesWhatItSays_data()
{
    QTest::addColumn<QString>("button"); // the conflict dialog's button; "back" for Back to the Form
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("target");

    const Decision original = [] {
        CaseDatabase bundled(QStringLiteral("tst_editconflict_bundled"));
        bundled.openBundledReadOnly();
        return *CaseRepository(bundled.connection()).decision(Id);
    }();
    QTest::newRow("save ticked fields: both changes") << QStringLiteral("conflictMerge") << MySummary << TheirTarget;
    QTest::newRow("keep mine: their target undone")
        << QStringLiteral("conflictKeepMine") << MySummary << original.target;
    QTest::newRow("keep theirs: my summary dropped")
        << QStringLiteral("conflictKeepTheirs") << original.summary << TheirTarget;
    QTest::newRow("back to the form: the merge shown, then saved") << QStringLiteral("back") << MySummary
                                                                   << TheirTarget;
}

void TestEditConflict::conflict_eachWayOutSavesWhatItSays()
{
    QFETCH(QString, button);
    QFETCH(QString, summary);
    QFETCH(QString, target);
    typeSummary(MySummary);
    QStringList shownFields;
    m_answers->expect([&](QWidget *w) {
        auto *dialog = qobject_cast<DecisionConflictDialog *>(w);
        if (!dialog)
            return false;
        shownFields = QStringList(dialog->fromMine().cbegin(), dialog->fromMine().cend());
        if (button == QLatin1String("back"))
            dialog->reject();
        else
            dialog->findChild<QPushButton *>(button)->click();
        return true;
    });
    QString targetShownAgain;
    if (button == QLatin1String("back"))
        typeSummary(MySummary, &targetShownAgain);

    m_window->dataActions()->editAction()->trigger();

    QCOMPARE(shownFields, QStringList { QStringLiteral("summary") });
    if (button == QLatin1String("back"))
        QCOMPARE(targetShownAgain, TheirTarget);
    const Decision saved = stored(Id);
    QCOMPARE(saved.summary, summary);
    QCOMPARE(saved.target, target);
    // The window shows what the database holds.
    const std::optional<Decision> shown = m_window->decisionModel()->wholeDecisionById(Id);
    QVERIFY(shown);
    QCOMPARE(shown->summary, summary);
    QCOMPARE(shown->target, target);
}

void TestEditConflict::deletedMeanwhile_offersToAddTheEditBack()
{
    m_answers->expect([this](QWidget *w) {
        auto *editor = qobject_cast<DecisionEditor *>(w);
        if (!editor)
            return false;
        editor->findChild<QPlainTextEdit *>(QStringLiteral("summary"))->setPlainText(MySummary);
        const QString error = changeElsewhere(Id, true);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        editor->accept();
        return true;
    });
    QString question;
    m_answers->pressButton(QMessageBox::Yes, &question);
    m_window->dataActions()->editAction()->trigger();
    QVERIFY2(question.contains(QLatin1String("deleted")), qPrintable(question));
    QCOMPARE(stored(Id).summary, MySummary);
    QVERIFY(m_window->decisionModel()->rowOf(Id) >= 0);
}

QTEST_MAIN(TestEditConflict)
#include "tst_editconflict.moc"
