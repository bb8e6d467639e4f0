// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportchoices.h"
#include "decisiontable.h"
#include "exportframe.h"
#include "viewdescription.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

class ChartViewBase;
class QAbstractItemModel;
class QAction;
class QPrinter;
class QWidget;
class Renderable;
class Settings;
class TimelineView;
class ViewState;
struct Decision;
struct Theme;

// The window's ways out for a figure: export it (File > Export Timeline or Chart, through ExportDialog), print it
// (File > Print, with a preview), copy it as an image, and copy its citation (Edit > Copy Citation). Each draws
// what the window shows (the filtered decisions, the zoom, the date basis) but none of the interaction: the
// timeline goes out as TimelineRenderer::exportCopy(), without the selection and the hover. Exports and prints are
// framed (ExportFrame) with a title, a subtitle and the same Citation::text() as `caseline export`; beside each
// exported file, FILE.txt holds the figure's text alternative and its citation (AltTextFile).
class ExportActions final : public QObject
{
    Q_OBJECT
public:
    // `currentChart` gives the chart in front (cumulative or by country) when an action runs.
    ExportActions(QWidget *window, Settings *settings, ViewState *state, QAbstractItemModel *filtered,
        TimelineView *timeline, std::function<ChartViewBase *()> currentChart);
    Q_DISABLE_COPY_MOVE(ExportActions)

    QAction *exportTimelineAction() const { return m_exportTimeline; }
    QAction *exportChartAction() const { return m_exportChart; }
    QAction *printTimelineAction() const { return m_printTimeline; }
    QAction *printChartAction() const { return m_printChart; }
    QAction *copyTimelineImageAction() const { return m_copyTimelineImage; }
    QAction *copyChartImageAction() const { return m_copyChartImage; }
    QAction *copyCitationAction() const { return m_copyCitation; }

    // The decisions the window shows, in its order.
    DecisionTable shownDecisions() const;
    // The citation of what the window shows.
    QString citation() const;
    // The title, subtitle and citation an export of `view` ("timeline", "cumulative", "countries") starts with.
    ExportFrame::Text defaultText(const QString &view) const;
    // The text alternative of `view` as the window shows it: its decisions, date basis and the filter's dates, in
    // the interface language (ViewDescriptions).
    ViewDescription description(const QString &view, int tableRows = -1) const;
    // The choices the export dialog opens with: the last ones, the file named after `view` in the last folder
    // (Pictures at first), and the default title and subtitle.
    ExportChoices initialChoices(const QString &view) const;
    // Writes `view` (named as ExportViews names it) framed as `choices` say, and its description and citation
    // beside it; the problem, or empty when written.
    QString write(const Renderable &view, const QString &name, const ExportChoices &choices) const;
    // Paints `view` framed on the printer's page, in `theme`: what the print preview shows and the printer prints.
    void print(QPrinter *printer, const Renderable &view, const QString &name, const Theme &theme) const;

Q_SIGNALS:
    void message(const QString &text);

private:
    void exportView(const Renderable &view, const QString &name);
    void printView(const Renderable &view, const QString &name);
    void copyImage(const Renderable &view, const QSize &size);
    QString chartName() const;
    // False, after telling the user, when the filters leave nothing to draw.
    bool hasDecisions();

    QWidget *m_window = nullptr;
    Settings *m_settings = nullptr;
    ViewState *m_state = nullptr;
    QAbstractItemModel *m_filtered = nullptr;
    TimelineView *m_timeline = nullptr;
    std::function<ChartViewBase *()> m_currentChart;
    QAction *m_exportTimeline = nullptr;
    QAction *m_exportChart = nullptr;
    QAction *m_printTimeline = nullptr;
    QAction *m_printChart = nullptr;
    QAction *m_copyTimelineImage = nullptr;
    QAction *m_copyChartImage = nullptr;
    QAction *m_copyCitation = nullptr;
};
