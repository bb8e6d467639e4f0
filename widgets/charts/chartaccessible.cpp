// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartaccessible.h"

#include "chartcanvas.h"
#include "chartviewbase.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QWindow>

namespace {

// One item of a chart, held by its key: every question is answered from what the chart shows now, and the item is
// invalid while the chart has no item with that key (out of the range, filtered away).
class ChartItemAccessible final : public QAccessibleInterface
{
public:
    ChartItemAccessible(ChartCanvas *canvas, const QString &key)
        : m_canvas(canvas)
        , m_key(key)
    {
    }

    QString key() const { return m_key; }

    bool isValid() const override { return index() >= 0; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_canvas ? m_canvas->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_canvas); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        const int i = index();
        return i >= 0 && t == QAccessible::Name ? m_canvas->owner()->itemName(i) : QString();
    }

    void setText(QAccessible::Text, const QString &) override { }

    QRect rect() const override
    {
        const int i = index();
        const QRect local = i < 0 ? QRect() : m_canvas->owner()->itemRect(i).toAlignedRect();
        if (local.isEmpty())
            return QRect();
        return QRect(m_canvas->viewport()->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::Role role() const override { return QAccessible::ListItem; }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        const int i = index();
        if (i < 0) {
            s.invalid = true;
            return s;
        }
        s.focusable = true;
        s.selectable = true;
        s.selected = m_canvas->owner()->currentItem() == i;
        s.focused = s.selected && m_canvas->hasFocus();
        s.offscreen = m_canvas->owner()->itemRect(i).isEmpty();
        return s;
    }

private:
    int index() const { return m_canvas ? m_canvas->owner()->indexOfItemKey(m_key) : -1; }

    QPointer<ChartCanvas> m_canvas;
    QString m_key;
};

QAccessibleInterface *chartFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("ChartCanvas") && object && object->isWidgetType()) {
        if (auto *canvas = qobject_cast<ChartCanvas *>(object))
            return new ChartAccessible(canvas);
    }
    return nullptr;
}

} // namespace

ChartAccessible::ChartAccessible(ChartCanvas *canvas)
    : QAccessibleWidget(canvas, QAccessible::List)
{
}

ChartAccessible::~ChartAccessible() = default;

void ChartAccessible::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(chartFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

ChartCanvas *ChartAccessible::canvas() const
{
    return static_cast<ChartCanvas *>(widget());
}

ChartViewBase *ChartAccessible::chartView() const
{
    return canvas()->owner();
}

QString ChartAccessible::text(QAccessible::Text t) const
{
    // Named as the chart is titled, unless the window gave it a name.
    const QString own = QAccessibleWidget::text(t);
    if (t == QAccessible::Name && own.isEmpty() && canvas()->chart())
        return canvas()->chart()->title();
    return own;
}

QAccessible::State ChartAccessible::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    // While an item is current, the focus is on it, not on the list.
    if (s.focused && chartView()->currentItem() >= 0)
        s.focused = false;
    return s;
}

int ChartAccessible::childCount() const
{
    return chartView()->itemCount();
}

QAccessibleInterface *ChartAccessible::child(int index) const
{
    if (index < 0 || index >= chartView()->itemCount())
        return nullptr;
    return itemFor(chartView()->itemKey(index));
}

int ChartAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *item = dynamic_cast<const ChartItemAccessible *>(child);
    return item ? chartView()->indexOfItemKey(item->key()) : -1;
}

QAccessibleInterface *ChartAccessible::childAt(int x, int y) const
{
    const QPointF point = canvas()->viewport()->mapFromGlobal(QPoint(x, y));
    const int count = chartView()->itemCount();
    for (int i = 0; i < count; ++i) {
        if (chartView()->itemRect(i).contains(point))
            return child(i);
    }
    return nullptr;
}

QAccessibleInterface *ChartAccessible::focusChild() const
{
    const int current = chartView()->currentItem();
    return canvas()->hasFocus() && current >= 0 ? child(current) : nullptr;
}

QAccessibleInterface *ChartAccessible::itemFor(const QString &key) const
{
    if (chartView()->indexOfItemKey(key) < 0)
        return nullptr;
    return m_items.item(chartView()->model(), key, [this, &key] { return new ChartItemAccessible(canvas(), key); });
}
