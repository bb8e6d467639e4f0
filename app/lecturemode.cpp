// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturemode.h"

#include "lectureaudienceview.h"
#include "lecturenavigator.h"
#include "lecturepresenterview.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWindow>

LectureMode::LectureMode(std::shared_ptr<const LectureDeck> deck, const Options &options, QObject *parent)
    : QObject(parent)
    , m_deck(std::move(deck))
    , m_options(options)
    , m_navigator(new LectureNavigator(this))
{
    m_navigator->setCount(m_deck->count());
}

LectureMode::~LectureMode()
{
    // The views are top-level windows without a parent: they go with the lecture.
    delete m_audience;
    delete m_presenter;
}

QScreen *LectureMode::audienceScreen(const QString &remembered, QScreen *presenterScreen)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() < 2)
        return nullptr;
    for (QScreen *screen : screens) {
        if (!remembered.isEmpty() && screen->name() == remembered && screen != presenterScreen)
            return screen;
    }
    QScreen *presenter = presenterScreen ? presenterScreen : QGuiApplication::primaryScreen();
    for (QScreen *screen : screens) {
        if (screen != presenter)
            return screen;
    }
    return nullptr;
}

void LectureMode::start(int index)
{
    m_navigator->jumpTo(qBound(0, index, qMax(0, m_deck->count() - 1)));
    m_audience = new LectureAudienceView(m_deck, m_navigator);
    m_audience->setAttribute(Qt::WA_DeleteOnClose, false);
    m_audience->setTheme(m_options.theme);
    m_audience->setLocale(m_options.locale);
    connect(m_audience, &LectureAudienceView::leaveRequested, this, &LectureMode::stop);
    connect(m_audience, &LectureAudienceView::presenterViewRequested, this, &LectureMode::togglePresenter);

    m_presenter = new LecturePresenterView(m_deck, m_navigator);
    m_presenter->setTheme(m_options.theme);
    m_presenter->setLocale(m_options.locale);
    connect(m_presenter, &LecturePresenterView::windowActionRequested, this,
        [this](LectureKeys::Action action) { handleWindowAction(int(action)); });

    m_running = true;
    QScreen *presenterScreen = m_options.presenterScreen ? m_options.presenterScreen : QGuiApplication::primaryScreen();
    m_audienceScreen = audienceScreen(m_options.audienceScreen, presenterScreen);
    if (m_audienceScreen) {
        // Two screens: the hall sees the audience view, the laptop the presenter view.
        placeOn(m_presenter, presenterScreen);
        m_presenter->showMaximized();
        placeOn(m_audience, m_audienceScreen);
        m_audience->showFullScreen();
        m_presenter->activateWindow();
        m_presenter->setFocus();
    } else {
        placeOn(m_audience, presenterScreen);
        m_audience->showFullScreen();
        m_audience->activateWindow();
        m_audience->setFocus();
    }
}

bool LectureMode::presenterVisible() const
{
    return m_presenter && m_presenter->isVisible();
}

void LectureMode::stop()
{
    if (!m_running)
        return;
    m_running = false;
    const int current = m_navigator->current();
    QString decisionId;
    if (current >= 0 && m_deck->step(current).kind == LectureStep::Kind::Decision)
        decisionId = m_deck->step(current).decision.id;
    if (m_audience)
        m_audience->hide();
    if (m_presenter)
        m_presenter->hide();
    Q_EMIT finished(decisionId);
}

void LectureMode::handleWindowAction(int action)
{
    // Keys typed on the presenter's screen do on the audience's what they would do there (help, go-to list).
    if (m_audience)
        m_audience->windowAction(LectureKeys::Action(action));
}

void LectureMode::togglePresenter()
{
    if (!m_audience || !m_presenter)
        return;
    QScreen *presenterScreen = m_options.presenterScreen ? m_options.presenterScreen : QGuiApplication::primaryScreen();
    if (m_audienceScreen) {
        // Two screens: S swaps them, for when the guess put the audience on the laptop; the choice is remembered.
        QScreen *other = m_audienceScreen == presenterScreen ? audienceScreen(QString(), presenterScreen) : presenterScreen;
        if (!other)
            return;
        m_options.presenterScreen = m_audienceScreen;
        m_audienceScreen = other;
        m_audience->showNormal();
        m_presenter->showNormal();
        placeOn(m_audience, m_audienceScreen);
        placeOn(m_presenter, m_options.presenterScreen);
        m_audience->showFullScreen();
        m_presenter->showMaximized();
        m_presenter->activateWindow();
        Q_EMIT audienceScreenChosen(m_audienceScreen->name());
        return;
    }
    // One screen: the presenter view and the audience view take turns.
    if (m_presenter->isVisible()) {
        m_presenter->hide();
        m_audience->activateWindow();
        m_audience->setFocus();
    } else {
        placeOn(m_presenter, presenterScreen);
        m_presenter->showFullScreen();
        m_presenter->raise();
        m_presenter->activateWindow();
        m_presenter->setFocus();
    }
}

void LectureMode::placeOn(QWidget *view, QScreen *screen)
{
    if (!screen)
        return;
    view->winId(); // creates the native window, so that it can be given a screen before it is shown
    if (QWindow *window = view->windowHandle())
        window->setScreen(screen);
    view->setGeometry(screen->availableGeometry());
}
