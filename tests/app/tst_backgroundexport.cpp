// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// File > Export Data in the window (issue 13): the table's rows are read whole and written on a worker thread, with
// a progress bar and Cancel; the file holds what DecisionImporter::exportTo writes for the same rows, and a cancelled
// export leaves the file at that name as it was.
#include "backgroundtask.h"
#include "backgroundwork.h"
#include "casedatabase.h"
#include "caserepository.h"
#include "dataactions.h"
#include "decisionfilterproxy.h"
#include "decisionimporter.h"
#include "decisionmodel.h"
#include "mainwindow.h"
#include "modalanswers.h"
#include "settings.h"
#include "syntheticdecisions.h"
#include "taskprogress.h"
#include "testfiles.h"
#include "viewstate.h"

#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestBackgroundExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void export_writesTheTableRowsInTheBackground_data();
    void export_writesTheTableRowsInTheBackground();
    void cancel_leavesTheFileAsItWas_data();
    void cancel_leavesTheFileAsItWas();
    void unknownSuffix_isRefusedAtOnce();
    void bundledDataInMemory_isExportedToo();

private:
    bool waitUntilIdle(DataActions *data = nullptr);
    // The table's rows, in its order, whole: what the export must hold.
    QList<Decision> tableDecisions(const MainWindow *window = nullptr) const;

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ModalAnswers> m_answers;
    MainWindow *m_window = nullptr;
    DataActions *m_data = nullptr;
    int m_run = 0;
};

void TestBackgroundExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("CASELINE_REDUCED_MOTION", "1");
    // The bundled data and 5,000 synthetic decisions, made once.
    m_database = std::make_unique<CaseDatabase>(QStringLiteral("tst_backgroundexport"));
    QVERIFY2(m_database->open(m_dir.filePath(QStringLiteral("cases.sqlite"))), qPrintable(m_database->errorString()));
    CaseRepository repository(m_database->connection());
    QVERIFY2(repository.saveDecisions(SyntheticDecisions::generate(5000)), qPrintable(repository.lastError()));
}

void TestBackgroundExport::cleanupTestCase()
{
    m_database.reset();
}

void TestBackgroundExport::init()
{
    m_settings = std::make_unique<Settings>();
    m_window = new MainWindow(m_database.get(), m_settings.get());
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_data = m_window->dataActions();
    m_answers = std::make_unique<ModalAnswers>();
    ++m_run;
}

void TestBackgroundExport::cleanup()
{
    if (m_answers)
        QVERIFY2(m_answers->unexpected().isEmpty(), qPrintable(m_answers->unexpected().join(QLatin1Char('\n'))));
    m_answers.reset();
    delete m_window;
    m_window = nullptr;
    m_settings.reset();
}

bool TestBackgroundExport::waitUntilIdle(DataActions *data)
{
    if (!data)
        data = m_data;
    if (!data->isBusy())
        return true;
    QSignalSpy busy(data, &DataActions::busyChanged);
    return busy.wait(120000) && !data->isBusy();
}

QList<Decision> TestBackgroundExport::tableDecisions(const MainWindow *window) const
{
    if (!window)
        window = m_window;
    const DecisionFilterProxy *proxy = window->filterProxy();
    QList<int> rows;
    for (int row = 0; row < proxy->rowCount(); ++row)
        rows.append(proxy->mapToSource(proxy->index(row, 0)).row());
    return window->decisionModel()->wholeDecisions(rows);
}

void TestBackgroundExport::export_writesTheTableRowsInTheBackground_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("filteredAndSorted");
    QTest::newRow("JSON, every row") << QStringLiteral("json") << false;
    QTest::newRow("CSV, every row") << QStringLiteral("csv") << false;
    QTest::newRow("JSON, filtered, by amount, largest first") << QStringLiteral("json") << true;
    QTest::newRow("CSV, filtered, by amount, largest first") << QStringLiteral("csv") << true;
}

