// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// File > Import Decisions in the window (issue 13): the file is checked and compared with the database on a worker
// thread, then written on one, with a progress bar and Cancel in the status bar. The window keeps responding, the
// actions that change decisions wait, and a cancelled import writes nothing.
#include "backgroundtask.h"
#include "backgroundwork.h"
#include "casedatabase.h"
#include "caserepository.h"
#include "dataactions.h"
#include "decisionimporter.h"
#include "decisionmodel.h"
#include "detailpanel.h"
#include "mainwindow.h"
#include "modalanswers.h"
#include "settings.h"
#include "syntheticdecisions.h"
#include "taskprogress.h"
#include "testfiles.h"

#include <QAction>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using BackgroundWork::stored;

class TestBackgroundImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void import_runsInTheBackgroundWithProgress_data();
    void import_runsInTheBackgroundWithProgress();
    void cancel_writesNothing_data();
    void cancel_writesNothing();
    void problems_areShownAndNothingIsWritten();
    void databaseChangedAfterTheQuestion_reloadsAndWritesNothing();
    void closingWhileWriting_writesNothing();

private:
    QString importFile(const QString &suffix);
    QList<QAction *> changingActions() const;
    bool waitUntilIdle();

    QTemporaryDir m_dir;
    QList<Decision> m_synthetic;
    int m_run = 0;
    std::unique_ptr<CaseDatabase> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ModalAnswers> m_answers;
    MainWindow *m_window = nullptr;
    DataActions *m_data = nullptr;
};

void TestBackgroundImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("CASELINE_REDUCED_MOTION", "1");
    m_synthetic = SyntheticDecisions::generate(5000);
}

void TestBackgroundImport::init()
{
    m_database = std::make_unique<CaseDatabase>(QStringLiteral("tst_backgroundimport_%1").arg(++m_run));
    QVERIFY2(m_database->open(m_dir.filePath(QStringLiteral("cases-%1.sqlite").arg(m_run))),
        qPrintable(m_database->errorString()));
    m_settings = std::make_unique<Settings>();
    m_window = new MainWindow(m_database.get(), m_settings.get());
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_data = m_window->dataActions();
    m_answers = std::make_unique<ModalAnswers>();
}

void TestBackgroundImport::cleanup()
{
    if (m_answers)
        QVERIFY2(m_answers->unexpected().isEmpty(), qPrintable(m_answers->unexpected().join(QLatin1Char('\n'))));
    m_answers.reset();
    delete m_window;
    m_window = nullptr;
    m_settings.reset();
    m_database.reset();
}

// The 5,000 synthetic decisions, new to the database, as `caseline export-data` would write them.
QString TestBackgroundImport::importFile(const QString &suffix)
{
    const QString file = m_dir.filePath(QStringLiteral("synthetic-%1.%2").arg(m_run).arg(suffix));
    const OutputFile::Result written = DecisionImporter::exportTo(file, m_synthetic);
    return written.ok() ? file : QString();
}

QList<QAction *> TestBackgroundImport::changingActions() const
{
    return { m_data->importAction(), m_data->exportDataAction(), m_data->addAction(), m_data->editAction(),
        m_data->deleteAction(), m_data->restoreAllAction() };
}

bool TestBackgroundImport::waitUntilIdle()
{
    if (!m_data->isBusy())
        return true;
    QSignalSpy busy(m_data, &DataActions::busyChanged);
    return busy.wait(120000) && !m_data->isBusy();
}

void TestBackgroundImport::import_runsInTheBackgroundWithProgress_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("JSON") << QStringLiteral("json");
    QTest::newRow("CSV") << QStringLiteral("csv");
}

