// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "describeaction.h"

#include "countrychartview.h"
#include "cumulativechartview.h"
#include "describedialog.h"
#include "exportactions.h"
#include "timelineview.h"
#include "uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QTabWidget>

namespace {

// The chart view `widget` is or is inside, by its view name; empty for anything else.
QString chartOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (qobject_cast<const CumulativeChartView *>(w))
            return QStringLiteral("cumulative");
        if (qobject_cast<const CountryChartView *>(w))
            return QStringLiteral("countries");
    }
    return QString();
}

} // namespace

DescribeAction::DescribeAction(QWidget *window, ExportActions *exports, TimelineView *timeline, QTabWidget *charts)
    : QObject(window)
    , m_window(window)
    , m_exports(exports)
    , m_timeline(timeline)
    , m_charts(charts)
{
    m_action = new QAction(this);
    m_action->setObjectName(QStringLiteral("describeAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    UiLanguage::follow(m_action, [this] {
        m_action->setText(tr("&Describe..."));
        m_action->setToolTip(tr("The view in words, with its data as a table: a text alternative to read, copy or "
                                "quote"));
    });
    connect(m_action, &QAction::triggered, this, &DescribeAction::describe);
}

QStringList DescribeAction::views()
{
    return {QStringLiteral("timeline"), QStringLiteral("cumulative"), QStringLiteral("countries")};
}

QString DescribeAction::currentView() const
{
    const QWidget *focus = QApplication::focusWidget();
    const QString focused = chartOf(focus);
    if (!focused.isEmpty())
        return focused;
    if (focus && (focus == m_timeline || m_timeline->isAncestorOf(focus)))
        return QStringLiteral("timeline");
    // Nothing of a view has the focus (the table, the filters): the chart in front, if one is shown at all.
    const QWidget *front = m_charts->currentWidget();
    const QString chart = chartOf(front);
    if (!chart.isEmpty() && front->isVisible() && front->height() > 0)
        return chart;
    return QStringLiteral("timeline");
}

void DescribeAction::describe()
{
    DescribeDialog dialog(m_window);
    const auto names = [] { return QStringList{tr("Timeline"), tr("Cumulative fines"), tr("By country")}; };
    const auto show = [this, &dialog] {
        dialog.setText(m_exports->description(views().value(dialog.currentView())).plainText());
    };
    dialog.setViews(names(), int(views().indexOf(currentView())));
    // The names and the text follow the interface language, as the rest of the window does.
    UiLanguage::follow(&dialog, [&dialog, names, show] {
        dialog.setViews(names(), dialog.currentView());
        show();
    });
    connect(&dialog, &DescribeDialog::viewChosen, &dialog, show);
    dialog.exec();
}
