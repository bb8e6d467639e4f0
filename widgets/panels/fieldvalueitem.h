// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTableWidgetItem;

// One field's value in a table of differences (the conflict dialog, Edit > History): on one line, as plain text,
// cut where no screen could show more (a free text may be 64K characters, and laying all of it out in every cell
// would only slow the table down), the whole value in the tooltip, as text.
QTableWidgetItem *fieldValueItem(const QString &value);
