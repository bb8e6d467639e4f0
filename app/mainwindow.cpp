// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "casedatabase.h"
#include "caserepository.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "detailpanel.h"
#include "filterbar.h"
#include "settings.h"
#include "theme.h"
#include "viewstate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(CaseDatabase *database, Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_settings(settings)
    , m_state(new ViewState(this))
    , m_model(new DecisionModel(this))
{
    setWindowTitle(tr("caseline: enforcement history of Clearview AI"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/caseline.svg")));
    m_model->setDisplayLocale(locale());
    m_proxy = new DecisionFilterProxy(m_state, this);
    m_proxy->setSourceModel(m_model);
    m_selection = new QItemSelectionModel(m_proxy, this);

    createPanels();
    createActions();
    createStatusBar();
    loadDecisions();
    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::loadDecisions()
{
    CaseRepository repository(m_database->connection());
    m_model->setDecisions(repository.decisions());
    if (!repository.lastError().isEmpty())
        statusBar()->showMessage(tr("Some data could not be read: %1").arg(repository.lastError()));

    QStringList countries;
    QStringList types;
    for (const Decision &d : m_model->decisions()) {
        if (!countries.contains(d.country))
            countries.append(d.country);
        if (!types.contains(d.decisionType))
            types.append(d.decisionType);
    }
    m_filterBar->setAvailableCountries(countries);
    m_filterBar->setAvailableTypes(types);
    QDate first;
    QDate last;
    for (const Decision &d : m_model->decisions()) {
        const QDate date = d.timelineDate();
        if (date.isValid() && (!first.isValid() || date < first))
            first = date;
        if (date.isValid() && (!last.isValid() || date > last))
            last = date;
    }
    m_filterBar->setAvailableDateRange(first, last);
    updateCountLabel();
    // Never open on an empty detail panel: start on the first decision in time.
    if (m_proxy->rowCount() > 0)
        m_selection->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::createPanels()
{
    m_filterBar = new FilterBar(m_state, this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("decisionTable"));
    m_table->setAccessibleName(tr("Decisions"));
    m_table->setModel(m_proxy);
    m_table->setSelectionModel(m_selection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DecisionModel::DateColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(DecisionModel::AuthorityColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_detail = new DetailPanel(this);
    m_detail->setObjectName(QStringLiteral("detailPanel"));

    // Timeline and charts go above the table in the central splitter, the detail panel stays on the right.
    m_centralSplitter = new QSplitter(Qt::Vertical, this);
    m_centralSplitter->setObjectName(QStringLiteral("centralSplitter"));
    m_centralSplitter->addWidget(m_table);
    m_centralSplitter->setChildrenCollapsible(false);

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

    connect(m_selection, &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showCurrentDecision(current); });
    connect(m_detail, &DetailPanel::relatedDecisionActivated, this, &MainWindow::selectDecision);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCountLabel);
    connect(m_state, &ViewState::dateBasisChanged, m_model, &DecisionModel::setDateBasis);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // The filter bar owns the Ctrl+F shortcut itself; a second one here would make it ambiguous.
    edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find...\tCtrl+F"), m_filterBar, &FilterBar::focusSearch);
    QAction *clear = edit->addAction(tr("&Clear Filters"), m_filterBar, &FilterBar::clearAll);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *basis = view->addMenu(tr("&Date Basis"));
    m_dateBasisGroup = new QActionGroup(this);
    QAction *adopted = basis->addAction(tr("&Adopted (decision date)"));
    adopted->setData(QStringLiteral("adopted"));
    adopted->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *announced = basis->addAction(tr("A&nnounced (publication date)"));
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
        m_settings->setDateBasis(a->data().toString());
    });

    QMenu *themes = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    for (const QString &name : Theme::names()) {
        QAction *a = themes->addAction(Theme::displayName(name));
        a->setData(name);
        a->setCheckable(true);
        m_themeGroup->addAction(a);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this, [this](QAction *a) { applyTheme(a->data().toString()); });

    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About caseline"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    if (m_database->path().isEmpty())
        m_databaseLabel->setText(tr("Bundled data (read-only)"));
    else if (m_database->isReadOnly())
        m_databaseLabel->setText(tr("%1 (read-only)").arg(m_database->path()));
    else
        m_databaseLabel->setText(m_database->path());
    m_databaseLabel->setToolTip(m_database->errorString().isEmpty() ? m_database->path() : m_database->errorString());
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
}

void MainWindow::updateCountLabel()
{
    m_countLabel->setText(tr("%1 of %2 decisions").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void MainWindow::showCurrentDecision(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    const Decision &decision = m_model->decisionAt(source.row());
    // Related both ways: the ones it names and the later ones that name it (a fine -> its appeal).
    QList<Decision> related;
    QSet<QString> seen;
    for (const QString &id : decision.relatedTo) {
        if (const Decision *r = m_model->decisionById(id); r && !seen.contains(id)) {
            related.append(*r);
            seen.insert(id);
        }
    }
    for (const Decision &other : m_model->decisions()) {
        if (other.relatedTo.contains(decision.id) && !seen.contains(other.id)) {
            related.append(other);
            seen.insert(other.id);
        }
    }
    m_detail->setDecision(decision, related);
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

void MainWindow::applyTheme(const QString &name)
{
    Theme::named(name).applyToApplication();
    m_state->setTheme(name);
    m_settings->setTheme(name);
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == name);
}

void MainWindow::readSettings()
{
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1280, 760);
    restoreState(m_settings->windowState());
    if (!m_mainSplitter->restoreState(m_settings->splitterState(QStringLiteral("main"))))
        m_mainSplitter->setSizes({width() * 62 / 100, width() * 38 / 100});
    m_centralSplitter->restoreState(m_settings->splitterState(QStringLiteral("central")));
    if (!m_table->horizontalHeader()->restoreState(m_settings->tableHeaderState())) {
        // First start: amounts and dates must be readable in full; the authority takes what is left.
        for (int column : {int(DecisionModel::DateColumn), int(DecisionModel::CountryColumn), int(DecisionModel::TypeColumn),
                 int(DecisionModel::AmountColumn), int(DecisionModel::AmountEurColumn)})
            m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(DecisionModel::StatusColumn, 110);
    }
    applyTheme(m_settings->theme());
    for (QAction *a : m_dateBasisGroup->actions()) {
        if (a->data().toString() == m_settings->dateBasis())
            a->trigger();
    }
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About caseline"),
        tr("<h3>caseline %1</h3><p>Explore and present the regulatory and court decisions concerning Clearview AI.</p>"
           "<p>Every figure comes with its sources; uncertainty is shown, not hidden.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}
