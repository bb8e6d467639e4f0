// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotter.h"

#include "outputfile.h"

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
    const OutputFile::Result written = OutputFile::write(m_fileName, [&pixmap](QIODevice *device, QString *problem) {
        if (pixmap.isNull() || !pixmap.save(device, "PNG")) {
            *problem = QCoreApplication::translate("Screenshotter", "the window could not be captured");
            return false;
        }
        return true;
    });
    if (!written.ok()) {
        std::fprintf(stderr, "caseline: %s\n", qPrintable(written.error));
        QCoreApplication::exit(written.status == OutputFile::Status::Refused ? 2 : 1);
        return;
    }
    QCoreApplication::exit(0);
}
