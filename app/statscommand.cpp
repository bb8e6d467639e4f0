// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statscommand.h"

#include "commandcontext.h"
#include "countryregistry.h"
#include "cumulativeseries.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace {

const QLatin1String FormatOption("format");

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

} // namespace

QList<QCommandLineOption> StatsCommand::options() const
{
    return { { FormatOption, tr("Output format: text or json (default: text)."), tr("format"),
        QStringLiteral("text") } };
}

bool StatsCommand::readOptions(const QCommandLineParser &parser, QString *error)
{
    const QString format = parser.value(FormatOption).trimmed();
    if (format == QLatin1String("text"))
        m_format = Format::Text;
    else if (format == QLatin1String("json"))
        m_format = Format::Json;
    else {
        *error = tr("--format: unknown format '%1' (expected text or json)").arg(format);
        return false;
    }
    return true;
}

int StatsCommand::run(const CommandContext &context)
{
    // Money is counted as of the end of the --to day, so that a total never includes what was decided later.
    const QDate asOf = context.filter.to;
    // Only the fields the figures need, in the database's own order: CumulativeSeries sorts what it computes.
    QList<Decision> decisions;
    if (!context.matchingDecisions(&decisions, CommandContext::Scope::Figures, false))
        return Failure;
    const CumulativeSeries series = CumulativeSeries::compute(decisions, context.basis, asOf);
    const DecisionStats stats = DecisionStats::compute(decisions, series);
    if (stats.overflowed) {
        context.err << tr("caseline stats: the money totals are too large to be computed exactly") << '\n';
        return Failure;
    }
    if (m_format == Format::Json)
        context.out << QString::fromUtf8(json(stats, series, context.basis, asOf));
    else
        context.out << text(stats, series, context.basis, asOf);
    return Success;
}

QByteArray StatsCommand::json(const DecisionStats &stats, const CumulativeSeries &series, DateBasis basis, const QDate &asOf)
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

QString StatsCommand::text(const DecisionStats &stats, const CumulativeSeries &series, DateBasis basis, const QDate &asOf)
{
    const QLatin1Char newline('\n');
    QString text = tr("Decisions: %1").arg(stats.decisions) + newline;
    text += tr("Money imposed: EUR %1").arg(stats.imposedEur.toDecimalString()) + newline;
    text += tr("Standing after appeals: EUR %1").arg(stats.standingEur.toDecimalString()) + newline;
    text += tr("Collected (payments known): EUR %1").arg(stats.collectedEur.toDecimalString()) + newline;
    text += tr("Date basis: %1").arg(dateBasisName(basis)) + newline;
    if (asOf.isValid())
        text += tr("As of: %1").arg(dayOrNone(asOf)) + newline;

    if (!stats.byType.isEmpty()) {
        int typeWidth = 0;
        for (auto it = stats.byType.cbegin(); it != stats.byType.cend(); ++it)
            typeWidth = qMax(typeWidth, int(it.key().size()));
        text += tr("By decision type:") + newline;
        for (auto it = stats.byType.cbegin(); it != stats.byType.cend(); ++it)
            text += QLatin1String("  ") + it.key().leftJustified(typeWidth) + QLatin1String("  ")
                + QString::number(it.value()) + newline;
    }

    if (!stats.byCountry.isEmpty()) {
        // Names in the user's language; codes and digits stay the same everywhere.
        const QLocale locale;
        QList<QStringList> rows = { { tr("Code"), tr("Country"), tr("Decisions"), tr("Imposed (EUR)"),
            tr("Standing (EUR)") } };
        for (auto it = stats.byCountry.cbegin(); it != stats.byCountry.cend(); ++it) {
            rows.append({ it.key(), CountryRegistry::name(it.key(), locale), QString::number(it->decisions),
                it->imposedEur.toDecimalString(), it->standingEur.toDecimalString() });
        }
        text += tr("By country:") + newline + alignedRows(rows, 2);
    }
    if (!series.steps().isEmpty()) {
        QList<QStringList> rows = { { tr("Date"), tr("Decision"), tr("Change"), tr("Imposed (EUR)"),
            tr("Standing (EUR)"), tr("Collected (EUR)") } };
        for (const CumulativeSeries::Step &step : series.steps()) {
            rows.append({ step.date.toString(Qt::ISODate), step.decisionId, stepKindName(step.kind),
                Money{step.after.imposedMinor, QStringLiteral("EUR")}.toDecimalString(),
                Money{step.after.standingMinor, QStringLiteral("EUR")}.toDecimalString(),
                Money{step.after.collectedMinor, QStringLiteral("EUR")}.toDecimalString() });
        }
        text += tr("Cumulative:") + newline + alignedRows(rows, 3);
    }
    return text;
}
