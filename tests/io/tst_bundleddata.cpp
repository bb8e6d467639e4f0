// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "decisionjson.h"
#include "timelineitem.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

#include <algorithm>

namespace {

QString compactJson(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

bool isEmptyJson(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty());
}

// toJson leaves these keys out when they are empty, so the researched file may carry them empty or not at all.
void removeEmpty(QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (isEmptyJson(object.value(QLatin1String(key))))
            object.remove(QLatin1String(key));
    }
}

QJsonObject normalised(QJsonObject record)
{
    removeEmpty(record,
        { "amount_notes", "periodic_penalty", "status_changes", "summary", "summary_fr", "outcome_fr", "orders_fr",
            "facts_fr" });
    QJsonObject legal = record.value(QLatin1String("legal_basis")).toObject();
    removeEmpty(legal, { "notes" });
    record.insert(QLatin1String("legal_basis"), legal);
    QJsonArray sources;
    for (const QJsonValue &v : record.value(QLatin1String("sources")).toArray()) {
        QJsonObject source = v.toObject();
        removeEmpty(source, { "title", "publisher", "language" });
        sources.append(source);
    }
    record.insert(QLatin1String("sources"), sources);
    if (record.contains(QLatin1String("status_changes"))) {
        QJsonArray changes;
        for (const QJsonValue &v : record.value(QLatin1String("status_changes")).toArray()) {
            QJsonObject change = v.toObject();
            removeEmpty(change, { "by", "note" });
            changes.append(change);
        }
        record.insert(QLatin1String("status_changes"), changes);
    }
    return record;
}

// The figures of a text, in the order written and compared as values: "7,552,800" (English) and "7 552 800"
// (French, with any space), "5.2" and "5,2" give the same. A translation must keep every figure as it is.
QStringList figuresOf(QString text)
{
    static const QRegularExpression grouping(QStringLiteral("(?<=\\d)[,\\x{00a0}\\x{202f} ](?=\\d{3}\\b)"));
    static const QRegularExpression decimalComma(QStringLiteral("(?<=\\d),(?=\\d)"));
    static const QRegularExpression figure(QStringLiteral("\\d+(?:\\.\\d+)?"));
    text.remove(grouping);
    text.replace(decimalComma, QStringLiteral("."));
    QStringList figures;
    for (auto it = figure.globalMatch(text); it.hasNext();)
        figures.append(it.next().captured());
    figures.sort();
    return figures;
}

// A text that needs no translation: no word of four or more lower-case letters (a reference, a name, a number).
bool isOnlyNamesOrReferences(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\b\\p{Ll}{4,}\\b"));
    return !word.match(text).hasMatch();
}

} // namespace

class TestBundledData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void euroEquivalents_matchTheirStatedEcbRate();
    void initTestCase();
    void load_givesEveryRecordWithoutError();
    void load_keepsTheCnilFine();
    void load_keepsTheIcoFineInPoundsWithItsRate();
    void load_keepsBothDutchDatesAndCappedPenalty();
    void load_keepsTheIcoFineStatusChanges();
    void load_keepsPressSourcesWithoutAddress();
    void load_cumulativeFinesSumToTheResearchedTotal();
    void load_takesTheDecember2026Update();
    void load_statusChangesNameBundledRulings();
    void everyRecord_hasFrenchForEachEnglishText_data();
    void everyRecord_hasFrenchForEachEnglishText();
    void everyRecord_roundTripsThroughJson_data();
    void everyRecord_roundTripsThroughJson();

private:
    const Decision &decision(const QString &id) const;

    BundledData m_data;
};