void TestBackgroundExport::export_writesTheTableRowsInTheBackground()
{
    QFETCH(QString, suffix);
    QFETCH(bool, filteredAndSorted);
    if (filteredAndSorted) {
        DecisionFilter filter;
        filter.countries = QStringList { QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("IT") };
        m_window->viewState()->setFilter(filter);
        m_window->tableView()->sortByColumn(DecisionModel::AmountColumn, Qt::DescendingOrder);
    }
    const QList<Decision> expected = tableDecisions();
    QVERIFY(expected.size() > (filteredAndSorted ? 100 : 5000));
    const QString file = m_dir.filePath(QStringLiteral("export-%1.%2").arg(m_run).arg(suffix));
    const QString reference = m_dir.filePath(QStringLiteral("reference-%1.%2").arg(m_run).arg(suffix));
    QVERIFY(DecisionImporter::exportTo(reference, expected).ok());

    QSignalSpy progress(m_data->backgroundTask(), &BackgroundTask::progress);
    QStringList enabledWhileRunning;
    connect(m_data->backgroundTask(), &BackgroundTask::progress, this, [&] {
        for (QAction *action : { m_data->importAction(), m_data->exportDataAction(), m_data->addAction() }) {
            if (action->isEnabled())
                enabledWhileRunning.append(action->text());
        }
    });
    const BackgroundWork::TickGaps ticks;
    m_data->exportDataTo(file);
    QVERIFY(m_data->isBusy());
    QVERIFY(m_data->taskProgress()->isVisible());
    QVERIFY(!m_data->exportDataAction()->isEnabled());
    QVERIFY(waitUntilIdle());

    QVERIFY2(ticks.longestMs() < 500, qPrintable(QString::number(ticks.longestMs())));
    QCOMPARE(TestFiles::readFile(file), TestFiles::readFile(reference));
    QCOMPARE(m_window->statusBar()->currentMessage(),
        QStringLiteral("Exported %1 decision(s) to %2").arg(expected.size()).arg(file));
    QVERIFY(enabledWhileRunning.isEmpty());
    QVERIFY(m_data->exportDataAction()->isEnabled());
    QVERIFY(!m_data->taskProgress()->isVisible());
    // The decisions read of all the rows, up to all of them.
    QVERIFY2(progress.count() > 1, qPrintable(QString::number(progress.count())));
    for (int i = 0; i < progress.count(); ++i) {
        QCOMPARE(progress.at(i).at(1).toLongLong(), qint64(expected.size()));
        if (i > 0)
            QVERIFY(progress.at(i).at(0).toLongLong() >= progress.at(i - 1).at(0).toLongLong());
    }
    QCOMPARE(progress.constLast().at(0).toLongLong(), qint64(expected.size()));
}

void TestBackgroundExport::cancel_leavesTheFileAsItWas_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("JSON") << QStringLiteral("json");
    QTest::newRow("CSV") << QStringLiteral("csv");
}

void TestBackgroundExport::cancel_leavesTheFileAsItWas()
{
    QFETCH(QString, suffix);
    const QString folder = m_dir.filePath(QStringLiteral("cancel-%1").arg(m_run));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/decisions.") + suffix;
    const QByteArray previous = "an earlier export\n";
    QVERIFY(TestFiles::writeFile(file, previous));

    QPushButton *cancel = m_data->taskProgress()->cancelButton();
    bool clicked = false;
    connect(m_data->backgroundTask(), &BackgroundTask::progress, this, [&] {
        if (!clicked) {
            clicked = true;
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    m_data->exportDataTo(file);
    QVERIFY(waitUntilIdle());
    QVERIFY(clicked);
    QCOMPARE(m_window->statusBar()->currentMessage(),
        QStringLiteral("Export cancelled: nothing was written to %1.").arg(file));
    QCOMPARE(TestFiles::readFile(file), previous);
    // No temporary file left behind.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList { QStringLiteral("decisions.") + suffix });
    QVERIFY(m_data->exportDataAction()->isEnabled());
}

void TestBackgroundExport::unknownSuffix_isRefusedAtOnce()
{
    const QString file = m_dir.filePath(QStringLiteral("decisions.txt"));
    QString text;
    m_answers->pressButton(QMessageBox::Ok, &text);
    m_data->exportDataTo(file);
    QCOMPARE(m_answers->pending(), 0);
    QCOMPARE(text, file + QStringLiteral(": choose a file name ending in .json or .csv"));
    QVERIFY(!m_data->isBusy());
    QVERIFY(!QFileInfo::exists(file));
}

// The bundled data, read-only in memory when the user's file is refused: a second connection would find it empty,
// so the work runs over the window's own (it is small).
void TestBackgroundExport::bundledDataInMemory_isExportedToo()
{
    CaseDatabase bundled(QStringLiteral("tst_backgroundexport_bundled"));
    QVERIFY2(bundled.openBundledReadOnly(), qPrintable(bundled.errorString()));
    Settings settings;
    MainWindow window(&bundled, &settings);
    const QList<Decision> expected = tableDecisions(&window);
    QVERIFY(expected.size() > 40);
    const QString file = m_dir.filePath(QStringLiteral("bundled.json"));
    const QString reference = m_dir.filePath(QStringLiteral("bundled-reference.json"));
    QVERIFY(DecisionImporter::exportTo(reference, expected).ok());
    window.dataActions()->exportDataTo(file);
    QVERIFY(waitUntilIdle(window.dataActions()));
    QCOMPARE(TestFiles::readFile(file), TestFiles::readFile(reference));
}

QTEST_MAIN(TestBackgroundExport)
#include "tst_backgroundexport.moc"
