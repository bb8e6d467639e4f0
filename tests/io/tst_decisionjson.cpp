// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <limits>

namespace {

// The smallest record that reads without errors.
QJsonObject minimalRecord()
{
    return QJsonObject {
        { QStringLiteral("id"), QStringLiteral("fr-cnil-2022-fine") },
        { QStringLiteral("country"), QStringLiteral("FR") },
        { QStringLiteral("authority"), QStringLiteral("CNIL") },
        { QStringLiteral("decision_type"), QStringLiteral("fine") },
        { QStringLiteral("decision_date"), QStringLiteral("2022-10-17") },
    };
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

QJsonObject without(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

QJsonObject withAmount(const QJsonValue &amount, const QJsonValue &currency)
{
    return with(with(minimalRecord(), QStringLiteral("amount"), amount), QStringLiteral("currency"), currency);
}

// A decision with every field set, as the repository and the importer see them.
Decision fullDecision()
{
    Decision d;
    d.id = QStringLiteral("gb-ico-2022-fine");
    d.country = QStringLiteral("GB");
    d.jurisdictionName = QStringLiteral("United Kingdom");
    d.authority = QStringLiteral("Information Commissioner's Office");
    d.authorityType = QStringLiteral("data protection authority");
    d.target = QStringLiteral("Clearview AI Inc.");
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = QDate(2022, 5, 18);
    d.announceDate = QDate(2022, 5, 23);
    d.dateNotes = QStringLiteral("announced five days later");
    d.amount = Money { 755280000, QStringLiteral("GBP") };
    d.amountEur = Money { 892027900, QStringLiteral("EUR") };
    d.fxRateUsed = QStringLiteral("1 EUR = 0.84670 GBP");
    d.amountNotes = QStringLiteral("contested");
    d.includeInCumulativeFines = true;
    d.periodicPenalty.perDay = Money { 10000000, QStringLiteral("EUR") };
    d.periodicPenalty.starts = QStringLiteral("after two months");
    d.periodicPenalty.liquidatedIn = QStringLiteral("fr-cnil-2023-penalty");
    d.legalBasis.law = QStringLiteral("UK GDPR");
    d.legalBasis.provisionsViolated = { QStringLiteral("Art. 5(1)(a)"), QStringLiteral("Art. 6") };
    d.legalBasis.notes = QStringLiteral("and the DPA 2018");
    d.orders = { QStringLiteral("stop processing"), QStringLiteral("delete data") };
    d.outcome = QStringLiteral("appealed");
    d.status = QStringLiteral("contested_remitted_to_FTT");
    d.statusChanges = { { QDate(2023, 10, 17), QStringLiteral("set_aside"), false, QStringLiteral("gb-ftt-2023-appeal"),
        QStringLiteral("no jurisdiction") } };
    d.relatedTo = { QStringLiteral("gb-ico-2021-provisional") };
    d.reference = QStringLiteral("MPN 2022");
    d.sources = { { QStringLiteral("https://ico.org.uk/"), QStringLiteral("the fine"), {}, {}, {} },
        { {}, QStringLiteral("the date"), QStringLiteral("Un titre"), QStringLiteral("Le Monde"),
            QStringLiteral("fr") } };
    d.confidence = QStringLiteral("high");
    d.facts = { QStringLiteral("first UK fine") };
    d.lowConfidenceDetails = { QStringLiteral("announce date") };
    d.summary = QStringLiteral("imported from CSV");
    return d;
}

} // namespace

class TestDecisionJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromJson_acceptsMinimalRecord();
    void fromJson_takesTimelineDateWhenNoOtherDate();
    void fromJson_reportsErrors_data();
    void fromJson_reportsErrors();
    void toJson_usesRecordFieldNames();
    void toJson_writesNullForMissingValues();
    void toJson_omitsEmptyOptionalFields();
    void frenchTexts_roundTripThroughDocument_data();
    void frenchTexts_roundTripThroughDocument();
    void frenchTexts_absentOrNullReadAsEmpty();
    void amount_roundTripsExactly_data();
    void amount_roundTripsExactly();
    void fullDecision_roundTripsThroughDocument();
    void decisionsFromDocument_prefixesErrorsWithIndex();
    void decisionsFromDocument_refusesNonArrays_data();
    void decisionsFromDocument_refusesNonArrays();
    void dbSizeClaimFromJson_data();
    void dbSizeClaimFromJson();
};

void TestDecisionJson::fromJson_acceptsMinimalRecord()
{
    QStringList errors;
    const Decision d = DecisionJson::fromJson(minimalRecord(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1String("; "))));
    QCOMPARE(d.id, QStringLiteral("fr-cnil-2022-fine"));
    QCOMPARE(d.country, QStringLiteral("FR"));
    QCOMPARE(d.authority, QStringLiteral("CNIL"));
    QCOMPARE(d.decisionType, QStringLiteral("fine"));
    QCOMPARE(d.decisionDate, QDate(2022, 10, 17));
    QVERIFY(!d.announceDate.isValid());
    QVERIFY(!d.amount);
    QVERIFY(!d.amountEur);
    QVERIFY(d.periodicPenalty.isEmpty());
    QVERIFY(!d.includeInCumulativeFines);
}

