// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The direct writers of the one decision format: DecisionJson's documents must be, byte for byte, what
// QJsonDocument makes of DecisionJson::toJson(), and DecisionCsv's rows what the plain algorithm of the format
// (guard, quote, join, UTF-8) makes of the cells. Both are checked on the texts and numbers such writers get wrong.
#include "decisioncsv.h"
#include "decisionjson.h"
#include "fixtures.h"
#include "syntheticdecisions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

// What documentElement() and toDocument() replaced: QJsonDocument's own bytes.
QByteArray qtDocument(const QList<Decision> &decisions)
{
    QJsonArray array;
    for (const Decision &d : decisions)
        array.append(DecisionJson::toJson(d));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray piecewiseDocument(const QList<Decision> &decisions)
{
    QByteArray document = DecisionJson::documentStart();
    for (qsizetype i = 0; i < decisions.size(); ++i)
        document += DecisionJson::documentElement(decisions.at(i), i);
    return document + DecisionJson::documentEnd(decisions.size());
}

// The CSV format written plainly, independently of DecisionCsv: each cell guarded against formulas, quoted when
// it needs it, the row joined by commas and encoded as UTF-8.
QByteArray plainCsvRow(const QStringList &cells)
{
    QStringList fields;
    for (QString text : cells) {
        qsizetype quotes = 0;
        while (quotes < text.size() && text.at(quotes) == QLatin1Char('\''))
            ++quotes;
        if (quotes < text.size() && QStringLiteral("=+-@\t\r").contains(text.at(quotes)))
            text.prepend(QLatin1Char('\''));
        bool quote = !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
        for (const QChar c : std::as_const(text)) {
            const char16_t u = c.unicode();
            quote = quote || u == u',' || u == u'"' || u < 0x20 || (u >= 0x7f && u <= 0x9f);
        }
        if (quote)
            text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        fields.append(text);
    }
    return (fields.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
}

QString amount(const std::optional<Money> &money)
{
    return money ? money->toDecimalString() : QString();
}

QStringList csvCells(const Decision &d)
{
    QStringList urls;
    for (const Source &s : d.sources) {
        if (!s.url.isEmpty())
            urls.append(QString(s.url).replace(QLatin1Char(';'), QLatin1String("%3B")));
    }
    const auto day = [](const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); };
    const auto flag = [](bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); };
    const QHash<QString, QString> byColumn = { { QStringLiteral("id"), d.id }, { QStringLiteral("country"), d.country },
        { QStringLiteral("authority"), d.authority }, { QStringLiteral("target"), d.target },
        { QStringLiteral("decision_type"), d.decisionType }, { QStringLiteral("decision_date"), day(d.decisionDate) },
        { QStringLiteral("announce_date"), day(d.announceDate) }, { QStringLiteral("amount"), amount(d.amount) },
        { QStringLiteral("currency"), d.amount ? d.amount->currency : QString() },
        { QStringLiteral("amount_eur"), amount(d.amountEur) },
        { QStringLiteral("amount_is_maximum"), flag(d.amountIsMaximum) },
        { QStringLiteral("include_in_cumulative_fines"), flag(d.includeInCumulativeFines) },
        { QStringLiteral("status"), d.status }, { QStringLiteral("reference"), d.reference },
        { QStringLiteral("related_to"), d.relatedTo.join(QLatin1Char(';')) },
        { QStringLiteral("source_urls"), urls.join(QLatin1Char(';')) }, { QStringLiteral("summary"), d.summary },
        { QStringLiteral("summary_fr"), d.summaryFr } };
    QStringList cells;
    for (const QString &column : DecisionCsv::columns())
        cells.append(byColumn.value(column, QStringLiteral("<no cell for %1>").arg(column)));
    return cells;
}

// Texts that escaping and encoding get wrong: every ASCII control, quotes and backslashes, two-, three- and
// four-byte characters, halves of surrogate pairs alone, a noncharacter, and spreadsheet formulas.
QList<QString> hardTexts()
{
    QString controls;
    for (char16_t u = 0; u < 0x20; ++u)
        controls += QChar(u);
    controls += QChar(0x7f);
    return {
        controls,
        QStringLiteral("quote \" backslash \\ slash / tab\tend"),
        QStringLiteral("Commission nationale de l'informatique et des libertés – ≤ € ü ß"),
        QString::fromUtf8("\xF0\x9F\x98\x80 emoji and \xF0\x90\x8D\x88 gothic"),
        QString(QChar(0xd83d)) + QStringLiteral(" high half alone"),
        QStringLiteral("ends with a high half ") + QChar(0xd83d),
        QStringLiteral("low half alone ") + QChar(0xde00) + QStringLiteral(" here"),
        QString(QChar(0xd83d)) + QChar(0xd83d) + QChar(0xde00),
        QString(QChar(0xfeff)) + QChar(0xffff) + QChar(0xfffe) + QChar(0x0800) + QChar(0x07ff) + QChar(0x0080),
        QStringLiteral("=SUM(A1:A9)"),
        QStringLiteral("''-12"),
        QStringLiteral(" padded "),
        QString(QChar(0x00a0)) + QStringLiteral("no-break space first"),
        QStringLiteral("a, b; \"c\"\r\nnext line"),
        QString(QChar(0x85)) + QStringLiteral("C1 control"),
    };
}

