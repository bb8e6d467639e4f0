// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lecturemode.h"
#include "lecturescript.h"

#include <QObject>
#include <QPointer>

class DecisionModel;
class QAbstractItemModel;
class QAction;
class QItemSelectionModel;
class QWidget;
class Settings;
class ViewState;

// The window's way into lecture mode: Present (F5) from the first step, Present from Selected Decision (Shift+F5),
// and presenting a script from the scripts panel. Without a script the steps are the decisions the window's
// filters show, in time order; the window comes back with the last decision shown selected.
class LectureActions final : public QObject
{
    Q_OBJECT
public:
    // `filtered` shows rows of `decisions`, whose decisions are read whole for the steps (their captions and notes
    // show the texts the window keeps in the database).
    LectureActions(QWidget *window, Settings *settings, ViewState *state, const DecisionModel *decisions,
        QAbstractItemModel *filtered, QItemSelectionModel *selection);
    ~LectureActions() override;
    Q_DISABLE_COPY_MOVE(LectureActions)

    QAction *presentAction() const { return m_present; }
    QAction *presentFromSelectionAction() const { return m_presentFromSelection; }
    // The lecture running now, or null.
    LectureMode *lecture() const { return m_lecture; }

    // Presents `script` (its steps name decisions of the whole database, not only the filtered ones) from step
    // `index`.
    void presentScript(const LectureScript &script, int index);

Q_SIGNALS:
    // The lecture ended on this decision (empty for a title card): the window selects it.
    void lectureFinished(const QString &decisionId);

private:
    void presentFilter(bool fromSelection);
    void start(std::shared_ptr<const class LectureDeck> deck, int index);

    QWidget *m_window = nullptr;
    Settings *m_settings = nullptr;
    ViewState *m_state = nullptr;
    const DecisionModel *m_decisions = nullptr;
    QAbstractItemModel *m_filtered = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    QAction *m_present = nullptr;
    QAction *m_presentFromSelection = nullptr;
    QPointer<LectureMode> m_lecture;
};
