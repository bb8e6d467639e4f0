// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundleddata.h"
#include "decision.h"

#include <QDate>
#include <QList>
#include <QString>

// The sample decisions every test starts from, written once. Each is valid as it stands; a test changes the one
// field it is about.
namespace Fixtures {

// The UK fine as researched: pounds with their euro equivalent and rate, both dates, status, reference, relation
// and a source. Most format and storage tests round-trip it.
Decision ukFine();
// A decision that uses every field JSON has, with text that must never be interpreted (markup, formulas, control
// and direction characters); it names the bundled fr-cnil-2022-fine, so it saves into a database of the bundled data.
Decision trickyDecision();
// The smallest valid decision: id, country, authority, type, adopted date and one https source.
Decision decision(const QString &id, const QString &country, const QString &authority, const QString &type,
    const QDate &date);
// The bundled data of this release, read once per test process. Tests compare with it rather than repeating
// figures that the research may correct.
const BundledData &bundled();
// The bundled decision with this id; a default Decision (empty id) when there is none.
Decision bundledDecision(const QString &id);

// Decisions that read paths get wrong: every kind of child row, none at all, an announcement date only, a
// timeline date override, two decisions on one day (the id decides), ids whose byte order differs from their
// QString order. Each starts from `base` (a valid decision), so it saves as it stands.
QList<Decision> readEdgeCases(const Decision &base);

} // namespace Fixtures
