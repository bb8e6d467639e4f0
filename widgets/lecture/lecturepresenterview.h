// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lecturekeys.h"
#include "lectureslide.h"
#include "theme.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <memory>

class LectureNavigator;
class QLabel;
class QListWidget;
class QPlainTextEdit;

// A slide painted small, letterboxed to 16:9: the presenter's current and next step.
class LectureSlidePreview final : public QWidget
{
    Q_OBJECT
public:
    explicit LectureSlidePreview(std::shared_ptr<const LectureDeck> deck, QWidget *parent = nullptr);
    void setStep(int index);
    void setTheme(const Theme &theme);
    void setLocale(const QLocale &locale);
    const LectureSlide &slide() const { return m_slide; }
    QSize sizeHint() const override { return {480, 270}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    LectureSlide m_slide;
    Theme m_theme;
};

// The presenter's screen (the laptop): the current and the next step, the speaker notes, the time since the lecture
// began and the clock, and the list of steps to jump to. It drives the same navigator as the audience screen.
class LecturePresenterView final : public QWidget
{
    Q_OBJECT
public:
    LecturePresenterView(std::shared_ptr<const LectureDeck> deck, LectureNavigator *navigator, QWidget *parent = nullptr);
    ~LecturePresenterView() override;
    Q_DISABLE_COPY_MOVE(LecturePresenterView)

    void setTheme(const Theme &theme);
    void setLocale(const QLocale &locale);

    QString notesText() const;
    QString elapsedText() const;
    QString counterText() const;
    QListWidget *stepList() const { return m_steps; }
    const LectureSlidePreview *currentPreview() const { return m_current; }
    const LectureSlidePreview *nextPreview() const { return m_next; }

Q_SIGNALS:
    // The keys the navigator leaves (go-to list, help, presenter view, leave), for the lecture to handle once.
    void windowActionRequested(LectureKeys::Action action);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showStep(int index);
    void tick();

    LectureNavigator *m_navigator = nullptr;
    std::shared_ptr<const LectureDeck> m_deck;
    LectureSlidePreview *m_current = nullptr;
    LectureSlidePreview *m_next = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_nextLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QListWidget *m_steps = nullptr;
    QElapsedTimer m_sinceStart;
    QTimer m_ticker;
};
