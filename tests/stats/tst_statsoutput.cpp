// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `caseline stats` writes its output faster than it did (a line at a time into one string, the steps of the JSON
// without a document of their own), and must write the same bytes: this compares it with the writers it replaced,
// kept here as they were, over data that exercises every case they handled (padding, trimming, escaping, cents).
#include "countryregistry.h"
#include "cumulativeseries.h"
#include "decisionstats.h"
#include "fixtures.h"
#include "statscommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

Q_DECLARE_METATYPE(DateBasis)

namespace {

// The writers as they were before the stats command streamed (git history: app/statscommand.cpp).
// Euros as a JSON number: an exact integer when whole, as in DecisionJson.
QJsonValue euroValue(const Money &money)
{
    const QString decimal = money.toDecimalString();
    return money.isWholeMajor() ? QJsonValue(decimal.toLongLong()) : QJsonValue(decimal.toDouble());
}

QJsonValue euroCents(qint64 minor)
{
    return euroValue(Money{minor, QStringLiteral("EUR")});
}

QString stepKindName(CumulativeSeries::StepKind kind)
{
    switch (kind) {
    case CumulativeSeries::StepKind::Imposed:
        return QStringLiteral("imposed");
    case CumulativeSeries::StepKind::SetAside:
        return QStringLiteral("set_aside");
    case CumulativeSeries::StepKind::Reinstated:
        return QStringLiteral("reinstated");
    case CumulativeSeries::StepKind::Collected:
        return QStringLiteral("collected");
    }
    return {};
}

QString dayOrNone(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

// Columns padded to their widest cell; the first `leftColumns` left-aligned, the numbers after them right-aligned.
QString alignedRows(const QList<QStringList> &rows, int leftColumns)
{
    QList<int> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : rows) {
        for (int column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths[column], int(row.at(column).size()));
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line = QStringLiteral(" ");
        for (int column = 0; column < row.size(); ++column) {
            line += QLatin1Char(' ');
            line += column < leftColumns ? row.at(column).leftJustified(widths[column])
                                         : row.at(column).rightJustified(widths[column]);
            line += QLatin1Char(' ');
        }
        text += line.trimmed().prepend(QLatin1String("  ")) + QLatin1Char('\n');
    }
    return text;
}

QByteArray referenceJson(const DecisionStats &stats, const CumulativeSeries &series, DateBasis basis, const QDate &asOf)
{
    QJsonObject byType;
    for (auto it = stats.byType.cbegin(); it != stats.byType.cend(); ++it)
        byType.insert(it.key(), it.value());
    QJsonObject byCountry;
    for (auto it = stats.byCountry.cbegin(); it != stats.byCountry.cend(); ++it) {
        byCountry.insert(it.key(),
            QJsonObject { { QStringLiteral("decisions"), it->decisions },
                { QStringLiteral("imposed_eur"), euroValue(it->imposedEur) },
                { QStringLiteral("standing_eur"), euroValue(it->standingEur) } });
    }
    QJsonArray cumulative;
    for (const CumulativeSeries::Step &step : series.steps()) {
        QJsonObject point { { QStringLiteral("date"), step.date.toString(Qt::ISODate) },
            { QStringLiteral("decision_id"), step.decisionId }, { QStringLiteral("change"), stepKindName(step.kind) },
            { QStringLiteral("imposed_eur"), euroCents(step.after.imposedMinor) },
            { QStringLiteral("standing_eur"), euroCents(step.after.standingMinor) },
            { QStringLiteral("collected_eur"), euroCents(step.after.collectedMinor) } };
        if (!step.causeId.isEmpty())
            point.insert(QStringLiteral("caused_by"), step.causeId);
        cumulative.append(point);
    }
    const QJsonObject object {
        { QStringLiteral("decisions"), stats.decisions },
        { QStringLiteral("imposed_eur"), euroValue(stats.imposedEur) },
        { QStringLiteral("standing_eur"), euroValue(stats.standingEur) },
        { QStringLiteral("collected_eur"), euroValue(stats.collectedEur) },
        { QStringLiteral("by_type"), byType },
        { QStringLiteral("cumulative"), cumulative },
        { QStringLiteral("by_country"), byCountry },
        { QStringLiteral("date_basis"), dateBasisName(basis) },
        { QStringLiteral("as_of"), asOf.isValid() ? QJsonValue(dayOrNone(asOf)) : QJsonValue(QJsonValue::Null) },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString referenceText(const DecisionStats &stats, const CumulativeSeries &series, DateBasis basis, const QDate &asOf)
{
    const QLatin1Char newline('\n');
    QString text = QStringLiteral("Decisions: %1").arg(stats.decisions) + newline;
    text += QStringLiteral("Money imposed: EUR %1").arg(stats.imposedEur.toDecimalString()) + newline;
    text += QStringLiteral("Standing after appeals: EUR %1").arg(stats.standingEur.toDecimalString()) + newline;
    text += QStringLiteral("Collected (payments known): EUR %1").arg(stats.collectedEur.toDecimalString()) + newline;
    text += QStringLiteral("Date basis: %1").arg(dateBasisName(basis)) + newline;
    if (asOf.isValid())
        text += QStringLiteral("As of: %1").arg(dayOrNone(asOf)) + newline;

    if (!stats.byType.isEmpty()) {
        int typeWidth = 0;
        for (auto it = stats.byType.cbegin(); it != stats.byType.cend(); ++it)
            typeWidth = qMax(typeWidth, int(it.key().size()));
        text += QStringLiteral("By decision type:") + newline;
        for (auto it = stats.byType.cbegin(); it != stats.byType.cend(); ++it)
            text += QLatin1String("  ") + it.key().leftJustified(typeWidth) + QLatin1String("  ")
                + QString::number(it.value()) + newline;
    }

    if (!stats.byCountry.isEmpty()) {
        // Names in the user's language; codes and digits stay the same everywhere.
        const QLocale locale;
        QList<QStringList> rows = { { QStringLiteral("Code"), QStringLiteral("Country"), QStringLiteral("Decisions"), QStringLiteral("Imposed (EUR)"),
            QStringLiteral("Standing (EUR)") } };
        for (auto it = stats.byCountry.cbegin(); it != stats.byCountry.cend(); ++it) {
            rows.append({ it.key(), CountryRegistry::name(it.key(), locale), QString::number(it->decisions),
                it->imposedEur.toDecimalString(), it->standingEur.toDecimalString() });
        }
        text += QStringLiteral("By country:") + newline + alignedRows(rows, 2);
    }
    if (!series.steps().isEmpty()) {
        QList<QStringList> rows = { { QStringLiteral("Date"), QStringLiteral("Decision"), QStringLiteral("Change"), QStringLiteral("Imposed (EUR)"),
            QStringLiteral("Standing (EUR)"), QStringLiteral("Collected (EUR)") } };
        for (const CumulativeSeries::Step &step : series.steps()) {
            rows.append({ step.date.toString(Qt::ISODate), step.decisionId, stepKindName(step.kind),
                Money{step.after.imposedMinor, QStringLiteral("EUR")}.toDecimalString(),
                Money{step.after.standingMinor, QStringLiteral("EUR")}.toDecimalString(),
                Money{step.after.collectedMinor, QStringLiteral("EUR")}.toDecimalString() });
        }
        text += QStringLiteral("Cumulative:") + newline + alignedRows(rows, 3);
    }
    return text;
}

Money eur(qint64 cents)
{
    return Money{cents, QStringLiteral("EUR")};
}

// Fines whose ids, authorities and amounts exercise the writers: quotes, backslashes, control characters and
// non-ASCII in ids, a leading space, cents, amounts of very different widths, a set-aside and a payment.
QList<Decision> awkward()
{
    QList<Decision> decisions;
    const QStringList ids = {QStringLiteral("plain-1"), QStringLiteral("quote\"d"), QStringLiteral("back\\slash"),
        QStringLiteral("tab\tand\nnewline"), QStringLiteral("\u00e9l\u00e8ve-\u4e2d\u6587"), QStringLiteral(" leading space"),
        QStringLiteral("control\u0001char"), QStringLiteral("del\u007fchar"), QStringLiteral("ruling")};
    for (int i = 0; i < ids.size(); ++i) {
        Decision d = Fixtures::decision(ids.at(i), i % 2 ? QStringLiteral("FR") : QStringLiteral("IT"),
            QStringLiteral("Authority (A)"), i + 1 == ids.size() ? QStringLiteral("court_ruling") : QStringLiteral("fine"),
            QDate(2020, 1, 1).addDays(i * 40));
        if (i + 1 < ids.size()) {
            d.amountEur = eur(i % 3 == 0 ? 123456789012LL + i : (i % 3 == 1 ? 5 + i * 101 : 100LL * (i + 1)));
            d.amount = d.amountEur;
            d.includeInCumulativeFines = true;
        }
        if (i == 1)
            d.statusChanges << StatusChange{QDate(2021, 1, 1), QStringLiteral("annulled"), false, QStringLiteral("ruling"), QString()};
        if (i == 2)
            d.statusChanges << StatusChange{QDate(2021, 6, 1), QStringLiteral("paid"), true, QString(), QStringLiteral("note")};
        decisions << d;
    }
    return decisions;
}

} // namespace

class TestStatsOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void output_isTheBytesItWas_data();
    void output_isTheBytesItWas();
};

void TestStatsOutput::output_isTheBytesItWas_data()
{
    QTest::addColumn<QList<Decision>>("decisions");
    QTest::addColumn<DateBasis>("basis");
    QTest::addColumn<QDate>("asOf");
    const QList<Decision> &bundled = Fixtures::bundled().decisions;
    QList<Decision> french;
    for (const Decision &d : bundled) {
        if (d.country == QLatin1String("FR"))
            french << d;
    }
    QTest::addRow("no decision") << QList<Decision>() << DateBasis::Adopted << QDate();
    QTest::addRow("bundled, adopted") << bundled << DateBasis::Adopted << QDate();
    QTest::addRow("bundled, announced, as of 2023") << bundled << DateBasis::Announced << QDate(2023, 12, 31);
    QTest::addRow("France") << french << DateBasis::Adopted << QDate();
    QTest::addRow("awkward ids and amounts") << awkward() << DateBasis::Adopted << QDate();
}

void TestStatsOutput::output_isTheBytesItWas()
{
    QFETCH(QList<Decision>, decisions);
    QFETCH(DateBasis, basis);
    QFETCH(QDate, asOf);
    // As the command computes them: the series without the parts it does not print.
    CumulativeSeries::Builder builder(basis, asOf, {});
    DecisionStats::Counter counter;
    for (const Decision &decision : std::as_const(decisions)) {
        builder.add(decision);
        counter.add(decision);
    }
    const CumulativeSeries series = builder.finish();
    const DecisionStats stats = counter.finish(series);
    // The same figures as computing them from the whole list.
    const DecisionStats whole = DecisionStats::compute(decisions, basis, asOf);
    QCOMPARE(stats.decisions, whole.decisions);
    QCOMPARE(stats.byType, whole.byType);
    QCOMPARE(stats.byCountry, whole.byCountry);
    QCOMPARE(stats.imposedEur, whole.imposedEur);
    QCOMPARE(stats.standingEur, whole.standingEur);
    QCOMPARE(stats.collectedEur, whole.collectedEur);

    const QByteArray json = StatsCommand::json(stats, series, basis, asOf);
    const QByteArray expectedJson = referenceJson(stats, series, basis, asOf);
    QCOMPARE(json, expectedJson);
    QCOMPARE(StatsCommand::text(stats, series, basis, asOf), referenceText(stats, series, basis, asOf));
}

QTEST_MAIN(TestStatsOutput)
#include "tst_statsoutput.moc"