void TestBackgroundImport::import_runsInTheBackgroundWithProgress()
{
    QFETCH(QString, suffix);
    const QString file = importFile(suffix);
    QVERIFY(!file.isEmpty());
    const int before = m_window->decisionModel()->rowCount();
    QString question;
    m_answers->pressButton(QStringLiteral("Import"), &question);

    BackgroundTask *task = m_data->backgroundTask();
    QSignalSpy progress(task, &BackgroundTask::progress);
    // Where each piece of work (the check, then the write) starts among the progress reports.
    QList<int> starts;
    connect(task, &BackgroundTask::started, this, [&] { starts.append(progress.count()); });
    QStringList disabledWhileRunning;
    QString readWhileRunning;
    connect(task, &BackgroundTask::progress, this, [&] {
        for (QAction *action : changingActions()) {
            if (!action->isEnabled() && !disabledWhileRunning.contains(action->text()))
                disabledWhileRunning.append(action->text());
        }
        // The window is read as usual meanwhile: another decision selected shows in the detail panel.
        if (readWhileRunning.isEmpty() && m_window->selectDecision(QStringLiteral("it-garante-2022-fine")))
            readWhileRunning = m_window->detailPanel()->decisionId();
    });
    const BackgroundWork::TickGaps ticks;

    m_data->importFile(file);
    QVERIFY(m_data->isBusy());
    TaskProgress *bar = m_data->taskProgress();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->cancelButton()->isEnabled());
    QVERIFY(waitUntilIdle());

    QVERIFY2(ticks.longestMs() < 500, qPrintable(QString::number(ticks.longestMs())));
    QCOMPARE(question, QStringLiteral("5000 new and 0 updated decision(s); 0 unchanged. Import them?"));
    QCOMPARE(m_window->decisionModel()->rowCount(), before + 5000);
    QCOMPARE(CaseRepository(m_database->connection()).decisionCount(), qint64(before + 5000));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Imported 5000 new and 0 updated decision(s)."));
    QVERIFY(!bar->isVisible());
    QCOMPARE(readWhileRunning, QStringLiteral("it-garante-2022-fine"));
    QCOMPARE(disabledWhileRunning.size(), changingActions().size());
    // Edit and Delete need a selected decision; the reload after an import clears the selection, as it always did.
    for (QAction *action : { m_data->importAction(), m_data->exportDataAction(), m_data->addAction(),
             m_data->restoreAllAction() })
        QVERIFY2(action->isEnabled(), qPrintable(action->text()));

    // Each piece of work counts up to its total and ends there.
    QCOMPARE(starts.size(), 2);
    QCOMPARE(starts.constFirst(), 0);
    starts.append(int(progress.count()));
    for (int piece = 0; piece < 2; ++piece) {
        const int first = starts.at(piece);
        const int end = starts.at(piece + 1);
        QVERIFY2(end - first > 1, qPrintable(QStringLiteral("piece %1: %2 reports").arg(piece).arg(end - first)));
        const qint64 total = progress.at(first).at(1).toLongLong();
        QVERIFY(total > 0);
        for (int i = first; i < end; ++i) {
            QCOMPARE(progress.at(i).at(1).toLongLong(), total);
            if (i > first)
                QVERIFY(progress.at(i).at(0).toLongLong() >= progress.at(i - 1).at(0).toLongLong());
        }
        QCOMPARE(progress.at(end - 1).at(0).toLongLong(), total);
    }
}

void TestBackgroundImport::cancel_writesNothing_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("inTheWrite");
    QTest::newRow("JSON, while it is checked") << QStringLiteral("json") << false;
    QTest::newRow("JSON, while it is written") << QStringLiteral("json") << true;
    QTest::newRow("CSV, while it is checked") << QStringLiteral("csv") << false;
    QTest::newRow("CSV, while it is written") << QStringLiteral("csv") << true;
}

void TestBackgroundImport::cancel_writesNothing()
{
    QFETCH(QString, suffix);
    QFETCH(bool, inTheWrite);
    const QString file = importFile(suffix);
    QVERIFY(!file.isEmpty());
    const BackgroundWork::Stored before = stored(m_database->connection());
    const QByteArray fileBefore = TestFiles::fileState(m_database->path());
    const int rows = m_window->decisionModel()->rowCount();
    bool confirmed = false;
    if (inTheWrite) {
        m_answers->expect([&confirmed](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box)
                return false;
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == QLatin1String("Import")) {
                    confirmed = true;
                    b->click();
                    return true;
                }
            }
            return false;
        });
    }
    QPushButton *cancel = m_data->taskProgress()->cancelButton();
    bool clicked = false;
    connect(m_data->backgroundTask(), &BackgroundTask::progress, this, [&] {
        if (clicked || inTheWrite != confirmed)
            return;
        clicked = true;
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(cancel->text(), QStringLiteral("Cancelling..."));
    });

    m_data->importFile(file);
    QVERIFY(waitUntilIdle());
    QVERIFY(clicked);
    QCOMPARE(confirmed, inTheWrite);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Import cancelled: nothing was imported."));
    QVERIFY(stored(m_database->connection()) == before);
    QCOMPARE(TestFiles::fileState(m_database->path()), fileBefore);
    QCOMPARE(m_window->decisionModel()->rowCount(), rows);
    for (QAction *action : changingActions())
        QVERIFY2(action->isEnabled(), qPrintable(action->text()));
    QVERIFY(!m_data->taskProgress()->isVisible());
}

