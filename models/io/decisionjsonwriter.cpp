// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionjsonwriter.h"

#include "decisionfields.h"

#include <QHash>
#include <QLocale>
#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

// The writers below write through a cursor into room made beforehand (appendElement() makes room for the worst
// case of the whole decision): QByteArray's append goes through insert() for every piece, a dozen pieces a field.
using Cursor = char *;

void put(Cursor &at, const char *bytes, size_t size)
{
    std::memcpy(at, bytes, size);
    at += size;
}

template <size_t N> void put(Cursor &at, const char (&literal)[N])
{
    put(at, literal, N - 1);
}

// QJsonDocument::Indented: four spaces a level.
void indent(Cursor &at, int level)
{
    std::memset(at, ' ', size_t(4 * level));
    at += 4 * level;
}

void putString(Cursor &at, QStringView text);

// Writes the members of one object, or the items of one array, at a level: "{\n", each member on its own line
// with ",\n" between them, then "\n" and the closing bracket at the object's own level; an empty object is
// "{\n" and its closing bracket, as QJsonDocument writes it.
class Container
{
public:
    Container(Cursor &at, int level, char open, char close)
        : m_at(at)
        , m_level(level)
        , m_close(close)
    {
        *m_at++ = open;
        *m_at++ = '\n';
    }
    // The key of the next member, whose value the caller then writes (at level() for a nested object or array).
    template <size_t N> Cursor &key(const char (&name)[N])
    {
        item();
        *m_at++ = '"';
        put(m_at, name);
        put(m_at, "\": ");
        return m_at;
    }
    // The next item of an array.
    Cursor &item()
    {
        if (m_any)
            put(m_at, ",\n");
        m_any = true;
        indent(m_at, m_level + 1);
        return m_at;
    }
    void finish()
    {
        if (m_any)
            *m_at++ = '\n';
        indent(m_at, m_level);
        *m_at++ = m_close;
    }
    int level() const { return m_level + 1; }

private:
    Cursor &m_at;
    int m_level;
    char m_close;
    bool m_any = false;
};

void putNull(Cursor &at)
{
    put(at, "null");
}

void putBool(Cursor &at, bool value)
{
    if (value)
        put(at, "true");
    else
        put(at, "false");
}

void putInteger(Cursor &at, qint64 value)
{
    // 20 characters hold any 64-bit integer with its sign.
    at = std::to_chars(at, at + 20, value).ptr;
}

// As DecisionJson's dateValue(): the ISO day, or null.
void putDate(Cursor &at, const QDate &date)
{
    if (!date.isValid())
        return putNull(at);
    const int year = date.year();
    if (year < 1 || year > 9999) {
        // QDate::toString(Qt::ISODate) has no text for these years: whatever it gives, as it gives it. (The room
        // made for a date holds a string of up to 12 characters.)
        putString(at, date.toString(Qt::ISODate).left(12));
        return;
    }
    const int month = date.month();
    const int day = date.day();
    const char text[] = { '"', char('0' + year / 1000), char('0' + year / 100 % 10), char('0' + year / 10 % 10),
        char('0' + year % 10), '-', char('0' + month / 10), char('0' + month % 10), '-', char('0' + day / 10),
        char('0' + day % 10), '"' };
    put(at, text, sizeof text);
}

void putTextOrNull(Cursor &at, const QString &text)
{
    if (text.isEmpty())
        putNull(at);
    else
        putString(at, text);
}

// As DecisionJson's moneyValue(): major units, an integer when whole (QJsonValue(qint64)), else the double of
// the decimal text, written as QJsonDocument writes a double.
void putMoney(Cursor &at, const std::optional<Money> &money)
{
    if (!money)
        return putNull(at);
    if (money->isWholeMajor()) {
        qint64 scale = 1;
        for (int digits = qMax(0, Money::minorDigits(money->currency)); digits > 0; --digits)
            scale *= 10;
        return putInteger(at, money->minor / scale);
    }
    const double value = money->toDecimalString().toDouble();
    // QJsonObject keeps a double that is a whole number in 64 bits as an integer (QCborValue::fromJsonValue), and
    // QJsonDocument writes it in digits: 999999999999999.999 rounds to 1e15 and is written 1000000000000000.
    if (std::trunc(value) == value && value >= -0x1p63 && value < 0x1p63)
        return putInteger(at, qint64(value));
    // At most 24 characters ("-1.2345678901234567e-308").
    const QByteArray digits
        = qIsFinite(value) ? QByteArray::number(value, 'g', QLocale::FloatingPointShortest) : QByteArray("null");
    put(at, digits.constData(), size_t(digits.size()));
}

