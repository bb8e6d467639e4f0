// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importvalidator.h"

#include "countryregistry.h"
#include "decisioncsv.h"
#include "decisionjson.h"
#include "decisiontype.h"
#include "exactamount.h"
#include "fieldlimits.h"
#include "jsontextscanner.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>
#include <algorithm>
#include <functional>
#include <limits>
#include <optional>

namespace {

const QString FileField = QStringLiteral("file");

bool isUnsafeForDisplay(char16_t u)
{
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e)
        || (u >= 0x2066 && u <= 0x2069);
}

// Collects problems: exact repeats are dropped, and beyond MaxErrors they are only counted.
class Problems
{
public:
    explicit Problems(ImportBatch *batch)
        : m_batch(batch)
    {
    }

    // Problems are told apart by record as well as by line: a JSON file written on one line holds every record
    // on line 1, and each record's problems must still be listed.
    void beginRecord(qsizetype index) { m_record = index; }

    void add(int line, const QString &field, const QString &message)
    {
        const ImportError error { line, ImportValidator::printable(field, 120), ImportValidator::printable(message) };
        const QString key = fieldKey(line, error.field);
        const QString full = key + QChar(0x1f) + error.message;
        if (m_messages.contains(full))
            return;
        m_messages.insert(full);
        m_fields.insert(key);
        if (m_batch->errors.size() >= ImportValidator::MaxErrors)
            ++m_batch->droppedErrors;
        else
            m_batch->errors.append(error);
    }

    // DecisionJson reports "field: message"; a field that already has a problem keeps the first, more precise one
    // ("'2023-02-30' is not a valid date" rather than also "a decision needs a decision_date").
    void addFieldMessage(int line, const QString &fieldMessage)
    {
        const qsizetype colon = fieldMessage.indexOf(QLatin1String(": "));
        const QString field = colon < 0 ? QStringLiteral("decision") : fieldMessage.left(colon);
        if (!has(line, field))
            add(line, field, colon < 0 ? fieldMessage : fieldMessage.mid(colon + 2));
    }

    // So that a second check of the same field does not repeat what the first one said.
    bool has(int line, const QString &field) const { return m_fields.contains(fieldKey(line, field)); }

private:
    QString fieldKey(int line, const QString &field) const
    {
        return QString::number(line) + QChar(0x1f) + QString::number(m_record) + QChar(0x1f) + field;
    }

    ImportBatch *m_batch;
    qsizetype m_record = -1;
    // Sets, not lists: a 100 MB file can hold millions of problems on one line.
    QSet<QString> m_messages;
    QSet<QString> m_fields;
};

QString unicodeProblem(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isNull())
            return ImportValidator::tr("contains a NUL character");
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return ImportValidator::tr("contains an unpaired UTF-16 surrogate (\\u%1), which is not text")
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return {};
}

using TextVisitor = std::function<void(const QString &field, const QString &text)>;

QString indexed(const char *field, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(QString::fromLatin1(field)).arg(i);
}

