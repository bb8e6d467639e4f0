// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "dbsizeclaim.h"
#include "decision.h"

#include <QList>
#include <QStringList>

#include <memory>

class Renderable;

// The views that `caseline export VIEW` can render from plain data: timeline, cumulative, countries. The window
// exports its own live widgets instead, which are the same Renderables with the user's zoom.
namespace ExportViews {

QStringList names();
// Null for an unknown name.
std::unique_ptr<Renderable> create(const QString &name, const QList<Decision> &decisions, DateBasis basis,
    const QList<DbSizeClaim> &claims);

} // namespace ExportViews