void putStrings(Cursor &at, int level, const QStringList &list)
{
    Container array(at, level, '[', ']');
    for (const QString &text : list)
        putString(array.item(), text);
    array.finish();
}

// The members of each object in the order QJsonObject keeps them: sorted by key.
void putPenalty(Cursor &at, int level, const PeriodicPenalty &p)
{
    Container object(at, level, '{', '}');
    if (p.perDay)
        putMoney(object.key("amount_per_day"), p.perDay);
    const std::optional<Money> &any = p.perDay ? p.perDay : p.maxTotal;
    if (any)
        putString(object.key("currency"), any->currency);
    if (!p.instrument.isEmpty())
        putString(object.key("instrument"), p.instrument);
    if (p.isMaximum)
        putBool(object.key("is_maximum"), true);
    if (!p.liquidatedIn.isEmpty())
        putString(object.key("liquidated_in"), p.liquidatedIn);
    if (p.maxTotal)
        putMoney(object.key("max_total"), p.maxTotal);
    if (!p.starts.isEmpty())
        putString(object.key("starts"), p.starts);
    object.finish();
}

void putLegalBasis(Cursor &at, int level, const LegalBasis &legal)
{
    Container object(at, level, '{', '}');
    putString(object.key("law"), legal.law);
    if (!legal.notes.isEmpty())
        putString(object.key("notes"), legal.notes);
    putStrings(object.key("provisions_violated"), object.level(), legal.provisionsViolated);
    object.finish();
}

void putStatusChanges(Cursor &at, int level, const QList<StatusChange> &changes)
{
    Container array(at, level, '[', ']');
    for (const StatusChange &c : changes) {
        Container object(array.item(), array.level(), '{', '}');
        if (!c.byDecisionId.isEmpty())
            putString(object.key("by"), c.byDecisionId);
        putDate(object.key("date"), c.date);
        if (!c.note.isEmpty())
            putString(object.key("note"), c.note);
        putBool(object.key("standing"), c.standing);
        putString(object.key("status"), c.status);
        object.finish();
    }
    array.finish();
}

void putSources(Cursor &at, int level, const QList<Source> &sources)
{
    Container array(at, level, '[', ']');
    for (const Source &s : sources) {
        Container object(array.item(), array.level(), '{', '}');
        putString(object.key("confirms"), s.confirms);
        if (!s.language.isEmpty())
            putString(object.key("language"), s.language);
        if (!s.publisher.isEmpty())
            putString(object.key("publisher"), s.publisher);
        if (!s.title.isEmpty())
            putString(object.key("title"), s.title);
        putTextOrNull(object.key("url"), s.url);
        object.finish();
    }
    array.finish();
}

