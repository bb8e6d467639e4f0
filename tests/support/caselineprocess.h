// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

// The real `caseline` executable, run as a user would, but never in the user's folders: HOME and every XDG
// folder point into `home`, there is no display (commands and --screenshot need none), and the locale is C.UTF-8.
class CaselineProcess
{
public:
    struct Result
    {
        int exitCode = -1; // -1: crashed or timed out
        QByteArray out;
        QByteArray err;
    };

    explicit CaselineProcess(const QString &home);

    // The executable under test (the build's caseline).
    static QString executable();
    void setEnvironment(const QString &name, const QString &value) { m_environment.insert(name, value); }
    // Runs and waits (at most two minutes). `inChild` runs in the child before exec, e.g. to set a resource limit.
    Result run(const QStringList &arguments, const std::function<void()> &inChild = {}) const;
    // The environment the process gets, for tests that start it themselves (to run two at once).
    QProcessEnvironment environment() const { return m_environment; }

private:
    QProcessEnvironment m_environment;
    QString m_home;
};
