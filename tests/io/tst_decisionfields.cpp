// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The field table against the formats that use it: JSON writes exactly its keys, CSV carries exactly its CSV
// fields, and the one diff compares by it.
#include "decisioncsv.h"
#include "decisiondiff.h"
#include "decisionfields.h"
#include "decisionjson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <functional>

namespace {

// Every field set, none to its default, so that toJson writes every key it can write.
Decision fullDecision()
{
    Decision d;
    d.id = QStringLiteral("zz-full");
    d.country = QStringLiteral("FR");
    d.jurisdictionName = QStringLiteral("France");
    d.authority = QStringLiteral("CNIL");
    d.authorityType = QStringLiteral("data protection authority");
    d.target = QStringLiteral("Clearview AI Inc.");
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = QDate(2022, 10, 17);
    d.announceDate = QDate(2022, 10, 20);
    d.dateNotes = QStringLiteral("signed on the 17th");
    d.timelineDateOverride = QDate(2022, 10, 20);
    d.amount = Money { 2000000000, QStringLiteral("EUR") };
    d.amountEur = Money { 2000000000, QStringLiteral("EUR") };
    d.fxRateUsed = QStringLiteral("none needed");
    d.amountIsMaximum = true;
    d.amountNotes = QStringLiteral("the maximum");
    d.includeInCumulativeFines = true;
    d.periodicPenalty.perDay = Money { 10000000, QStringLiteral("EUR") };
    d.periodicPenalty.maxTotal = Money { 510000000, QStringLiteral("EUR") };
    d.periodicPenalty.starts = QStringLiteral("2023-01-01");
    d.periodicPenalty.instrument = QStringLiteral("astreinte");
    d.periodicPenalty.liquidatedIn = QStringLiteral("zz-penalty");
    d.periodicPenalty.isMaximum = true;
    d.legalBasis.law = QStringLiteral("GDPR");
    d.legalBasis.provisionsViolated = { QStringLiteral("Art. 6") };
    d.legalBasis.notes = QStringLiteral("lead authority");
    d.orders = { QStringLiteral("stop") };
    d.outcome = QStringLiteral("unpaid");
    d.status = QStringLiteral("final");
    d.statusChanges = { { QDate(2023, 1, 1), QStringLiteral("set_aside"), false, QStringLiteral("zz-appeal"),
        QStringLiteral("appeal allowed") } };
    d.relatedTo = { QStringLiteral("zz-notice"), QStringLiteral("zz-appeal") };
    d.reference = QStringLiteral("SAN-2022-019");
    d.sources = { { QStringLiteral("https://example.org/a"), QStringLiteral("the fine"), QStringLiteral("Title"),
        QStringLiteral("Publisher"), QStringLiteral("fr") } };
    d.confidence = QStringLiteral("high");
    d.facts = { QStringLiteral("a fact") };
    d.lowConfidenceDetails = { QStringLiteral("a caveat") };
    d.summary = QStringLiteral("a summary");
    d.ordersFr = { QStringLiteral("cesser") };
    d.outcomeFr = QStringLiteral("non payée");
    d.factsFr = { QStringLiteral("un fait") };
    d.summaryFr = QStringLiteral("un résumé");
    return d;
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

using Change = std::function<void(Decision &)>;
Q_DECLARE_METATYPE(Change)

class TestDecisionFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json_writesExactlyTheKeysOfTheTable();
    void json_readsBackEveryField();
    void csv_columnsAreTheFieldsTheTableGivesCsv();
    void csv_carriesEveryCsvFieldAndNoOther();
    void textAccessors_reachEachTextOnce();
    void diff_namesTheChangedField_data();
    void diff_namesTheChangedField();
    void diff_givesValuesAsText();
    void frenchTexts_nameTheirEnglishTwins();
};

void TestDecisionFields::json_writesExactlyTheKeysOfTheTable()
{
    const QJsonObject json = DecisionJson::toJson(fullDecision());
    QCOMPARE(keysOf(json), DecisionFields::keysOf(QString()));
    QCOMPARE(sorted(json.keys()), DecisionFields::topLevelKeys());
    for (const char *object : { "legal_basis", "periodic_penalty" }) {
        const QString name = QString::fromLatin1(object);
        QCOMPARE(keysOf(json.value(name).toObject()), DecisionFields::keysOf(name));
    }
    for (const char *list : { "sources", "status_changes" }) {
        const QString name = QString::fromLatin1(list);
        QCOMPARE(keysOf(json.value(name).toArray().first().toObject()), DecisionFields::keysOf(name));
    }
    QVERIFY(DecisionFields::keysOf(QStringLiteral("no_such_object")).isEmpty());
}

void TestDecisionFields::json_readsBackEveryField()
{
    const Decision d = fullDecision();
    QStringList errors;
    QCOMPARE(DecisionJson::fromJson(DecisionJson::toJson(d), &errors), d);
    QCOMPARE(errors, QStringList());
}

void TestDecisionFields::csv_columnsAreTheFieldsTheTableGivesCsv()
{
    QStringList expected;
    for (const DecisionFields::Field &field : DecisionFields::all()) {
        if (field.csv == DecisionFields::Csv::None)
            continue;
        QVERIFY2(!field.json.contains(QLatin1Char('.')), "only top-level fields have a column");
        expected.append(field.csvName());
    }
    QCOMPARE(DecisionCsv::columns(), expected);
    QCOMPARE(DecisionCsv::requiredColumns(),
        (QStringList { QStringLiteral("id"), QStringLiteral("country"), QStringLiteral("authority"),
            QStringLiteral("decision_type") }));
    const QByteArray csv = DecisionCsv::toCsv({});
    QCOMPARE(csv, expected.join(QLatin1Char(',')).toUtf8() + "\r\n");
}

// Read into an empty decision, a CSV row differs from the original exactly in the fields CSV does not carry: a
// CSV field the writer or the reader forgot would be listed too.
void TestDecisionFields::csv_carriesEveryCsvFieldAndNoOther()
{
    Decision original = fullDecision();
    original.timelineDateOverride = QDate(); // derived in CSV: both dates are columns
    QList<ImportError> errors;
    const QList<ImportedDecision> rows
        = DecisionCsv::fromCsv(QString::fromUtf8(DecisionCsv::toCsv({ original })), &errors);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(rows.size(), 1);
    Decision base;
    base.jurisdictionName = original.jurisdictionName; // merge names a new decision's jurisdiction itself
    const Decision read = DecisionCsv::merge(base, rows.first());

    QStringList notInCsv;
    for (const DecisionFields::Field &field : DecisionFields::all()) {
        if (field.csv == DecisionFields::Csv::None && !field.json.contains(QLatin1Char('.')) && !field.derived
            && field.json != QLatin1String("jurisdiction_name"))
            notInCsv.append(field.json);
    }
    // Sources keep their addresses only.
    notInCsv.append(QStringLiteral("sources"));
    notInCsv.sort();
    QCOMPARE(DecisionDiff::fields(original, read), notInCsv);
}

void TestDecisionFields::textAccessors_reachEachTextOnce()
{
    const Decision d = fullDecision();
    QSet<const void *> seen;
    for (const DecisionFields::Field &field : DecisionFields::all()) {
        const void *address = field.text ? static_cast<const void *>(field.text(d))
            : field.texts                ? static_cast<const void *>(field.texts(d))
                                         : nullptr;
        if (!address)
            continue;
        QVERIFY2(!seen.contains(address), field.json.data());
        seen.insert(address);
        const auto *begin = reinterpret_cast<const char *>(&d);
        const auto *at = static_cast<const char *>(address);
        QVERIFY2(at >= begin && at < begin + sizeof(Decision), field.json.data());
    }
    // 22 texts and 7 lists of texts are the decision's own (the French outcome, summary, orders and facts among
    // them); the rest belong to sources and status changes.
    QCOMPARE(seen.size(), 29);
}

void TestDecisionFields::diff_namesTheChangedField_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QStringList>("fields");

