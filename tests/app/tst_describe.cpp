// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alttextfile.h"
#include "casedatabase.h"
#include "commandcontext.h"
#include "countrychartview.h"
#include "describeaction.h"
#include "describecommand.h"
#include "describedialog.h"
#include "exportactions.h"
#include "exportcommand.h"
#include "filteroptions.h"
#include "mainwindow.h"
#include "settings.h"
#include "temporarydatabase.h"
#include "timelineview.h"
#include "uilanguage.h"
#include "viewdescriptions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// A subcommand run in this process as CommandLine runs it: the filter options and its own, parsed together, then
// run on `database`.
Run runInProcess(Subcommand &command, const QString &name, const QStringList &arguments, CaseDatabase &database)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(name, QString());
    parser.addOptions(FilterOptions::options());
    parser.addOptions(command.options());
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    if (!parser.parse(QStringList{QStringLiteral("caseline")} + arguments)) {
        run.err = parser.errorText();
        run.code = Subcommand::UsageError;
        return run;
    }
    DecisionFilter filter;
    DateBasis basis = DateBasis::Adopted;
    QString problem;
    if (!FilterOptions::read(parser, &filter, &basis, &problem) || !command.readOptions(parser, &problem)) {
        run.err = problem;
        run.code = Subcommand::UsageError;
        return run;
    }
    const CommandContext context{database, filter, basis, out, err, QStringLiteral("caseline %1: ").arg(name)};
    run.code = command.run(context);
    out.flush();
    err.flush();
    return run;
}

QString contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The blocks of a description as printed: paragraphs and tables between blank lines.
QStringList blocksOf(const QString &text)
{
    return text.split(QStringLiteral("\n\n"));
}

} // namespace

// Issue 14's text alternative: `caseline describe VIEW`, the FILE.txt beside every exported figure, and View >
// Describe in the window, all from the figures the views draw.
class TestDescribe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void describeCommand_printsSentencesThenTheTable_data();
    void describeCommand_printsSentencesThenTheTable();
    void describeCommand_refusesWhatItCannotDescribe_data();
    void describeCommand_refusesWhatItCannotDescribe();

    void export_writesTheDescriptionAndCitationBesideTheImage_data();
    void export_writesTheDescriptionAndCitationBesideTheImage();
    void export_presentationDeckGetsItsSpokenText();
    void export_neverWritesTheTextOverANonRegularFileOrTheImage_data();
    void export_neverWritesTheTextOverANonRegularFileOrTheImage();

    void window_describeShowsTheViewInFrontAndCopiesIt();
    void window_describeFollowsTheFocusedView();
    void window_exportWritesTheDescriptionBesideTheFile();
    void window_shortcutIsCtrlShiftDAndUnique();

private:
    void openWindow();

    QTemporaryDir m_dir;
    std::unique_ptr<TemporaryDatabase> m_database;
    CaseDatabase *m_windowDatabase = nullptr;
    Settings *m_settings = nullptr;
    MainWindow *m_window = nullptr;
};

void TestDescribe::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("caseline-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_describe"));
    QVERIFY(m_dir.isValid());
    // As --lang en does: English words, and English formats as the default locale.
    QVERIFY(UiLanguage::instance()->apply(QStringLiteral("en")));
    QCOMPARE(QLocale().language(), QLocale::English);
    m_database = std::make_unique<TemporaryDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->errorString()));
}

void TestDescribe::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_settings;
    m_settings = nullptr;
    delete m_windowDatabase;
    m_windowDatabase = nullptr;
}

