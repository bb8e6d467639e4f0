// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lecturemode.h"
#include "lecturescript.h"

#include <QObject>
#include <QPointer>

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
    LectureActions(QWidget *window, Settings *settings, ViewState *state, QAbstractItemModel *filtered,
        QItemSelectionModel *selection);
    ~LectureActions() override;
    Q_DISABLE_COPY_MOVE(LectureActions)

    QAction *presentAction() const { return m_present; }
    QAction *presentFromSelectionAction() const { return m_presentFromSelection; }
    // The lecture running now, or null.
    LectureMode *lecture() const { return m_lecture; }

    // Presents `script` (its decisions are the whole database's: `all`) from step `index`.
    void presentScript(const LectureScript &script, const QList<class Decision> &all, int index);

Q_SIGNALS:
    // The lecture ended on this decision (empty for a title card): the window selects it.
    void lectureFinished(const QString &decisionId);

private:
    void presentFilter(bool fromSelection);
    void start(std::shared_ptr<const class LectureDeck> deck, int index);

    QWidget *m_window = nullptr;
    Settings *m_settings = nullptr;
    ViewState *m_state = nullptr;
    QAbstractItemModel *m_filtered = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    QAction *m_present = nullptr;
    QAction *m_presentFromSelection = nullptr;
    QPointer<LectureMode> m_lecture;
};