    QTest::addRow("nothing") << Change([](Decision &) {}) << QStringList();
    QTest::addRow("amount") << Change([](Decision &d) {
        d.amount = Money { 1, QStringLiteral("EUR") };
    }) << QStringList { QStringLiteral("amount") };
    QTest::addRow("currency alone") << Change([](Decision &d) {
        d.amount = Money { 2000000000, QStringLiteral("GBP") };
    }) << QStringList { QStringLiteral("currency") };
    QTest::addRow("a status change's ruling")
        << Change([](Decision &d) { d.statusChanges[0].byDecisionId = QStringLiteral("zz-other"); })
        << QStringList { QStringLiteral("status_changes") };
    QTest::addRow("a relation") << Change([](Decision &d) { d.relatedTo.removeLast(); })
                                << QStringList { QStringLiteral("related_to") };
    // The plotted date follows the dates: listed only where it moved on its own.
    QTest::addRow("adoption date, plotted date follows") << Change([](Decision &d) {
        d.timelineDateOverride = QDate();
        d.decisionDate = QDate(2022, 10, 18);
    }) << QStringList { QStringLiteral("decision_date") };
    QTest::addRow("plotted date alone") << Change([](Decision &d) { d.timelineDateOverride = QDate(); })
                                        << QStringList { QStringLiteral("timeline_date") };
    QTest::addRow("announcement and plotted date") << Change([](Decision &d) { d.announceDate = QDate(2022, 10, 21); })
                                                   << QStringList { QStringLiteral("announce_date") };
    QTest::addRow("a note emptied, which JSON leaves out")
        << Change([](Decision &d) { d.amountNotes.clear(); }) << QStringList { QStringLiteral("amount_notes") };
    // Each French text is a field of its own, apart from its English twin.
    QTest::addRow("French outcome") << Change([](Decision &d) { d.outcomeFr = QStringLiteral("payée"); })
                                    << QStringList { QStringLiteral("outcome_fr") };
    QTest::addRow("French orders emptied")
        << Change([](Decision &d) { d.ordersFr.clear(); }) << QStringList { QStringLiteral("orders_fr") };
    QTest::addRow("a French fact") << Change([](Decision &d) { d.factsFr[0] = QStringLiteral("un autre fait"); })
                                   << QStringList { QStringLiteral("facts_fr") };
    QTest::addRow("French summary") << Change([](Decision &d) { d.summaryFr.clear(); })
                                    << QStringList { QStringLiteral("summary_fr") };
    QTest::addRow("English facts, French kept")
        << Change([](Decision &d) { d.facts[0] = QStringLiteral("a fact, reworded"); })
        << QStringList { QStringLiteral("facts") };
}

