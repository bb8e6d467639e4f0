// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statscommand.h"

#include "commandcontext.h"
#include "countryregistry.h"

#include <QCommandLineParser>
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

QString dayOrNone(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
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
    const DecisionStats stats = DecisionStats::compute(context.decisions, context.basis, asOf);
    if (stats.overflowed) {
        context.err << tr("caseline stats: the money totals are too large to be computed exactly") << '\n';
        return Failure;
    }
    if (m_format == Format::Json)
        context.out << QString::fromUtf8(json(stats, context.basis, asOf));
    else
        context.out << text(stats, context.basis, asOf);
    return Success;
}

QByteArray StatsCommand::json(const DecisionStats &stats, DateBasis basis, const QDate &asOf)
{
    QJsonObject byType;
    for (auto it = stats.byType.cbegin(); it != stats.byType.cend(); ++it)
        byType.insert(it.key(), it.value());
    QJsonObject byCountry;
    for (auto it = stats.byCountry.cbegin(); it != stats.byCountry.cend(); ++it) {
        byCountry.insert(it.key(),
            QJsonObject { { QStringLiteral("decisions"), it->decisions },
                { QStringLiteral("imposed_eur"), euroValue(it->imposedEur) } });
    }
    const QJsonObject object {
        { QStringLiteral("decisions"), stats.decisions },
        { QStringLiteral("imposed_eur"), euroValue(stats.imposedEur) },
        { QStringLiteral("by_type"), byType },
        { QStringLiteral("by_country"), byCountry },
        { QStringLiteral("date_basis"), dateBasisName(basis) },
        { QStringLiteral("as_of"), asOf.isValid() ? QJsonValue(dayOrNone(asOf)) : QJsonValue(QJsonValue::Null) },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString StatsCommand::text(const DecisionStats &stats, DateBasis basis, const QDate &asOf)
{
    const QLatin1Char newline('\n');
    QString text = tr("Decisions: %1").arg(stats.decisions) + newline;
    text += tr("Money imposed: EUR %1").arg(stats.imposedEur.toDecimalString()) + newline;
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
        QList<QStringList> rows = { { tr("Code"), tr("Country"), tr("Decisions"), tr("Imposed (EUR)") } };
        for (auto it = stats.byCountry.cbegin(); it != stats.byCountry.cend(); ++it) {
            rows.append({ it.key(), CountryRegistry::name(it.key(), locale), QString::number(it->decisions),
                it->imposedEur.toDecimalString() });
        }
        QList<int> widths(4, 0);
        for (const QStringList &row : std::as_const(rows)) {
            for (int column = 0; column < 4; ++column)
                widths[column] = qMax(widths[column], int(row.at(column).size()));
        }
        text += tr("By country:") + newline;
        for (const QStringList &row : std::as_const(rows)) {
            text += QLatin1String("  ") + row.at(0).leftJustified(widths[0]) + QLatin1String("  ")
                + row.at(1).leftJustified(widths[1]) + QLatin1String("  ") + row.at(2).rightJustified(widths[2])
                + QLatin1String("  ") + row.at(3).rightJustified(widths[3]) + newline;
        }
    }
    return text;
}
