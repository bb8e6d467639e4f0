// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagesize.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ImageSize {

bool isValid(const QSize &size)
{
    return size.width() >= Minimum && size.height() >= Minimum && size.width() <= Maximum && size.height() <= Maximum;
}

std::optional<QSize> parse(const QString &text)
{
    // At most five digits a side: anything longer is out of range anyway, and cannot overflow an int.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (!isValid(size))
        return std::nullopt;
    return size;
}

QString expectation()
{
    return QCoreApplication::translate("ImageSize", "WIDTHxHEIGHT between %1x%1 and %2x%2, e.g. 1920x1080")
        .arg(QString::number(Minimum), QString::number(Maximum));
}

} // namespace ImageSize
