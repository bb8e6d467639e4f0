// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionjson.h"

#include "decisionjsonwriter.h"
#include "isodate.h"
#include "jsontape.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace {

// The translation context of this file's messages; lupdate reads Text::tr() under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DecisionJson)
};

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Major units as a JSON number: an integer when whole (exact up to 2^63), else a decimal.
QJsonValue moneyValue(const std::optional<Money> &money)
{
    if (!money)
        return QJsonValue(QJsonValue::Null);
    const QString decimal = money->toDecimalString();
    if (money->isWholeMajor())
        return QJsonValue(decimal.toLongLong());
    return QJsonValue(decimal.toDouble());
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonArray sourcesArray(const QList<Source> &sources)
{
    QJsonArray a;
    for (const Source &s : sources) {
        QJsonObject o;
        o.insert(QLatin1String("url"), textOrNull(s.url));
        if (!s.title.isEmpty())
            o.insert(QLatin1String("title"), s.title);
        if (!s.publisher.isEmpty())
            o.insert(QLatin1String("publisher"), s.publisher);
        if (!s.language.isEmpty())
            o.insert(QLatin1String("language"), s.language);
        o.insert(QLatin1String("confirms"), s.confirms);
        a.append(o);
    }
    return a;
}

// Reads the fields of an object, QJsonObject or JsonTapeObject: one reading of every field for both (an import reads
// its elements through JsonTape, where it can), so that they give the same decision and the same problems.
template<typename Object>
class Reader
{
public:
    using Value = decltype(std::declval<const Object &>().value(QLatin1String()));

    Reader(const Object &object, QStringList *errors) : m_object(object), m_errors(errors) { }

    void error(const QString &field, const QString &message) { m_errors->append(field + QLatin1String(": ") + message); }

    // Keys looked up as Latin-1, not made into a QString each: an import reads dozens per decision.
    QString text(const char *field, bool required = false)
    {
        const Value v = m_object.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                error(QString::fromLatin1(field), Text::tr("missing required field"));
            return {};
        }
        if (!v.isString()) {
            error(QString::fromLatin1(field), Text::tr("expected a string"));
            return {};
        }
        QString s = v.toString();
        if (required && s.trimmed().isEmpty())
            error(QString::fromLatin1(field), Text::tr("must not be empty"));
        return s;
    }

    QDate date(const char *field)
    {
        const QString s = text(field);
        if (s.isEmpty())
            return {};
        const QDate d = IsoDate::parse(s);
        if (!d.isValid())
            error(QString::fromLatin1(field), Text::tr("'%1' is not a valid date (YYYY-MM-DD)").arg(s));
        return d;
    }

    bool boolean(const char *field)
    {
        const Value v = m_object.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            error(QString::fromLatin1(field), Text::tr("expected true or false"));
        return v.toBool();
    }

    template<typename V>
    QStringList strings(const V &v, const QString &field)
    {
        QStringList out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            error(field, Text::tr("expected a list of strings"));
            return out;
        }
        const auto array = v.toArray();
        out.reserve(array.size());
        for (const auto &item : array) {
            if (!item.isString())
                error(field, Text::tr("expected a list of strings"));
            else
                out.append(item.toString());
        }
        return out;
    }
    QStringList strings(const char *field) { return strings(m_object.value(QLatin1String(field)), QString::fromLatin1(field)); }

    std::optional<Money> money(const Value &v, const QString &currency, const QString &field)
    {
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            error(field, Text::tr("expected a number"));
            return std::nullopt;
        }
        if (currency.isEmpty()) {
            error(field, Text::tr("an amount needs a currency"));
            return std::nullopt;
        }
        if (!Money::isKnownCurrency(currency)) {
            error(field, Text::tr("unknown currency '%1'").arg(currency));
            return std::nullopt;
        }
        // Integers are kept exact (Qt stores JSON integers as 64-bit); fractions go through their shortest text.
        const qint64 asInteger = v.toInteger(std::numeric_limits<qint64>::min());
        std::optional<Money> m;
        if (asInteger != std::numeric_limits<qint64>::min())
            m = Money::fromMajor(asInteger, currency);
        else
            m = Money::fromDecimalString(QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest), currency);
        if (!m)
            error(field, Text::tr("amount does not fit exactly in 64-bit minor units"));
        else if (m->minor < 0)
            error(field, Text::tr("amount must not be negative"));
        return m;
    }

    QList<Source> sources(const Value &v, const QString &field)
    {
        QList<Source> out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            error(field, Text::tr("expected a list of sources"));
            return out;
        }
        for (const auto &item : v.toArray()) {
            if (!item.isObject()) {
                error(field, Text::tr("expected an object for each source"));
                continue;
            }
            Reader r(item.toObject(), m_errors);
            Source s;
            s.url = r.text("url");
            s.confirms = r.text("confirms");
            s.title = r.text("title");
            s.publisher = r.text("publisher");
            s.language = r.text("language");
            out.append(s);
        }
        return out;
    }

    const Object &object() const { return m_object; }