void TestDecisionJson::fromJson_takesTimelineDateWhenNoOtherDate()
{
    const QJsonObject object = with(without(minimalRecord(), QStringLiteral("decision_date")),
        QStringLiteral("timeline_date"), QStringLiteral("2021-03-04"));
    QStringList errors;
    const Decision d = DecisionJson::fromJson(object, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1String("; "))));
    QCOMPARE(d.timelineDate(), QDate(2021, 3, 4));
}

void TestDecisionJson::fromJson_reportsErrors_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("expectedError");

    const QJsonValue null(QJsonValue::Null);
    const QString eur = QStringLiteral("EUR");

    QTest::newRow("missing id") << without(minimalRecord(), QStringLiteral("id"))
                                << QStringLiteral("id: missing required field");
    QTest::newRow("blank id") << with(minimalRecord(), QStringLiteral("id"), QStringLiteral("  "))
                              << QStringLiteral("id: must not be empty");
    QTest::newRow("id is a number") << with(minimalRecord(), QStringLiteral("id"), 42)
                                    << QStringLiteral("id: expected a string");
    QTest::newRow("missing country") << without(minimalRecord(), QStringLiteral("country"))
                                     << QStringLiteral("country: missing required field");
    QTest::newRow("missing authority") << without(minimalRecord(), QStringLiteral("authority"))
                                       << QStringLiteral("authority: missing required field");
    QTest::newRow("null decision_type") << with(minimalRecord(), QStringLiteral("decision_type"), null)
                                        << QStringLiteral("decision_type: missing required field");
    QTest::newRow("30 February") << with(minimalRecord(), QStringLiteral("decision_date"), QStringLiteral("2023-02-30"))
                                 << QStringLiteral("decision_date: '2023-02-30' is not a valid date");
    QTest::newRow("date without leading zeros") << with(minimalRecord(), QStringLiteral("decision_date"),
        QStringLiteral("2023-2-3")) << QStringLiteral("decision_date: '2023-2-3' is not a valid date");
    QTest::newRow("date with a time") << with(
        minimalRecord(), QStringLiteral("announce_date"), QStringLiteral("2023-02-03T10:00"))
                                      << QStringLiteral("announce_date: '2023-02-03T10:00' is not a valid date");
    QTest::newRow("date in day-month-year order") << with(minimalRecord(), QStringLiteral("announce_date"),
        QStringLiteral("03/02/2023")) << QStringLiteral("announce_date: '03/02/2023' is not a valid date");
    QTest::newRow("both dates null") << with(with(minimalRecord(), QStringLiteral("decision_date"), null),
        QStringLiteral("announce_date"),
        null) << QStringLiteral("decision_date: a decision needs a decision_date or an announce_date");
    QTest::newRow("amount without currency")
        << withAmount(5, null) << QStringLiteral("amount: an amount needs a currency");
    QTest::newRow("unknown currency") << withAmount(5, QStringLiteral("XYZ"))
                                      << QStringLiteral("amount: unknown currency 'XYZ'");
    QTest::newRow("amount as text") << withAmount(QStringLiteral("5"), eur)
                                    << QStringLiteral("amount: expected a number");
    QTest::newRow("negative amount") << withAmount(-5, eur) << QStringLiteral("amount: amount must not be negative");
    QTest::newRow("INT64_MAX euros do not fit in cents") << withAmount(std::numeric_limits<qint64>::max(),
        eur) << QStringLiteral("amount: amount does not fit exactly in 64-bit minor units");
    QTest::newRow("beyond 64 bits") << withAmount(1e20, eur)
                                    << QStringLiteral("amount: amount does not fit exactly in 64-bit minor units");
    QTest::newRow("fraction of a cent would be rounded")
        << withAmount(12.345, eur) << QStringLiteral("amount: amount does not fit exactly in 64-bit minor units");
    QTest::newRow("half a yen would be rounded") << withAmount(
        12.5, QStringLiteral("JPY")) << QStringLiteral("amount: amount does not fit exactly in 64-bit minor units");
    QTest::newRow("negative euro equivalent") << with(minimalRecord(), QStringLiteral("amount_eur"), -1)
                                              << QStringLiteral("amount_eur: amount must not be negative");
    QTest::newRow("penalty in an unknown currency")
        << with(minimalRecord(), QStringLiteral("periodic_penalty"),
               QJsonObject { { QStringLiteral("amount_per_day"), 100000 },
                   { QStringLiteral("currency"), QStringLiteral("XYZ") } })
        << QStringLiteral("periodic_penalty.amount_per_day: unknown currency 'XYZ'");
    QTest::newRow("penalty is not an object") << with(minimalRecord(), QStringLiteral("periodic_penalty"), 5)
                                              << QStringLiteral("periodic_penalty: expected an object");
    QTest::newRow("boolean as text") << with(minimalRecord(), QStringLiteral("include_in_cumulative_fines"),
        QStringLiteral("yes")) << QStringLiteral("include_in_cumulative_fines: expected true or false");
    QTest::newRow("orders is not a list") << with(minimalRecord(), QStringLiteral("orders"), QStringLiteral("stop"))
                                          << QStringLiteral("orders: expected a list of strings");
    QTest::newRow("fact is not a string") << with(minimalRecord(), QStringLiteral("facts"), QJsonArray { 1 })
                                          << QStringLiteral("facts: expected a list of strings");
    QTest::newRow("French orders is not a list") << with(minimalRecord(), QStringLiteral("orders_fr"),
        QStringLiteral("cesser")) << QStringLiteral("orders_fr: expected a list of strings");
    QTest::newRow("French fact is not a string") << with(minimalRecord(), QStringLiteral("facts_fr"),
        QJsonArray { true }) << QStringLiteral("facts_fr: expected a list of strings");
    QTest::newRow("French outcome is a list") << with(minimalRecord(), QStringLiteral("outcome_fr"), QJsonArray {})
                                              << QStringLiteral("outcome_fr: expected a string");
    QTest::newRow("French summary is a number")
        << with(minimalRecord(), QStringLiteral("summary_fr"), 7) << QStringLiteral("summary_fr: expected a string");
    QTest::newRow("legal basis is not an object") << with(minimalRecord(), QStringLiteral("legal_basis"),
        QStringLiteral("GDPR")) << QStringLiteral("legal_basis: expected an object");
    QTest::newRow("status change without date") << with(minimalRecord(), QStringLiteral("status_changes"),
        QJsonArray { QJsonObject { { QStringLiteral("status"), QStringLiteral("upheld") } } })
                                                << QStringLiteral("status_changes: each change needs a date");
    QTest::newRow("status changes is not a list") << with(minimalRecord(), QStringLiteral("status_changes"), 1)
                                                  << QStringLiteral("status_changes: expected a list");
    QTest::newRow("source is not an object")
        << with(minimalRecord(), QStringLiteral("sources"), QJsonArray { QStringLiteral("https://x") })
        << QStringLiteral("sources: expected an object for each source");
}