void TestBundledData::initTestCase()
{
    QString error;
    m_data = BundledData::load(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

const Decision &TestBundledData::decision(const QString &id) const
{
    const auto it = std::find_if(
        m_data.decisions.cbegin(), m_data.decisions.cend(), [&](const Decision &d) { return d.id == id; });
    if (it == m_data.decisions.cend())
        qFatal("no bundled decision %s", qPrintable(id));
    return *it;
}

void TestBundledData::load_givesEveryRecordWithoutError()
{
    QCOMPARE(m_data.decisions.size(), 43);
    QCOMPARE(m_data.dbSizeClaims.size(), 23);
    QCOMPARE(m_data.version.size(), 16);

    QSet<QString> ids;
    for (const Decision &d : std::as_const(m_data.decisions))
        ids.insert(d.id);
    QCOMPARE(ids.size(), 43);

    // The version is a digest of the files: loading again gives the same one.
    QString error;
    QCOMPARE(BundledData::load(&error).version, m_data.version);
    QVERIFY(error.isEmpty());
}

void TestBundledData::load_keepsTheCnilFine()
{
    const Decision &d = decision(QStringLiteral("fr-cnil-2022-fine"));
    QCOMPARE(d.country, QStringLiteral("FR"));
    QCOMPARE(d.decisionType, QStringLiteral("fine"));
    QCOMPARE(d.decisionDate, QDate(2022, 10, 17));
    QCOMPARE(d.timelineDate(), QDate(2022, 10, 17));
    QVERIFY(d.amount);
    QCOMPARE(d.amount->currency, QStringLiteral("EUR"));
    QCOMPARE(d.amount->minor, qint64(2000000000));
    QVERIFY(d.includeInCumulativeFines);
    QVERIFY(!d.amountIsMaximum);

    const PeriodicPenalty &p = d.periodicPenalty;
    QVERIFY(p.perDay);
    QCOMPARE(*p.perDay, (Money { 10000000, QStringLiteral("EUR") }));
    QVERIFY(!p.maxTotal);
    QCOMPARE(p.liquidatedIn, QStringLiteral("fr-cnil-2023-penalty"));
    QVERIFY(!p.isMaximum);
}

void TestBundledData::load_keepsTheIcoFineInPoundsWithItsRate()
{
    const Decision &d = decision(QStringLiteral("gb-ico-2022-fine"));
    QCOMPARE(d.decisionDate, QDate(2022, 5, 18));
    QVERIFY(d.amount);
    QCOMPARE(*d.amount, (Money { 755280000, QStringLiteral("GBP") }));
    QVERIFY(d.amountEur);
    QCOMPARE(*d.amountEur, (Money { 892027900, QStringLiteral("EUR") }));
    QVERIFY2(d.fxRateUsed.contains(QLatin1String("0.84670")), qPrintable(d.fxRateUsed));
    QVERIFY(d.includeInCumulativeFines);
}

void TestBundledData::load_keepsBothDutchDatesAndCappedPenalty()
{
    const Decision &d = decision(QStringLiteral("nl-ap-2024-fine"));
    QCOMPARE(d.decisionDate, QDate(2024, 5, 16));
    QCOMPARE(d.announceDate, QDate(2024, 9, 3));
    QCOMPARE(d.timelineDate(), QDate(2024, 5, 16));
    QVERIFY(d.amount);
    QCOMPARE(*d.amount, (Money { 3050000000, QStringLiteral("EUR") }));

    const PeriodicPenalty &p = d.periodicPenalty;
    QVERIFY(p.maxTotal);
    QCOMPARE(*p.maxTotal, (Money { 510000000, QStringLiteral("EUR") }));
    QVERIFY(!p.perDay);
    QVERIFY(p.isMaximum);
    QVERIFY(p.liquidatedIn.isEmpty());
}

void TestBundledData::load_keepsTheIcoFineStatusChanges()
{
    const Decision &d = decision(QStringLiteral("gb-ico-2022-fine"));
    QCOMPARE(d.statusChanges.size(), 2);

    const StatusChange &setAside = d.statusChanges.at(0);
    QCOMPARE(setAside.date, QDate(2023, 10, 17));
    QCOMPARE(setAside.standing, false);
    QCOMPARE(setAside.byDecisionId, QStringLiteral("gb-ftt-2023-appeal"));
    QCOMPARE(setAside.status, QStringLiteral("set_aside"));

    const StatusChange &reinstated = d.statusChanges.at(1);
    QCOMPARE(reinstated.date, QDate(2025, 10, 6));
    QCOMPARE(reinstated.standing, true);
    QCOMPARE(reinstated.byDecisionId, QStringLiteral("gb-ut-2025-appeal"));
    QVERIFY(!reinstated.note.isEmpty());
}

void TestBundledData::load_keepsPressSourcesWithoutAddress()
{
    int withoutUrl = 0;
    for (const Decision &d : std::as_const(m_data.decisions)) {
        for (const Source &s : d.sources) {
            if (!s.url.isEmpty())
                continue;
            ++withoutUrl;
            QVERIFY2(!s.title.isEmpty() && !s.publisher.isEmpty() && !s.language.isEmpty(), qPrintable(d.id));
            QVERIFY2(!s.confirms.isEmpty(), qPrintable(d.id));
        }
    }
    QCOMPARE(withoutUrl, 6);

    const Decision &nl = decision(QStringLiteral("nl-ap-2024-fine"));
    const auto press
        = std::find_if(nl.sources.cbegin(), nl.sources.cend(), [](const Source &s) { return s.url.isEmpty(); });
    QVERIFY(press != nl.sources.cend());
    QCOMPARE(press->language, QStringLiteral("fr"));
    QCOMPARE(press->publisher, QStringLiteral("French news item, Sep 2024"));
    QVERIFY(press->title.startsWith(QStringLiteral("Clearview AI condamnée")));
}

void TestBundledData::load_cumulativeFinesSumToTheResearchedTotal()
{
    qint64 total = 0;
    int counted = 0;
    for (const Decision &d : std::as_const(m_data.decisions)) {
        if (!d.includeInCumulativeFines)
            continue;
        QVERIFY2(d.amountEur, qPrintable(d.id));
        QCOMPARE(d.amountEur->currency, QStringLiteral("EUR"));
        total += d.amountEur->minor;
        ++counted;
    }
    QCOMPARE(counted, 6);
    // EUR 104,620,279 in cents (README: "EUR 104.6m in all").
    QCOMPARE(total, qint64(10462027900));
}

// The research update of 2 Dec 2026 (../shared/data/update-2026-12.json): nine decisions, eighteen corrections.
void TestBundledData::load_takesTheDecember2026Update()
{
    const QStringList added { QStringLiteral("us-7cir-2021-thornley"), QStringLiteral("us-ndil-2022-mdl-mtd"),
        QStringLiteral("us-ca-2022-renderos-ruling"), QStringLiteral("ca-fc-2023-doan-certification"),
        QStringLiteral("es-an-2024-aepd-competence"), QStringLiteral("at-bvwg-2025-ban-ruling"),
        QStringLiteral("us-ca-2025-renderos-appeal"), QStringLiteral("ca-fca-2025-doan-certification"),
        QStringLiteral("ca-bcca-2026-appeal") };
    for (const QString &id : added) {
        const Decision &d = decision(id);
        QVERIFY2(!d.includeInCumulativeFines && !d.amount, qPrintable(id));
        QVERIFY2(!d.sources.isEmpty(), qPrintable(id));
    }

    // The BC order: upheld on judicial review, then on appeal; its order number is now sourced.
    const Decision &bc = decision(QStringLiteral("ca-bc-2021-order"));
    QCOMPARE(bc.status, QStringLiteral("upheld_on_appeal"));
    QCOMPARE(bc.reference, QStringLiteral("Order P21-08"));
    QCOMPARE(bc.statusChanges.size(), 2);
    QCOMPARE(bc.statusChanges.at(0).date, QDate(2024, 12, 18));
    QCOMPARE(bc.statusChanges.at(0).byDecisionId, QStringLiteral("ca-bcsc-2024-jr"));
    QCOMPARE(bc.statusChanges.at(1).date, QDate(2026, 2, 18));
    QCOMPARE(bc.statusChanges.at(1).status, QStringLiteral("upheld_on_appeal"));
    QCOMPARE(bc.statusChanges.at(1).byDecisionId, QStringLiteral("ca-bcca-2026-appeal"));
    QVERIFY(bc.statusChanges.at(1).standing);
    QCOMPARE(TimelineItem::standingOf(bc), TimelineItem::Standing::Standing);
    const Decision &bcsc = decision(QStringLiteral("ca-bcsc-2024-jr"));
    QCOMPARE(bcsc.status, QStringLiteral("upheld_on_appeal"));
    QCOMPARE(bcsc.statusChanges.size(), 1);
    QCOMPARE(bcsc.statusChanges.at(0).byDecisionId, QStringLiteral("ca-bcca-2026-appeal"));

    // The Austrian order: the refusal of a ban was overturned and sent back; the finding and deletion order stand,
    // so it is not drawn as set aside although its status says "overturned".
    const Decision &at = decision(QStringLiteral("at-dsb-2023-order"));
    QCOMPARE(at.status, QStringLiteral("ban_refusal_overturned_remitted"));
    QCOMPARE(at.confidence, QStringLiteral("high"));
    QCOMPARE(at.statusChanges.size(), 1);
    QCOMPARE(at.statusChanges.at(0).date, QDate(2025, 1, 28));
    QCOMPARE(at.statusChanges.at(0).status, at.status);
    QCOMPARE(at.statusChanges.at(0).byDecisionId, QStringLiteral("at-bvwg-2025-ban-ruling"));
    QVERIFY(at.statusChanges.at(0).standing);
    QCOMPARE(TimelineItem::standingOf(at), TimelineItem::Standing::Standing);

    // The Renderos appeal: a single source and an unknown outcome, said as such.
    const Decision &renderos = decision(QStringLiteral("us-ca-2025-renderos-appeal"));
    QCOMPARE(renderos.confidence, QStringLiteral("medium"));
    QCOMPARE(renderos.status, QStringLiteral("outcome_not_found"));
    QVERIFY(renderos.orders.isEmpty());
    QVERIFY(renderos.lowConfidenceDetails.contains(QStringLiteral("Outcome of the appeal unknown.")));
    QCOMPARE(renderos.relatedTo, QStringList { QStringLiteral("us-ca-2022-renderos-ruling") });

    QCOMPARE(decision(QStringLiteral("us-ndil-2025-mdl-settlement")).relatedTo,
        (QStringList { QStringLiteral("us-il-2022-aclu-settlement"), QStringLiteral("us-ndil-2022-mdl-mtd") }));
    QCOMPARE(decision(QStringLiteral("gb-ut-2025-appeal")).sources.size(), 7);
    QCOMPARE(decision(QStringLiteral("at-dsb-2023-order")).sources.size(), 5);
    QCOMPARE(decision(QStringLiteral("us-vt-2020-mtd-ruling")).sources.size(), 5);
}

// Every status change names the ruling that caused it, a bundled decision dated that day, in time order; every
// relation names a bundled decision.
void TestBundledData::load_statusChangesNameBundledRulings()
{
    QSet<QString> ids;
    for (const Decision &d : std::as_const(m_data.decisions))
        ids.insert(d.id);
    int changes = 0;
    for (const Decision &d : std::as_const(m_data.decisions)) {
        for (const QString &related : d.relatedTo)
            QVERIFY2(ids.contains(related), qPrintable(d.id + QLatin1String(" -> ") + related));
        QDate previous;
        for (const StatusChange &c : d.statusChanges) {
            QVERIFY2(c.date.isValid() && (!previous.isValid() || previous <= c.date), qPrintable(d.id));
            previous = c.date;
            QVERIFY2(ids.contains(c.byDecisionId), qPrintable(d.id + QLatin1String(": ") + c.byDecisionId));
            QCOMPARE(decision(c.byDecisionId).timelineDate(), c.date);
            ++changes;
        }
    }
    // UK fine 2, Swedish police fine 2, BC order 2, BC judicial review 1, Austrian order 1.
    QCOMPARE(changes, 8);
}

void TestBundledData::everyRecord_hasFrenchForEachEnglishText_data()
{
    QTest::addColumn<QString>("id");
    for (const Decision &d : std::as_const(m_data.decisions))
        QTest::newRow(qPrintable(d.id)) << d.id;
}

// Issue 14: every English outcome, order, fact and summary of the bundled data has its French text, item for item,
// with the same figures.
void TestBundledData::everyRecord_hasFrenchForEachEnglishText()
{
    QFETCH(QString, id);
    const Decision &d = decision(id);
    const auto check = [](const QString &field, const QStringList &english, const QStringList &french) {
        QCOMPARE(french.size(), english.size());
        for (qsizetype i = 0; i < english.size(); ++i) {
            const QString where = QStringLiteral("%1[%2]").arg(field).arg(i);
            QVERIFY2(!french.at(i).trimmed().isEmpty(), qPrintable(where));
            QVERIFY2(french.at(i) != english.at(i) || isOnlyNamesOrReferences(english.at(i)),
                qPrintable(where + QStringLiteral(" is not translated")));
            QVERIFY2(figuresOf(french.at(i)) == figuresOf(english.at(i)),
                qPrintable(where
                    + QStringLiteral(": figures %1 in English, %2 in French")
                          .arg(figuresOf(english.at(i)).join(QLatin1Char(' ')),
                              figuresOf(french.at(i)).join(QLatin1Char(' ')))));
        }
    };
    const auto one = [](const QString &text) { return text.isEmpty() ? QStringList() : QStringList { text }; };
    check(QStringLiteral("orders_fr"), d.orders, d.ordersFr);
    check(QStringLiteral("outcome_fr"), one(d.outcome), one(d.outcomeFr));
    check(QStringLiteral("facts_fr"), d.facts, d.factsFr);
    check(QStringLiteral("summary_fr"), one(d.summary), one(d.summaryFr));
    // The researched outcome, orders and facts exist for every decision but a few without orders.
    QVERIFY(!d.outcomeFr.isEmpty());
    QVERIFY(!d.factsFr.isEmpty());
}

void TestBundledData::everyRecord_roundTripsThroughJson_data()
{
    QTest::addColumn<QJsonObject>("record");

    QFile file(QStringLiteral(":/data/clearview-cases.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray records = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(records.size(), 43);
    for (const QJsonValue &v : records) {
        const QJsonObject record = v.toObject();
        QTest::newRow(qPrintable(record.value(QLatin1String("id")).toString())) << record;
    }
}

void TestBundledData::everyRecord_roundTripsThroughJson()
{
    QFETCH(QJsonObject, record);

    QStringList errors;
    const Decision d = DecisionJson::fromJson(record, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1String("; "))));

    QJsonObject expected = normalised(record);
    QJsonObject actual = DecisionJson::toJson(d);

    // The researched timeline_date is kept, also where it departs from the rule (ca-joint-2021-findings plots the
    // announcement because its adoption date is uncertain).
    QCOMPARE(actual.value(QLatin1String("timeline_date")).toString(),
        expected.value(QLatin1String("timeline_date")).toString());
    actual.remove(QLatin1String("timeline_date"));
    expected.remove(QLatin1String("timeline_date"));

    QStringList keys = expected.keys() + actual.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        QVERIFY2(expected.contains(key), qPrintable(QStringLiteral("toJson adds '%1'").arg(key)));
        QVERIFY2(actual.contains(key), qPrintable(QStringLiteral("toJson drops '%1'").arg(key)));
        QVERIFY2(actual.value(key) == expected.value(key),
            qPrintable(QStringLiteral("%1: wrote %2, read %3")
                           .arg(key, compactJson(actual.value(key)), compactJson(expected.value(key)))));
    }
    QCOMPARE(actual, expected);
}

// Every converted amount must be its original amount at the ECB rate stated with it, rounded to the euro: a check
// of the research itself, in exact integer arithmetic.
void TestBundledData::euroEquivalents_matchTheirStatedEcbRate()
{
    QString error;
    const BundledData data = BundledData::load(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    static const QRegularExpression rate(QStringLiteral("1 EUR = (\\d+)\\.(\\d+) ([A-Z]{3})"));
    int checked = 0;
    for (const Decision &d : data.decisions) {
        const auto match = rate.match(d.fxRateUsed);
        if (!match.hasMatch() || !d.amount || !d.amountEur)
            continue;
        QCOMPARE(match.captured(3), d.amount->currency);
        const QString digits = match.captured(1) + match.captured(2);
        const qint64 scale = qint64(std::pow(10, match.captured(2).size()));
        // euro cents = minor * scale / (rate * scale), with the same minor-unit exponent (2) on both sides.
        const qint64 exactCents = d.amount->minor * scale / digits.toLongLong();
        // Rounded to the nearest euro: at most half a euro off, plus a cent for the truncating division.
        constexpr qint64 tolerance = 50 + 1;
        const qint64 difference = qAbs(d.amountEur->minor - exactCents);
        QVERIFY2(difference <= tolerance, qPrintable(QStringLiteral("%1: stored %2 cents, rate gives %3").arg(d.id)
                                                      .arg(d.amountEur->minor).arg(exactCents)));
        ++checked;
    }
    // SEK police fine, the ICO's provisional figure and the ICO fine.
    QCOMPARE(checked, 3);
}

QTEST_GUILESS_MAIN(TestBundledData)
#include "tst_bundleddata.moc"
