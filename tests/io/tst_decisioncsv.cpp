// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisioncsv.h"

#include <QTest>

namespace {

const QString AllColumns = QStringLiteral("id,country,authority,target,decision_type,decision_date,announce_date,"
                                          "amount,currency,amount_eur,amount_is_maximum,include_in_cumulative_fines,"
                                          "status,reference,"
                                          "related_to,source_urls,summary,summary_fr");

Decision sampleDecision()
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
    d.amount = Money { 755280000, QStringLiteral("GBP") };
    d.amountEur = Money { 892027900, QStringLiteral("EUR") };
    d.includeInCumulativeFines = true;
    d.status = QStringLiteral("contested");
    d.reference = QStringLiteral("COM0799810");
    d.relatedTo = { QStringLiteral("gb-ico-2021-provisional") };
    d.sources = { Source { QStringLiteral("https://ico.org.uk/a"), QStringLiteral("the fine"), {}, {}, {} },
        Source { {}, QStringLiteral("date"), QStringLiteral("Press piece"), QStringLiteral("Paper"),
            QStringLiteral("en") } };
    d.facts = { QStringLiteral("a fact CSV cannot hold") };
    d.factsFr = { QStringLiteral("un fait que le CSV ne peut contenir") };
    d.ordersFr = {};
    d.outcomeFr = QStringLiteral("une issue que le CSV ne peut contenir");
    d.legalBasis.law = QStringLiteral("UK GDPR");
    return d;
}

QList<ImportedDecision> readCsv(const QString &text, QList<ImportError> *errors)
{
    return DecisionCsv::fromCsv(text, errors);
}

} // namespace

class TestDecisionCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toCsv_writesHeaderAndCrlfRows();
    void toCsv_quotesOnlyWhenNeeded_data();
    void toCsv_quotesOnlyWhenNeeded();
    void roundTrip_keepsEveryCsvText_data();
    void roundTrip_keepsEveryCsvText();
    void fromCsv_matchesColumnsByNameInAnyOrder();
    void fromCsv_reportsHeaderProblems_data();
    void fromCsv_reportsHeaderProblems();
    void fromCsv_reportsCellProblemsWithTheirLine_data();
    void fromCsv_reportsCellProblemsWithTheirLine();
    void fromCsv_skipsBlankRows();
    void merge_replacesOnlyTheFileColumns();
    void merge_takesTheFrenchSummaryOnlyFromItsColumn_data();
    void merge_takesTheFrenchSummaryOnlyFromItsColumn();
    void merge_keepsSourceDetailsForKnownUrls();
    void merge_newDecisionGetsJurisdictionName();
    void exportThenMerge_leavesTheDecisionUnchanged_data();
    void exportThenMerge_leavesTheDecisionUnchanged();
};

void TestDecisionCsv::toCsv_writesHeaderAndCrlfRows()
{
    const QByteArray csv = DecisionCsv::toCsv({ sampleDecision() });
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, and the empty text after the last CRLF
    QCOMPARE(lines.at(0), AllColumns.toUtf8() + '\r');
    QCOMPARE(lines.at(1),
        QByteArray(
            "gb-ico-2022-fine,GB,Information Commissioner's Office,Clearview AI Inc.,fine,2022-05-18,2022-05-23,"
            "7552800,GBP,8920279,false,true,contested,COM0799810,gb-ico-2021-provisional,https://ico.org.uk/a,,\r"));
    QCOMPARE(lines.at(2), QByteArray());
    QCOMPARE(DecisionCsv::columns().join(QLatin1Char(',')), AllColumns);
}

void TestDecisionCsv::toCsv_quotesOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QByteArray>("field");

    QTest::newRow("plain text") << QStringLiteral("plain words") << QByteArray("plain words");
    QTest::newRow("comma") << QStringLiteral("a, b") << QByteArray("\"a, b\"");
    QTest::newRow("double quote doubled") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("line break") << QStringLiteral("one\ntwo") << QByteArray("\"one\ntwo\"");
    QTest::newRow("leading space") << QStringLiteral(" x") << QByteArray("\" x\"");
    QTest::newRow("escape character") << QStringLiteral("a\x1b[31mb") << QByteArray("\"a\x1b[31mb\"");
    QTest::newRow("formula gets a guarding quote")
        << QStringLiteral("=HYPERLINK(\"x\")") << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("plus sign formula") << QStringLiteral("+1") << QByteArray("'+1");
    QTest::newRow("minus sign formula") << QStringLiteral("-1") << QByteArray("'-1");
    QTest::newRow("at sign formula") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("already guarded formula gets one more quote") << QStringLiteral("'=1") << QByteArray("''=1");
    QTest::newRow("quote before ordinary text is left alone") << QStringLiteral("'tis") << QByteArray("'tis");
    QTest::newRow("HTML is just text") << QStringLiteral("<b>bold</b>") << QByteArray("<b>bold</b>");
}