private:
    Object m_object;
    QStringList *m_errors;
};

QJsonObject penaltyToJson(const PeriodicPenalty &p)
{
    QJsonObject o;
    if (p.perDay)
        o.insert(QLatin1String("amount_per_day"), moneyValue(p.perDay));
    if (p.maxTotal)
        o.insert(QLatin1String("max_total"), moneyValue(p.maxTotal));
    const std::optional<Money> &any = p.perDay ? p.perDay : p.maxTotal;
    if (any)
        o.insert(QLatin1String("currency"), any->currency);
    if (!p.starts.isEmpty())
        o.insert(QLatin1String("starts"), p.starts);
    if (!p.instrument.isEmpty())
        o.insert(QLatin1String("instrument"), p.instrument);
    if (!p.liquidatedIn.isEmpty())
        o.insert(QLatin1String("liquidated_in"), p.liquidatedIn);
    if (p.isMaximum)
        o.insert(QLatin1String("is_maximum"), true);
    return o;
}

template<typename Object>
PeriodicPenalty penaltyFromJson(Reader<Object> &parent, const typename Reader<Object>::Value &v)
{
    PeriodicPenalty p;
    if (v.isUndefined() || v.isNull())
        return p;
    if (!v.isObject()) {
        parent.error(QStringLiteral("periodic_penalty"), Text::tr("expected an object"));
        return p;
    }
    QStringList errors;
    Reader<Object> r(v.toObject(), &errors);
    const QString currency = r.text("currency");
    p.perDay = r.money(r.object().value(QLatin1String("amount_per_day")), currency, QStringLiteral("amount_per_day"));
    p.maxTotal = r.money(r.object().value(QLatin1String("max_total")), currency, QStringLiteral("max_total"));
    p.starts = r.text("starts");
    p.instrument = r.text("instrument");
    p.liquidatedIn = r.text("liquidated_in");
    p.isMaximum = r.boolean("is_maximum");
    for (const QString &e : std::as_const(errors))
        parent.error(QStringLiteral("periodic_penalty.") + e.section(QLatin1String(": "), 0, 0),
            e.section(QLatin1String(": "), 1));
    return p;
}

} // namespace