// The room a decision can take at most: six bytes a code unit of every text (an escape), and for each member or
// item at most MemberRoom more: its indentation (16 bytes at the deepest level), key (40, checked by members()),
// ",\n", and its quotes, number (24), date (74, as an escaped text), or the brackets of an object or array (20).
// A decision has at most 45 members of its own and in its penalty and legal basis, and the element's brackets;
// each source or status change is an item of 5 members, each text of a list an item.
qsizetype room(const Decision &d)
{
    constexpr qsizetype MemberRoom = 160;
    qsizetype units = 0;
    qsizetype members = 64;
    const auto text = [&](const QString &s) { units += s.size(); };
    const auto texts = [&](const QStringList &list) {
        members += list.size();
        for (const QString &s : list)
            units += s.size();
    };
    for (const QString *s : { &d.id, &d.country, &d.jurisdictionName, &d.authority, &d.authorityType, &d.target,
             &d.decisionType, &d.dateNotes, &d.fxRateUsed, &d.amountNotes, &d.outcome, &d.outcomeFr, &d.status,
             &d.reference, &d.confidence, &d.summary, &d.summaryFr, &d.legalBasis.law, &d.legalBasis.notes,
             &d.periodicPenalty.starts, &d.periodicPenalty.instrument, &d.periodicPenalty.liquidatedIn })
        text(*s);
    if (d.amount)
        text(d.amount->currency);
    if (d.periodicPenalty.perDay)
        text(d.periodicPenalty.perDay->currency);
    if (d.periodicPenalty.maxTotal)
        text(d.periodicPenalty.maxTotal->currency);
    for (const QStringList *list : { &d.legalBasis.provisionsViolated, &d.orders, &d.ordersFr, &d.relatedTo, &d.facts,
             &d.factsFr, &d.lowConfidenceDetails })
        texts(*list);
    for (const StatusChange &c : d.statusChanges) {
        members += 6;
        for (const QString *s : { &c.status, &c.byDecisionId, &c.note })
            text(*s);
    }
    for (const Source &s : d.sources) {
        members += 6;
        for (const QString *t : { &s.url, &s.confirms, &s.title, &s.publisher, &s.language })
            text(*t);
    }
    return 6 * units + MemberRoom * members;
}

// One top-level member of a decision: how its value is written, and whether the decision has it at all (the
// members DecisionJson::toJson() leaves out when empty).
struct Member
{
    QByteArray key;
    void (*write)(Cursor &at, int level, const Decision &d);
    bool (*present)(const Decision &d);
};

bool always(const Decision &)
{
    return true;
}

