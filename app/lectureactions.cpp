// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lectureactions.h"

#include "decisionmodel.h"
#include "lecturemode.h"
#include "lecturesource.h"
#include "settings.h"
#include "viewstate.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QWidget>
#include <QWindow>

LectureActions::LectureActions(
    QWidget *window, Settings *settings, ViewState *state, QAbstractItemModel *filtered, QItemSelectionModel *selection)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_state(state)
    , m_filtered(filtered)
    , m_selection(selection)
{
    m_present = new QAction(QIcon::fromTheme(QStringLiteral("x-office-presentation")), tr("&Present"), this);
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    m_present->setStatusTip(tr("Present the decisions the filters show, one step each, from the first"));
    connect(m_present, &QAction::triggered, this, [this] { presentFilter(false); });
    m_presentFromSelection = new QAction(tr("Present from &Selected Decision"), this);
    m_presentFromSelection->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_presentFromSelection->setStatusTip(tr("Present the decisions the filters show, from the selected one"));
    connect(m_presentFromSelection, &QAction::triggered, this, [this] { presentFilter(true); });
}

LectureActions::~LectureActions()
{
    delete m_lecture;
}

void LectureActions::presentFilter(bool fromSelection)
{
    QList<Decision> decisions;
    decisions.reserve(m_filtered->rowCount());
    for (int row = 0; row < m_filtered->rowCount(); ++row)
        decisions.append(m_filtered->index(row, 0).data(DecisionModel::DecisionRole).value<Decision>());
    const std::shared_ptr<const LectureDeck> deck = LectureSource::filterDeck(decisions, m_state->dateBasis());
    if (deck->isEmpty()) {
        QMessageBox::information(m_window, tr("Nothing to present"),
            tr("No dated decision matches the filters. Clear a filter to present the decisions."));
        return;
    }
    int index = 0;
    if (fromSelection) {
        const QModelIndex current = m_selection->currentIndex();
        const QString id = current.isValid() ? current.data(DecisionModel::DecisionRole).value<Decision>().id : QString();
        index = qMax(0, deck->indexOfDecision(id));
    }
    start(deck, index);
}

void LectureActions::presentScript(const LectureScript &script, const QList<Decision> &all, int index)
{
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
