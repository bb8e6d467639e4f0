// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "casedatabase.h"
#include "caserepository.h"
#include "countrychartview.h"
#include "dataactions.h"
#include "cumulativechartview.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "decisionstore.h"
#include "describeaction.h"
#include "detailpanel.h"
#include "exportactions.h"
#include "filterbar.h"
#include "lectureactions.h"
#include "lecturescriptpanel.h"
#include "lecturescriptrepository.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "taskprogress.h"
#include "theme.h"
#include "timelineview.h"
#include "uilanguage.h"
#include "viewstate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QUndoGroup>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>


MainWindow::MainWindow(CaseDatabase *database, Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_settings(settings)
    , m_state(new ViewState(this))
    , m_model(new DecisionModel(this))
{
    UiLanguage::follow(this, [this] { setWindowTitle(tr("caseline: enforcement history of Clearview AI")); });
    setWindowIcon(QIcon(QStringLiteral(":/icons/caseline.svg")));
    // The model's headers and cells, the views' dates and amounts follow the interface language's formats.
    UiLanguage::follow(this, [this] { applyLocale(); });
    m_proxy = new DecisionFilterProxy(m_state, this);
    m_proxy->setSourceModel(m_model);
    m_selection = new QItemSelectionModel(m_proxy, this);

    createPanels();
    m_data = new DataActions(m_database, m_model, m_proxy, m_selection, this);
    createStatusBar();
    loadDecisions();
    m_data->attach();
    m_data->setLoading(isLoading());
    statusBar()->addPermanentWidget(m_data->taskProgress());
    createActions();
    readSettings();
    connect(m_data, &DataActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::showBundledUpdateNotes(const QStringList &notes)
{
    if (notes.isEmpty())
        return;
    QTimer::singleShot(0, this, [this, notes] {
        QMessageBox box(QMessageBox::Information, tr("Bundled data updated"),
            tr("This version of caseline ships newer data. Decisions you changed were kept; please review these:"),
            QMessageBox::Ok, this);
        box.setDetailedText(notes.join(QLatin1Char('\n')));
        box.exec();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanels()
{
    m_filterBar = new FilterBar(m_state, this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("decisionTable"));
    UiLanguage::follow(m_table, [this] { m_table->setAccessibleName(tr("Decisions")); });
    m_table->setModel(m_proxy);
    m_table->setSelectionModel(m_selection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DecisionModel::DateColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DecisionModel::AuthorityColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_detail = new DetailPanel(this);
    m_detail->setObjectName(QStringLiteral("detailPanel"));

    // Every view reads the one filtered model and shares the one selection model.
    m_timeline = new TimelineView(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setModel(m_proxy);
    m_timeline->setSelectionModel(m_selection);
    m_timeline->setViewState(m_state);
    m_cumulative = new CumulativeChartView(this);
    m_cumulative->setObjectName(QStringLiteral("cumulativeChart"));
    m_countries = new CountryChartView(this);
    m_countries->setObjectName(QStringLiteral("countryChart"));
    for (ChartViewBase *chart : {static_cast<ChartViewBase *>(m_cumulative), static_cast<ChartViewBase *>(m_countries)}) {
        chart->setModel(m_proxy);
        chart->setSelectionModel(m_selection);
        chart->setViewState(m_state);
    }

    m_bottomTabs = new QTabWidget(this);
    m_bottomTabs->setObjectName(QStringLiteral("bottomTabs"));
    m_bottomTabs->setDocumentMode(true);
    m_bottomTabs->addTab(m_table, QString());
    m_bottomTabs->addTab(m_cumulative, QString());
    m_bottomTabs->addTab(m_countries, QString());
    UiLanguage::follow(m_bottomTabs, [this] {
        m_bottomTabs->setTabText(0, tr("Decisions"));
        m_bottomTabs->setTabText(1, tr("Cumulative fines"));
        m_bottomTabs->setTabText(2, tr("By country"));
    });

    // The timeline is always in view; the table and the charts share the space under it.
    m_centralSplitter = new QSplitter(Qt::Vertical, this);
    m_centralSplitter->setObjectName(QStringLiteral("centralSplitter"));
    m_centralSplitter->addWidget(m_timeline);
    m_centralSplitter->addWidget(m_bottomTabs);
    m_centralSplitter->setStretchFactor(0, 1);
    m_centralSplitter->setStretchFactor(1, 1);
    // The table and charts can be folded away (View > Show Table and Charts, F9), leaving the timeline the window:
    // what a lecturer wants on a 1280x720 projector.
    m_centralSplitter->setCollapsible(0, false);
    m_centralSplitter->setCollapsible(1, true);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_centralSplitter);
    m_mainSplitter->addWidget(m_detail);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);
    setKeyboardOrder();

    connect(m_selection, &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showCurrentDecision(current); });
    connect(m_detail, &DetailPanel::relatedDecisionActivated, this, &MainWindow::selectDecision);
    // Enter on the timeline opens the detail: bring the panel back if the user had collapsed it.
    connect(m_timeline, &TimelineView::activated, this, [this] {
        if (m_mainSplitter->sizes().value(1) == 0)
            m_mainSplitter->setSizes({width() * 62 / 100, width() * 38 / 100});
        m_detail->setFocus();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCountLabel);
    // A filter change rebuilds the proxy's rows as one layout change (DecisionFilterProxy::refilter), which drops
    // a current decision the filter hides without a currentChanged signal: the panel must not go on showing it.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (!m_selection->currentIndex().isValid())
            showCurrentDecision(QModelIndex());
    });
    connect(m_state, &ViewState::dateBasisChanged, m_model, &DecisionModel::setDateBasis);
    // An edit, undo or restore of the shown decision refreshes the panel.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const QModelIndex current = m_proxy->mapToSource(m_selection->currentIndex());
        if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
            showCurrentDecision(m_selection->currentIndex());
    });
}

void MainWindow::createActions()
{
    // Exports, prints and copies draw what the window shows without its selection (ExportActions).
    m_exports = new ExportActions(this, m_settings, m_state, m_proxy, m_timeline, [this] { return currentChart(); });
    connect(m_exports, &ExportActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    QMenu *file = menuBar()->addMenu(QString());
    UiLanguage::follow(file, [file] { file->setTitle(tr("&File")); });
    QAction *exportTimeline = m_exports->exportTimelineAction();
    file->addAction(exportTimeline);
    file->addAction(m_exports->exportChartAction());
    file->addSeparator();
    file->addAction(m_exports->printTimelineAction());
    file->addAction(m_exports->printChartAction());
    file->addSeparator();
    file->addAction(m_data->importAction());
    file->addAction(m_data->exportDataAction());
    file->addSeparator();
    createDatabaseActions(file);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this, &QWidget::close);
    UiLanguage::follow(quit, [quit] { quit->setText(tr("&Quit")); });
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(QString());
    UiLanguage::follow(edit, [edit] { edit->setTitle(tr("&Edit")); });
    edit->addAction(m_data->undoAction());
    edit->addAction(m_data->redoAction());
    edit->addSeparator();
    edit->addAction(m_data->addAction());
    edit->addAction(m_data->editAction());
    edit->addAction(m_data->deleteAction());
    edit->addAction(m_data->restoreAction());
    edit->addAction(m_data->restoreAllAction());
    edit->addAction(m_data->historyAction());
    // Delete acts on the table's selection only, never while typing in a field.
    m_table->addAction(m_data->deleteAction());
    edit->addSeparator();
    // The filter bar owns the Ctrl+F shortcut itself; a second one here would make it ambiguous.
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QString(), m_filterBar, &FilterBar::focusSearch);
    UiLanguage::follow(find, [find] { find->setText(tr("&Find...\tCtrl+F")); });
    QAction *clear = edit->addAction(QString(), m_filterBar, &FilterBar::clearAll);
    UiLanguage::follow(clear, [clear] { clear->setText(tr("&Clear Filters")); });
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    edit->addSeparator();
    edit->addAction(m_exports->copyTimelineImageAction());
    edit->addAction(m_exports->copyChartImageAction());
    edit->addAction(m_exports->copyCitationAction());

    QMenu *view = menuBar()->addMenu(QString());
    UiLanguage::follow(view, [view] { view->setTitle(tr("&View")); });
    view->addAction(m_timeline->zoomInAction());
    view->addAction(m_timeline->zoomOutAction());
    view->addAction(m_timeline->fitAllAction());
    view->addAction(m_timeline->zoomToSelectionAction());
    QMenu *lanes = view->addMenu(QString());
    UiLanguage::follow(lanes, [lanes] { lanes->setTitle(tr("&Lane Order")); });
    m_laneOrderGroup = new QActionGroup(this);
    static const QList<QPair<const char *, TimelineLayout::LaneOrder>> orders = {
        {QT_TR_NOOP("By &First Decision"), TimelineLayout::LaneOrder::FirstDecision},
        {QT_TR_NOOP("By &Total Fines"), TimelineLayout::LaneOrder::TotalFines},
        {QT_TR_NOOP("&Alphabetical"), TimelineLayout::LaneOrder::Alphabetical}};
    for (const auto &order : orders) {
        QAction *a = lanes->addAction(QString());
        UiLanguage::follow(a, [a, text = order.first] { a->setText(tr(text)); });
        a->setData(int(order.second));
        a->setCheckable(true);
        a->setChecked(order.second == m_state->laneOrder());
        m_laneOrderGroup->addAction(a);
        const TimelineLayout::LaneOrder value = order.second;
        connect(a, &QAction::triggered, this, [this, value] { m_state->setLaneOrder(value); });
    }
    // The menus show the ViewState, whoever changed it (the remembered settings at start, a test, the menu itself).
    connect(m_state, &ViewState::laneOrderChanged, this, [this](TimelineLayout::LaneOrder order) {
        for (QAction *a : m_laneOrderGroup->actions())
            a->setChecked(a->data().toInt() == int(order));
    });
    view->addSeparator();
    QMenu *basis = view->addMenu(QString());
    UiLanguage::follow(basis, [basis] { basis->setTitle(tr("&Date Basis")); });
    m_dateBasisGroup = new QActionGroup(this);
    QAction *adopted = basis->addAction(QString());
    UiLanguage::follow(adopted, [adopted] { adopted->setText(tr("&Adopted (decision date)")); });
    adopted->setData(QStringLiteral("adopted"));
    adopted->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *announced = basis->addAction(QString());
    UiLanguage::follow(announced, [announced] { announced->setText(tr("A&nnounced (publication date)")); });
    announced->setData(QStringLiteral("announced"));
    announced->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    for (QAction *a : {adopted, announced}) {
        a->setCheckable(true);
        m_dateBasisGroup->addAction(a);
    }
    adopted->setChecked(true);
    connect(m_dateBasisGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        DateBasis b = DateBasis::Adopted;
        parseDateBasis(a->data().toString(), &b);
        m_state->setDateBasis(b);
    });
    connect(m_state, &ViewState::dateBasisChanged, this, [this](DateBasis b) {
        for (QAction *a : m_dateBasisGroup->actions())
            a->setChecked(a->data().toString() == dateBasisName(b));
    });

    QMenu *themes = view->addMenu(QString());
    UiLanguage::follow(themes, [themes] { themes->setTitle(tr("&Theme")); });
    m_themeGroup = new QActionGroup(this);
    for (ThemeName theme : ThemeNames::all()) {
        QAction *a = themes->addAction(QString());
        UiLanguage::follow(a, [a, theme] { a->setText(Theme::displayName(theme)); });
        a->setData(int(theme));
        a->setCheckable(true);
        m_themeGroup->addAction(a);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this,
        [this](QAction *a) { m_state->setTheme(ThemeName(a->data().toInt())); });

    // Back and Forward walk the zoom history of the ViewState, as in a web browser.
    view->addSeparator();
    QAction *back
        = view->addAction(QIcon::fromTheme(QStringLiteral("go-previous")), QString(), m_state, &ViewState::back);
    UiLanguage::follow(back, [back] { back->setText(tr("&Back")); });
    back->setObjectName(QStringLiteral("backAction"));
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(m_state->canGoBack());
    connect(m_state, &ViewState::canGoBackChanged, back, &QAction::setEnabled);
    QAction *forward
        = view->addAction(QIcon::fromTheme(QStringLiteral("go-next")), QString(), m_state, &ViewState::forward);
    UiLanguage::follow(forward, [forward] { forward->setText(tr("F&orward")); });
    forward->setObjectName(QStringLiteral("forwardAction"));
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(m_state->canGoForward());
    connect(m_state, &ViewState::canGoForwardChanged, forward, &QAction::setEnabled);

    // The view in words, for screen readers and for quoting (DescribeAction).
    view->addAction((new DescribeAction(this, m_exports, m_timeline, m_bottomTabs))->action());

    view->addSeparator();
    // Lecture mode: the decisions the filters show, one step each, on the projector (LectureActions).
    m_lectures = new LectureActions(this, m_settings, m_state, m_model, m_proxy, m_selection);
    connect(m_lectures, &LectureActions::lectureFinished, this, [this](const QString &id) {
        if (!id.isEmpty())
            selectDecision(id);
    });
    view->addAction(m_lectures->presentAction());
    view->addAction(m_lectures->presentFromSelectionAction());
    createLectureScripts(view);
    QAction *showBottom = view->addAction(QString());
    UiLanguage::follow(showBottom, [showBottom] { showBottom->setText(tr("Show &Table and Charts")); });
    showBottom->setObjectName(QStringLiteral("showTableAndChartsAction"));
    showBottom->setCheckable(true);
    showBottom->setChecked(true);
    showBottom->setShortcut(QKeySequence(Qt::Key_F9));
    connect(showBottom, &QAction::toggled, this, [this](bool on) {
        const int total = m_centralSplitter->height();
        if (on && m_centralSplitter->sizes().value(1) == 0)
            m_centralSplitter->setSizes({total * 66 / 100, total * 34 / 100});
        else if (!on)
            m_centralSplitter->setSizes({total, 0});
    });
    // Dragging the splitter shut is the same choice as the menu's.
    connect(m_centralSplitter, &QSplitter::splitterMoved, showBottom,
        [this, showBottom] { showBottom->setChecked(m_centralSplitter->sizes().value(1) > 0); });
    QAction *fullScreen = view->addAction(QString());
    UiLanguage::follow(fullScreen, [fullScreen] { fullScreen->setText(tr("&Full Screen")); });
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    createLanguageMenu(view);

    QToolBar *toolBar = addToolBar(QString());
    UiLanguage::follow(toolBar, [toolBar] { toolBar->setWindowTitle(tr("View")); });
    toolBar->setObjectName(QStringLiteral("viewToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addActions(m_dateBasisGroup->actions());
    toolBar->addSeparator();
    toolBar->addAction(m_timeline->zoomOutAction());
    toolBar->addAction(m_timeline->zoomInAction());
    toolBar->addAction(m_timeline->fitAllAction());
    toolBar->addAction(m_timeline->zoomToSelectionAction());
    toolBar->addSeparator();
    toolBar->addAction(exportTimeline);

    QMenu *help = menuBar()->addMenu(QString());
    UiLanguage::follow(help, [help] { help->setTitle(tr("&Help")); });
    QAction *shortcuts = help->addAction(QString(), this, [this] {
        ShortcutsDialog::showFor(this, menuBar(), [] {
            return QList<KeyHelpSection> { TimelineView::keyHelp(), ChartViewBase::keyHelp() };
        });
    });
    UiLanguage::follow(shortcuts, [shortcuts] { shortcuts->setText(tr("&Keyboard Shortcuts")); });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *about = help->addAction(QString(), this, &MainWindow::showAbout);
    UiLanguage::follow(about, [about] { about->setText(tr("&About caseline")); });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);
    UiLanguage::follow(aboutQt, [aboutQt] { aboutQt->setText(tr("About &Qt")); });
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showCurrentDecision(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    // Whole: the panel shows the texts the model keeps only in the database.
    const Decision decision = m_model->wholeDecision(source.row());
    // Related both ways, through related_to, status changes and liquidated penalties (a fine -> its appeal).
    m_detail->setDecision(decision, m_model->relatedDecisions(source.row()));
}

bool MainWindow::selectDecision(const QString &id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxyIndex.isValid()) {
        m_filterBar->clearAll();
        statusBar()->showMessage(tr("Filters cleared to show the related decision."), 5000);
        proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_selection->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxyIndex);
    return proxyIndex.isValid();
}

void MainWindow::applyTheme(ThemeName name)
{
    Theme::named(name).applyToApplication();
    // Dates and amounts must stay readable in full at every type size; the authority takes what is left. The new
    // font reaches the table through posted events, so size the columns once it has arrived.
    QTimer::singleShot(0, this, [this] {
        const QFontMetrics metrics(m_table->font());
        m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
        for (int column : {int(DecisionModel::DateColumn), int(DecisionModel::CountryColumn),
                 int(DecisionModel::TypeColumn), int(DecisionModel::AmountColumn), int(DecisionModel::AmountEurColumn)})
            m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(DecisionModel::StatusColumn, metrics.averageCharWidth() * 16);
    });
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toInt() == int(name));
}

