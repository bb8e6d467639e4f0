// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <cstdio>

Screenshotter::Screenshotter(QWidget *window, const QString &fileName, const QElapsedTimer &sinceStart, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_fileName(fileName)
    , m_sinceStart(sinceStart)
{
    m_window->installEventFilter(this);
}

bool Screenshotter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_scheduled) {
        m_scheduled = true;
        const qint64 firstPaintMs = m_sinceStart.elapsed();
        std::fprintf(stderr, "first paint: %lld ms\n", static_cast<long long>(firstPaintMs));
        // Grab after this paint has completed, so the image is what the user saw.
        QTimer::singleShot(0, this, &Screenshotter::capture);
    }
    return QObject::eventFilter(watched, event);
}

void Screenshotter::capture()
{
    const QPixmap pixmap = m_window->grab();
    if (pixmap.isNull() || !pixmap.save(m_fileName)) {
        std::fprintf(stderr, "caseline: cannot write the screenshot %s\n", qPrintable(m_fileName));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::exit(0);
}