// Every text of a decision, named as the file names it (CSV has one column for all relations and all links).
void forEachText(const Decision &d, bool csv, const TextVisitor &visit)
{
    const std::pair<const char *, const QString *> plain[] = { { "id", &d.id }, { "country", &d.country },
        { "jurisdiction_name", &d.jurisdictionName }, { "authority", &d.authority },
        { "authority_type", &d.authorityType }, { "target", &d.target }, { "decision_type", &d.decisionType },
        { "date_notes", &d.dateNotes }, { "fx_rate_used", &d.fxRateUsed }, { "amount_notes", &d.amountNotes },
        { "periodic_penalty.starts", &d.periodicPenalty.starts },
        { "periodic_penalty.instrument", &d.periodicPenalty.instrument },
        { "periodic_penalty.liquidated_in", &d.periodicPenalty.liquidatedIn }, { "legal_basis.law", &d.legalBasis.law },
        { "legal_basis.notes", &d.legalBasis.notes }, { "outcome", &d.outcome }, { "status", &d.status },
        { "reference", &d.reference }, { "confidence", &d.confidence }, { "summary", &d.summary } };
    for (const auto &[field, text] : plain)
        visit(QString::fromLatin1(field), *text);
    const std::pair<const char *, const QStringList *> lists[]
        = { { "legal_basis.provisions_violated", &d.legalBasis.provisionsViolated }, { "orders", &d.orders },
              { "facts", &d.facts }, { "low_confidence_details", &d.lowConfidenceDetails },
              { "related_to", &d.relatedTo } };
    for (const auto &[field, list] : lists) {
        for (qsizetype i = 0; i < list->size(); ++i)
            visit(csv ? QString::fromLatin1(field) : indexed(field, i), list->at(i));
    }
    for (qsizetype i = 0; i < d.statusChanges.size(); ++i) {
        const StatusChange &c = d.statusChanges.at(i);
        visit(indexed("status_changes", i) + QLatin1String(".status"), c.status);
        visit(indexed("status_changes", i) + QLatin1String(".by"), c.byDecisionId);
        visit(indexed("status_changes", i) + QLatin1String(".note"), c.note);
    }
    for (qsizetype i = 0; i < d.sources.size(); ++i) {
        const Source &s = d.sources.at(i);
        const QString prefix = indexed("sources", i) + QLatin1Char('.');
        visit(csv ? QStringLiteral("source_urls") : prefix + QLatin1String("url"), s.url);
        visit(prefix + QLatin1String("confirms"), s.confirms);
        visit(prefix + QLatin1String("title"), s.title);
        visit(prefix + QLatin1String("publisher"), s.publisher);
        visit(prefix + QLatin1String("language"), s.language);
    }
}

bool isWebLink(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !parsed.host().isEmpty();
}

class Checker
{
public:
    Checker(ImportBatch *batch, const QSet<QString> &existingIds)
        : m_batch(batch)
        , m_problems(batch)
        , m_existingIds(existingIds)
    {
    }

    Problems &problems() { return m_problems; }

    void checkDecision(const ImportedDecision &record, bool csv)
    {
        const Decision &d = record.decision;
        const int line = record.line;
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$"));
        if (!d.id.isEmpty() && !idPattern.match(d.id).hasMatch()) {
            error(line, QStringLiteral("id"),
                ImportValidator::tr("'%1' is not a usable id: use at most 100 letters, "
                                    "digits, '-', '_', '.' or ':', starting with a "
                                    "letter or digit")
                    .arg(d.id));
        }
        if (!d.country.isEmpty() && !CountryRegistry::isKnown(d.country)) {
            error(line, QStringLiteral("country"),
                CountryRegistry::isKnown(d.country.toUpper())
                    ? ImportValidator::tr("unknown country code '%1' (codes are upper case: '%2')")
                          .arg(d.country, d.country.toUpper())
                    : ImportValidator::tr("unknown country code '%1' (use ISO 3166-1 alpha-2, e.g. FR)")
                          .arg(d.country));
        }
        if (!d.decisionType.isEmpty() && !DecisionType::isKnown(d.decisionType)) {
            error(line, QStringLiteral("decision_type"),
                ImportValidator::tr("unknown decision type '%1' (one of %2)")
                    .arg(d.decisionType, DecisionType::all().join(QLatin1String(", "))));
        }
        checkDate(line, QStringLiteral("decision_date"), d.decisionDate);
        checkDate(line, QStringLiteral("announce_date"), d.announceDate);
        for (qsizetype i = 0; i < d.statusChanges.size(); ++i)
            checkDate(line, indexed("status_changes", i) + QLatin1String(".date"), d.statusChanges.at(i).date);
        checkAmount(line, QStringLiteral("amount"), d.amount);
        checkAmount(line, QStringLiteral("amount_eur"), d.amountEur);
        checkAmount(line, QStringLiteral("periodic_penalty.amount_per_day"), d.periodicPenalty.perDay);
        checkAmount(line, QStringLiteral("periodic_penalty.max_total"), d.periodicPenalty.maxTotal);
        for (qsizetype i = 0; i < d.sources.size(); ++i) {
            const QString &url = d.sources.at(i).url;
            if (!url.isEmpty() && !isWebLink(url)) {
                error(line, csv ? QStringLiteral("source_urls") : indexed("sources", i) + QLatin1String(".url"),
                    ImportValidator::tr("'%1' is not an http or https link").arg(url));
            }
        }
        forEachText(d, csv, [&](const QString &field, const QString &text) {
            const QString problem = unicodeProblem(text);
            if (!problem.isEmpty())
                error(line, field, problem);
            const int maximum = FieldLimits::maximumFor(field);
            if (text.size() > maximum) {
                error(line, field,
                    ImportValidator::tr("%1 characters, longer than the %2 this field may hold")
                        .arg(QString::number(text.size()), QString::number(maximum)));
            }
        });
    }