void TestDecisionCsv::toCsv_quotesOnlyWhenNeeded()
{
    QFETCH(QString, summary);
    QFETCH(QByteArray, field);

    // The summary in both languages: the last two cells of the row, quoted alike.
    Decision d = sampleDecision();
    d.summary = summary;
    d.summaryFr = summary;
    const QByteArray csv = DecisionCsv::toCsv({ d });
    QVERIFY2(csv.endsWith(QByteArray("," + field + "," + field + "\r\n")), csv.constData());
}

void TestDecisionCsv::roundTrip_keepsEveryCsvText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("commas and quotes") << QStringLiteral("Autorité, \"quoted\"");
    QTest::newRow("CRLF inside") << QStringLiteral("one\r\ntwo");
    QTest::newRow("lone CR inside") << QStringLiteral("one\rtwo");
    QTest::newRow("control characters") << QStringLiteral("bell\a esc\x1b[2J tab\t");
    QTest::newRow("C1 control and bidi override")
        << (QStringLiteral("x") + QChar(0x9b) + QChar(0x202e) + QStringLiteral("y"));
    QTest::newRow("formula") << QStringLiteral("=cmd|' /C calc'!A0");
    QTest::newRow("guarded formula") << QStringLiteral("''@x");
    QTest::newRow("leading tab") << QStringLiteral("\tindented");
    QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("emoji and accents") << QStringLiteral("Grèce \U0001F600");
    QTest::newRow("surrounding spaces") << QStringLiteral("  padded  ");
}

void TestDecisionCsv::roundTrip_keepsEveryCsvText()
{
    QFETCH(QString, text);

    Decision d = sampleDecision();
    d.summary = text;
    d.summaryFr = text;
    d.target = text;
    d.status = text;
    d.reference = text;
    QList<ImportError> errors;
    const QList<ImportedDecision> read = readCsv(QString::fromUtf8(DecisionCsv::toCsv({ d })), &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().decision.summary, text);
    QCOMPARE(read.first().decision.summaryFr, text);
    QCOMPARE(read.first().decision.target, text);
    QCOMPARE(read.first().decision.status, text);
    QCOMPARE(read.first().decision.reference, text);
    QCOMPARE(read.first().decision.amount, d.amount);
    QCOMPARE(read.first().decision.decisionDate, d.decisionDate);
    QCOMPARE(read.first().columns, DecisionCsv::columns());
}