QJsonObject DecisionJson::toJson(const Decision &d)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), d.id);
    o.insert(QLatin1String("country"), d.country);
    o.insert(QLatin1String("jurisdiction_name"), d.jurisdictionName);
    o.insert(QLatin1String("authority"), d.authority);
    o.insert(QLatin1String("authority_type"), d.authorityType);
    o.insert(QLatin1String("target"), d.target);
    o.insert(QLatin1String("decision_type"), d.decisionType);
    o.insert(QLatin1String("decision_date"), dateValue(d.decisionDate));
    o.insert(QLatin1String("announce_date"), dateValue(d.announceDate));
    o.insert(QLatin1String("date_notes"), d.dateNotes);
    o.insert(QLatin1String("timeline_date"), dateValue(d.timelineDate()));
    o.insert(QLatin1String("amount"), moneyValue(d.amount));
    o.insert(QLatin1String("currency"), d.amount ? QJsonValue(d.amount->currency) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("amount_eur"), moneyValue(d.amountEur));
    o.insert(QLatin1String("fx_rate_used"), textOrNull(d.fxRateUsed));
    o.insert(QLatin1String("amount_is_maximum"), d.amountIsMaximum);
    if (!d.amountNotes.isEmpty())
        o.insert(QLatin1String("amount_notes"), d.amountNotes);
    o.insert(QLatin1String("include_in_cumulative_fines"), d.includeInCumulativeFines);
    if (!d.periodicPenalty.isEmpty())
        o.insert(QLatin1String("periodic_penalty"), penaltyToJson(d.periodicPenalty));
    QJsonObject legal;
    legal.insert(QLatin1String("law"), d.legalBasis.law);
    legal.insert(QLatin1String("provisions_violated"), stringArray(d.legalBasis.provisionsViolated));
    if (!d.legalBasis.notes.isEmpty())
        legal.insert(QLatin1String("notes"), d.legalBasis.notes);
    o.insert(QLatin1String("legal_basis"), legal);
    o.insert(QLatin1String("orders"), stringArray(d.orders));
    // The French texts only where there are some: a decision without them is written as before they existed.
    if (!d.ordersFr.isEmpty())
        o.insert(QLatin1String("orders_fr"), stringArray(d.ordersFr));
    o.insert(QLatin1String("outcome"), d.outcome);
    if (!d.outcomeFr.isEmpty())
        o.insert(QLatin1String("outcome_fr"), d.outcomeFr);
    o.insert(QLatin1String("status"), d.status);
    if (!d.statusChanges.isEmpty()) {
        QJsonArray changes;
        for (const StatusChange &c : d.statusChanges) {
            QJsonObject co;
            co.insert(QLatin1String("date"), dateValue(c.date));
            co.insert(QLatin1String("status"), c.status);
            co.insert(QLatin1String("standing"), c.standing);
            if (!c.byDecisionId.isEmpty())
                co.insert(QLatin1String("by"), c.byDecisionId);
            if (!c.note.isEmpty())
                co.insert(QLatin1String("note"), c.note);
            changes.append(co);
        }
        o.insert(QLatin1String("status_changes"), changes);
    }
    o.insert(QLatin1String("related_to"), stringArray(d.relatedTo));
    o.insert(QLatin1String("reference"), textOrNull(d.reference));
    o.insert(QLatin1String("sources"), sourcesArray(d.sources));
    o.insert(QLatin1String("confidence"), d.confidence);
    o.insert(QLatin1String("facts"), stringArray(d.facts));
    if (!d.factsFr.isEmpty())
        o.insert(QLatin1String("facts_fr"), stringArray(d.factsFr));
    o.insert(QLatin1String("low_confidence_details"), stringArray(d.lowConfidenceDetails));
    if (!d.summary.isEmpty())
        o.insert(QLatin1String("summary"), d.summary);
    if (!d.summaryFr.isEmpty())
        o.insert(QLatin1String("summary_fr"), d.summaryFr);
    return o;
}