    // Ids and relations can only be checked once every record is read.
    void checkAcrossRecords()
    {
        QHash<QString, int> firstLine;
        for (qsizetype index = 0; index < m_batch->decisions.size(); ++index) {
            const ImportedDecision &record = m_batch->decisions.at(index);
            m_problems.beginRecord(index);
            const QString &id = record.decision.id;
            if (id.isEmpty())
                continue;
            const auto it = firstLine.constFind(id);
            if (it != firstLine.cend()) {
                error(record.line, QStringLiteral("id"),
                    ImportValidator::tr("duplicate id '%1' (first on line %2)").arg(id, QString::number(*it)));
            } else {
                firstLine.insert(id, record.line);
            }
        }
        const auto known = [&](const QString &id) { return firstLine.contains(id) || m_existingIds.contains(id); };
        for (qsizetype index = 0; index < m_batch->decisions.size(); ++index) {
            const ImportedDecision &record = m_batch->decisions.at(index);
            m_problems.beginRecord(index);
            const Decision &d = record.decision;
            QStringList unknown;
            QSet<QString> seen;
            for (const QString &related : d.relatedTo) {
                if (related == d.id)
                    error(record.line, QStringLiteral("related_to"),
                        ImportValidator::tr("a decision cannot be related "
                                            "to itself"));
                else if (!known(related) && !seen.contains(related)) {
                    seen.insert(related);
                    unknown.append(related);
                }
            }
            if (!unknown.isEmpty()) {
                error(record.line, QStringLiteral("related_to"),
                    ImportValidator::tr("unknown decision id(s) '%1': neither in this file nor in the database")
                        .arg(unknown.join(QLatin1String("', '"))));
            }
            for (qsizetype i = 0; i < d.statusChanges.size(); ++i) {
                const QString &by = d.statusChanges.at(i).byDecisionId;
                if (!by.isEmpty() && !known(by))
                    error(record.line, indexed("status_changes", i) + QLatin1String(".by"), unknownId(by));
            }
            const QString &liquidatedIn = d.periodicPenalty.liquidatedIn;
            if (!liquidatedIn.isEmpty() && !known(liquidatedIn))
                error(record.line, QStringLiteral("periodic_penalty.liquidated_in"), unknownId(liquidatedIn));
        }
    }

    void error(int line, const QString &field, const QString &message) { m_problems.add(line, field, message); }

private:
    static QString unknownId(const QString &id)
    {
        return ImportValidator::tr("unknown decision id '%1': neither in this file nor in the database").arg(id);
    }

    void checkDate(int line, const QString &field, const QDate &date)
    {
        if (date.isValid() && (date.year() < ImportValidator::MinYear || date.year() > ImportValidator::MaxYear)) {
            error(line, field,
                ImportValidator::tr("%1 is not a plausible date for a decision (years %2 to %3)")
                    .arg(date.toString(Qt::ISODate))
                    .arg(ImportValidator::MinYear)
                    .arg(ImportValidator::MaxYear));
        }
    }

    void checkAmount(int line, const QString &field, const std::optional<Money> &money)
    {
        if (!money || m_problems.has(line, field))
            return;
        if (money->minor < 0)
            error(line, field, ImportValidator::tr("amount must not be negative"));
        else if (!ExactAmount::survivesJson(*money))
            error(line, field, ExactAmount::tooPreciseMessage(money->toDecimalString()));
    }

    ImportBatch *m_batch;
    Problems m_problems;
    const QSet<QString> &m_existingIds;
};

