// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importvalidator.h"

#include "importreader.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSet>
#include <limits>

namespace {

bool isUnsafeForDisplay(char16_t u)
{
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e)
        || (u >= 0x2066 && u <= 0x2069);
}

} // namespace

ImportBatch::Format ImportValidator::formatOf(const QString &fileName, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return ImportBatch::Format::Json;
    if (suffix == QLatin1String("csv"))
        return ImportBatch::Format::Csv;
    const QByteArray start = bytes.left(4096).trimmed();
    const QByteArray body = start.startsWith("\xEF\xBB\xBF") ? start.mid(3).trimmed() : start;
    if (body.startsWith('[') || body.startsWith('{'))
        return ImportBatch::Format::Json;
    const qsizetype lineEnd = body.indexOf('\n');
    if (body.left(lineEnd < 0 ? body.size() : lineEnd).contains(','))
        return ImportBatch::Format::Csv;
    return ImportBatch::Format::Unknown;
}

ImportBatch ImportValidator::validate(
    const QString &fileName, const QByteArray &bytes, const QSet<QString> &existingIds, JsonReading reading)
{
    QByteArray copy = bytes; // shared, not copied: QBuffer only reads it
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    ImportReader reader(fileName, &buffer, [&](const QString &id) { return existingIds.contains(id); });
    if (reading == JsonReading::QJsonDocumentOnly)
        reader.readJsonThroughQJsonDocument();
    QList<ImportedDecision> decisions;
    ImportedDecision decision;
    while (reader.next(&decision))
        decisions.append(std::move(decision));
    ImportBatch batch = reader.finish();
    batch.decisions = std::move(decisions);
    return batch;
}

namespace {

QString bytesLimit(qint64 bytes)
{
    return bytes >= 1024LL * 1024 * 1024
        ? ImportValidator::tr("%1 GB (%2 bytes)").arg(bytes / (1024LL * 1024 * 1024)).arg(bytes)
        : ImportValidator::tr("%1 MB (%2 bytes)").arg(bytes / (1024 * 1024)).arg(bytes);
}

} // namespace

QString ImportValidator::tooLargeMessage()
{
    return tr("the file is larger than %1, the most an import reads").arg(bytesLimit(MaxImportFileSize));
}

QString ImportValidator::tooLargeRecordMessage()
{
    return tr("this decision takes more than %1, the most one decision may take").arg(bytesLimit(MaxRecordSize));
}

QStringList ImportValidator::errorLines(const QString &fileName, const ImportBatch &batch)
{
    QStringList lines;
    for (const ImportError &e : batch.errors)
        lines.append(e.toString(fileName));
    if (batch.droppedErrors > 0)
        lines.append(tr("%1: %n more problem(s) not listed", nullptr,
            int(qMin<qsizetype>(batch.droppedErrors, std::numeric_limits<int>::max())))
                         .arg(fileName));
    return lines;
}

QString ImportValidator::printable(const QString &text, int maxLength)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool pairedSurrogate = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (pairedSurrogate) {
            out.append(c);
            out.append(text.at(++i));
        } else if (isUnsafeForDisplay(c.unicode()) || c.isSurrogate()) {
            out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        } else {
            out.append(c);
        }
    }
    if (out.size() > maxLength) {
        const qsizetype keep = maxLength / 2;
        out = out.left(keep) + QChar(0x2026) + out.right(keep);
    }
    return out;
}
