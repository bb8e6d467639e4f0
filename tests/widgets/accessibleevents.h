// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessible>
#include <QtGui/private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

// Qt 6.4's offscreen platform keeps accessibility off whatever QAccessible::setActive() is told: isActive() asks the
// platform's QPlatformAccessibility, which only a platform bridge switches on (Qt 6.5's offscreen platform has one of
// its own). As Qt's own tst_qaccessibility does, the tests switch it on through Qt's private API (Debian's
// qt6-base-private-dev, Qt6::GuiPrivate).
// The accessibility events the application sends, caught as Qt's own tst_qaccessibility catches them: an update
// handler instead of the platform's bridge, with accessibility switched on so that views send them at all.
namespace AccessibleEvents {

// As a screen reader starting or leaving would: the views ask QAccessible::isActive() before sending anything.
inline void setActive(bool active)
{
    QAccessible::setActive(active);
    if (QAccessible::isActive() != active && QGuiApplicationPrivate::platform_integration) {
        if (QPlatformAccessibility *platform = QGuiApplicationPrivate::platform_integration->accessibility())
            platform->setActive(active);
    }
}

struct Event
{
    QAccessible::Event type = QAccessible::InvalidEvent;
    QPointer<QObject> object;
    int child = -1;
    // What a screen reader would say: the name of the interface the event is about (the child's, when it has one).
    QString name;
};

inline QList<Event> &recorded()
{
    static QList<Event> events;
    return events;
}

inline void record(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    recorded().append(
        { event->type(), event->object(), event->child(), iface ? iface->text(QAccessible::Name) : QString() });
}

inline void start()
{
    QAccessible::installUpdateHandler(record);
    setActive(true);
    recorded().clear();
}

inline void stop()
{
    setActive(false);
    QAccessible::installUpdateHandler(nullptr);
    recorded().clear();
}

// The events of one type about `object`.
inline QList<Event> of(QAccessible::Event type, const QObject *object)
{
    QList<Event> found;
    for (const Event &event : std::as_const(recorded())) {
        if (event.type == type && event.object == object)
            found << event;
    }
    return found;
}

} // namespace AccessibleEvents