// The writer of each key of DecisionJson::toJson(), by key. Which keys are written, and in which order, comes from
// DecisionFields: a field in the table without a writer here stops the program at its first export.
const QHash<QLatin1String, Member> &writers()
{
    using D = const Decision &;
    static const QHash<QLatin1String, Member> table = {
        { QLatin1String("id"), { {}, [](Cursor &o, int, D d) { putString(o, d.id); }, always } },
        { QLatin1String("country"), { {}, [](Cursor &o, int, D d) { putString(o, d.country); }, always } },
        { QLatin1String("jurisdiction_name"),
            { {}, [](Cursor &o, int, D d) { putString(o, d.jurisdictionName); }, always } },
        { QLatin1String("authority"), { {}, [](Cursor &o, int, D d) { putString(o, d.authority); }, always } },
        { QLatin1String("authority_type"), { {}, [](Cursor &o, int, D d) { putString(o, d.authorityType); }, always } },
        { QLatin1String("target"), { {}, [](Cursor &o, int, D d) { putString(o, d.target); }, always } },
        { QLatin1String("decision_type"), { {}, [](Cursor &o, int, D d) { putString(o, d.decisionType); }, always } },
        { QLatin1String("decision_date"), { {}, [](Cursor &o, int, D d) { putDate(o, d.decisionDate); }, always } },
        { QLatin1String("announce_date"), { {}, [](Cursor &o, int, D d) { putDate(o, d.announceDate); }, always } },
        { QLatin1String("date_notes"), { {}, [](Cursor &o, int, D d) { putString(o, d.dateNotes); }, always } },
        { QLatin1String("timeline_date"), { {}, [](Cursor &o, int, D d) { putDate(o, d.timelineDate()); }, always } },
        { QLatin1String("amount"), { {}, [](Cursor &o, int, D d) { putMoney(o, d.amount); }, always } },
        { QLatin1String("currency"),
            { {},
                [](Cursor &o, int, D d) {
                    if (d.amount)
                        putString(o, d.amount->currency);
                    else
                        putNull(o);
                },
                always } },
        { QLatin1String("amount_eur"), { {}, [](Cursor &o, int, D d) { putMoney(o, d.amountEur); }, always } },
        { QLatin1String("fx_rate_used"), { {}, [](Cursor &o, int, D d) { putTextOrNull(o, d.fxRateUsed); }, always } },
        { QLatin1String("amount_is_maximum"),
            { {}, [](Cursor &o, int, D d) { putBool(o, d.amountIsMaximum); }, always } },
        { QLatin1String("amount_notes"),
            { {}, [](Cursor &o, int, D d) { putString(o, d.amountNotes); },
                [](D d) { return !d.amountNotes.isEmpty(); } } },
        { QLatin1String("include_in_cumulative_fines"),
            { {}, [](Cursor &o, int, D d) { putBool(o, d.includeInCumulativeFines); }, always } },
        { QLatin1String("periodic_penalty"),
            { {}, [](Cursor &o, int level, D d) { putPenalty(o, level, d.periodicPenalty); },
                [](D d) { return !d.periodicPenalty.isEmpty(); } } },
        { QLatin1String("legal_basis"),
            { {}, [](Cursor &o, int level, D d) { putLegalBasis(o, level, d.legalBasis); }, always } },
        { QLatin1String("orders"), { {}, [](Cursor &o, int level, D d) { putStrings(o, level, d.orders); }, always } },
        { QLatin1String("orders_fr"),
            { {}, [](Cursor &o, int level, D d) { putStrings(o, level, d.ordersFr); },
                [](D d) { return !d.ordersFr.isEmpty(); } } },
        { QLatin1String("outcome"), { {}, [](Cursor &o, int, D d) { putString(o, d.outcome); }, always } },
        { QLatin1String("outcome_fr"),
            { {}, [](Cursor &o, int, D d) { putString(o, d.outcomeFr); },
                [](D d) { return !d.outcomeFr.isEmpty(); } } },
        { QLatin1String("status"), { {}, [](Cursor &o, int, D d) { putString(o, d.status); }, always } },
        { QLatin1String("status_changes"),
            { {}, [](Cursor &o, int level, D d) { putStatusChanges(o, level, d.statusChanges); },
                [](D d) { return !d.statusChanges.isEmpty(); } } },
        { QLatin1String("related_to"),
            { {}, [](Cursor &o, int level, D d) { putStrings(o, level, d.relatedTo); }, always } },
        { QLatin1String("reference"), { {}, [](Cursor &o, int, D d) { putTextOrNull(o, d.reference); }, always } },
        { QLatin1String("sources"),
            { {}, [](Cursor &o, int level, D d) { putSources(o, level, d.sources); }, always } },
        { QLatin1String("confidence"), { {}, [](Cursor &o, int, D d) { putString(o, d.confidence); }, always } },
        { QLatin1String("facts"), { {}, [](Cursor &o, int level, D d) { putStrings(o, level, d.facts); }, always } },
        { QLatin1String("facts_fr"),
            { {}, [](Cursor &o, int level, D d) { putStrings(o, level, d.factsFr); },
                [](D d) { return !d.factsFr.isEmpty(); } } },
        { QLatin1String("low_confidence_details"),
            { {}, [](Cursor &o, int level, D d) { putStrings(o, level, d.lowConfidenceDetails); }, always } },
        { QLatin1String("summary"),
            { {}, [](Cursor &o, int, D d) { putString(o, d.summary); }, [](D d) { return !d.summary.isEmpty(); } } },
        { QLatin1String("summary_fr"),
            { {}, [](Cursor &o, int, D d) { putString(o, d.summaryFr); },
                [](D d) { return !d.summaryFr.isEmpty(); } } },
    };
    return table;
}

// The members in the order QJsonObject keeps them: DecisionFields' top-level keys, which it sorts as QJsonObject
// does (by UTF-16 code unit; the keys are ASCII).
const std::vector<Member> &members()
{
    static const std::vector<Member> ordered = [] {
        std::vector<Member> out;
        for (const QString &key : DecisionFields::topLevelKeys()) {
            const QByteArray latin1 = key.toLatin1();
            const auto writer = writers().constFind(QLatin1String(latin1));
            if (writer == writers().cend())
                qFatal("DecisionJsonWriter: no writer for the field \"%s\" of DecisionFields", latin1.constData());
            Member member = *writer;
            member.key = '"' + latin1 + "\": ";
            if (member.key.size() > 40)
                qFatal("DecisionJsonWriter: the key \"%s\" is longer than the room made for it", latin1.constData());
            out.push_back(member);
        }
        if (out.size() != size_t(writers().size()))
            qFatal("DecisionJsonWriter: a writer for a field that DecisionFields does not have");
        return out;
    }();
    return ordered;
}

} // namespace

