// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importvalidator.h"

#include "decisioncsv.h"
#include "decisionjson.h"
#include "importchecks.h"
#include "importproblems.h"
#include "jsontextscanner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>
#include <limits>
#include <optional>

namespace {

const QString FileField = QStringLiteral("file");

bool isUnsafeForDisplay(char16_t u)
{
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e)
        || (u >= 0x2066 && u <= 0x2069);
}

void readJson(const QByteArray &body, ImportProblems &problems, ImportBatch *batch)
{
    QList<JsonTextElement> elements;
    int deepLine = 0;
    if (!JsonTextScanner::scan(body, ImportValidator::MaxJsonDepth, &elements, &deepLine)) {
        problems.add(deepLine, FileField,
            ImportValidator::tr("nested deeper than %1 levels; a decision needs at most 4")
                .arg(ImportValidator::MaxJsonDepth));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.add(JsonTextScanner::lineAt(body, parseError.offset), FileField,
            ImportValidator::tr("not valid JSON: %1").arg(parseError.errorString()));
        return;
    }
    if (!doc.isArray()) {
        problems.add(1, FileField, ImportValidator::tr("expected an array of decisions: [ {...}, {...} ]"));
        return;
    }
    const QJsonArray array = doc.array();
    const bool linesKnown = elements.size() == array.size();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int line = linesKnown ? elements.at(i).line : 1;
        if (!array.at(i).isObject()) {
            problems.beginRecord(-2 - i); // not a decision: an index of its own, apart from the decisions'

            problems.add(line, QStringLiteral("decision"), ImportValidator::tr("expected an object"));
            continue;
        }
        problems.beginRecord(batch->decisions.size());
        const QJsonObject object = array.at(i).toObject();
        QStringList fieldErrors;
        const Decision decision = DecisionJson::fromJson(object, &fieldErrors);
        if (linesKnown)
            ImportChecks::checkJsonNumbers(problems, line, object, elements.at(i), decision);
        for (const QString &e : std::as_const(fieldErrors))
            problems.addFieldMessage(line, e);
        ImportChecks::checkJsonObject(problems, line, object, linesKnown ? &elements.at(i) : nullptr);
        batch->decisions.append(ImportedDecision { line, decision, {} });
    }
}

void readCsv(const QString &text, ImportProblems *problems, ImportBatch *batch)
{
    QList<ImportError> errors;
    batch->decisions = DecisionCsv::fromCsv(text, &errors);
    for (const ImportError &e : std::as_const(errors))
        problems->add(e.line, e.field, e.message);
}

// The decoded text; or nullopt after reporting each line that holds bytes that are not UTF-8 (Latin-1 "é" is
// the usual one).
// `keep`: the text is needed (CSV); JSON is parsed from the bytes, and only their encoding is checked, a piece at a
// time, so that a large file is not held twice more as UTF-16.
std::optional<QString> decodeUtf8(const QByteArray &body, ImportProblems *problems, bool keep)
{
    QString decoded;
    if (keep) {
        QStringDecoder whole(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        decoded = whole.decode(body);
        if (!whole.hasError())
            return decoded;
    } else {
        constexpr qsizetype Piece = 1024 * 1024;
        bool valid = true;
        for (qsizetype at = 0; at < body.size() && valid;) {
            // Each piece ends before a byte that starts a character, so no character is cut in two.
            qsizetype end = qMin(at + Piece, body.size());
            for (int back = 0; back < 3 && end < body.size() && end > at + 1
                 && (uchar(body.at(end)) & 0xc0) == 0x80;
                 ++back)
                --end;
            QStringDecoder piece(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            decoded = piece.decode(QByteArrayView(body).sliced(at, end - at));
            valid = !piece.hasError();
            at = end;
        }
        if (valid)
            return QString();
    }
    int line = 1;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = body.size();
        QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        decoded = lineDecoder.decode(QByteArrayView(body).sliced(start, end - start));
        if (lineDecoder.hasError())
            problems->add(line, FileField, ImportValidator::tr("not valid UTF-8 text: save the file as UTF-8"));
        start = end + 1;
        ++line;
    }
    return std::nullopt;
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
    const QString &fileName, const QByteArray &bytes, const QSet<QString> &existingIds)
{
    ImportBatch batch;
    ImportProblems problems(&batch);
    if (bytes.size() > MaxFileSize) {
        problems.add(1, FileField, tr("the file is larger than %1 MB").arg(MaxFileSize / (1024 * 1024)));
        return batch;
    }
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (body.trimmed().isEmpty()) {
        problems.add(1, FileField, tr("the file is empty"));
        return batch;
    }
    const qsizetype nul = body.indexOf('\0');
    if (nul >= 0) {
        problems.add(JsonTextScanner::lineAt(body, nul), FileField,
            tr("contains NUL bytes: a binary or UTF-16 file is neither CSV nor JSON (save it as UTF-8 text)"));
        return batch;
    }
    batch.format = formatOf(fileName, bytes);
    const std::optional<QString> text = decodeUtf8(body, &problems, batch.format != ImportBatch::Format::Json);
    if (!text)
        return batch;
    switch (batch.format) {
    case ImportBatch::Format::Json:
        readJson(body, problems, &batch);
        break;
    case ImportBatch::Format::Csv:
        readCsv(*text, &problems, &batch);
        break;
    case ImportBatch::Format::Unknown:
        problems.add(1, FileField,
            tr("neither CSV (a header row of comma-separated column names) nor JSON (an array "
               "of decisions)"));
        return batch;
    }
    const bool csv = batch.format == ImportBatch::Format::Csv;
    for (qsizetype index = 0; index < batch.decisions.size(); ++index) {
        problems.beginRecord(index);
        ImportChecks::checkDecision(problems, batch.decisions.at(index), csv);
    }
    ImportChecks::checkAcrossRecords(problems, batch.decisions, existingIds);
    if (batch.decisions.isEmpty() && batch.errors.isEmpty())
        problems.add(1, FileField, tr("the file holds no decisions"));
    std::stable_sort(batch.errors.begin(), batch.errors.end(),
        [](const ImportError &a, const ImportError &b) { return a.line < b.line; });
    return batch;
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
