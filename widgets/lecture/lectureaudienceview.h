// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lecturekeys.h"
#include "lectureslide.h"
#include "theme.h"

#include <QElapsedTimer>
#include <QPointF>
#include <QTimer>
#include <QVariantAnimation>
#include <QWidget>

#include <memory>

class LectureNavigator;
class QListWidget;

// The audience's screen in lecture mode: the current slide, full screen, with nothing of the window around it.
// Between steps the timeline glides to the next frame (eased, 400 ms; at once when motion is reduced). It also
// draws what the presenter does in front of the audience: the blackout, the large pointer, the keys overlay, the
// step number being typed and the go-to list. For screen readers, its accessible name is the step ("Step 3 of 43")
// and its description the step's spoken text (LectureDescription), both announced as each step comes.
class LectureAudienceView final : public QWidget
{
    Q_OBJECT
public:
    LectureAudienceView(std::shared_ptr<const LectureDeck> deck, LectureNavigator *navigator, QWidget *parent = nullptr);
    ~LectureAudienceView() override;
    Q_DISABLE_COPY_MOVE(LectureAudienceView)

    void setTheme(const Theme &theme);
    void setLocale(const QLocale &locale);
    // No glide between steps: for users who ask the desktop for reduced motion (ReducedMotion, the default), and
    // for screenshots.
    void setReducedMotion(bool reduced) { m_reducedMotion = reduced; }
    bool reducedMotion() const { return m_reducedMotion; }

    const LectureSlide &slide() const { return m_slide; }
    bool helpVisible() const { return m_helpVisible; }
    bool goToListVisible() const;
    bool gliding() const { return m_glide.state() == QAbstractAnimation::Running; }
    // For tests: the pointer's opacity (0: hidden).
    double pointerOpacity() const { return m_pointerOpacity; }

    // Handles the window-level keys the navigator leaves (help, go-to list); the presenter view sends its own here.
    void windowAction(LectureKeys::Action action);

Q_SIGNALS:
    void leaveRequested();
    void presenterViewRequested();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showStep(int index);
    void updateSpokenText();
    void showGoToList();
    void paintHelp(QPainter *painter) const;
    void paintBadge(QPainter *painter, const QString &text) const;
    void paintPointer(QPainter *painter) const;

    LectureNavigator *m_navigator = nullptr;
    std::shared_ptr<const LectureDeck> m_deck;
    LectureSlide m_slide;
    Theme m_theme;
    QLocale m_locale;
    bool m_reducedMotion = false;
    bool m_helpVisible = false;
    QVariantAnimation m_glide;
    QPointF m_glideFrom;
    QPointF m_glideTo;
    QPointF m_visible; // the timeline's range now, in days
    QPointF m_pointer;
    double m_pointerOpacity = 0;
    QTimer m_pointerStill;
    QVariantAnimation m_pointerFade;
    QString m_badge; // "Auto-advance every 8 s", shown briefly
    QTimer m_badgeTimer;
    QListWidget *m_goTo = nullptr;
};
