// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importchecks.h"

#include "countryregistry.h"
#include "decisionfields.h"
#include "decisionrelations.h"
#include "decisiontype.h"
#include "exactamount.h"
#include "fieldlimits.h"
#include "importvalidator.h"
#include "isodate.h"
#include "jsontape.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QVarLengthArray>
#include <functional>
#include <optional>

namespace {

// Whether `text` has a NUL or any surrogate, in one pass without branches that the compiler vectorizes: almost no
// text has either, and the character-by-character check below was a twentieth of reading a JSON file.
bool mayHaveUnicodeProblem(const QString &text)
{
    const ushort *units = text.utf16();
    const qsizetype size = text.size();
    // A mask of the units' own width: with a bool, GCC 12 does not vectorize the loop.
    ushort suspicious = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const ushort unit = units[i];
        suspicious |= ushort((unit == 0) | ((unit & 0xf800) == 0xd800));
    }
    return suspicious != 0;
}

QString unicodeProblem(const QString &text)
{
    if (!mayHaveUnicodeProblem(text))
        return {};
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

QString indexed(const QString &field, qsizetype i)
{
    return field + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString indexed(const char *field, qsizetype i)
{
    return indexed(QString::fromLatin1(field), i);
}

// Every text of a decision, with its name as the file names it (CSV has one column for all relations and all
// links). `visit(name, text)` gets the name as a function: it is made only for a text with a problem, as most
// texts have none and making a name for each was a good part of checking a decision.
template<typename Visit>
void forEachText(const Decision &d, bool csv, const Visit &visit)
{
    for (const DecisionFields::Field &field : DecisionFields::all()) {
        if (field.text) {
            visit([&]() -> QString { return QString(field.json); }, *field.text(d));
        } else if (field.texts) {
            const QStringList &list = *field.texts(d);
            for (qsizetype i = 0; i < list.size(); ++i)
                visit([&]() -> QString { return csv ? field.csvName() : indexed(QString(field.json), i); }, list.at(i));
        }
    }
    for (qsizetype i = 0; i < d.statusChanges.size(); ++i) {
        const StatusChange &c = d.statusChanges.at(i);
        visit([&]() -> QString { return indexed("status_changes", i) + QLatin1String(".status"); }, c.status);
        visit([&]() -> QString { return indexed("status_changes", i) + QLatin1String(".by"); }, c.byDecisionId);
        visit([&]() -> QString { return indexed("status_changes", i) + QLatin1String(".note"); }, c.note);
    }
    for (qsizetype i = 0; i < d.sources.size(); ++i) {
        const Source &s = d.sources.at(i);
        const auto prefix = [i]() -> QString { return indexed("sources", i) + QLatin1Char('.'); };
        visit([&]() -> QString { return csv ? QStringLiteral("source_urls") : prefix() + QLatin1String("url"); }, s.url);
        visit([&]() -> QString { return prefix() + QLatin1String("confirms"); }, s.confirms);
        visit([&]() -> QString { return prefix() + QLatin1String("title"); }, s.title);
        visit([&]() -> QString { return prefix() + QLatin1String("publisher"); }, s.publisher);
        visit([&]() -> QString { return prefix() + QLatin1String("language"); }, s.language);
    }
}

// A French list and its English twin (orders_fr and orders, facts_fr and facts).
struct FrenchList
{
    const DecisionFields::Field *french;
    const DecisionFields::Field *english;
};

// The French lists with their English twins, found in the table once.
const QList<FrenchList> &frenchLists()
{
    static const QList<FrenchList> lists = [] {
        QList<FrenchList> out;
        for (const DecisionFields::Field &french : DecisionFields::all()) {
            if (french.englishTwin.size() == 0 || !french.texts)
                continue;
            for (const DecisionFields::Field &english : DecisionFields::all()) {
                if (english.json == french.englishTwin && english.texts)
                    out.append(FrenchList { &french, &english });
            }
        }
        return out;
    }();
    return lists;
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
    explicit Checker(ImportProblems &problems)
        : m_problems(problems)
    {
    }

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
        // Each French item translates the English item at its place: a list of another length cannot be shown
        // beside its twin, and no one could tell which items it leaves out.
        for (const FrenchList &list : frenchLists()) {
            const DecisionFields::Field *french = list.french;
            const DecisionFields::Field *english = list.english;
            const QStringList &frenchTexts = *french->texts(d);
            const QStringList &englishTexts = *english->texts(d);
            if (frenchTexts.isEmpty() || frenchTexts.size() == englishTexts.size())
                continue;
            error(line, QString(french->json),
                ImportValidator::tr("%n French text(s), but %1 has %2: give one French text for each English one, "
                                    "in the same order, or none",
                    nullptr, int(frenchTexts.size()))
                    .arg(QString(english->json), QString::number(englishTexts.size())));
        }
        forEachText(d, csv, [&](const auto &name, const QString &text) {
            const QString problem = unicodeProblem(text);
            if (!problem.isEmpty())
                error(line, name(), problem);
            // Every limit is at least Short: only a longer text needs its field's (looked up by name, which is slow).
            constexpr int Shortest = qMin(FieldLimits::Short, qMin(FieldLimits::Url, FieldLimits::Text));
            if (text.size() <= Shortest)
                return;
            const QString field = name();
            const int maximum = FieldLimits::maximumFor(field);
            if (text.size() > maximum) {
                error(line, field,
                    ImportValidator::tr("%1 characters, longer than the %2 this field may hold")
                        .arg(QString::number(text.size()), QString::number(maximum)));
            }
        });
    }

    // Ids and relations can only be checked once every record is read.
    void checkAcrossRecords(const QList<ImportedDecision> &decisions, const QSet<QString> &existingIds)
    {
        QHash<QString, int> firstLine;
        for (qsizetype index = 0; index < decisions.size(); ++index) {
            const ImportedDecision &record = decisions.at(index);
            m_problems.beginRecord(index);
            const QString &id = record.decision.id;
            if (id.isEmpty())
                continue;
            const auto it = firstLine.constFind(id);
            if (it != firstLine.cend())
                checkDuplicate(record.line, id, *it);
            else
                firstLine.insert(id, record.line);
        }
        const auto known = [&](const QString &id) { return firstLine.contains(id) || existingIds.contains(id); };
        for (qsizetype index = 0; index < decisions.size(); ++index) {
            const ImportedDecision &record = decisions.at(index);
            m_problems.beginRecord(index);
            checkRelations(record.line, record.decision.id, DecisionRelations::references(record.decision), known);
        }
    }

    void checkDuplicate(int line, const QString &id, int firstLine)
    {
        error(line, QStringLiteral("id"),
            ImportValidator::tr("duplicate id '%1' (first on line %2)").arg(id, QString::number(firstLine)));
    }

    void checkRelations(int line, const QString &id, const QList<DecisionRelations::Reference> &references,
        const std::function<bool(const QString &)> &known)
    {
        // related_to is one list, and its unknown ids are reported together; the other fields one by one.
        // (A set beside the list: a list of 100,000 unknown ids would otherwise be searched 100,000 times.)
        QStringList unknown;
        QSet<QString> listed;
        for (const DecisionRelations::Reference &reference : references) {
            if (reference.field != QLatin1String("related_to"))
                continue;
            if (reference.id == id) {
                error(line, reference.field, ImportValidator::tr("a decision cannot be related to itself"));
            } else if (!known(reference.id) && !listed.contains(reference.id)) {
                listed.insert(reference.id);
                unknown.append(reference.id);
            }
        }
        if (!unknown.isEmpty()) {
            error(line, QStringLiteral("related_to"),
                ImportValidator::tr("unknown decision id(s) '%1': neither in this file nor in the database")
                    .arg(unknown.join(QLatin1String("', '"))));
        }
        for (const DecisionRelations::Reference &reference : references) {
            if (reference.field != QLatin1String("related_to") && !known(reference.id))
                error(line, reference.field, unknownId(reference.id));
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

    ImportProblems &m_problems;
};

// Whether `known` holds `key`: a key of a JsonTape is looked up without making a QString of it, as every key of every
// decision is.
bool isKnownKey(const QSet<QString> &known, const QString &key)
{
    return known.contains(key);
}

bool isKnownKey(const QSet<QString> &known, QLatin1String key)
{
    QVarLengthArray<char16_t, 64> units(key.size());
    for (qsizetype i = 0; i < key.size(); ++i)
        units[i] = char16_t(uchar(key.data()[i]));
    return known.contains(QString::fromRawData(reinterpret_cast<const QChar *>(units.constData()), units.size()));
}

// What DecisionJson cannot see: unknown or repeated keys, numbers rounded by the double they were parsed into,
// stray currencies and derived dates. Written once for QJsonObject and JsonTapeObject, as DecisionJson's reading.
template<typename Object>
class JsonObjectChecker
{
public:
    using Value = decltype(std::declval<const Object &>().value(QLatin1String()));

    JsonObjectChecker(ImportProblems &problems, int line)
        : m_problems(problems)
        , m_line(line)
    {
    }

    // The digits of the amounts as written: run first, its messages say more than DecisionJson's. `digitsOf(field)`
    // gives the text of the number at a dotted key path ("periodic_penalty.max_total", in Latin-1), empty when there
    // is none.
    template<typename DigitsOf>
    void checkNumbers(const Object &object, const DigitsOf &digitsOf, const Decision &decision)
    {
        const QString currency = object.value(QLatin1String("currency")).toString();
        const QString penaltyCurrency
            = object.value(QLatin1String("periodic_penalty")).toObject().value(QLatin1String("currency")).toString();
        exactNumber(digitsOf, "amount", currency, decision.amount);
        exactNumber(digitsOf, "amount_eur", QStringLiteral("EUR"), decision.amountEur);
        exactNumber(digitsOf, "periodic_penalty.amount_per_day", penaltyCurrency, decision.periodicPenalty.perDay);
        exactNumber(digitsOf, "periodic_penalty.max_total", penaltyCurrency, decision.periodicPenalty.maxTotal);
    }

    void check(const Object &object, const JsonTextElement *text)
    {
        unknownKeys(object, QString(), QString());
        for (const char *nested : { "legal_basis", "periodic_penalty" }) {
            const QString name = QString::fromLatin1(nested);
            const Value value = object.value(QLatin1String(nested));
            if (value.isObject())
                unknownKeys(value.toObject(), name, name + QLatin1Char('.'));
        }
        for (const char *list : { "sources", "status_changes" }) {
            const auto items = object.value(QLatin1String(list)).toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (items.at(i).isObject())
                    unknownKeys(items.at(i).toObject(), QString::fromLatin1(list), indexed(list, i) + QLatin1Char('.'));
                else if (QLatin1String(list) == QLatin1String("status_changes"))
                    error(indexed(list, i), ImportValidator::tr("expected an object"));
            }
        }
        const auto changes = object.value(QLatin1String("status_changes")).toArray();
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const Value standing = changes.at(i).toObject().value(QLatin1String("standing"));
            if (!standing.isUndefined() && !standing.isNull() && !standing.isBool())
                error(indexed("status_changes", i) + QLatin1String(".standing"),
                    ImportValidator::tr("expected true or false"));
        }
        const Value amount = object.value(QLatin1String("amount"));
        const QString currency = object.value(QLatin1String("currency")).toString();
        if ((amount.isUndefined() || amount.isNull()) && !currency.isEmpty() && !Money::isKnownCurrency(currency))
            error(QStringLiteral("currency"), ImportValidator::tr("unknown currency '%1'").arg(currency));
        const Value timeline = object.value(QLatin1String("timeline_date"));
        if (timeline.isString() && !IsoDate::parse(timeline.toString()).isValid())
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
    void error(const QString &field, const QString &message) { m_problems.add(m_line, field, message); }

    void unknownKeys(const Object &object, const QString &kind, const QString &prefix)
    {
        const QSet<QString> &known = DecisionFields::keysOf(kind);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!isKnownKey(known, it.key()))
                error(prefix + it.key(), ImportValidator::tr("unknown field (the fields are listed in the README)"));
        }
    }

    // The digits as written, read exactly; a value DecisionJson rounded differs from them.
    template<typename DigitsOf>
    void exactNumber(
        const DigitsOf &digitsOf, const char *field, const QString &currency, const std::optional<Money> &parsed)
    {
        const QByteArrayView written = digitsOf(field);
        if (written.isEmpty() || !Money::isKnownCurrency(currency))
            return;
        QString problem;
        const QString digits = QString::fromLatin1(written);
        const std::optional<Money> exact = ExactAmount::parse(digits, currency, &problem);
        if (!exact)
            error(QString::fromLatin1(field), problem);
        else if (!parsed || *parsed != *exact)
            error(QString::fromLatin1(field), ExactAmount::tooPreciseMessage(digits));
    }

    ImportProblems &m_problems;
    int m_line;
};