void TestDecisionJson::fromJson_reportsErrors()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, expectedError);

    QStringList errors;
    DecisionJson::fromJson(object, &errors);
    const bool found
        = std::any_of(errors.cbegin(), errors.cend(), [&](const QString &e) { return e.startsWith(expectedError); });
    QVERIFY2(found,
        qPrintable(QStringLiteral("expected '%1', got: [%2]").arg(expectedError, errors.join(QLatin1String("; ")))));
}

void TestDecisionJson::toJson_usesRecordFieldNames()
{
    const QJsonObject o = DecisionJson::toJson(fullDecision());

    QCOMPARE(o.value(QLatin1String("id")).toString(), QStringLiteral("gb-ico-2022-fine"));
    QCOMPARE(o.value(QLatin1String("country")).toString(), QStringLiteral("GB"));
    QCOMPARE(o.value(QLatin1String("jurisdiction_name")).toString(), QStringLiteral("United Kingdom"));
    QCOMPARE(o.value(QLatin1String("authority")).toString(), QStringLiteral("Information Commissioner's Office"));
    QCOMPARE(o.value(QLatin1String("authority_type")).toString(), QStringLiteral("data protection authority"));
    QCOMPARE(o.value(QLatin1String("target")).toString(), QStringLiteral("Clearview AI Inc."));
    QCOMPARE(o.value(QLatin1String("decision_type")).toString(), QStringLiteral("fine"));
    QCOMPARE(o.value(QLatin1String("decision_date")).toString(), QStringLiteral("2022-05-18"));
    QCOMPARE(o.value(QLatin1String("announce_date")).toString(), QStringLiteral("2022-05-23"));
    QCOMPARE(o.value(QLatin1String("timeline_date")).toString(), QStringLiteral("2022-05-18"));
    QCOMPARE(o.value(QLatin1String("date_notes")).toString(), QStringLiteral("announced five days later"));
    QCOMPARE(o.value(QLatin1String("amount")).toInteger(), qint64(7552800));
    QCOMPARE(o.value(QLatin1String("currency")).toString(), QStringLiteral("GBP"));
    QCOMPARE(o.value(QLatin1String("amount_eur")).toInteger(), qint64(8920279));
    QCOMPARE(o.value(QLatin1String("fx_rate_used")).toString(), QStringLiteral("1 EUR = 0.84670 GBP"));
    QCOMPARE(o.value(QLatin1String("amount_is_maximum")), QJsonValue(false));
    QCOMPARE(o.value(QLatin1String("amount_notes")).toString(), QStringLiteral("contested"));
    QCOMPARE(o.value(QLatin1String("include_in_cumulative_fines")), QJsonValue(true));

    const QJsonObject penalty = o.value(QLatin1String("periodic_penalty")).toObject();
    QCOMPARE(penalty.value(QLatin1String("amount_per_day")).toInteger(), qint64(100000));
    QCOMPARE(penalty.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(penalty.value(QLatin1String("starts")).toString(), QStringLiteral("after two months"));
    QCOMPARE(penalty.value(QLatin1String("liquidated_in")).toString(), QStringLiteral("fr-cnil-2023-penalty"));
    QVERIFY(!penalty.contains(QLatin1String("max_total")));

    const QJsonObject legal = o.value(QLatin1String("legal_basis")).toObject();
    QCOMPARE(legal.value(QLatin1String("law")).toString(), QStringLiteral("UK GDPR"));
    QCOMPARE(legal.value(QLatin1String("provisions_violated")).toArray(),
        (QJsonArray { QStringLiteral("Art. 5(1)(a)"), QStringLiteral("Art. 6") }));
    QCOMPARE(legal.value(QLatin1String("notes")).toString(), QStringLiteral("and the DPA 2018"));

    QCOMPARE(o.value(QLatin1String("orders")).toArray().size(), 2);
    QCOMPARE(o.value(QLatin1String("outcome")).toString(), QStringLiteral("appealed"));
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("contested_remitted_to_FTT"));

    const QJsonObject change = o.value(QLatin1String("status_changes")).toArray().at(0).toObject();
    QCOMPARE(change.value(QLatin1String("date")).toString(), QStringLiteral("2023-10-17"));
    QCOMPARE(change.value(QLatin1String("status")).toString(), QStringLiteral("set_aside"));
    QCOMPARE(change.value(QLatin1String("standing")), QJsonValue(false));
    QCOMPARE(change.value(QLatin1String("by")).toString(), QStringLiteral("gb-ftt-2023-appeal"));
    QCOMPARE(change.value(QLatin1String("note")).toString(), QStringLiteral("no jurisdiction"));

    QCOMPARE(o.value(QLatin1String("related_to")).toArray(), QJsonArray { QStringLiteral("gb-ico-2021-provisional") });
    QCOMPARE(o.value(QLatin1String("reference")).toString(), QStringLiteral("MPN 2022"));
    QCOMPARE(o.value(QLatin1String("confidence")).toString(), QStringLiteral("high"));
    QCOMPARE(o.value(QLatin1String("facts")).toArray(), QJsonArray { QStringLiteral("first UK fine") });
    QCOMPARE(
        o.value(QLatin1String("low_confidence_details")).toArray(), QJsonArray { QStringLiteral("announce date") });
    QCOMPARE(o.value(QLatin1String("summary")).toString(), QStringLiteral("imported from CSV"));

    const QJsonArray sources = o.value(QLatin1String("sources")).toArray();
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(0).toObject().value(QLatin1String("url")).toString(), QStringLiteral("https://ico.org.uk/"));
    QCOMPARE(sources.at(0).toObject().value(QLatin1String("confirms")).toString(), QStringLiteral("the fine"));
}