void TestBackgroundImport::problems_areShownAndNothingIsWritten()
{
    const QString file = m_dir.filePath(QStringLiteral("bad-%1.csv").arg(m_run));
    QVERIFY(TestFiles::writeFile(file,
        "id,country,authority,decision_type,decision_date\n"
        "n-1,FR,CNIL,fine,2024-01-02\n"
        "n-2,FR,CNIL,fine,2024-13-01\n"));
    const BackgroundWork::Stored before = stored(m_database->connection());
    QString text;
    QString details;
    m_answers->pressButton(QMessageBox::Ok, &text, &details);
    m_data->importFile(file);
    QVERIFY(waitUntilIdle());
    QCOMPARE(m_answers->pending(), 0);
    QCOMPARE(text, QStringLiteral("1 problem(s) found. Nothing was imported: fix the file and import it again."));
    QVERIFY2(details.startsWith(file + QStringLiteral(":3: decision_date:")), qPrintable(details));
    QVERIFY(stored(m_database->connection()) == before);
    QVERIFY(m_data->importAction()->isEnabled());
}

// Another caseline writes while the question is open: the import no longer does what was asked, so it writes
// nothing, says so, and the window shows the database as it is now (as a conflict always did).
void TestBackgroundImport::databaseChangedAfterTheQuestion_reloadsAndWritesNothing()
{
    const QString file = importFile(QStringLiteral("json"));
    QVERIFY(!file.isEmpty());
    const int rows = m_window->decisionModel()->rowCount();
    Decision added = m_synthetic.constFirst();
    QString warning;
    m_answers->expect([&](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        if (!box)
            return false;
        CaseRepository other(m_database->connection());
        QList<Decision> save { added };
        if (!other.saveIfUnchanged(save))
            return false;
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == QLatin1String("Import"))
                b->click();
        }
        return true;
    });
    m_answers->pressButton(QMessageBox::Ok, &warning);
    m_data->importFile(file);
    QVERIFY(waitUntilIdle());
    QCOMPARE(m_answers->pending(), 0);
    QVERIFY2(warning.startsWith(file + QStringLiteral(" or the database changed since you confirmed the import")),
        qPrintable(warning));
    QCOMPARE(CaseRepository(m_database->connection()).decisionCount(), qint64(rows + 1));
    QCOMPARE(m_window->decisionModel()->rowCount(), rows + 1);
    QVERIFY(m_window->decisionModel()->rowOf(added.id) >= 0);
}

// Closing the window stops the write and waits for it: the transaction is rolled back.
void TestBackgroundImport::closingWhileWriting_writesNothing()
{
    const QString file = importFile(QStringLiteral("json"));
    QVERIFY(!file.isEmpty());
    const BackgroundWork::Stored before = stored(m_database->connection());
    bool confirmed = false;
    m_answers->expect([&confirmed](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        if (!box)
            return false;
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == QLatin1String("Import")) {
                confirmed = true;
                b->click();
            }
        }
        return confirmed;
    });
    bool closed = false;
    connect(m_data->backgroundTask(), &BackgroundTask::progress, this, [&] {
        if (!confirmed || closed)
            return;
        closed = true;
        // Not from inside the task's own signal: the window (and the task with it) goes once it has returned.
        QTimer::singleShot(0, this, [this] {
            delete m_window;
            m_window = nullptr;
        });
    });
    m_data->importFile(file);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window, 60000);
    QVERIFY(stored(m_database->connection()) == before);
}

QTEST_MAIN(TestBackgroundImport)
#include "tst_backgroundimport.moc"
