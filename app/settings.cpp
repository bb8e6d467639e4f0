// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QSettings>

namespace {
const QLatin1String VersionKey("settingsVersion");
const QLatin1String GeometryKey("window/geometry");
const QLatin1String StateKey("window/state");
const QLatin1String MainSplitterKey("window/mainSplitter");
const QLatin1String CentralSplitterKey("window/centralSplitter");
const QLatin1String TableHeaderKey("window/tableHeader");
const QLatin1String ThemeKey("view/theme");
const QLatin1String DateBasisKey("view/dateBasis");
} // namespace

Settings::Settings(QObject *parent) : QObject(parent) { }

void Settings::load()
{
    QSettings s;
    const int version = s.value(VersionKey, 0).toInt();
    if (version > 0 && version < Version)
        migrate(version);
    m_windowGeometry = s.value(GeometryKey).toByteArray();
    m_windowState = s.value(StateKey).toByteArray();
    m_mainSplitter = s.value(MainSplitterKey).toByteArray();
    m_centralSplitter = s.value(CentralSplitterKey).toByteArray();
    m_tableHeaderState = s.value(TableHeaderKey).toByteArray();
    const QString theme = s.value(ThemeKey, m_theme).toString();
    if (theme == QLatin1String("light") || theme == QLatin1String("dark") || theme == QLatin1String("projector"))
        m_theme = theme;
    const QString basis = s.value(DateBasisKey, m_dateBasis).toString();
    if (basis == QLatin1String("adopted") || basis == QLatin1String("announced"))
        m_dateBasis = basis;
    Q_EMIT updated();
}

void Settings::save() const
{
    QSettings s;
    s.setValue(VersionKey, Version);
    s.setValue(GeometryKey, m_windowGeometry);
    s.setValue(StateKey, m_windowState);
    s.setValue(MainSplitterKey, m_mainSplitter);
    s.setValue(CentralSplitterKey, m_centralSplitter);
    s.setValue(TableHeaderKey, m_tableHeaderState);
    s.setValue(ThemeKey, m_theme);
    s.setValue(DateBasisKey, m_dateBasis);
    s.sync();
}

void Settings::migrate(int fromVersion)
{
    // Version 1 is the first layout of keys; later versions convert here, step by step from fromVersion.
    Q_UNUSED(fromVersion)
}

QByteArray Settings::splitterState(const QString &name) const
{
    return name == QLatin1String("main") ? m_mainSplitter : m_centralSplitter;
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    (name == QLatin1String("main") ? m_mainSplitter : m_centralSplitter) = state;
}

void Settings::setTheme(const QString &theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    Q_EMIT updated();
}

void Settings::setDateBasis(const QString &basis)
{
    if (basis == m_dateBasis)
        return;
    m_dateBasis = basis;
    Q_EMIT updated();
}
