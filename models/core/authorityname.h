// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The name people know an authority by, for labels: "CNIL" for "Commission nationale de l'informatique et des
// libertés (CNIL) – restricted committee", "Garante", "Vermont Superior Court". The timeline, the charts and the
// command line's table all label decisions with it, so one authority reads the same everywhere.
namespace AuthorityName {

// The acronym in parentheses when there is one, else the name before the first " (", dash or comma.
QString shortName(const QString &authority);
// `text` cut to at most `maxLength` characters, with an ellipsis when cut.
QString elided(const QString &text, int maxLength);

} // namespace AuthorityName
