// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportframe.h"

#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace {

constexpr int TextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

QFont sized(double pixels, bool bold)
{
    QFont font;
    font.setPixelSize(qMax(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

// The height `text` takes wrapped to `width`, at most `lines` lines (longer text is cut at the last line).
double wrappedHeight(const QString &text, const QFont &font, double width, int lines)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF fm(font);
    const double height = fm.boundingRect(QRectF(0, 0, width, 1e6), TextFlags, text).height();
    return qMin(height, fm.lineSpacing() * lines);
}

} // namespace

ExportFrame::ExportFrame(const Renderable &content, Text text)
    : m_content(content)
    , m_text(std::move(text))
{
}

ExportFrame::Layout ExportFrame::layout(const QRectF &target, const Theme &theme) const
{
    // One unit for every size: the canvas height, or for a tall canvas the height a 16:9 one of its width has, so
    // that a portrait page does not get slide-sized titles.
    const double unit = qMin(target.height(), target.width() * 9.0 / 16.0);
    // The projector theme asks for larger type; the title is large already and grows less.
    const double scale = theme.fontScale;
    Layout l;
    l.titleFont = sized(qMax(14.0, unit * 0.042 * std::sqrt(scale)), true);
    l.subtitleFont = sized(qMax(11.0, unit * 0.025 * scale), false);
    l.footerFont = sized(qMax(9.0, unit * 0.0155 * scale), false);

    const double margin = qMax(6.0, unit * 0.032);
    const double left = target.left() + margin;
    const double width = qMax(1.0, target.width() - 2 * margin);
    double top = target.top() + margin * 0.75;
    if (!m_text.title.isEmpty()) {
        l.title = QRectF(left, top, width, wrappedHeight(m_text.title, l.titleFont, width, 2));
        top = l.title.bottom() + QFontMetricsF(l.titleFont).descent() * 0.5;
    }
    if (!m_text.subtitle.isEmpty()) {
        l.subtitle = QRectF(left, top, width, wrappedHeight(m_text.subtitle, l.subtitleFont, width, 2));
        top = l.subtitle.bottom();
    }
    if (top > target.top() + margin * 0.75)
        top += unit * 0.018;
    else
        top = target.top();

    double bottom = target.bottom();
    if (!m_text.citation.isEmpty()) {
        const double height = wrappedHeight(m_text.citation, l.footerFont, width, 3);
        l.footer = QRectF(left, target.bottom() - margin * 0.6 - height, width, height);
        bottom = l.footer.top() - unit * 0.012;
    }
    // The views keep margins of their own (about a third of the frame's); the rest lines their edges up with the
    // title's.
    const double inset = margin * 0.7;
    l.content = QRectF(target.left() + inset, top, qMax(1.0, target.width() - 2 * inset), qMax(1.0, bottom - top));
    return l;
}

QRectF ExportFrame::contentRect(const QRectF &target, const Theme &theme) const
{
    return layout(target, theme).content;
}

void ExportFrame::render(QPainter *painter, const QRectF &target, const Theme &theme) const
{
    const Layout l = layout(target, theme);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(target, theme.background);
    if (!l.title.isEmpty()) {
        painter->setFont(l.titleFont);
        painter->setPen(theme.text);
        painter->drawText(l.title, TextFlags, m_text.title);
    }
    if (!l.subtitle.isEmpty()) {
        painter->setFont(l.subtitleFont);
        painter->setPen(theme.mutedText);
        painter->drawText(l.subtitle, TextFlags, m_text.subtitle);
    }
    if (!l.footer.isEmpty()) {
        painter->setFont(l.footerFont);
        painter->setPen(theme.mutedText);
        painter->drawText(l.footer, TextFlags, m_text.citation);
    }
    painter->restore();

    painter->save();
    painter->setClipRect(l.content, Qt::IntersectClip);
    m_content.render(painter, l.content, theme);
    painter->restore();
}

QString ExportFrame::renderTitle() const
{
    return m_text.title.isEmpty() ? m_content.renderTitle() : m_text.title;
}