void TestDecisionCsv::fromCsv_matchesColumnsByNameInAnyOrder()
{
    QList<ImportError> errors;
    const QList<ImportedDecision> read = readCsv(QStringLiteral(" Decision_Type ,ID,announce_date,country,authority,"
                                                                "amount,currency,related_to,source_urls\n"
                                                                "fine,x-1,2024-09-03,NL,AP,30500000.50,EUR,a; b ;;c,"
                                                                "https://a.example/1 ; https://a.example/2\n"),
        &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(read.size(), 1);
    const Decision &d = read.first().decision;
    QCOMPARE(read.first().line, 2);
    QCOMPARE(d.id, QStringLiteral("x-1"));
    QCOMPARE(d.decisionType, QStringLiteral("fine"));
    QCOMPARE(d.country, QStringLiteral("NL"));
    QCOMPARE(d.announceDate, QDate(2024, 9, 3));
    QVERIFY(!d.decisionDate.isValid());
    QCOMPARE(d.amount, std::optional<Money>(Money { 3050000050, QStringLiteral("EUR") }));
    QCOMPARE(d.relatedTo, (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    QCOMPARE(d.sources.size(), 2);
    QCOMPARE(d.sources.at(1).url, QStringLiteral("https://a.example/2"));
    QCOMPARE(read.first().columns,
        (QStringList { QStringLiteral("id"), QStringLiteral("country"), QStringLiteral("authority"),
            QStringLiteral("decision_type"), QStringLiteral("announce_date"), QStringLiteral("amount"),
            QStringLiteral("currency"), QStringLiteral("related_to"), QStringLiteral("source_urls") }));
}

void TestDecisionCsv::fromCsv_reportsHeaderProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("missing required column")
        << QStringLiteral("id,country,decision_type,decision_date\nx,FR,fine,2020-01-01\n")
        << QStringList { QStringLiteral("1: header: missing required column 'authority'") };
    QTest::newRow("no date column") << QStringLiteral("id,country,authority,decision_type\nx,FR,A,fine\n")
                                    << QStringList { QStringLiteral(
                                           "1: header: missing a date column: decision_date or announce_date") };
    QTest::newRow("unknown and repeated columns")
        << QStringLiteral(
               "\n\nid,country,authority,decision_type,decision_date,colour,ID,\nx,FR,A,fine,2020-01-01,red,y,\n")
        << QStringList { QStringLiteral("3: header: unknown column 'colour' (the columns are ")
                   + DecisionCsv::columns().join(QLatin1String(", ")) + QLatin1Char(')'),
               QStringLiteral("3: header: column 'id' appears twice"),
               QStringLiteral("3: header: column 8 has no name") };
    QTest::newRow("only blank rows") << QStringLiteral(",,\n  ,\n")
                                     << QStringList { QStringLiteral("1: header: no header row: the first line must "
                                                                     "name the columns, e.g. ")
                                            + AllColumns };
}

void TestDecisionCsv::fromCsv_reportsHeaderProblems()
{
    QFETCH(QString, text);
    QFETCH(QStringList, messages);

    QList<ImportError> errors;
    readCsv(text, &errors);
    QStringList got;
    for (const ImportError &e : std::as_const(errors))
        got.append(QStringLiteral("%1: %2: %3").arg(QString::number(e.line), e.field, e.message));
    QCOMPARE(got, messages);
}

void TestDecisionCsv::fromCsv_reportsCellProblemsWithTheirLine_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("expected");

    QTest::newRow("impossible date") << QStringLiteral("x,FR,A,fine,2023-02-30,,,,")
                                     << QStringLiteral("decision_date: '2023-02-30' is not a date that exists");
    QTest::newRow("date in another format") << QStringLiteral(
        "x,FR,A,fine,17/10/2022,,,,") << QStringLiteral("decision_date: '17/10/2022' is not a date (write YYYY-MM-DD)");
    QTest::newRow("no date at all") << QStringLiteral(
        "x,FR,A,fine,,,,,") << QStringLiteral("decision_date: a decision needs a decision_date or an announce_date");
    QTest::newRow("missing id") << QStringLiteral(" ,FR,A,fine,2020-01-01,,,,")
                                << QStringLiteral("id: missing required field");
    QTest::newRow("amount without currency")
        << QStringLiteral("x,FR,A,fine,2020-01-01,5,,,") << QStringLiteral("currency: an amount needs a currency");
    QTest::newRow("unknown currency") << QStringLiteral("x,FR,A,fine,2020-01-01,5,XYZ,,")
                                      << QStringLiteral("currency: unknown currency 'XYZ'");
    QTest::newRow("lower-case currency") << QStringLiteral("x,FR,A,fine,2020-01-01,5,eur,,")
                                         << QStringLiteral(
                                                "currency: unknown currency 'eur' (codes are upper case: 'EUR')");
    QTest::newRow("negative amount") << QStringLiteral("x,FR,A,fine,2020-01-01,-5,EUR,,")
                                     << QStringLiteral("amount: '-5' is negative: amounts must not be negative");
    QTest::newRow("more decimals than the currency") << QStringLiteral(
        "x,FR,A,fine,2020-01-01,12.345,EUR,,") << QStringLiteral("amount: '12.345' has more decimals than EUR has (2)");
    QTest::newRow("yen has no decimals") << QStringLiteral("x,FR,A,fine,2020-01-01,12.5,JPY,,")
                                         << QStringLiteral("amount: '12.5' has more decimals than JPY has (0)");
    QTest::newRow("beyond 64-bit minor units")
        << QStringLiteral("x,FR,A,fine,2020-01-01,92233720368547758.08,EUR,,")
        << QStringLiteral("amount: '92233720368547758.08' is too large: it does not fit exactly in 64-bit minor units");
    QTest::newRow("more digits than a JSON number keeps")
        << QStringLiteral("x,FR,A,fine,2020-01-01,900719925474099.95,EUR,,")
        << QStringLiteral("amount: '900719925474099.95' has too many significant digits to be kept exactly with "
                          "decimals (at most 15; whole amounts may be larger)");
    QTest::newRow("thousands separators") << QStringLiteral("x,FR,A,fine,2020-01-01,\"1,000\",EUR,,")
                                          << QStringLiteral("amount: '1,000' is not a plain number (write it like "
                                                            "7552800 or 7552800.50, without spaces, thousands "
                                                            "separators or exponent)");
    QTest::newRow("euro amount checked too") << QStringLiteral("x,FR,A,fine,2020-01-01,,,1e3,")
                                             << QStringLiteral("amount_eur: '1e3' is not a plain number (write it like "
                                                               "7552800 or 7552800.50, without spaces, thousands "
                                                               "separators or exponent)");
    QTest::newRow("not a boolean") << QStringLiteral("x,FR,A,fine,2020-01-01,,,,maybe")
                                   << QStringLiteral("include_in_cumulative_fines: 'maybe' is not true or false");
    QTest::newRow("too few fields") << QStringLiteral("x,FR,A,fine,2020-01-01")
                                    << QStringLiteral("row: 5 fields, but the header has 9 (a text with a comma must "
                                                      "be in double quotes)");
}

void TestDecisionCsv::fromCsv_reportsCellProblemsWithTheirLine()
{
    QFETCH(QString, row);
    QFETCH(QString, expected);

    const QString text = QStringLiteral("id,country,authority,decision_type,decision_date,amount,currency,amount_eur,"
                                        "include_in_cumulative_fines\n"
                                        "ok-1,FR,A,fine,2020-01-01,,,,\n")
        + row + QStringLiteral("\nok-2,FR,A,fine,2020-01-01,,,,\n");
    QList<ImportError> errors;
    const QList<ImportedDecision> read = readCsv(text, &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().line, 3);
    QCOMPARE(errors.first().field + QLatin1String(": ") + errors.first().message, expected);
    QCOMPARE(read.last().line, 4);
}

void TestDecisionCsv::fromCsv_skipsBlankRows()
{
    QList<ImportError> errors;
    const QList<ImportedDecision> read = readCsv(
        QStringLiteral("id,country,authority,decision_type,decision_date\n,,,,\n\nx,FR,A,fine,2020-01-01\n , ,,,\n"),
        &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().line, 4);
}

void TestDecisionCsv::merge_replacesOnlyTheFileColumns()
{
    const Decision base = sampleDecision();
    QList<ImportError> errors;
    const QList<ImportedDecision> read
        = readCsv(QStringLiteral("id,country,authority,decision_type,decision_date,amount,"
                                 "currency\ngb-ico-2022-fine,GB,ICO,fine,2022-05-19,,\n"),
            &errors);
    QVERIFY(errors.isEmpty());
    const Decision merged = DecisionCsv::merge(base, read.first());
    QCOMPARE(merged.authority, QStringLiteral("ICO"));
    QCOMPARE(merged.decisionDate, QDate(2022, 5, 19));
    QVERIFY(!merged.amount); // the column is there and empty: the amount is removed
    QCOMPARE(merged.amountEur, base.amountEur); // no amount_eur column: kept
    QCOMPARE(merged.announceDate, base.announceDate);
    QCOMPARE(merged.facts, base.facts);
    QCOMPARE(merged.legalBasis, base.legalBasis);
    QCOMPARE(merged.sources, base.sources);
    QCOMPARE(merged.relatedTo, base.relatedTo);
    QCOMPARE(merged.jurisdictionName, base.jurisdictionName);
    QCOMPARE(merged.summary, base.summary);
    QCOMPARE(merged.summaryFr, base.summaryFr);
    // CSV carries no French outcome, orders or facts: a row keeps them as they are.
    QCOMPARE(merged.outcomeFr, base.outcomeFr);
    QCOMPARE(merged.factsFr, base.factsFr);
}

// The French summary is a column like its English twin: present, it replaces (even with nothing); absent, it keeps.
void TestDecisionCsv::merge_takesTheFrenchSummaryOnlyFromItsColumn_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("summaryFr");

    const QString header = QStringLiteral("id,country,authority,decision_type,decision_date");
    const QString row = QStringLiteral("gb-ico-2022-fine,GB,ICO,fine,2022-05-18");
    QTest::newRow("both columns") << header + QStringLiteral(",summary,summary_fr\n") + row
            + QStringLiteral(",New summary,\"Nouveau résumé, avec virgule\"\n")
                                  << QStringLiteral("New summary") << QStringLiteral("Nouveau résumé, avec virgule");
    QTest::newRow("French column only, in another order")
        << QStringLiteral("summary_fr,") + header + QStringLiteral("\nRésumé seul,") + row + QStringLiteral("\n")
        << QStringLiteral("Old summary") << QStringLiteral("Résumé seul");
    QTest::newRow("French column empty: removed")
        << header + QStringLiteral(",summary_fr\n") + row + QStringLiteral(",\n") << QStringLiteral("Old summary")
        << QString();
    QTest::newRow("no French column: kept") << header + QStringLiteral("\n") + row + QStringLiteral("\n")
                                            << QStringLiteral("Old summary") << QStringLiteral("Ancien résumé");
}