void TestDecisionJson::toJson_writesNullForMissingValues()
{
    Decision d = fullDecision();
    d.decisionDate = QDate();
    d.amount.reset();
    d.amountEur.reset();
    d.fxRateUsed.clear();
    d.reference.clear();

    const QJsonObject o = DecisionJson::toJson(d);
    QVERIFY(o.value(QLatin1String("decision_date")).isNull());
    QCOMPARE(o.value(QLatin1String("announce_date")).toString(), QStringLiteral("2022-05-23"));
    QCOMPARE(o.value(QLatin1String("timeline_date")).toString(), QStringLiteral("2022-05-23"));
    QVERIFY(o.value(QLatin1String("amount")).isNull());
    QVERIFY(o.value(QLatin1String("currency")).isNull());
    QVERIFY(o.value(QLatin1String("amount_eur")).isNull());
    QVERIFY(o.value(QLatin1String("fx_rate_used")).isNull());
    QVERIFY(o.value(QLatin1String("reference")).isNull());

    // A press source without an address keeps url null and carries its title, publisher and language instead.
    const QJsonObject press = o.value(QLatin1String("sources")).toArray().at(1).toObject();
    QVERIFY(press.contains(QLatin1String("url")));
    QVERIFY(press.value(QLatin1String("url")).isNull());
    QCOMPARE(press.value(QLatin1String("title")).toString(), QStringLiteral("Un titre"));
    QCOMPARE(press.value(QLatin1String("publisher")).toString(), QStringLiteral("Le Monde"));
    QCOMPARE(press.value(QLatin1String("language")).toString(), QStringLiteral("fr"));
    QCOMPARE(press.value(QLatin1String("confirms")).toString(), QStringLiteral("the date"));
}

