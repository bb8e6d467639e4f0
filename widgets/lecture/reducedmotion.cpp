// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reducedmotion.h"

#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

namespace ReducedMotion {

namespace {

bool kdePrefers()
{
    const QString file = QStandardPaths::locate(QStandardPaths::GenericConfigLocation, QStringLiteral("kdeglobals"));
    if (file.isEmpty())
        return false;
    const QSettings kde(file, QSettings::IniFormat);
    bool ok = false;
    const double factor = kde.value(QStringLiteral("KDE/AnimationDurationFactor")).toDouble(&ok);
    return ok && factor == 0.0;
}

bool gnomePrefers()
{
    const QString gsettings = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (gsettings.isEmpty())
        return false;
    QProcess process;
    process.start(gsettings, {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.interface"),
                                 QStringLiteral("enable-animations")});
    // A second at most: a desktop without its settings daemon must not hold up the lecture.
    if (!process.waitForFinished(1000)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    return process.exitCode() == 0 && process.readAllStandardOutput().trimmed() == "false";
}

} // namespace

bool systemPrefers()
{
    if (qEnvironmentVariableIsSet("CASELINE_REDUCED_MOTION"))
        return qEnvironmentVariableIntValue("CASELINE_REDUCED_MOTION") == 1;
    return kdePrefers() || gnomePrefers();
}

} // namespace ReducedMotion