void TestDescribe::openWindow()
{
    QSettings().clear();
    m_windowDatabase = new CaseDatabase(QStringLiteral("tst_describe_window"));
    QVERIFY2(m_windowDatabase->open(m_dir.filePath(QStringLiteral("window.sqlite"))),
        qPrintable(m_windowDatabase->errorString()));
    m_settings = new Settings;
    m_settings->load();
    m_window = new MainWindow(m_windowDatabase, m_settings);
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestDescribe::describeCommand_printsSentencesThenTheTable_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("sentences"); // in the first paragraph, as they are
    QTest::addColumn<QString>("tableHeader"); // the last block's first line starts so
    QTest::addRow("timeline") << QStringList{QStringLiteral("timeline")}
                              << QStringList{QStringLiteral("They run from 24 January 2020 to 18 February 2026."),
                                     QStringLiteral("Dates are those of adoption.")}
                              << QStringLiteral("Date ");
    QTest::addRow("cumulative") << QStringList{QStringLiteral("cumulative")}
                                << QStringList{QStringLiteral("In all, €104,620,279 was imposed."),
                                       QStringLiteral("€104,620,279 still stands after appeals."),
                                       QStringLiteral("€0 is recorded as collected.")}
                                << QStringLiteral("Date ");
    // Over a range, the totals start where the earlier decisions left them, as the exported chart does.
    QTest::addRow("cumulative, 2023") << QStringList{QStringLiteral("cumulative"), QStringLiteral("--from"),
        QStringLiteral("2023-01-01"), QStringLiteral("--to"), QStringLiteral("2023-12-31")}
        << QStringList{QStringLiteral("Before 1 January 2023, €68,920,279 had been imposed, of which €68,920,279 still stood."),
               QStringLiteral("By 31 December 2023, €65,200,000 still stood after appeals.")}
        << QStringLiteral("Date ");
    // A free-text search reads the matching decisions whole (the views' read leaves the texts out), for the view and
    // for the running totals before the range.
    QTest::addRow("timeline, searched") << QStringList{QStringLiteral("timeline"), QStringLiteral("--search"),
        QStringLiteral("CNIL")}
        << QStringList{QStringLiteral("The timeline shows 4 decisions."),
               QStringLiteral("By country: 3 in France and 1 in United States.")}
        << QStringLiteral("Date ");
    QTest::addRow("cumulative, searched, from 2023") << QStringList{QStringLiteral("cumulative"),
        QStringLiteral("--search"), QStringLiteral("fine"), QStringLiteral("--from"), QStringLiteral("2023-01-01")}
        << QStringList{QStringLiteral("Before 1 January 2023, €68,920,279 had been imposed, of which €68,920,279 still stood."),
               QStringLiteral("In all, €99,420,279 was imposed.")}
        << QStringLiteral("Date ");
    QTest::addRow("countries, announced") << QStringList{QStringLiteral("countries"), QStringLiteral("--date-basis"),
        QStringLiteral("announced")}
        << QStringList{QStringLiteral("In all, €104,620,279 was imposed.")} << QStringLiteral("Rank ");
    QTest::addRow("dashboard: the timeline, then the chart") << QStringList{QStringLiteral("dashboard"),
        QStringLiteral("--country"), QStringLiteral("FR")}
        << QStringList{QStringLiteral("They run from 26 November 2021 to 13 April 2023."),
               QStringLiteral("In all, €25,200,000 was imposed.")}
        << QStringLiteral("Date ");
    QTest::addRow("presentation") << QStringList{QStringLiteral("presentation"), QStringLiteral("--country"),
        QStringLiteral("IT")}
        << QStringList{QStringLiteral("Its decisions are dated 10 February 2022."),
               QStringLiteral("By its last step: €20,000,000 imposed, €20,000,000 standing, €0 collected.")}
        << QStringLiteral("Step ");
}

void TestDescribe::describeCommand_printsSentencesThenTheTable()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, sentences);
    QFETCH(QString, tableHeader);
    DescribeCommand command;
    const Run run = runInProcess(command, QStringLiteral("describe"), arguments, m_database->database());
    QCOMPARE(run.code, int(Subcommand::Success));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(run.out.endsWith(QLatin1Char('\n')));
    const QStringList blocks = blocksOf(run.out);
    QVERIFY2(blocks.size() >= 2, qPrintable(run.out));
    // A paragraph of sentences first, on one line; the table last.
    const QString paragraph = blocks.constFirst();
    QVERIFY2(!paragraph.contains(QLatin1Char('\n')), qPrintable(paragraph));
    for (const QString &sentence : sentences)
        QVERIFY2(paragraph.contains(sentence), qPrintable(paragraph));
    QVERIFY2(blocks.constLast().startsWith(tableHeader), qPrintable(blocks.constLast()));
    QVERIFY(!run.out.contains(QChar(0x202f)));
}

void TestDescribe::describeCommand_refusesWhatItCannotDescribe_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");
    QTest::addRow("no view") << QStringList() << int(Subcommand::UsageError) << QStringLiteral("expected the view");
    QTest::addRow("unknown view") << QStringList{QStringLiteral("map")} << int(Subcommand::UsageError)
                                  << QStringLiteral("unknown view 'map'");
    QTest::addRow("a script for the timeline") << QStringList{QStringLiteral("timeline"), QStringLiteral("--script"),
        QStringLiteral("x")} << int(Subcommand::UsageError) << QStringLiteral("only the presentation view");
    QTest::addRow("nothing matches") << QStringList{QStringLiteral("cumulative"), QStringLiteral("--country"),
        QStringLiteral("JP")} << int(Subcommand::Failure) << QStringLiteral("no decision matches the filters");
}

