// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "themename.h"

#include <QMainWindow>

class CaseDatabase;
class ChartViewBase;
class DataActions;
class ExportActions;
class LectureActions;
class LectureScriptPanel;
class QMenu;
class CountryChartView;
class CumulativeChartView;
class TimelineView;
class QTabWidget;
class DecisionFilterProxy;
class DecisionModel;
class DetailPanel;
class FilterBar;
class QActionGroup;
class QItemSelection;
class QItemSelectionModel;
class QLabel;
class QModelIndex;
class QSplitter;
class QTableView;
class Settings;
class ViewState;

// Composes the window: creates the models from the database, hands them to the panels and wires the one
// selection model through all of them. It computes nothing and paints nothing itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(CaseDatabase *database, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // For tests and the command line: the pieces the window is made of.
    DecisionModel *decisionModel() const { return m_model; }
    DecisionFilterProxy *filterProxy() const { return m_proxy; }
    QItemSelectionModel *selectionModel() const { return m_selection; }
    QTableView *tableView() const { return m_table; }
    DetailPanel *detailPanel() const { return m_detail; }
    FilterBar *filterBar() const { return m_filterBar; }
    TimelineView *timelineView() const { return m_timeline; }
    CumulativeChartView *cumulativeChart() const { return m_cumulative; }
    CountryChartView *countryChart() const { return m_countries; }
    QTabWidget *bottomTabs() const { return m_bottomTabs; }
    DataActions *dataActions() const { return m_data; }
    ExportActions *exportActions() const { return m_exports; }
    LectureActions *lectureActions() const { return m_lectures; }
    LectureScriptPanel *lectureScripts() const { return m_scripts; }
    ViewState *viewState() const { return m_state; }

    // True while a large database's decisions are read in the background (decisionsLoaded() follows).
    bool isLoading() const { return m_loading; }
    // For tests: from how many decisions on the window reads them in the background.
    static void setBackgroundLoadThreshold(qint64 decisions);

    // Selects the decision (clearing filters that hide it); false when the id is unknown.
    bool selectDecision(const QString &id);
    // After the start-up merge (Startup::takeBundledUpdate): shows what the user should review, once the window is up.
    void showBundledUpdateNotes(const QStringList &notes);

Q_SIGNALS:
    // The decisions are in the model: at once for a small database, after the background read for a large one.
    void decisionsLoaded();
    // File > Connect to Team Database (checked: it accepts a connection and is a team database) or File > Use
    // Personal Database: the window closes, and main() opens it on `pathOrAddress`.
    void databaseSwitchRequested(const QString &pathOrAddress);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void loadDecisions();
    void startBackgroundLoad();
    void applyDecisions(class DecisionTable &&decisions, const QString &error);
    void createPanels();
    void createActions();
    void createLectureScripts(QMenu *view);
    void createLanguageMenu(QMenu *view);
    void createDatabaseActions(QMenu *file);
    void connectToTeamDatabase();
    void usePersonalDatabase();
    // Tab through the window as it reads: the filters, the timeline, the tabs and their page, the details.
    void setKeyboardOrder();
    // Gives the interface language's formats to the model and the views.
    void applyLocale();
    void createStatusBar();
    void readSettings();
    void writeSettings();
    void applyTheme(ThemeName name);
    void showCurrentDecision(const QModelIndex &current);
    // The database's address or path, and its state: read-only, or (a team database) not reachable.
    void updateDatabaseLabel();
    void updateCountLabel();
    void showAbout();
    ChartViewBase *currentChart() const;

    CaseDatabase *m_database = nullptr;
    Settings *m_settings = nullptr;
    ViewState *m_state = nullptr;
    DecisionModel *m_model = nullptr;
    DecisionFilterProxy *m_proxy = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    DataActions *m_data = nullptr;
    ExportActions *m_exports = nullptr;
    LectureActions *m_lectures = nullptr;
    LectureScriptPanel *m_scripts = nullptr;
    bool m_defaultCentralSplit = false;
    TimelineView *m_timeline = nullptr;
    CumulativeChartView *m_cumulative = nullptr;
    CountryChartView *m_countries = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    DetailPanel *m_detail = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centralSplitter = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QActionGroup *m_dateBasisGroup = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QActionGroup *m_laneOrderGroup = nullptr;
    class BackgroundLoad *m_loader = nullptr;
    class QProgressBar *m_loadProgress = nullptr;
    class QPushButton *m_loadButton = nullptr;
    bool m_loading = false;
};