const QSet<QString> &knownKeys(const QString &object)
{
    static const QHash<QString, QSet<QString>> keys
        = { { QString(),
                { QStringLiteral("id"), QStringLiteral("country"), QStringLiteral("jurisdiction_name"),
                    QStringLiteral("authority"), QStringLiteral("authority_type"), QStringLiteral("target"),
                    QStringLiteral("decision_type"), QStringLiteral("decision_date"), QStringLiteral("announce_date"),
                    QStringLiteral("date_notes"), QStringLiteral("timeline_date"), QStringLiteral("amount"),
                    QStringLiteral("currency"), QStringLiteral("amount_eur"), QStringLiteral("fx_rate_used"),
                    QStringLiteral("amount_is_maximum"), QStringLiteral("amount_notes"),
                    QStringLiteral("include_in_cumulative_fines"), QStringLiteral("periodic_penalty"),
                    QStringLiteral("legal_basis"), QStringLiteral("orders"), QStringLiteral("outcome"),
                    QStringLiteral("status"), QStringLiteral("status_changes"), QStringLiteral("related_to"),
                    QStringLiteral("reference"), QStringLiteral("sources"), QStringLiteral("confidence"),
                    QStringLiteral("facts"), QStringLiteral("low_confidence_details"), QStringLiteral("summary") } },
              { QStringLiteral("legal_basis"),
                  { QStringLiteral("law"), QStringLiteral("provisions_violated"), QStringLiteral("notes") } },
              { QStringLiteral("periodic_penalty"),
                  { QStringLiteral("amount_per_day"), QStringLiteral("max_total"), QStringLiteral("currency"),
                      QStringLiteral("starts"), QStringLiteral("instrument"), QStringLiteral("liquidated_in"),
                      QStringLiteral("is_maximum") } },
              { QStringLiteral("sources"),
                  { QStringLiteral("url"), QStringLiteral("confirms"), QStringLiteral("title"),
                      QStringLiteral("publisher"), QStringLiteral("language") } },
              { QStringLiteral("status_changes"),
                  { QStringLiteral("date"), QStringLiteral("status"), QStringLiteral("standing"), QStringLiteral("by"),
                      QStringLiteral("note") } } };
    static const QSet<QString> none;
    const auto it = keys.constFind(object);
    return it == keys.cend() ? none : *it;
}

// What DecisionJson cannot see: unknown or repeated keys, numbers rounded by the double they were parsed into,
// stray currencies and derived dates.
class JsonObjectChecker
{
public:
    JsonObjectChecker(Checker *checker, int line)
        : m_checker(checker)
        , m_line(line)
    {
    }

    // The digits of the amounts as written: run first, its messages say more than DecisionJson's.
    void checkNumbers(const QJsonObject &object, const JsonTextElement &text, const Decision &decision)
    {
        const QString currency = object.value(QLatin1String("currency")).toString();
        const QString penaltyCurrency
            = object.value(QLatin1String("periodic_penalty")).toObject().value(QLatin1String("currency")).toString();
        exactNumber(text, QStringLiteral("amount"), currency, decision.amount);
        exactNumber(text, QStringLiteral("amount_eur"), QStringLiteral("EUR"), decision.amountEur);
        exactNumber(
            text, QStringLiteral("periodic_penalty.amount_per_day"), penaltyCurrency, decision.periodicPenalty.perDay);
        exactNumber(
            text, QStringLiteral("periodic_penalty.max_total"), penaltyCurrency, decision.periodicPenalty.maxTotal);
    }