void TestDecisionCsv::merge_takesTheFrenchSummaryOnlyFromItsColumn()
{
    QFETCH(QString, csv);
    QFETCH(QString, summary);
    QFETCH(QString, summaryFr);
    Decision base = sampleDecision();
    base.summary = QStringLiteral("Old summary");
    base.summaryFr = QStringLiteral("Ancien résumé");
    QList<ImportError> errors;
    const QList<ImportedDecision> read = readCsv(csv, &errors);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(read.size(), 1);
    const Decision merged = DecisionCsv::merge(base, read.first());
    QCOMPARE(merged.summary, summary);
    QCOMPARE(merged.summaryFr, summaryFr);
}

void TestDecisionCsv::merge_keepsSourceDetailsForKnownUrls()
{
    const Decision base = sampleDecision();
    QList<ImportError> errors;
    const QList<ImportedDecision> same = readCsv(QStringLiteral("id,country,authority,decision_type,decision_date,"
                                                                "source_urls\ngb-ico-2022-fine,GB,ICO,fine,2022-05-18,"
                                                                "https://ico.org.uk/a\n"),
        &errors);
    QCOMPARE(DecisionCsv::merge(base, same.first()).sources, base.sources);

    const QList<ImportedDecision> added = readCsv(QStringLiteral("id,country,authority,decision_type,decision_date,"
                                                                 "source_urls\ngb-ico-2022-fine,GB,ICO,fine,2022-05-18,"
                                                                 "https://new.example/x;https://ico.org.uk/a\n"),
        &errors);
    QVERIFY(errors.isEmpty());
    const QList<Source> sources = DecisionCsv::merge(base, added.first()).sources;
    QCOMPARE(sources.size(), 3);
    QCOMPARE(sources.at(0), (Source { QStringLiteral("https://new.example/x"), {}, {}, {}, {} }));
    QCOMPARE(sources.at(1), base.sources.at(0)); // its "confirms" note is kept
    QCOMPARE(sources.at(2), base.sources.at(1)); // the press source without an address CSV cannot name
}