QList<Decision> hardDecisions(const Decision &base)
{
    QList<Decision> out;
    int n = 0;
    for (const QString &text : hardTexts()) {
        Decision d = base;
        d.id = QStringLiteral("hard-%1").arg(++n);
        d.target = text;
        d.summary = text;
        d.authority = text;
        d.amountNotes = text;
        d.dateNotes = text;
        d.reference = text;
        d.facts = { text, QString() };
        d.factsFr = { QString(), text };
        d.orders = { text };
        d.ordersFr = { text };
        d.outcomeFr = text;
        d.summaryFr = text;
        d.relatedTo = { text };
        d.sources = { { text, text, text, text, text }, { QString(), QStringLiteral("no address"), {}, {}, {} } };
        d.statusChanges
            = { { QDate(2023, 1, 2), text, false, text, text }, { QDate(), QStringLiteral("final"), true, {}, {} } };
        d.periodicPenalty.starts = text;
        out.append(d);
    }
    // Amounts: currencies with 0, 2 and 3 decimals, fractions, negative, and the ends of 64 bits.
    const std::pair<qint64, const char *> amounts[] = { { 0, "EUR" }, { 5, "EUR" }, { 12345, "EUR" },
        { 1234567, "JPY" }, { 1001, "KWD" }, { -250, "GBP" }, { -300, "GBP" },
        { std::numeric_limits<qint64>::max(), "EUR" }, { std::numeric_limits<qint64>::min(), "JPY" },
        { std::numeric_limits<qint64>::max(), "JPY" }, { 999999999999999999, "KWD" }, { 1, "BHD" } };
    for (const auto &[minor, currency] : amounts) {
        Decision d = base;
        d.id = QStringLiteral("amount-%1-%2").arg(minor).arg(QLatin1String(currency));
        d.amount = Money { minor, QLatin1String(currency) };
        d.amountEur = Money { minor / 3, QStringLiteral("EUR") };
        d.periodicPenalty = {};
        d.periodicPenalty.perDay = Money { minor / 7, QLatin1String(currency) };
        d.periodicPenalty.isMaximum = minor % 2 != 0;
        out.append(d);
    }
    // Optional members absent, a penalty with only a maximum total, days at the ends of four-digit years.
    Decision bare = base;
    bare.id = QStringLiteral("bare");
    bare.amount.reset();
    bare.amountEur.reset();
    bare.amountNotes.clear();
    bare.summary.clear();
    bare.summaryFr.clear();
    bare.outcomeFr.clear();
    bare.ordersFr.clear();
    bare.factsFr.clear();
    bare.statusChanges.clear();
    bare.periodicPenalty = {};
    bare.periodicPenalty.isMaximum = true; // no other field: the penalty counts as empty and is left out
    bare.legalBasis = {};
    bare.sources.clear();
    bare.decisionDate = QDate(1, 1, 1);
    bare.announceDate = QDate(9999, 12, 31);
    bare.timelineDateOverride = QDate(999, 6, 5);
    out.append(bare);
    Decision penalty = bare;
    penalty.id = QStringLiteral("penalty-total-only");
    penalty.periodicPenalty.maxTotal = Money { 100000, QStringLiteral("EUR") };
    penalty.periodicPenalty.liquidatedIn = QStringLiteral("2024");
    penalty.periodicPenalty.instrument = QStringLiteral("order");
    penalty.decisionDate = QDate();
    out.append(penalty);
    return out;
}

} // namespace

class TestDecisionWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json_isWhatQJsonDocumentWrites_data();
    void json_isWhatQJsonDocumentWrites();
    void json_emptyDocument();
    void csv_isThePlainFormat_data();
    void csv_isThePlainFormat();

private:
    void addDecisionRows();
};

void TestDecisionWriters::addDecisionRows()
{
    QTest::addColumn<QList<Decision>>("decisions");
    const Decision base = Fixtures::ukFine();
    QTest::newRow("the UK fine") << QList<Decision> { base };
    QTest::newRow("bundled data") << Fixtures::bundled().decisions;
    QTest::newRow("read edge cases") << Fixtures::readEdgeCases(base);
    QTest::newRow("hard texts and amounts") << hardDecisions(base);
    QTest::newRow("2,000 synthetic decisions") << SyntheticDecisions::generate(2000);
}

void TestDecisionWriters::json_isWhatQJsonDocumentWrites_data()
{
    addDecisionRows();
}

void TestDecisionWriters::json_isWhatQJsonDocumentWrites()
{
    QFETCH(QList<Decision>, decisions);
    const QByteArray expected = qtDocument(decisions);
    // Each decision alone first, so that a difference names its decision.
    for (const Decision &d : std::as_const(decisions)) {
        const QByteArray one = qtDocument({ d });
        QCOMPARE(piecewiseDocument({ d }), one);
    }
    QCOMPARE(DecisionJson::toDocument(decisions), expected);
    QCOMPARE(piecewiseDocument(decisions), expected);
}

void TestDecisionWriters::json_emptyDocument()
{
    QCOMPARE(DecisionJson::toDocument({}), qtDocument({}));
    QCOMPARE(piecewiseDocument({}), qtDocument({}));
}

void TestDecisionWriters::csv_isThePlainFormat_data()
{
    addDecisionRows();
}

void TestDecisionWriters::csv_isThePlainFormat()
{
    QFETCH(QList<Decision>, decisions);
    QByteArray expected = plainCsvRow(DecisionCsv::columns());
    QCOMPARE(DecisionCsv::headerRow(), expected);
    for (const Decision &d : std::as_const(decisions)) {
        const QByteArray row = plainCsvRow(csvCells(d));
        QCOMPARE(DecisionCsv::row(d), row);
        expected += row;
    }
    QCOMPARE(DecisionCsv::toCsv(decisions), expected);
}

QTEST_GUILESS_MAIN(TestDecisionWriters)
#include "tst_decisionwriters.moc"
