// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class ExportActions;
class QAction;
class QTabWidget;
class QWidget;
class TimelineView;

// View > Describe (Ctrl+Shift+D): the text alternative of the view the user is looking at, in a DescribeDialog,
// from what the window shows (ExportActions::description: the filtered decisions, the date basis and the filter's
// dates). The view is the chart with the keyboard focus, else the timeline with it, else the chart tab in front when
// the table and charts are shown, else the timeline; the dialog's list switches to another.
class DescribeAction final : public QObject
{
    Q_OBJECT
public:
    // `charts`: the tabs that hold the cumulative chart and the chart by country beside the table.
    DescribeAction(QWidget *window, ExportActions *exports, TimelineView *timeline, QTabWidget *charts);
    Q_DISABLE_COPY_MOVE(DescribeAction)

    QAction *action() const { return m_action; }
    // "timeline", "cumulative" or "countries".
    QString currentView() const;
    // The views the dialog offers, in its order.
    static QStringList views();

public Q_SLOTS:
    // Opens the dialog on currentView() and waits until it is closed.
    void describe();

private:
    QWidget *m_window = nullptr;
    ExportActions *m_exports = nullptr;
    TimelineView *m_timeline = nullptr;
    QTabWidget *m_charts = nullptr;
    QAction *m_action = nullptr;
};