void TestDecisionJson::toJson_omitsEmptyOptionalFields()
{
    Decision d = fullDecision();
    d.amountNotes.clear();
    d.periodicPenalty = {};
    d.statusChanges.clear();
    d.summary.clear();
    d.legalBasis.notes.clear();
    d.sources = { { QStringLiteral("https://ico.org.uk/"), QStringLiteral("the fine"), {}, {}, {} } };

    const QJsonObject o = DecisionJson::toJson(d);
    for (const char *key : { "amount_notes", "periodic_penalty", "status_changes", "summary" })
        QVERIFY2(!o.contains(QLatin1String(key)), key);
    QVERIFY(!o.value(QLatin1String("legal_basis")).toObject().contains(QLatin1String("notes")));
    const QJsonObject source = o.value(QLatin1String("sources")).toArray().at(0).toObject();
    for (const char *key : { "title", "publisher", "language" })
        QVERIFY2(!source.contains(QLatin1String(key)), key);
}

void TestDecisionJson::frenchTexts_roundTripThroughDocument_data()
{
    QTest::addColumn<QString>("outcomeFr");
    QTest::addColumn<QStringList>("ordersFr");
    QTest::addColumn<QStringList>("factsFr");
    QTest::addColumn<QString>("summaryFr");

    QTest::newRow("all four") << QStringLiteral("Ni payée ni exécutée ; recours « pendant ».")
                              << QStringList { QStringLiteral("cesser le traitement"), QStringLiteral("supprimer") }
                              << QStringList { QStringLiteral("première amende au Royaume-Uni") }
                              << QStringLiteral("importé d'un fichier CSV");
    QTest::newRow("none: nothing written, nothing read") << QString() << QStringList() << QStringList() << QString();
    QTest::newRow("outcome only") << QStringLiteral("en appel") << QStringList() << QStringList() << QString();
    // What a hostile file may hold: markup, escapes, line breaks, a direction override, characters beyond the BMP.
    const QString hostile = QStringLiteral("<b>gras</b> <script>alert(1)</script> &amp; \"cité\" \\ \t\r\n")
        + QChar(0x202e) + QStringLiteral("inversé ") + QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::newRow("hostile texts") << hostile << QStringList { hostile, QStringLiteral("=1+1") }
                                   << QStringList { QStringLiteral("  espacé  ") } << hostile;
}