void MainWindow::readSettings()
{
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1280, 760);
    restoreState(m_settings->windowState());
    if (!m_mainSplitter->restoreState(m_settings->splitterState(QStringLiteral("main"))))
        m_mainSplitter->setSizes({width() * 68 / 100, width() * 32 / 100});
    // Without a remembered split, the timeline gets two thirds once the window has its real size (showEvent).
    m_defaultCentralSplit = !m_centralSplitter->restoreState(m_settings->splitterState(QStringLiteral("central")));
    // The remembered theme, date basis and lane order go into the ViewState, which the views and menus follow.
    m_settings->attach(m_state);
    applyTheme(m_state->themeName());
    connect(m_state, &ViewState::themeChanged, this, &MainWindow::applyTheme);
    m_table->horizontalHeader()->restoreState(m_settings->tableHeaderState());
}

void MainWindow::writeSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(QStringLiteral("main"), m_mainSplitter->saveState());
    m_settings->setSplitterState(QStringLiteral("central"), m_centralSplitter->saveState());
    m_settings->setTableHeaderState(m_table->horizontalHeader()->saveState());
    m_settings->save();
}

void MainWindow::createLectureScripts(QMenu *view)
{
    // Lecture scripts are prepared in a dock (View > Lecture Scripts) and presented from it.
    m_scripts = new LectureScriptPanel(*m_database, this);
    auto *dock = new QDockWidget(this);
    UiLanguage::follow(dock, [dock] { dock->setWindowTitle(tr("Lecture Scripts")); });
    dock->setObjectName(QStringLiteral("lectureScriptsDock"));
    dock->setWidget(m_scripts);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    UiLanguage::follow(toggle, [toggle] { toggle->setText(tr("&Lecture Scripts")); });
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
    view->addAction(toggle);

    // The panel names steps by their decisions and knows which ids exist (imports report the others). Indexing
    // every decision is a noticeable part of start-up at 100,000 decisions and a hidden panel shows nothing, so
    // the panel learns them when it is shown, and on each change while it is.
    auto stale = std::make_shared<bool>(true);
    const auto updateDecisions = [this, dock, stale] {
        *stale = !dock->isVisible();
        if (!*stale)
            m_scripts->setDecisions(m_model->table());
    };
    connect(dock, &QDockWidget::visibilityChanged, m_scripts, [this, stale](bool visible) {
        if (visible && *stale) {
            *stale = false;
            m_scripts->setDecisions(m_model->table());
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_scripts, updateDecisions);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_scripts, updateDecisions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_scripts, updateDecisions);
    connect(m_model, &QAbstractItemModel::dataChanged, m_scripts, updateDecisions);
    connect(m_selection, &QItemSelectionModel::currentRowChanged, m_scripts, [this](const QModelIndex &current) {
        m_scripts->setCurrentDecision(current.data(DecisionModel::DecisionIdRole).toString());
    });
    // Present what the panel shows, unsaved edits included: the lecturer rehearses before saving.
    connect(m_scripts, &LectureScriptPanel::presentRequested, this, [this](const QString &name, int step) {
        if (name == m_scripts->currentScriptName()) {
            m_lectures->presentScript(m_scripts->currentScript(), step);
            return;
        }
        const LectureScriptRepository repository(*m_database);
        if (const std::optional<LectureScript> script = repository.script(name))
            m_lectures->presentScript(*script, step);
    });
    connect(m_scripts, &LectureScriptPanel::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // Edit > Undo follows the keyboard: the script's edits while the user works in the panel, else the decisions'.
    QUndoGroup *undo = m_data->undoGroup();
    undo->addStack(m_scripts->undoStack());
    connect(qApp, &QApplication::focusChanged, this, [this, undo](QWidget *, QWidget *now) {
        if (!now)
            return;
        undo->setActiveStack(m_scripts->isAncestorOf(now) ? m_scripts->undoStack() : m_data->store()->undoStack());
    });
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_defaultCentralSplit) {
        m_defaultCentralSplit = false;
        // Queued: the splitter has its height only once the shown window is laid out.
        QTimer::singleShot(0, this, [this] {
            const int total = m_centralSplitter->height();
            m_centralSplitter->setSizes({total * 66 / 100, total * 34 / 100});
        });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // An unsaved lecture script: Save, Discard, or Cancel (the window stays).
    if (m_scripts && !m_scripts->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

ChartViewBase *MainWindow::currentChart() const
{
    if (m_bottomTabs->currentWidget() == m_countries)
        return m_countries;
    return m_cumulative;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About caseline"),
        tr("<h3>caseline %1</h3><p>Explore and present the regulatory and court decisions concerning Clearview AI.</p>"
           "<p>Every figure comes with its sources; uncertainty is shown, not hidden.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}
