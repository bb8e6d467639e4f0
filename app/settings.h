// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportchoices.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class ViewState;

// The user's preferences and window layout, kept in QSettings. Key names live only in settings.cpp.
// Passed to whoever needs it (no singleton); load() and save() are explicit so tests can isolate it.
// The window layout is kept here and written by save(); what the user looks at (theme, date basis, lane order) is
// owned by the window's ViewState, and this class only remembers it across runs (attach()).
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

    // Once loaded: puts the remembered theme, date basis and lane order into `state`, then writes each later change
    // of them as it happens, so nothing else keeps a copy and a crash loses none of them. A Settings that was never
    // loaded (a screenshot, a test) neither restores nor records them: what it shows must not become the user's
    // preference.
    void attach(ViewState *state);

    // The last choices of the export dialog (its file, canvas, theme, title, citation and background switches),
    // written as soon as they are made. The title and subtitle texts belong to one figure and are not kept. A
    // Settings that was never loaded gives the defaults and keeps nothing, like the view.
    ExportChoices exportChoices() const;
    void setExportChoices(const ExportChoices &choices);

    // The screen the audience saw in the last lecture (QScreen::name()); empty when never chosen.
    QString lectureAudienceScreen() const;
    void setLectureAudienceScreen(const QString &screenName);

    // The interface language chosen in View > Language ("en", "fr"); empty to follow the system's.
    QString language() const;
    void setLanguage(const QString &code);

    // The team database the window opens at start when no --database is given (File > Connect to Team Database),
    // as ServerAddress::display() writes it: never with a password. Empty: the personal file.
    QString teamDatabase() const;
    // Remembers `address` (empty: back to the personal file) and puts it first among the recent ones.
    void setTeamDatabase(const QString &address);
    // The team databases connected to before, most recent first, at most MaxRecentTeamDatabases.
    QStringList recentTeamDatabases() const;
    static constexpr int MaxRecentTeamDatabases = 8;

private:
    void restoreView();
    void recordView();

    // Renames or converts keys written by older versions.
    void migrate(int fromVersion);

    QByteArray m_windowGeometry;
    QByteArray m_windowState;
    QByteArray m_mainSplitter;
    QByteArray m_centralSplitter;
    QByteArray m_tableHeaderState;
    bool m_loaded = false;
    bool m_restoring = false;
    QPointer<ViewState> m_state;
};