void TestDescribe::describeCommand_refusesWhatItCannotDescribe()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, error);
    DescribeCommand command;
    const Run run = runInProcess(command, QStringLiteral("describe"), arguments, m_database->database());
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestDescribe::export_writesTheDescriptionAndCitationBesideTheImage_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("opening"); // the text file's first words; empty: the citation alone
    QTest::addRow("cumulative, png") << QStringLiteral("cumulative") << QStringList()
                                     << QStringLiteral("The chart shows the running totals");
    QTest::addRow("timeline, svg") << QStringLiteral("timeline") << QStringList() << QStringLiteral("The timeline shows");
    QTest::addRow("countries, --no-alt-text") << QStringLiteral("countries") << QStringList{QStringLiteral("--no-alt-text")}
                                              << QString();
}

void TestDescribe::export_writesTheDescriptionAndCitationBesideTheImage()
{
    QFETCH(QString, view);
    QFETCH(QStringList, options);
    QFETCH(QString, opening);
    const QString image = m_dir.filePath(view + (view == QLatin1String("timeline") ? QStringLiteral(".svg") : QStringLiteral(".png")));
    ExportCommand command;
    const Run run = runInProcess(command, QStringLiteral("export"),
        QStringList{view, QStringLiteral("-o"), image, QStringLiteral("--size"), QStringLiteral("800x450")} + options,
        m_database->database());
    QCOMPARE(run.code, int(Subcommand::Success));
    QVERIFY2(QFileInfo(image).size() > 0, qPrintable(run.err));
    const QString text = contentOf(image + QStringLiteral(".txt"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    // The citation is the last line, whatever comes before it.
    QVERIFY2(text.endsWith(QLatin1Char('\n')) && lines.at(lines.size() - 2).startsWith(QStringLiteral("Source: caseline dataset")),
        qPrintable(text));
    if (opening.isEmpty()) {
        QCOMPARE(lines.size(), 2);
        return;
    }
    QVERIFY2(text.startsWith(opening), qPrintable(text));
    // The description the command prints for the same view, then a blank line and the citation.
    DescribeCommand describe;
    const Run described = runInProcess(describe, QStringLiteral("describe"), {view}, m_database->database());
    QCOMPARE(described.code, int(Subcommand::Success));
    QCOMPARE(text.left(described.out.size() + 1), described.out + QLatin1Char('\n'));
}

void TestDescribe::export_presentationDeckGetsItsSpokenText()
{
    const QString deck = m_dir.filePath(QStringLiteral("deck.pdf"));
    ExportCommand command;
    const Run run = runInProcess(command, QStringLiteral("export"),
        {QStringLiteral("presentation"), QStringLiteral("-o"), deck, QStringLiteral("--country"), QStringLiteral("GR")},
        m_database->database());
    QCOMPARE(run.code, int(Subcommand::Success));
    const QString text = contentOf(AltTextFile::pathFor(deck));
    QVERIFY2(text.contains(QStringLiteral("\n\nStep 1 of 1. Greece, 13 July 2022.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Running totals on 13 July 2022: €20,000,000 imposed, €20,000,000 standing, €0 collected.")));
    QVERIFY(text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).constLast().startsWith(QStringLiteral("Source: caseline dataset")));
}

void TestDescribe::export_neverWritesTheTextOverANonRegularFileOrTheImage_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("a folder") << QStringLiteral("folder");
    QTest::addRow("a FIFO") << QStringLiteral("fifo");
    QTest::addRow("a link to the image itself") << QStringLiteral("link");
}

void TestDescribe::export_neverWritesTheTextOverANonRegularFileOrTheImage()
{
    QFETCH(QString, kind);
    const QString image = m_dir.filePath(QStringLiteral("guarded-%1.png").arg(kind));
    const QString text = AltTextFile::pathFor(image);
    const QByteArray earlier("an earlier image");
    {
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(earlier);
    }
    if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkpath(text));
    else if (kind == QLatin1String("fifo"))
        QCOMPARE(::mkfifo(QFile::encodeName(text).constData(), 0600), 0);
    else
        QVERIFY(QFile::link(image, text));
    ExportCommand command;
    const Run run = runInProcess(command, QStringLiteral("export"),
        {QStringLiteral("timeline"), QStringLiteral("-o"), image}, m_database->database());
    // Refused before anything is drawn: the image and whatever stands at FILE.txt are left as they were.
    QCOMPARE(run.code, int(Subcommand::UsageError));
    QVERIFY2(run.err.contains(QFileInfo(text).fileName()), qPrintable(run.err));
    QCOMPARE(contentOf(image).toUtf8(), earlier);
    const QFileInfo info(text);
    if (kind == QLatin1String("folder"))
        QVERIFY(info.isDir());
    else if (kind == QLatin1String("link"))
        QVERIFY(info.isSymLink());
    else
        QVERIFY(info.exists() && !info.isFile() && !info.isDir());
}