void TestDecisionCsv::merge_newDecisionGetsJurisdictionName()
{
    QList<ImportError> errors;
    const QList<ImportedDecision> read = readCsv(
        QStringLiteral("id,country,authority,decision_type,decision_date\nn-1,GR,HDPA,fine,2022-07-13\n"), &errors);
    const Decision merged = DecisionCsv::merge(Decision(), read.first());
    QCOMPARE(merged.id, QStringLiteral("n-1"));
    QCOMPARE(merged.jurisdictionName, QStringLiteral("Greece"));
    QCOMPARE(merged.authority, QStringLiteral("HDPA"));
}

void TestDecisionCsv::exportThenMerge_leavesTheDecisionUnchanged_data()
{
    QTest::addColumn<Decision>("decision");

    QTest::addRow("as researched") << sampleDecision();
    // Written %3B in the cell, so that it does not split the list; read back as the source it was.
    Decision semicolon = sampleDecision();
    semicolon.sources[0].url = QStringLiteral("https://example.org/a;b?x=1");
    QTest::addRow("a ';' in a source url") << semicolon;
    // Imported from JSON without one: a CSV of the same country must not add one.
    Decision unnamed = sampleDecision();
    unnamed.jurisdictionName.clear();
    QTest::addRow("no jurisdiction name") << unnamed;
    Decision maximum = sampleDecision();
    maximum.amountIsMaximum = true;
    QTest::addRow("an amount that is a maximum") << maximum;
    Decision french = sampleDecision();
    french.summary = QStringLiteral("Fined for scraping");
    french.summaryFr = QStringLiteral("Sanctionnée pour moissonnage ; « non payée »");
    QTest::addRow("a summary in both languages") << french;
}

// What `list --format csv` and `export-data -o FILE.csv` write imports again without a change.
void TestDecisionCsv::exportThenMerge_leavesTheDecisionUnchanged()
{
    QFETCH(Decision, decision);
    QList<ImportError> errors;
    const QList<ImportedDecision> read = readCsv(QString::fromUtf8(DecisionCsv::toCsv({ decision })), &errors);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(read.size(), 1);
    QCOMPARE(DecisionCsv::merge(decision, read.first()), decision);
}

QTEST_GUILESS_MAIN(TestDecisionCsv)
#include "tst_decisioncsv.moc"
