// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

// The user's preferences and window layout, kept in QSettings. Key names live only in settings.cpp.
// Passed to whoever needs it (no singleton); load() and save() are explicit so tests can isolate it.
class Settings : public QObject
{
    Q_OBJECT
public:
    static constexpr int Version = 1;

    explicit Settings(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(Settings)

    void load();
    void save() const;

    QByteArray windowGeometry() const { return m_windowGeometry; }
    void setWindowGeometry(const QByteArray &geometry) { m_windowGeometry = geometry; }
    QByteArray windowState() const { return m_windowState; }
    void setWindowState(const QByteArray &state) { m_windowState = state; }
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    QByteArray tableHeaderState() const { return m_tableHeaderState; }
    void setTableHeaderState(const QByteArray &state) { m_tableHeaderState = state; }

    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    QString dateBasis() const { return m_dateBasis; }
    void setDateBasis(const QString &basis);

Q_SIGNALS:
    void updated();

private:
    // Renames or converts keys written by older versions.
    void migrate(int fromVersion);

    QByteArray m_windowGeometry;
    QByteArray m_windowState;
    QByteArray m_mainSplitter;
    QByteArray m_centralSplitter;
    QByteArray m_tableHeaderState;
    QString m_theme = QStringLiteral("light");
    QString m_dateBasis = QStringLiteral("adopted");
};
