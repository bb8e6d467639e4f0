// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: reading the decisions at start-up, in the background for a large database.
#include "mainwindow.h"

#include "backgroundload.h"
#include "caserepository.h"
#include "casedatabase.h"
#include "cumulativechartview.h"
#include "dataactions.h"
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "filterbar.h"
#include "timelineview.h"
#include "wholedecisions.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>

namespace {
// Below this many decisions the window reads them before it shows (a few hundred milliseconds at most); above it,
// it shows at once and reads them in the background with a progress bar and Cancel.
qint64 backgroundThreshold = 50000;
} // namespace

void MainWindow::setBackgroundLoadThreshold(qint64 decisions)
{
    backgroundThreshold = decisions;
}

void MainWindow::loadDecisions()
{
    // Every decision without its long texts (the detail panel, the editor, exports, lectures and the search read
    // them from the database when needed): at 100,000 decisions the texts were most of the window's memory and of
    // its time to the first paint.
    CaseRepository repository(m_database->connection());
    m_model->setWholeDecisions(std::make_shared<RepositoryWholeDecisions>(m_database->connection()));
    m_cumulative->setDbSizeClaims(repository.dbSizeClaims());
    if (repository.decisionCount() < backgroundThreshold) {
        DecisionTable decisions;
        repository.decisionsForViews(&decisions, {});
        applyDecisions(std::move(decisions), repository.lastError());
        return;
    }
    startBackgroundLoad();
}

void MainWindow::startBackgroundLoad()
{
    if (!m_loader) {
        m_loader = new BackgroundLoad(m_database->connection().connectionName(), this);
        m_loadProgress = new QProgressBar(this);
        m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
        m_loadProgress->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
        m_loadButton = new QPushButton(this);
        m_loadButton->setObjectName(QStringLiteral("loadButton"));
        statusBar()->addWidget(m_loadProgress);
        statusBar()->addWidget(m_loadButton);
        connect(m_loadButton, &QPushButton::clicked, this, [this] {
            if (m_loader->isRunning())
                m_loader->cancel();
            else
                startBackgroundLoad();
        });
        connect(m_loader, &BackgroundLoad::progress, this, [this](qint64 read, qint64 total) {
            m_loadProgress->setMaximum(int(qMin<qint64>(total, std::numeric_limits<int>::max())));
            m_loadProgress->setValue(int(qMin(read, total)));
            m_countLabel->setText(tr("Loading decisions: %1 of %2").arg(locale().toString(read), locale().toString(total)));
        });
        connect(m_loader, &BackgroundLoad::finished, this, [this](const DecisionTable &decisions, const QString &error) {
            m_loadProgress->hide();
            m_loadButton->hide();
            applyDecisions(DecisionTable(decisions), error);
        });
        connect(m_loader, &BackgroundLoad::cancelled, this, [this] {
            m_loadProgress->hide();
            m_loadButton->setText(tr("&Load Decisions"));
            m_loadButton->setToolTip(tr("Read this database's decisions again"));
            m_countLabel->setText(tr("Loading cancelled: no decision is shown"));
            m_timeline->setEmptyText(tr("Loading cancelled: Load Decisions (in the status bar) reads them again"));
        });
    }
    m_loading = true;
    m_data->setLoading(true);
    m_loadProgress->setRange(0, 0); // busy until the first count arrives
    m_loadProgress->show();
    m_loadButton->setText(tr("Cancel"));
    m_loadButton->setToolTip(tr("Stop reading the decisions; the window stays open"));
    m_loadButton->show();
    m_countLabel->setText(tr("Loading decisions..."));
    m_timeline->setEmptyText(tr("Loading decisions..."));
    m_loader->start();
}

void MainWindow::applyDecisions(DecisionTable &&decisions, const QString &error)
{
    m_model->setDecisions(std::move(decisions));
    if (!error.isEmpty())
        statusBar()->showMessage(tr("Some data could not be read: %1").arg(error));

    // One pass over the rows in place: the choices of the filter bar and the span of the data.
    QStringList countries;
    QStringList types;
    QSet<QString> seenCountries;
    QSet<QString> seenTypes;
    QDate first;
    QDate last;
    const DecisionTable &table = m_model->table();
    for (qsizetype row = 0; row < table.size(); ++row) {
        const QString &country = table.country(row);
        if (!seenCountries.contains(country)) {
            seenCountries.insert(country);
            countries.append(country);
        }
        const QString &type = table.decisionType(row);
        if (!seenTypes.contains(type)) {
            seenTypes.insert(type);
            types.append(type);
        }
        const QDate date = table.dateFor(row, DateBasis::Adopted); // the timeline date
        if (date.isValid() && (!first.isValid() || date < first))
            first = date;
        if (date.isValid() && (!last.isValid() || date > last))
            last = date;
    }
    m_filterBar->setAvailableCountries(countries);
    m_filterBar->setAvailableTypes(types);
    m_filterBar->setAvailableDateRange(first, last);
    updateCountLabel();
    // Never open on an empty detail panel: start on the first decision in time.
    if (m_proxy->rowCount() > 0)
        m_selection->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_loading = false;
    m_data->setLoading(false);
    m_timeline->setEmptyText(QString());
    Q_EMIT decisionsLoaded();
}
