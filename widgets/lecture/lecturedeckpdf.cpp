// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturedeckpdf.h"

#include "exportframe.h"
#include "lectureslide.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

namespace {

// Painted in these units: the slide lays itself out as on a 1920x1080 screen, and the PDF stays vector.
const QSizeF PageUnits(1920, 1080);

QFont pixelFont(double pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(qMax(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

// The deck's first page: its title, what it covers, and the citation.
class TitlePage final : public Renderable
{
public:
    TitlePage(QString title, QString subtitle)
        : m_title(std::move(title))
        , m_subtitle(std::move(subtitle))
    {
    }
    void render(QPainter *painter, const QRectF &target, const Theme &theme) const override
    {
        painter->fillRect(target, theme.background);
        const double h = target.height();
        painter->setPen(theme.text);
        painter->setFont(pixelFont(h / 11, true));
        const QRectF titleRect(target.left() + h * 0.08, target.top() + h * 0.25, target.width() - h * 0.16, h * 0.32);
        painter->drawText(titleRect, Qt::AlignCenter | Qt::TextWordWrap, m_title);
        painter->setPen(theme.mutedText);
        painter->setFont(pixelFont(h / 24));
        painter->drawText(QRectF(titleRect.left(), titleRect.bottom() + h * 0.04, titleRect.width(), h * 0.25),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_subtitle);
    }
    QString renderTitle() const override { return m_title; }

private:
    QString m_title;
    QString m_subtitle;
};

// A handout page: the slide on the left, the speaker notes on the right.
class NotesPage final : public Renderable
{
public:
    NotesPage(const LectureSlide &slide, QString notes)
        : m_slide(slide)
        , m_notes(std::move(notes))
    {
    }
    void render(QPainter *painter, const QRectF &target, const Theme &theme) const override
    {
        painter->fillRect(target, theme.background);
        const double margin = target.height() * 0.05;
        const double slideWidth = target.width() * 0.5;
        const QRectF slide(target.left() + margin, target.top() + margin, slideWidth, slideWidth * 9 / 16);
        m_slide.render(painter, slide, theme);
        painter->setPen(QPen(theme.grid, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(slide);
        const QRectF notes(slide.right() + margin, slide.top(), target.right() - slide.right() - margin * 2,
            target.height() - margin * 2);
        painter->setPen(theme.text);
        painter->setFont(pixelFont(target.height() / 34));
        const QString text = m_notes.trimmed().isEmpty() ? LectureDeckPdf::tr("(no notes)") : m_notes;
        painter->drawText(notes, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    }
    QString renderTitle() const override { return m_slide.renderTitle(); }

private:
    const LectureSlide &m_slide;
    QString m_notes;
};

} // namespace

QPageSize LectureDeckPdf::pageSize()
{
    return QPageSize(QSizeF(13.333, 7.5), QPageSize::Inch, QStringLiteral("16:9"), QPageSize::ExactMatch);
}

int LectureDeckPdf::pageCount(const LectureDeck &deck, bool notes)
{
    return 1 + deck.count() * (notes ? 2 : 1);
}

bool LectureDeckPdf::write(QIODevice *device, const LectureDeck &deck, const Options &options, QString *error)
{
    QPdfWriter pdf(device);
    pdf.setPageSize(pageSize());
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(deck.title());
    pdf.setCreator(QStringLiteral("caseline"));
    // The page's width is 1920 units at this resolution, so the slide is laid out as on a 1080p screen.
    pdf.setResolution(qRound(PageUnits.width() / 13.333));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = tr("cannot start the PDF");
        return false;
    }
    const QRectF page(QPointF(0, 0), PageUnits);

    const std::shared_ptr<const LectureDeck> shared(&deck, [](const LectureDeck *) {});
    LectureSlide slide;
    slide.setLocale(options.locale);
    slide.setDeck(shared);

    const TitlePage title(deck.title(), options.subtitle);
    ExportFrame(title, {QString(), QString(), options.citation}).render(&painter, page, options.theme);
    for (int i = 0; i < deck.count(); ++i) {
        slide.setStep(i);
        pdf.newPage();
        ExportFrame(slide, {QString(), QString(), options.citation}).render(&painter, page, options.theme);
        if (options.notes) {
            pdf.newPage();
            const NotesPage notes(slide, deck.step(i).notes);
            ExportFrame(notes, {QString(), QString(), options.citation}).render(&painter, page, options.theme);
        }
    }
    if (!painter.end()) {
        *error = tr("cannot finish the PDF");
        return false;
    }
    return true;
}
