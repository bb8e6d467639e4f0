// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class CaseDatabase;

// What every start of caseline does once the database is open, the window's and the command line's alike, so
// that `caseline list` on a database made by an older release shows the same data as the window.
namespace Startup {

// Takes the bundled data of this release into the user's database (BundledMerge): decisions the user did not
// change are updated, the user's own are kept. Returns what the user should review (conflicts, withdrawn
// decisions, or why the merge failed); empty when nothing needs them, and for a read-only database.
QStringList takeBundledUpdate(CaseDatabase &database);

} // namespace Startup