namespace {

template<typename Object>
Decision decisionFrom(const Object &object, QStringList *errors)
{
    using Value = typename Reader<Object>::Value;
    Reader<Object> r(object, errors);
    Decision d;
    d.id = r.text("id", true);
    d.country = r.text("country", true);
    d.jurisdictionName = r.text("jurisdiction_name");
    d.authority = r.text("authority", true);
    d.authorityType = r.text("authority_type");
    d.target = r.text("target");
    d.decisionType = r.text("decision_type", true);
    d.decisionDate = r.date("decision_date");
    d.announceDate = r.date("announce_date");
    if (!object.contains(QLatin1String("decision_date")) && !object.contains(QLatin1String("announce_date"))) {
        // Older or hand-written files may carry only the plotted date.
        d.decisionDate = r.date("timeline_date");
    }
    if (!d.decisionDate.isValid() && !d.announceDate.isValid())
        r.error(QStringLiteral("decision_date"), Text::tr("a decision needs a decision_date or an announce_date"));
    d.dateNotes = r.text("date_notes");
    // Keep the researched plotting date only where it departs from the rule (see Decision::timelineDateOverride).
    const QDate timeline = object.contains(QLatin1String("timeline_date")) ? r.date("timeline_date") : QDate();
    if (timeline.isValid() && timeline != (d.decisionDate.isValid() ? d.decisionDate : d.announceDate))
        d.timelineDateOverride = timeline;
    const QString currency = r.text("currency");
    d.amount = r.money(object.value(QLatin1String("amount")), currency, QStringLiteral("amount"));
    d.amountEur = r.money(object.value(QLatin1String("amount_eur")), QStringLiteral("EUR"), QStringLiteral("amount_eur"));
    d.fxRateUsed = r.text("fx_rate_used");
    d.amountIsMaximum = r.boolean("amount_is_maximum");
    d.amountNotes = r.text("amount_notes");
    d.includeInCumulativeFines = r.boolean("include_in_cumulative_fines");
    d.periodicPenalty = penaltyFromJson(r, object.value(QLatin1String("periodic_penalty")));
    const Value legal = object.value(QLatin1String("legal_basis"));
    if (legal.isObject()) {
        Reader<Object> lr(legal.toObject(), errors);
        d.legalBasis.law = lr.text("law");
        d.legalBasis.provisionsViolated = lr.strings("provisions_violated");
        d.legalBasis.notes = lr.text("notes");
    } else if (!legal.isUndefined() && !legal.isNull()) {
        r.error(QStringLiteral("legal_basis"), Text::tr("expected an object"));
    }
    d.orders = r.strings("orders");
    d.ordersFr = r.strings("orders_fr");
    d.outcome = r.text("outcome");
    d.outcomeFr = r.text("outcome_fr");
    d.status = r.text("status");
    const Value changes = object.value(QLatin1String("status_changes"));
    if (changes.isArray()) {
        for (const auto &cv : changes.toArray()) {
            Reader<Object> cr(cv.toObject(), errors);
            StatusChange c;
            c.date = cr.date("date");
            if (!c.date.isValid())
                r.error(QStringLiteral("status_changes"), Text::tr("each change needs a date"));
            c.status = cr.text("status", true);
            c.standing = cv.toObject().value(QLatin1String("standing")).toBool(true);
            c.byDecisionId = cr.text("by");
            c.note = cr.text("note");
            d.statusChanges.append(c);
        }
    } else if (!changes.isUndefined() && !changes.isNull()) {
        r.error(QStringLiteral("status_changes"), Text::tr("expected a list"));
    }
    d.relatedTo = r.strings("related_to");
    d.reference = r.text("reference");
    d.sources = r.sources(object.value(QLatin1String("sources")), QStringLiteral("sources"));
    d.confidence = r.text("confidence");
    d.facts = r.strings("facts");
    d.factsFr = r.strings("facts_fr");
    d.lowConfidenceDetails = r.strings("low_confidence_details");
    d.summary = r.text("summary");
    d.summaryFr = r.text("summary_fr");
    return d;
}

} // namespace

Decision DecisionJson::fromJson(const QJsonObject &object, QStringList *errors)
{
    return decisionFrom(object, errors);
}

Decision DecisionJson::fromJson(const JsonTapeObject &object, QStringList *errors)
{
    return decisionFrom(object, errors);
}