    void check(const QJsonObject &object, const JsonTextElement *text)
    {
        unknownKeys(object, QString(), QString());
        for (const char *nested : { "legal_basis", "periodic_penalty" }) {
            const QString name = QString::fromLatin1(nested);
            if (object.value(name).isObject())
                unknownKeys(object.value(name).toObject(), name, name + QLatin1Char('.'));
        }
        for (const char *list : { "sources", "status_changes" }) {
            const QJsonArray items = object.value(QString::fromLatin1(list)).toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (items.at(i).isObject())
                    unknownKeys(items.at(i).toObject(), QString::fromLatin1(list), indexed(list, i) + QLatin1Char('.'));
                else if (QLatin1String(list) == QLatin1String("status_changes"))
                    error(indexed(list, i), ImportValidator::tr("expected an object"));
            }
        }
        const QJsonArray changes = object.value(QLatin1String("status_changes")).toArray();
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const QJsonValue standing = changes.at(i).toObject().value(QLatin1String("standing"));
            if (!standing.isUndefined() && !standing.isNull() && !standing.isBool())
                error(indexed("status_changes", i) + QLatin1String(".standing"),
                    ImportValidator::tr("expected true or false"));
        }
        const QJsonValue amount = object.value(QLatin1String("amount"));
        const QString currency = object.value(QLatin1String("currency")).toString();
        if ((amount.isUndefined() || amount.isNull()) && !currency.isEmpty() && !Money::isKnownCurrency(currency))
            error(QStringLiteral("currency"), ImportValidator::tr("unknown currency '%1'").arg(currency));
        const QJsonValue timeline = object.value(QLatin1String("timeline_date"));
        if (timeline.isString() && !QDate::fromString(timeline.toString(), Qt::ISODate).isValid())
            error(QStringLiteral("timeline_date"),
                ImportValidator::tr("'%1' is not a valid date (YYYY-MM-DD)").arg(timeline.toString()));
        else if (!timeline.isUndefined() && !timeline.isNull() && !timeline.isString())
            error(QStringLiteral("timeline_date"), ImportValidator::tr("expected a string"));
        if (!text)
            return;
        for (const QString &key : text->duplicateKeys)
            error(key, ImportValidator::tr("appears more than once in this decision"));
    }

private:
    void error(const QString &field, const QString &message) { m_checker->error(m_line, field, message); }

    void unknownKeys(const QJsonObject &object, const QString &kind, const QString &prefix)
    {
        const QSet<QString> &known = knownKeys(kind);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                error(prefix + it.key(), ImportValidator::tr("unknown field (the fields are listed in the README)"));
        }
    }

    // The digits as written, read exactly; a value DecisionJson rounded differs from them.
    void exactNumber(
        const JsonTextElement &text, const QString &field, const QString &currency, const std::optional<Money> &parsed)
    {
        const auto it = text.numbers.constFind(field);
        if (it == text.numbers.cend() || !Money::isKnownCurrency(currency))
            return;
        QString problem;
        const QString digits = QString::fromLatin1(*it);
        const std::optional<Money> exact = ExactAmount::parse(digits, currency, &problem);
        if (!exact)
            error(field, problem);
        else if (!parsed || *parsed != *exact)
            error(field, ExactAmount::tooPreciseMessage(digits));
    }

    Checker *m_checker;
    int m_line;
};

void readJson(const QByteArray &body, Checker *checker, ImportBatch *batch)
{
    Problems &problems = checker->problems();
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
        JsonObjectChecker objectChecker(checker, line);
        if (linesKnown)
            objectChecker.checkNumbers(object, elements.at(i), decision);
        for (const QString &e : std::as_const(fieldErrors))
            problems.addFieldMessage(line, e);
        objectChecker.check(object, linesKnown ? &elements.at(i) : nullptr);
        batch->decisions.append(ImportedDecision { line, decision, {} });
    }
}

void readCsv(const QString &text, Problems *problems, ImportBatch *batch)
{
    QList<ImportError> errors;
    batch->decisions = DecisionCsv::fromCsv(text, &errors);
    for (const ImportError &e : std::as_const(errors))
        problems->add(e.line, e.field, e.message);
}

// The decoded text; or nullopt after reporting each line that holds bytes that are not UTF-8 (Latin-1 "é" is
// the usual one).
std::optional<QString> decodeUtf8(const QByteArray &body, Problems *problems)
{
    QStringDecoder whole(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = whole.decode(body);
    if (!whole.hasError())
        return decoded;
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
    Checker checker(&batch, existingIds);
    Problems &problems = checker.problems();
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
    const std::optional<QString> text = decodeUtf8(body, &problems);
    if (!text)
        return batch;
    batch.format = formatOf(fileName, bytes);
    switch (batch.format) {
    case ImportBatch::Format::Json:
        readJson(body, &checker, &batch);
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
        checker.checkDecision(batch.decisions.at(index), csv);
    }
    checker.checkAcrossRecords();
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
