// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The longest text each field of a decision may hold, in characters (UTF-16 code units). Import, the editor and
// the schema's triggers enforce the same numbers, so no input can make painting or layout unbounded work: the
// researched data's longest text is an outcome of 625 characters.
namespace FieldLimits {

// Free text: summary, outcome, notes, facts, orders (each in English and French), caveats, what a source confirms.
constexpr int Text = 65536;
// A link: sources[].url.
constexpr int Url = 2048;
// Names, references, codes and ids: authority, target, reference, jurisdiction_name, titles, publishers...
constexpr int Short = 1000;

// The limit of a field as the import file or the form names it: "summary", "sources[2].url", "source_urls",
// "facts[0]", "legal_basis.law".
int maximumFor(const QString &field);

} // namespace FieldLimits