// Each French text names its English twin, and only those four do.
void TestDecisionFields::frenchTexts_nameTheirEnglishTwins()
{
    QHash<QString, QString> twins;
    for (const DecisionFields::Field &field : DecisionFields::all()) {
        if (field.englishTwin.size() > 0)
            twins.insert(field.json, field.englishTwin);
    }
    const QHash<QString, QString> expected = { { QStringLiteral("orders_fr"), QStringLiteral("orders") },
        { QStringLiteral("outcome_fr"), QStringLiteral("outcome") },
        { QStringLiteral("facts_fr"), QStringLiteral("facts") },
        { QStringLiteral("summary_fr"), QStringLiteral("summary") } };
    QCOMPARE(twins, expected);
    // CSV carries a French text as it carries its twin.
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto find = [](const QString &json) {
            for (const DecisionFields::Field &field : DecisionFields::all()) {
                if (field.json == json)
                    return field;
            }
            return DecisionFields::Field {};
        };
        const DecisionFields::Field french = find(it.key());
        const DecisionFields::Field english = find(it.value());
        QCOMPARE(int(french.csv), int(english.csv));
        QCOMPARE(int(french.kind), int(english.kind));
    }
}

void TestDecisionFields::diff_namesTheChangedField()
{
    QFETCH(Change, change);
    QFETCH(QStringList, fields);
    Decision after = fullDecision();
    change(after);
    QCOMPARE(DecisionDiff::fields(fullDecision(), after), fields);
    QCOMPARE(DecisionDiff::fields(after, fullDecision()), fields);
}

void TestDecisionFields::diff_givesValuesAsText()
{
    Decision before;
    before.id = QStringLiteral("zz");
    Decision after = before;
    after.amount = Money { 755280000, QStringLiteral("GBP") };
    after.relatedTo = { QStringLiteral("a"), QStringLiteral("b") };
    after.amountIsMaximum = true;
    const QList<FieldChange> changes = DecisionDiff::changes(before, after);
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changes.at(0).field, QStringLiteral("amount"));
    QCOMPARE(changes.at(0).before, QString());
    QCOMPARE(changes.at(0).after, QStringLiteral("7552800"));
    QCOMPARE(changes.at(1).field, QStringLiteral("amount_is_maximum"));
    QCOMPARE(changes.at(1).after, QStringLiteral("true"));
    QCOMPARE(changes.at(2).field, QStringLiteral("currency"));
    QCOMPARE(changes.at(2).after, QStringLiteral("GBP"));
    QCOMPARE(changes.at(3).field, QStringLiteral("related_to"));
    QCOMPARE(changes.at(3).before, QStringLiteral("[]"));
    QCOMPARE(changes.at(3).after, QStringLiteral("[\"a\",\"b\"]"));
}

QTEST_GUILESS_MAIN(TestDecisionFields)
#include "tst_decisionfields.moc"
