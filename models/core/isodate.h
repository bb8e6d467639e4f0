// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// The one reader of dates that people and files write: strict ISO 8601 days, YYYY-MM-DD. QDate's own ISO parser
// also takes date-times ("2022-10-17T10:00") and other lengths; caseline's data and options are days only.
namespace IsoDate {

enum class Problem { None, NotADay, NoSuchDay };

// The day, or an invalid QDate with `problem` (optional) saying why: NotADay for anything but digits in the
// YYYY-MM-DD shape, NoSuchDay for a well-formed day that does not exist (2023-02-30). Empty text: invalid, None.
QDate parse(const QString &text, Problem *problem = nullptr);

} // namespace IsoDate