void TestDecisionJson::frenchTexts_roundTripThroughDocument()
{
    QFETCH(QString, outcomeFr);
    QFETCH(QStringList, ordersFr);
    QFETCH(QStringList, factsFr);
    QFETCH(QString, summaryFr);
    Decision d = fullDecision();
    d.outcomeFr = outcomeFr;
    d.ordersFr = ordersFr;
    d.factsFr = factsFr;
    d.summaryFr = summaryFr;

    // A French text is written only when there is one: files without French stay as they were.
    const QJsonObject o = DecisionJson::toJson(d);
    QCOMPARE(o.contains(QLatin1String("outcome_fr")), !outcomeFr.isEmpty());
    QCOMPARE(o.contains(QLatin1String("orders_fr")), !ordersFr.isEmpty());
    QCOMPARE(o.contains(QLatin1String("facts_fr")), !factsFr.isEmpty());
    QCOMPARE(o.contains(QLatin1String("summary_fr")), !summaryFr.isEmpty());
    QCOMPARE(o.value(QLatin1String("outcome_fr")).toString(), outcomeFr);

    QStringList errors;
    const QList<Decision> back = DecisionJson::decisionsFromDocument(DecisionJson::toDocument({ d }), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1String("; "))));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.at(0).outcomeFr, outcomeFr);
    QCOMPARE(back.at(0).ordersFr, ordersFr);
    QCOMPARE(back.at(0).factsFr, factsFr);
    QCOMPARE(back.at(0).summaryFr, summaryFr);
    // The English twins are untouched by their French texts.
    QCOMPARE(back.at(0).orders, fullDecision().orders);
    QCOMPARE(back.at(0).outcome, fullDecision().outcome);
    QVERIFY(back.at(0) == d);
}

void TestDecisionJson::frenchTexts_absentOrNullReadAsEmpty()
{
    QStringList errors;
    const Decision absent = DecisionJson::fromJson(minimalRecord(), &errors);
    QJsonObject nulls = minimalRecord();
    for (const char *key : { "outcome_fr", "orders_fr", "facts_fr", "summary_fr" })
        nulls.insert(QLatin1String(key), QJsonValue::Null);
    const Decision null = DecisionJson::fromJson(nulls, &errors);
    QCOMPARE(errors, QStringList());
    for (const Decision &d : { absent, null }) {
        QVERIFY(d.outcomeFr.isEmpty());
        QVERIFY(d.ordersFr.isEmpty());
        QVERIFY(d.factsFr.isEmpty());
        QVERIFY(d.summaryFr.isEmpty());
    }
}

void TestDecisionJson::amount_roundTripsExactly_data()
{
    QTest::addColumn<QJsonValue>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("12.5 EUR") << QJsonValue(12.5) << QStringLiteral("EUR") << qint64(1250);
    QTest::newRow("one cent") << QJsonValue(0.01) << QStringLiteral("EUR") << qint64(1);
    QTest::newRow("pounds and pence") << QJsonValue(7552800.55) << QStringLiteral("GBP") << qint64(755280055);
    QTest::newRow("dinar fils") << QJsonValue(1.234) << QStringLiteral("KWD") << qint64(1234);
    QTest::newRow("whole euros") << QJsonValue(20000000) << QStringLiteral("EUR") << qint64(2000000000);
    QTest::newRow("whole euros written with .0")
        << QJsonValue(20000000.0) << QStringLiteral("EUR") << qint64(2000000000);
    QTest::newRow("INT64_MAX yen") << QJsonValue(std::numeric_limits<qint64>::max()) << QStringLiteral("JPY")
                                   << std::numeric_limits<qint64>::max();
}

