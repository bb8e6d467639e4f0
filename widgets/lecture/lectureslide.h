// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flagcache.h"
#include "lecturedeck.h"
#include "renderable.h"
#include "timelinerenderer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPair>
#include <QRectF>

#include <memory>

// One step of a lecture as the audience sees it: the timeline framing the decision, a caption card (date,
// authority, country with flag, type, amounts, a one-line summary and the citation), the running totals with a
// small step chart, and the step counter. The audience screen, the presenter's previews and the PDF deck all paint
// through render(), so the deck is what was shown.
//
// Type is sized from the target's height, not the screen's font: caption text is at least 1/25 of the height and
// lane names at least 1/45, so it reads from the back of a hall at 1280x720 as at 4K.
class LectureSlide final : public Renderable
{
    Q_DECLARE_TR_FUNCTIONS(LectureSlide)
public:
    // Where the parts of a slide go, and the type sizes they use.
    struct Layout
    {
        QRectF header;
        QRectF timeline;
        QRectF caption;
        QRectF totals;
        double headerPixels = 0;
        double captionPixels = 0;
        double lanePixels = 0; // the timeline's type: lane names, axis
    };

    LectureSlide();
    ~LectureSlide() override;
    LectureSlide(const LectureSlide &) = delete;
    LectureSlide &operator=(const LectureSlide &) = delete;

    void setDeck(std::shared_ptr<const LectureDeck> deck);
    const LectureDeck *deck() const { return m_deck.get(); }
    // Shows step `index` with the timeline on the step's frame (-1: nothing).
    void setStep(int index);
    int step() const { return m_step; }
    // The timeline's visible range in TimelineScale days, for the glide between two steps' frames.
    void setVisibleDays(double fromDay, double toDay);
    static double dayOf(const QDate &date);
    // The days the timeline shows for `step`: its frame with a little room at each end.
    static QPair<double, double> visibleDaysFor(const LectureStep &step);
    // The visible range now, in days (after clamping to the data's whole range).
    double visibleFromDay() const { return m_timeline.scale().fromDay(); }
    double visibleToDay() const { return m_timeline.scale().toDay(); }
    void setLocale(const QLocale &locale);
    void setToday(const QDate &today);
    void setFlagDirectory(const QString &directory);

    Layout layout(const QRectF &target) const;
    // The timeline's geometry in a slide, for tests: the lane height and type actually used.
    TimelineRenderer::Geometry timelineGeometry(const QRectF &target, const Theme &theme) const;

    void render(QPainter *painter, const QRectF &target, const Theme &theme) const override;
    QString renderTitle() const override;

    // The caption's lines, as painted (tests and the spoken text read them).
    QStringList captionLines() const;
    // "EUR 74.1m imposed", "EUR 65.2m standing", "EUR 0 collected" at the current step.
    QStringList totalsLines() const;

private:
    void paintHeader(QPainter *painter, const Layout &layout, const Theme &theme) const;
    void paintTimeline(QPainter *painter, const Layout &layout, const Theme &theme) const;
    void paintCaption(QPainter *painter, const Layout &layout, const Theme &theme) const;
    void paintTitleCard(QPainter *painter, const QRectF &area, const Layout &layout, const Theme &theme) const;
    void paintTotals(QPainter *painter, const Layout &layout, const Theme &theme) const;
    void paintRunningChart(QPainter *painter, const QRectF &area, const Theme &theme, double pixels) const;
    const LectureStep *currentStep() const;

    std::shared_ptr<const LectureDeck> m_deck;
    int m_step = -1;
    QLocale m_locale;
    // Its type is set from each target's height while painting, which render() being const cannot otherwise do.
    mutable TimelineRenderer m_timeline;
    FlagCache m_flags;
};
