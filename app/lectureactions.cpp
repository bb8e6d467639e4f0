// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lectureactions.h"

#include "decisionmodel.h"
#include "lecturemode.h"
#include "lecturesource.h"
#include "settings.h"
#include "uilanguage.h"
#include "viewstate.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QWidget>
#include <QWindow>

LectureActions::LectureActions(QWidget *window, Settings *settings, ViewState *state, const DecisionModel *decisions,
    QAbstractItemModel *filtered, QItemSelectionModel *selection)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_state(state)
    , m_decisions(decisions)
    , m_filtered(filtered)
    , m_selection(selection)
{
    m_present = new QAction(QIcon::fromTheme(QStringLiteral("x-office-presentation")), QString(), this);
    UiLanguage::follow(m_present, [this] { m_present->setText(tr("&Present")); });
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    UiLanguage::follow(m_present, [this] { m_present->setStatusTip(tr("Present the decisions the filters show, one step each, from the first")); });
    connect(m_present, &QAction::triggered, this, [this] { presentFilter(false); });
    m_presentFromSelection = new QAction(this);
    UiLanguage::follow(m_presentFromSelection, [this] { m_presentFromSelection->setText(tr("Present from &Selected Decision")); });
    m_presentFromSelection->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    UiLanguage::follow(m_presentFromSelection, [this] { m_presentFromSelection->setStatusTip(tr("Present the decisions the filters show, from the selected one")); });
    connect(m_presentFromSelection, &QAction::triggered, this, [this] { presentFilter(true); });
}

LectureActions::~LectureActions()
{
    delete m_lecture;
}

void LectureActions::presentFilter(bool fromSelection)
{
    QList<int> rows;
    rows.reserve(m_filtered->rowCount());
    for (int row = 0; row < m_filtered->rowCount(); ++row)
        rows.append(m_decisions->rowOf(m_filtered->index(row, 0).data(DecisionModel::DecisionIdRole).toString()));
    const QList<Decision> decisions = m_decisions->wholeDecisions(rows);
    const std::shared_ptr<const LectureDeck> deck = LectureSource::filterDeck(decisions, m_state->dateBasis());
    if (deck->isEmpty()) {
        QMessageBox::information(m_window, tr("Nothing to present"),
            tr("No dated decision matches the filters. Clear a filter to present the decisions."));
        return;
    }
    int index = 0;
    if (fromSelection) {
        const QModelIndex current = m_selection->currentIndex();
        const QString id = current.isValid() ? current.data(DecisionModel::DecisionIdRole).toString() : QString();
        index = qMax(0, deck->indexOfDecision(id));
    }
    start(deck, index);
}

void LectureActions::presentScript(const LectureScript &script, int index)
{
    // Every decision counts in the running totals; the steps' own are read whole for their captions and notes.
    QList<Decision> all = m_decisions->allDecisions();
    QList<int> stepRows;
    for (const LectureScriptStep &step : script.steps) {
        if (const int row = m_decisions->rowOf(step.decisionId); row >= 0)
            stepRows.append(row);
    }
    const QList<Decision> whole = m_decisions->wholeDecisions(stepRows);
    for (qsizetype i = 0; i < whole.size(); ++i)
        all[stepRows.at(i)] = whole.at(i);
    QStringList warnings;
    const std::shared_ptr<const LectureDeck> deck = LectureSource::scriptDeck(script, all, m_state->dateBasis(), &warnings);
    if (!warnings.isEmpty()) {
        QMessageBox::warning(m_window, tr("Steps left out"),
            tr("Some steps name decisions this database does not have; they are left out of the lecture:\n\n%1")
                .arg(warnings.join(QLatin1Char('\n'))));
    }
    if (deck->isEmpty()) {
        QMessageBox::information(m_window, tr("Nothing to present"), tr("The script '%1' has no step to present.").arg(script.name));
        return;
    }
    start(deck, qBound(0, index, deck->count() - 1));
}

void LectureActions::start(std::shared_ptr<const LectureDeck> deck, int index)
{
    if (m_lecture)
        m_lecture->stop();
    LectureMode::Options options;
    options.audienceScreen = m_settings ? m_settings->lectureAudienceScreen() : QString();
    options.presenterScreen = m_window->windowHandle() ? m_window->windowHandle()->screen() : nullptr;
    m_lecture = new LectureMode(std::move(deck), options, this);
    connect(m_lecture, &LectureMode::audienceScreenChosen, this, [this](const QString &name) {
        if (m_settings)
            m_settings->setLectureAudienceScreen(name);
    });
    connect(m_lecture, &LectureMode::finished, this, [this](const QString &decisionId) {
        m_lecture->deleteLater();
        m_window->activateWindow();
        Q_EMIT lectureFinished(decisionId);
    });
    m_lecture->start(index);
}