// The number at a dotted key path of a tape's object, written as it is: the tape keeps every number's text.
QByteArrayView tapeDigits(const JsonTapeObject &object, const char *field)
{
    const QLatin1String path(field);
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return object.value(path).numberText();
    return object.value(path.left(dot)).toObject().value(path.sliced(dot + 1)).numberText();
}

} // namespace

namespace ImportChecks {

void checkDecision(ImportProblems &problems, const ImportedDecision &record, bool csv)
{
    Checker(problems).checkDecision(record, csv);
}

void checkAcrossRecords(
    ImportProblems &problems, const QList<ImportedDecision> &decisions, const QSet<QString> &existingIds)
{
    Checker(problems).checkAcrossRecords(decisions, existingIds);
}

void checkDuplicate(ImportProblems &problems, int line, const QString &id, int firstLine)
{
    Checker(problems).checkDuplicate(line, id, firstLine);
}

void checkRelations(ImportProblems &problems, int line, const QString &id,
    const QList<DecisionRelations::Reference> &references, const std::function<bool(const QString &)> &known)
{
    Checker(problems).checkRelations(line, id, references, known);
}

void checkJsonNumbers(ImportProblems &problems, int line, const QJsonObject &object, const JsonTextElement &text,
    const Decision &decision)
{
    const auto digitsOf = [&text](const char *field) {
        const auto it = text.numbers.constFind(QString::fromLatin1(field));
        return it == text.numbers.cend() ? QByteArrayView() : QByteArrayView(*it);
    };
    JsonObjectChecker<QJsonObject>(problems, line).checkNumbers(object, digitsOf, decision);
}

void checkJsonNumbers(ImportProblems &problems, int line, const JsonTapeObject &object, const Decision &decision)
{
    const auto digitsOf = [&object](const char *field) { return tapeDigits(object, field); };
    JsonObjectChecker<JsonTapeObject>(problems, line).checkNumbers(object, digitsOf, decision);
}

void checkJsonObject(ImportProblems &problems, int line, const QJsonObject &object, const JsonTextElement *text)
{
    JsonObjectChecker<QJsonObject>(problems, line).check(object, text);
}

void checkJsonObject(ImportProblems &problems, int line, const JsonTapeObject &object)
{
    JsonObjectChecker<JsonTapeObject>(problems, line).check(object, nullptr);
}

} // namespace ImportChecks
