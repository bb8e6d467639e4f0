// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lectureaudienceview.h"
#include "lecturedeck.h"
#include "lecturepresenterview.h"
#include "theme.h"

#include <QLocale>
#include <QObject>
#include <QPointer>

#include <memory>

class LectureNavigator;
class QScreen;

// Lecture mode as the user runs it: one navigator, the audience view full screen and, with two screens, the
// presenter view on the other one (with one screen, S toggles between them). Started by F5 in the window and by
// `caseline present`; Esc ends it.
class LectureMode final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        Theme theme = Theme::named(ThemeName::Projector);
        QLocale locale;
        // The name of the screen the audience saw last time (QScreen::name()); empty: the one the window is not on.
        QString audienceScreen;
        // The screen the presenter works on (the window's); null: the primary screen.
        QScreen *presenterScreen = nullptr;
    };

    LectureMode(std::shared_ptr<const LectureDeck> deck, const Options &options, QObject *parent = nullptr);
    ~LectureMode() override;
    Q_DISABLE_COPY_MOVE(LectureMode)

    // Shows the lecture at step `index` (0-based).
    void start(int index);
    // Closes both views; finished() follows.
    void stop();
    bool isRunning() const { return m_running; }

    LectureNavigator *navigator() const { return m_navigator; }
    LectureAudienceView *audience() const { return m_audience; }
    LecturePresenterView *presenter() const { return m_presenter; }
    bool presenterVisible() const;

    // With two screens or more, the audience's: the remembered one when it is connected, else the first screen that
    // is not the presenter's. Null with one screen.
    static QScreen *audienceScreen(const QString &remembered, QScreen *presenterScreen);

Q_SIGNALS:
    // The decision of the last step shown (empty for a title card), for the window to select it.
    void finished(const QString &lastDecisionId);
    // The user moved the audience to another screen: remember it.
    void audienceScreenChosen(const QString &screenName);

private:
    void handleWindowAction(int action);
    void togglePresenter();
    void placeOn(QWidget *view, QScreen *screen);

    std::shared_ptr<const LectureDeck> m_deck;
    Options m_options;
    LectureNavigator *m_navigator = nullptr;
    QPointer<LectureAudienceView> m_audience;
    QPointer<LecturePresenterView> m_presenter;
    QScreen *m_audienceScreen = nullptr;
    bool m_running = false;
};
