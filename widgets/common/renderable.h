// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>

class QPainter;
struct Theme;

// The one render path (architecture.md): a view paints itself with a painter into a target rectangle in a
// theme. The screen, PNG/SVG/PDF export at any size, the clipboard and the command line all call render(), so
// what is exported is what is seen, re-rendered at the target resolution.
class Renderable
{
public:
    virtual ~Renderable() = default;
    virtual void render(QPainter *painter, const QRectF &target, const Theme &theme) const = 0;
    // Title for SVG/PDF metadata, e.g. "caseline timeline".
    virtual QString renderTitle() const = 0;
};
