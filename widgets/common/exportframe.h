// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "renderable.h"

#include <QFont>
#include <QRectF>
#include <QString>

// A figure as it goes on a slide or into a paper: a title and a subtitle on top, the view in the middle and the
// citation at the bottom. It is a Renderable around a Renderable, so an export, a print and the clipboard draw the
// view through its own render() and the frame only takes the room it needs. Type is sized to the canvas (its
// height, or its width for a tall canvas), so it reads on a projected slide and on a printed page alike.
class ExportFrame final : public Renderable
{
public:
    struct Text
    {
        QString title;
        QString subtitle;
        QString citation; // the footer; Citation::text()
    };

    // `content` must outlive the frame.
    ExportFrame(const Renderable &content, Text text);

    const Text &text() const { return m_text; }
    // Where the content is drawn in `target`: what the title and the footer leave.
    QRectF contentRect(const QRectF &target, const Theme &theme) const;

    void render(QPainter *painter, const QRectF &target, const Theme &theme) const override;
    // The title when there is one, else the content's.
    QString renderTitle() const override;

private:
    struct Layout
    {
        QRectF title;
        QRectF subtitle;
        QRectF content;
        QRectF footer;
        QFont titleFont;
        QFont subtitleFont;
        QFont footerFont;
    };
    Layout layout(const QRectF &target, const Theme &theme) const;

    const Renderable &m_content;
    Text m_text;
};
