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

class QAbstractItemModel;
class TimelineView;

// The timeline as assistive technology sees it (after KDE Dolphin's KItemListViewAccessible): a list of the
// decisions the view lays out, in the order Left and Right walk them, each an item that a screen reader names as
// DecisionSpeech says ("CNIL, France, fine, 20 000 000 €, 17 octobre 2022"). The view may lay out 100,000
// decisions: an item's interface is made the first time it is asked for, kept by decision id (so the same
// decision is the same object however its index moves with the filter), and all are dropped when the model is
// reset. TimelineView moves the accessible focus to the selected item.
class TimelineAccessible final : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineView *view);
    ~TimelineAccessible() override;
    Q_DISABLE_COPY_MOVE(TimelineAccessible)

    // Makes QAccessible use this interface for every TimelineView. Called by each view's constructor; installs
    // the factory once per process.
    static void installFactory();

    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    // The selected decision while the keyboard is on the timeline.
    QAccessibleInterface *focusChild() const override;

    // The interface of a decision the view lays out (null for any other), made when first asked for.
    QAccessibleInterface *itemFor(const QString &id) const;

private:
    TimelineView *view() const;
    // The decisions' interfaces, dropped when the view's model is reset or replaced.
    mutable AccessibleItemCache m_items;
};
