// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatabase.h"
#include "citation.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "exportactions.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "settings.h"
#include "theme.h"
#include "timelinerenderer.h"
#include "timelineview.h"
#include "viewstate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The window's exports, prints and citation, driven through its menus and the real export dialog.
class TestExportActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menus_offerPrintAndCopyCitation_withoutShortcutClashes();
    void copyCitation_citesWhatTheWindowShows();
    void exportWithASelectionInACluster_equalsOneWithout();
    void exportChoices_areRememberedForTheNextExport();
    void print_drawsTheFramedViewOnThePage();

private:
    QAction *menuAction(const QString &menu, const QString &text) const;
    // Triggers `action`, fills the export dialog it opens with `file` and presses Export.
    void exportThroughTheDialog(QAction *action, const QString &file);
    QString idInACluster() const;

    QTemporaryDir m_dir;
    CaseDatabase *m_database = nullptr;
    Settings *m_settings = nullptr;
    MainWindow *m_window = nullptr;
};

void TestExportActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("caseline-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportactions"));
    QVERIFY(m_dir.isValid());
}

void TestExportActions::init()
{
    QSettings().clear();
    m_database = new CaseDatabase(QStringLiteral("tst_exportactions"));
    QVERIFY2(m_database->open(m_dir.filePath(QStringLiteral("cases.sqlite"))), qPrintable(m_database->errorString()));
    m_settings = new Settings;
    m_settings->load();
    m_window = new MainWindow(m_database, m_settings);
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestExportActions::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_settings;
    m_settings = nullptr;
    delete m_database;
    m_database = nullptr;
}

QAction *TestExportActions::menuAction(const QString &menu, const QString &text) const
{
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->text() != menu || !top->menu())
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

void TestExportActions::exportThroughTheDialog(QAction *action, const QString &file)
{
    bool pressed = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("exportFile"));
        edit->setText(file);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        pressed = true;
    });
    action->trigger();
    QVERIFY(pressed);
}

QString TestExportActions::idInACluster() const
{
    const TimelineView *view = m_window->timelineView();
    const TimelineRenderer &renderer = view->renderer();
    const Theme theme = Theme::named(m_window->viewState()->theme());
    const TimelineRenderer::Geometry g = renderer.geometry(QRectF(view->rect()), theme);
    const TimelineFrame frame = renderer.frame(g, theme);
    for (int item = 0; item < renderer.layout().itemCount(); ++item) {
        const int marker = frame.markerOfItem(item);
        if (marker >= 0 && frame.markers().at(marker).isCluster())
            return renderer.layout().item(item).id;
    }
    return {};
}

void TestExportActions::menus_offerPrintAndCopyCitation_withoutShortcutClashes()
{
    QAction *print = menuAction(QStringLiteral("&File"), QStringLiteral("&Print Timeline..."));
    QVERIFY(print);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(menuAction(QStringLiteral("&File"), QStringLiteral("P&rint Chart...")));
    QAction *cite = menuAction(QStringLiteral("&Edit"), QStringLiteral("Copy Ci&tation"));
    QVERIFY(cite);
    QCOMPARE(cite->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QHash<QKeySequence, QString> seen;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        QVERIFY2(!seen.contains(action->shortcut()),
            qPrintable(QStringLiteral("%1 and %2 share %3")
                           .arg(seen.value(action->shortcut()), action->text(), action->shortcut().toString())));
        seen.insert(action->shortcut(), action->text());
    }
}

void TestExportActions::copyCitation_citesWhatTheWindowShows()
{
    DecisionFilter filter;
    filter.countries = { QStringLiteral("FR"), QStringLiteral("IT") };
    m_window->viewState()->setFilter(filter);
    m_window->viewState()->setDateBasis(DateBasis::Announced);
    const int shown = m_window->filterProxy()->rowCount();
    QVERIFY(shown > 0 && shown < m_window->decisionModel()->rowCount());
    QApplication::clipboard()->clear();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::clipboard()->text(),
        Citation::text(DatasetInfo::bundled(), shown, DateBasis::Announced, filter));
    QVERIFY(QApplication::clipboard()->text().endsWith(QLatin1String("dates: announced; filters: country FR, IT")));
}

void TestExportActions::exportWithASelectionInACluster_equalsOneWithout()
{
    const QString id = idInACluster();
    QVERIFY2(!id.isEmpty(), "the window shows no cluster at this size");
    QVERIFY(m_window->selectDecision(id));
    QVERIFY(m_window->timelineView()->renderer().selectedItem() >= 0);
    QAction *exportTimeline = menuAction(QStringLiteral("&File"), QStringLiteral("Export &Timeline..."));
    QVERIFY(exportTimeline);
    const QString selected = m_dir.filePath(QStringLiteral("selected.png"));
    exportThroughTheDialog(exportTimeline, selected);

    m_window->selectionModel()->clear();
    QCOMPARE(m_window->timelineView()->renderer().selectedItem(), -1);
    const QString unselected = m_dir.filePath(QStringLiteral("unselected.png"));
    exportThroughTheDialog(exportTimeline, unselected);

    const QImage a(selected);
    QCOMPARE(a.size(), QSize(1920, 1080));
    QCOMPARE(a, QImage(unselected));
    // Its description and citation go beside it, as from the command line.
    QFile cited(Citation::fileNameFor(selected));
    QVERIFY(cited.open(QIODevice::ReadOnly));
    const QString beside = QString::fromUtf8(cited.readAll());
    QVERIFY2(beside.startsWith(QStringLiteral("The timeline shows 43 ")), qPrintable(beside));
    QVERIFY(beside.endsWith(QStringLiteral("\n\n") + m_window->exportActions()->citation() + QLatin1Char('\n')));
}

void TestExportActions::exportChoices_areRememberedForTheNextExport()
{
    QAction *exportChart = menuAction(QStringLiteral("&File"), QStringLiteral("Export &Chart..."));
    QVERIFY(exportChart);
    const QString file = m_dir.filePath(QStringLiteral("figures/chart.svg"));
    exportThroughTheDialog(exportChart, file);
    QVERIFY(QFile::exists(file));
    // The next export starts in the same folder, in the same format, named after its view.
    const ExportChoices next = m_window->exportActions()->initialChoices(QStringLiteral("timeline"));
    QCOMPARE(next.fileName, m_dir.filePath(QStringLiteral("figures/caseline-timeline.svg")));
    QCOMPARE(next.titleText, QStringLiteral("Decisions against Clearview AI"));
    Settings another;
    another.load();
    QCOMPARE(another.exportChoices().fileName, file);
}

void TestExportActions::print_drawsTheFramedViewOnThePage()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString file = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(file);
    printer.setPageOrientation(QPageLayout::Landscape);
    const std::unique_ptr<TimelineRenderer> timeline = m_window->timelineView()->renderer().exportCopy();
    m_window->exportActions()->print(&printer, *timeline, QStringLiteral("timeline"), Theme::named(ThemeName::Light));
    QFile printed(file);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    const QByteArray bytes = printed.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY2(bytes.size() > 20000, qPrintable(QString::number(bytes.size())));
}

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