namespace DecisionJsonWriter {

void appendString(QByteArray &out, QStringView text)
{
    // Room for the worst case, six bytes a code unit (\u0001), then cut to what was written.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * text.size());
    Cursor cursor = out.data() + start;
    putString(cursor, text);
    out.truncate(cursor - out.constData());
}

void appendDocumentElement(QByteArray &out, const Decision &decision, qsizetype index)
{
    if (index > 0)
        out += ",\n";
    appendElement(out, decision);
}

void appendElement(QByteArray &out, const Decision &decision)
{
    const qsizetype start = out.size();
    out.resize(start + room(decision));
    Cursor at = out.data() + start;
    // The element of a top-level array is at level 1, its members at level 2.
    constexpr int Level = 1;
    indent(at, Level);
    put(at, "{\n");
    bool any = false;
    for (const Member &member : members()) {
        if (!member.present(decision))
            continue;
        if (any)
            put(at, ",\n");
        any = true;
        indent(at, Level + 1);
        put(at, member.key.constData(), size_t(member.key.size()));
        member.write(at, Level + 1, decision);
    }
    if (any)
        *at++ = '\n';
    indent(at, Level);
    *at++ = '}';
    out.truncate(at - out.constData());
}

} // namespace DecisionJsonWriter

namespace {

void putString(Cursor &cursor, QStringView text)
{
    *cursor++ = '"';
    const char16_t *source = text.utf16();
    const char16_t *const end = source + text.size();
    while (source != end) {
        // Most of a text is printable ASCII, written as it is: found first, then narrowed in one loop that the
        // compiler vectorizes.
        const char16_t *run = source;
        while (run != end && *run >= 0x20 && *run < 0x80 && *run != u'"' && *run != u'\\')
            ++run;
        for (; source != run; ++source)
            *cursor++ = char(*source);
        if (source == end)
            break;
        const char16_t u = *source++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *cursor++ = char(u);
                continue;
            }
            *cursor++ = '\\';
            switch (u) {
            case u'"':
                *cursor++ = '"';
                break;
            case u'\\':
                *cursor++ = '\\';
                break;
            case u'\b':
                *cursor++ = 'b';
                break;
            case u'\f':
                *cursor++ = 'f';
                break;
            case u'\n':
                *cursor++ = 'n';
                break;
            case u'\r':
                *cursor++ = 'r';
                break;
            case u'\t':
                *cursor++ = 't';
                break;
            default:
                *cursor++ = 'u';
                *cursor++ = '0';
                *cursor++ = '0';
                *cursor++ = HexDigits[u >> 4];
                *cursor++ = HexDigits[u & 0xf];
            }
        } else if (u < 0x800) {
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && source != end && QChar::isLowSurrogate(*source)) {
            const char32_t ucs4 = QChar::surrogateToUcs4(u, *source++);
            *cursor++ = char(0xf0 | (ucs4 >> 18));
            *cursor++ = char(0x80 | ((ucs4 >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((ucs4 >> 6) & 0x3f));
            *cursor++ = char(0x80 | (ucs4 & 0x3f));
        } else {
            // Half of a surrogate pair has no UTF-8: QJsonDocument writes it as an escape.
            *cursor++ = '\\';
            *cursor++ = 'u';
            *cursor++ = HexDigits[(u >> 12) & 0xf];
            *cursor++ = HexDigits[(u >> 8) & 0xf];
            *cursor++ = HexDigits[(u >> 4) & 0xf];
            *cursor++ = HexDigits[u & 0xf];
        }
    }
    *cursor++ = '"';
}

} // namespace
