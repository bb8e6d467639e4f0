// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "dbsizeclaim.h"
#include "decision.h"
#include "decisionfilter.h"
#include "decisiontable.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class Renderable;

// How `caseline export` draws a view, beyond the decisions themselves.
struct ExportViewOptions
{
    DateBasis basis = DateBasis::Adopted;
    QList<DbSizeClaim> claims;
    // The filter's date range: the time axes show it, also beyond the decisions; null ends fit the data.
    QDate from;
    QDate to;
    // The cumulative chart's second axis with the claimed database size (`--overlay db-size`).
    bool dbSizeOverlay = false;
    QLocale locale;
    // With a date range: every decision the other filters match, from which the cumulative chart's running totals
    // start (a fine imposed before the range and set aside within it). Empty: the decisions given.
    DecisionTable cumulativeDecisions;
};

// The views that `caseline export VIEW` can render from plain data: timeline, cumulative, countries, and the
// dashboard that puts the timeline above the cumulative chart. The window exports copies of its own views
// instead (TimelineRenderer::exportCopy), which are the same Renderables with the user's zoom.
namespace ExportViews {

QStringList names();
// Null for an unknown name. A view made of others (the dashboard) owns them.
// The decisions are compact rows (DecisionTable): the timeline reads them in place, as the window does.
std::unique_ptr<Renderable> create(
    const QString &name, const DecisionTable &decisions, const ExportViewOptions &options);

// The heading an export gets unless the user gives one: what the figure shows, in a few words.
QString defaultTitle(const QString &name);
// The line under it: how many decisions, from where and when ("12 decisions in France and Italy, March 2021 to
// May 2024"). The dates are the filter's range where it has one, else the decisions' own.
QString defaultSubtitle(const DecisionTable &decisions, const DecisionFilter &filter, DateBasis basis,
    const QLocale &locale);

} // namespace ExportViews
