// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineaccessible.h"

#include "decisionspeech.h"
#include "timelineview.h"

#include <QAbstractItemModel>
#include <QWidget>
#include <QWindow>

namespace {

DecisionSpeech::Facts::Standing standingOf(TimelineItem::Standing standing)
{
    switch (standing) {
    case TimelineItem::Standing::SetAside:
        return DecisionSpeech::Facts::Standing::SetAside;
    case TimelineItem::Standing::Contested:
        return DecisionSpeech::Facts::Standing::Contested;
    case TimelineItem::Standing::Standing:
        break;
    }
    return DecisionSpeech::Facts::Standing::Standing;
}

// One decision on the timeline. It holds the decision's id, not an index: every question is answered from what
// the view lays out now, and the item is invalid while the view does not lay the decision out (filtered away).
class TimelineItemAccessible final : public QAccessibleInterface
{
public:
    TimelineItemAccessible(TimelineView *view, const QString &id)
        : m_view(view)
        , m_id(id)
    {
    }

    QString id() const { return m_id; }

    bool isValid() const override { return item() != nullptr; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        const TimelineItem *it = item();
        if (!it || t != QAccessible::Name)
            return QString();
        DecisionSpeech::Facts facts;
        facts.authority = it->authority;
        facts.country = it->country;
        facts.type = it->type;
        facts.amount = it->amount();
        facts.amountIsMaximum = it->amountIsMaximum;
        facts.date = QDate::fromJulianDay(it->day);
        facts.standing = standingOf(it->standing);
        return DecisionSpeech::decision(facts, m_view->locale());
    }

    void setText(QAccessible::Text, const QString &) override { }

    QRect rect() const override
    {
        const std::optional<QRectF> marker = m_view && isValid() ? m_view->markerRect(m_id) : std::nullopt;
        if (!marker)
            return QRect();
        const QRect local = marker->toAlignedRect();
        return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::Role role() const override { return QAccessible::ListItem; }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.focusable = true;
        s.selectable = true;
        s.selected = m_view->selectedId() == m_id;
        s.focused = s.selected && m_view->hasFocus();
        // Outside the visible range (or the plot, when a lane is scrolled off): nothing on screen to point at.
        s.offscreen = !m_view->markerRect(m_id).has_value();
        return s;
    }

private:
    const TimelineItem *item() const
    {
        if (!m_view)
            return nullptr;
        const TimelineLayout &layout = m_view->renderer().layout();
        const int index = layout.indexOfId(m_id);
        return index < 0 ? nullptr : &layout.item(index);
    }

    QPointer<TimelineView> m_view;
    QString m_id;
};

QAccessibleInterface *timelineFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("TimelineView") && object && object->isWidgetType()) {
        if (auto *view = qobject_cast<TimelineView *>(object))
            return new TimelineAccessible(view);
    }
    return nullptr;
}

} // namespace

TimelineAccessible::TimelineAccessible(TimelineView *view)
    : QAccessibleWidget(view, QAccessible::List)
{
}

TimelineAccessible::~TimelineAccessible() = default;

void TimelineAccessible::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

TimelineView *TimelineAccessible::view() const
{
    return static_cast<TimelineView *>(widget());
}

QAccessible::Role TimelineAccessible::role() const
{
    return QAccessible::List;
}

QAccessible::State TimelineAccessible::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    // While a decision is selected, the focus is on its item, not on the list (as in Qt's item views).
    if (s.focused && !view()->selectedId().isEmpty())
        s.focused = false;
    return s;
}

int TimelineAccessible::childCount() const
{
    return view()->renderer().layout().itemCount();
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    const TimelineLayout &layout = view()->renderer().layout();
    const int item = layout.itemInTimeOrder(index);
    return item < 0 ? nullptr : itemFor(layout.item(item).id);
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *item = dynamic_cast<const TimelineItemAccessible *>(child);
    if (!item)
        return -1;
    const TimelineLayout &layout = view()->renderer().layout();
    return layout.timePositionOf(layout.indexOfId(item->id()));
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    const QString id = view()->decisionIdAt(view()->mapFromGlobal(QPoint(x, y)));
    return id.isEmpty() ? nullptr : itemFor(id);
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    if (!view()->hasFocus())
        return nullptr;
    const QString id = view()->selectedId();
    return id.isEmpty() ? nullptr : itemFor(id);
}

QAccessibleInterface *TimelineAccessible::itemFor(const QString &id) const
{
    if (view()->renderer().layout().indexOfId(id) < 0)
        return nullptr;
    return m_items.item(view()->model(), id, [this, &id] { return new TimelineItemAccessible(view(), id); });
}
