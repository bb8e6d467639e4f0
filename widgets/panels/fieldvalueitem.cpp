// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldvalueitem.h"

#include "plaintext.h"

#include <QTableWidgetItem>

namespace {
constexpr int CellLength = 1000;
} // namespace

QTableWidgetItem *fieldValueItem(const QString &value)
{
    QString line = value.size() > CellLength ? value.left(CellLength) + QChar(0x2026) : value;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    auto *item = new QTableWidgetItem(line);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(PlainText::toolTip(value));
    return item;
}