void TestDecisionJson::amount_roundTripsExactly()
{
    QFETCH(QJsonValue, amount);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);

    QStringList errors;
    const Decision d = DecisionJson::fromJson(withAmount(amount, currency), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1String("; "))));
    QVERIFY(d.amount);
    QCOMPARE(d.amount->minor, minor);
    QCOMPARE(d.amount->currency, currency);

    // Through the text of a document, as export-data and import do it.
    const QList<Decision> back = DecisionJson::decisionsFromDocument(DecisionJson::toDocument({ d }), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1String("; "))));
    QCOMPARE(back.size(), 1);
    QVERIFY(back.at(0).amount);
    QCOMPARE(back.at(0).amount->minor, minor);
    QCOMPARE(back.at(0).amount->currency, currency);
}

void TestDecisionJson::fullDecision_roundTripsThroughDocument()
{
    const Decision d = fullDecision();
    QStringList errors;
    const QList<Decision> back = DecisionJson::decisionsFromDocument(DecisionJson::toDocument({ d }), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1String("; "))));
    QCOMPARE(back.size(), 1);
    QVERIFY(back.at(0) == d);
}

void TestDecisionJson::decisionsFromDocument_prefixesErrorsWithIndex()
{
    const QJsonArray array { minimalRecord(), without(minimalRecord(), QStringLiteral("country")), 7 };
    QStringList errors;
    const QList<Decision> decisions = DecisionJson::decisionsFromDocument(QJsonDocument(array).toJson(), &errors);
    QCOMPARE(decisions.size(), 2);
    QCOMPARE(errors,
        (QStringList { QStringLiteral("index 1: country: missing required field"),
            QStringLiteral("index 2: expected an object") }));
}

void TestDecisionJson::decisionsFromDocument_refusesNonArrays_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("malformed") << QByteArray("[{\"id\": ") << QStringLiteral("offset ");
    QTest::newRow("object instead of array")
        << QJsonDocument(minimalRecord()).toJson() << QStringLiteral("expected a JSON array of objects");
    QTest::newRow("empty input") << QByteArray() << QStringLiteral("offset ");
}

void TestDecisionJson::decisionsFromDocument_refusesNonArrays()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);

    QStringList errors;
    QVERIFY(DecisionJson::decisionsFromDocument(json, &errors).isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).startsWith(expectedError), qPrintable(errors.at(0)));
}

void TestDecisionJson::dbSizeClaimFromJson_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDate>("date");

    const QJsonObject base { { QStringLiteral("date"), QStringLiteral("2022-03-10") },
        { QStringLiteral("images"), 20000000000LL }, { QStringLiteral("kind"), QStringLiteral("company claim") } };
    QTest::newRow("day precision") << base << true << QDate(2022, 3, 10);
    QTest::newRow("month precision plots on the first")
        << with(base, QStringLiteral("date"), QStringLiteral("2022-03")) << true << QDate(2022, 3, 1);
    QTest::newRow("month 13") << with(base, QStringLiteral("date"), QStringLiteral("2022-13")) << false << QDate();
    QTest::newRow("missing date") << without(base, QStringLiteral("date")) << false << QDate();
    QTest::newRow("negative image count") << with(base, QStringLiteral("images"), -1) << false << QDate(2022, 3, 10);
    QTest::newRow("image count as text") << with(base, QStringLiteral("images"), QStringLiteral("3 billion")) << false
                                         << QDate(2022, 3, 10);
}

void TestDecisionJson::dbSizeClaimFromJson()
{
    QFETCH(QJsonObject, object);
    QFETCH(bool, valid);
    QFETCH(QDate, date);

    QStringList errors;
    const DbSizeClaim claim = DecisionJson::dbSizeClaimFromJson(object, &errors);
    QVERIFY2(errors.isEmpty() == valid, qPrintable(errors.join(QLatin1String("; "))));
    QCOMPARE(claim.date(), date);
    if (valid) {
        QCOMPARE(claim.images, 20000000000LL);
        QStringList againErrors;
        QVERIFY(DecisionJson::dbSizeClaimFromJson(DecisionJson::toJson(claim), &againErrors) == claim);
        QVERIFY(againErrors.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestDecisionJson)
#include "tst_decisionjson.moc"