void TestDescribe::window_describeShowsTheViewInFrontAndCopiesIt()
{
    openWindow();
    QAction *describe = m_window->findChild<QAction *>(QStringLiteral("describeAction"));
    QVERIFY(describe);
    QCOMPARE(describe->text(), QStringLiteral("&Describe..."));
    // The table is in front of the charts: the timeline is described.
    QCOMPARE(m_window->bottomTabs()->currentIndex(), 0);
    QString shown;
    QString chart;
    QString copied;
    bool closed = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<DescribeDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = dialog->text();
        QApplication::clipboard()->clear();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("describeCopy")), Qt::LeftButton);
        copied = QApplication::clipboard()->text();
        // Another view from the dialog's own list.
        dialog->findChild<QComboBox *>(QStringLiteral("describeView"))->setCurrentIndex(1);
        chart = dialog->findChild<QPlainTextEdit *>(QStringLiteral("describeText"))->toPlainText();
        QTest::keyClick(dialog, Qt::Key_Escape);
        closed = !dialog->isVisible();
    });
    describe->trigger();
    QVERIFY2(shown.startsWith(QStringLiteral("The timeline shows 43 decision")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("They run from 24 January 2020 to 18 February 2026.")));
    QCOMPARE(copied, shown);
    QVERIFY2(chart.contains(QStringLiteral("In all, €104,620,279 was imposed.")), qPrintable(chart));
    QVERIFY(closed);
}

void TestDescribe::window_describeFollowsTheFocusedView()
{
    openWindow();
    auto *describe = m_window->findChild<DescribeAction *>();
    QVERIFY(describe);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QCOMPARE(describe->currentView(), QStringLiteral("timeline"));
    // The chart by country in front of the table: it is what the user looks at under the timeline.
    m_window->bottomTabs()->setCurrentIndex(2);
    QTRY_COMPARE(describe->currentView(), QStringLiteral("countries"));
    // Unless the keyboard is on the timeline.
    m_window->timelineView()->setFocus();
    QTRY_COMPARE(describe->currentView(), QStringLiteral("timeline"));
    m_window->bottomTabs()->setCurrentIndex(1);
    m_window->bottomTabs()->currentWidget()->setFocus();
    QTRY_COMPARE(describe->currentView(), QStringLiteral("cumulative"));
}

void TestDescribe::window_exportWritesTheDescriptionBesideTheFile()
{
    openWindow();
    ExportActions *exports = m_window->exportActions();
    ExportChoices choices = exports->initialChoices(QStringLiteral("countries"));
    choices.fileName = m_dir.filePath(QStringLiteral("window-countries.svg"));
    QCOMPARE(exports->write(*m_window->countryChart(), QStringLiteral("countries"), choices), QString());
    const QString text = contentOf(AltTextFile::pathFor(choices.fileName));
    QVERIFY2(text.startsWith(QStringLiteral("Money was imposed in 5 ")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("From most to least: Netherlands (€30,500,000)")));
    QVERIFY(text.endsWith(QStringLiteral("\n\n") + exports->citation() + QLatin1Char('\n')));
}

void TestDescribe::window_shortcutIsCtrlShiftDAndUnique()
{
    openWindow();
    QAction *describe = m_window->findChild<QAction *>(QStringLiteral("describeAction"));
    QVERIFY(describe);
    QCOMPARE(describe->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    // Every shortcut of the window once, the new one included.
    QHash<QKeySequence, QString> seen;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts()) {
            if (keys.isEmpty())
                continue;
            QVERIFY2(!seen.contains(keys),
                qPrintable(QStringLiteral("%1 and %2 share %3").arg(seen.value(keys), action->text(), keys.toString())));
            seen.insert(keys, action->text());
        }
    }
}

QTEST_MAIN(TestDescribe)
#include "tst_describe.moc"
