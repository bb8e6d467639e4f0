// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QWidget;

// `caseline --screenshot FILE.png`: waits for the window's first paint, saves the window as it is drawn,
// prints the time from start-up to that first paint, and quits with 0 (or 1 when the file cannot be written).
class Screenshotter final : public QObject
{
    Q_OBJECT
public:
    Screenshotter(QWidget *window, const QString &fileName, const QElapsedTimer &sinceStart, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(Screenshotter)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void capture();

    QWidget *m_window = nullptr;
    QString m_fileName;
    QElapsedTimer m_sinceStart;
    bool m_scheduled = false;
};
