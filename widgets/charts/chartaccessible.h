// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibleitemcache.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QString>
#include <memory>

class ChartCanvas;
class ChartViewBase;
class QAbstractItemModel;

// A chart as assistive technology sees it, as TimelineAccessible shows the timeline: the canvas is a list of the
// chart's items (ChartViewBase::itemCount(): the steps of the cumulative chart in its range, the bars or bands of
// the chart by country), each named as a screen reader says it (ChartSpeech). An item's interface is made when
// first asked for and kept by the item's key, so that it stays the same object while the range moves; all are
// dropped when the model is reset. ChartViewBase moves the accessible focus to the current item.
class ChartAccessible final : public QAccessibleWidget
{
public:
    explicit ChartAccessible(ChartCanvas *canvas);
    ~ChartAccessible() override;
    Q_DISABLE_COPY_MOVE(ChartAccessible)

    // Makes QAccessible use this interface for every ChartCanvas; once per process.
    static void installFactory();

    QString text(QAccessible::Text t) const override;
    QAccessible::State state() const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    // The current item while the keyboard is on the chart.
    QAccessibleInterface *focusChild() const override;

    // The interface of the item with this key (null when the chart has no such item), made when first asked for.
    QAccessibleInterface *itemFor(const QString &key) const;

private:
    ChartCanvas *canvas() const;
    ChartViewBase *chartView() const;
    // The items' interfaces, dropped when the chart's model is reset or replaced.
    mutable AccessibleItemCache m_items;
};