QJsonObject DecisionJson::toJson(const DbSizeClaim &c)
{
    QJsonObject o;
    o.insert(QLatin1String("date"), c.dateText);
    o.insert(QLatin1String("images"), c.images);
    o.insert(QLatin1String("label"), c.label);
    o.insert(QLatin1String("claimed_by"), c.claimedBy);
    o.insert(QLatin1String("kind"), c.kind);
    if (!c.dateNote.isEmpty())
        o.insert(QLatin1String("date_note"), c.dateNote);
    if (!c.note.isEmpty())
        o.insert(QLatin1String("note"), c.note);
    o.insert(QLatin1String("sources"), sourcesArray(c.sources));
    o.insert(QLatin1String("confidence"), c.confidence);
    o.insert(QLatin1String("date_precision"), c.datePrecision);
    return o;
}

DbSizeClaim DecisionJson::dbSizeClaimFromJson(const QJsonObject &object, QStringList *errors)
{
    Reader<QJsonObject> r(object, errors);
    DbSizeClaim c;
    c.dateText = r.text("date", true);
    if (!c.date().isValid())
        r.error(QStringLiteral("date"), Text::tr("'%1' is not a date (YYYY-MM-DD or YYYY-MM)").arg(c.dateText));
    const QJsonValue images = object.value(QLatin1String("images"));
    c.images = images.toInteger(-1);
    if (c.images < 0)
        r.error(QStringLiteral("images"), Text::tr("expected a non-negative whole number"));
    c.label = r.text("label");
    c.claimedBy = r.text("claimed_by");
    c.kind = r.text("kind");
    c.dateNote = r.text("date_note");
    c.note = r.text("note");
    c.confidence = r.text("confidence");
    c.datePrecision = r.text("date_precision");
    if (c.datePrecision.isEmpty())
        c.datePrecision = QStringLiteral("day");
    c.sources = r.sources(object.value(QLatin1String("sources")), QStringLiteral("sources"));
    return c;
}

namespace {

template<typename T, typename Parse>
QList<T> listFromDocument(const QByteArray &json, QStringList *errors, Parse parse)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append(Text::tr("offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return {};
    }
    if (!doc.isArray()) {
        errors->append(Text::tr("expected a JSON array of objects"));
        return {};
    }
    QList<T> out;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            errors->append(Text::tr("index %1: expected an object").arg(i));
            continue;
        }
        QStringList itemErrors;
        out.append(parse(array.at(i).toObject(), &itemErrors));
        for (const QString &e : std::as_const(itemErrors))
            errors->append(Text::tr("index %1: %2").arg(i).arg(e));
    }
    return out;
}

} // namespace

QList<Decision> DecisionJson::decisionsFromDocument(const QByteArray &json, QStringList *errors)
{
    return listFromDocument<Decision>(json, errors, [](const QJsonObject &o, QStringList *e) { return fromJson(o, e); });
}

QByteArray DecisionJson::toDocument(const QList<Decision> &decisions)
{
    // The pieces, which make QJsonDocument's bytes of an array of toJson() objects.
    QByteArray document = documentStart();
    for (qsizetype i = 0; i < decisions.size(); ++i)
        DecisionJsonWriter::appendDocumentElement(document, decisions.at(i), i);
    return document + documentEnd(decisions.size());
}

QByteArray DecisionJson::documentStart()
{
    return QByteArrayLiteral("[\n");
}

QByteArray DecisionJson::documentElement(const Decision &decision, qsizetype index)
{
    // QJsonDocument's bytes of toJson(decision) in a one-element array, without the "[\n" and "\n]\n" around it,
    // written straight from the decision (DecisionJsonWriter; tst_decisionwriters compares the two).
    QByteArray element;
    element.reserve(2048);
    DecisionJsonWriter::appendDocumentElement(element, decision, index);
    return element;
}

QByteArray DecisionJson::documentEnd(qsizetype count)
{
    return count > 0 ? QByteArrayLiteral("\n]\n") : QByteArrayLiteral("]\n");
}

QList<DbSizeClaim> DecisionJson::dbSizeClaimsFromDocument(const QByteArray &json, QStringList *errors)
{
    return listFromDocument<DbSizeClaim>(json, errors, [](const QJsonObject &o, QStringList *e) { return dbSizeClaimFromJson(o, e); });
}
