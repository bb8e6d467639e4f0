// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// caseline_windowbench DATABASE: the window's interactions on a real database (e.g. one the end-to-end benchmark
// generated), measured in-process as a user meets them: from the input to the repainted view. One JSON object per
// line, like caseline_bench:
//   window.load           open the window until the decisions are in (the background read included)
//   window.select         select another decision until the detail panel and the timeline are repainted
//   window.filter_country filter to one country, then back to all, until the timeline and table are repainted
//   window.search_first   the first free-text search (it folds every decision's texts, read from the database)
//   window.search_next    a further search
// Wall clock, median of --runs (default 15); Release build; QT_QPA_PLATFORM=offscreen unless set.
#include "casedatabase.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "detailpanel.h"
#include "mainwindow.h"
#include "settings.h"
#include "timelineview.h"
#include "viewstate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

void printResult(const QString &name, qint64 n, QList<double> times)
{
    std::sort(times.begin(), times.end());
    const double median = times.size() % 2 ? times.at(times.size() / 2)
                                           : (times.at(times.size() / 2 - 1) + times.at(times.size() / 2)) / 2;
    std::printf("{\"name\": \"%s\", \"n\": %lld, \"median_ms\": %.2f, \"min_ms\": %.2f, \"max_ms\": %.2f, \"runs\": %d}\n",
        qPrintable(name), static_cast<long long>(n), median, times.first(), times.last(), int(times.size()));
    std::fflush(stdout);
}

double timed(const std::function<void()> &body)
{
    QElapsedTimer timer;
    timer.start();
    body();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The user's settings are neither read nor written.
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("caseline window benchmarks on DATABASE: one JSON object per line"));
    parser.addHelpOption();
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Timed runs per benchmark (15)."), QStringLiteral("N"), QStringLiteral("15"));
    parser.addOption(runsOption);
    parser.addPositionalArgument(QStringLiteral("DATABASE"), QStringLiteral("A caseline database (it is not changed)."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "caseline_windowbench: expected one DATABASE\n");
        return 2;
    }
    const int runs = qMax(1, parser.value(runsOption).toInt());

    CaseDatabase database;
    if (!database.open(parser.positionalArguments().constFirst())) {
        std::fprintf(stderr, "caseline_windowbench: %s\n", qPrintable(database.errorString()));
        return 1;
    }
    Settings settings;
    QElapsedTimer load;
    load.start();
    MainWindow window(&database, &settings);
    window.resize(1920, 1080);
    window.show();
    if (window.isLoading()) {
        QSignalSpy loaded(&window, &MainWindow::decisionsLoaded);
        loaded.wait(600000);
    }
    window.repaint();
    const qint64 n = window.decisionModel()->rowCount();
    printResult(QStringLiteral("window.load"), n, { double(load.nsecsElapsed()) / 1e6 });

    QItemSelectionModel *selection = window.selectionModel();
    QAbstractItemModel *rows = window.filterProxy();
    TimelineView *timeline = window.timelineView();
    const auto settle = [&] {
        QCoreApplication::processEvents();
        timeline->repaint();
        window.detailPanel()->repaint();
        window.tableView()->viewport()->repaint();
    };
    settle();

    QRandomGenerator random(20260101);
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        const QModelIndex index = rows->index(random.bounded(rows->rowCount()), 0);
        times << timed([&] {
            selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            settle();
        });
    }
    printResult(QStringLiteral("window.select"), n, times);

    ViewState *state = window.viewState();
    const QString country = rows->index(0, 0).data(DecisionModel::CountryCodeRole).toString();
    times.clear();
    for (int run = 0; run < runs; ++run) {
        DecisionFilter one;
        one.countries = QStringList { country };
        times << timed([&] {
            state->setFilter(one);
            settle();
        });
        times << timed([&] {
            state->setFilter(DecisionFilter());
            settle();
        });
    }
    printResult(QStringLiteral("window.filter_country"), n, times);

    const QStringList words { QStringLiteral("investigation"), QStringLiteral("biometric"), QStringLiteral("appeal"),
        QStringLiteral("erasure"), QStringLiteral("police") };
    DecisionFilter search;
    search.search = QStringLiteral("controller");
    printResult(QStringLiteral("window.search_first"), n, { timed([&] {
        state->setFilter(search);
        settle();
    }) });
    times.clear();
    for (int run = 0; run < runs; ++run) {
        search.search = words.at(run % words.size());
        times << timed([&] {
            state->setFilter(search);
            settle();
        });
    }
    printResult(QStringLiteral("window.search_next"), n, times);
    return 0;
}
