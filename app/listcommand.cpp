// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcommand.h"

#include "authorityname.h"
#include "importvalidator.h"

#include "commandcontext.h"
#include "decisionjson.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

namespace {

const QLatin1String FormatOption("format");
constexpr int AuthorityWidth = 40;

// Terminal columns taken by the text: combining marks and the second half of a surrogate pair take none.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate() && !c.isMark())
            ++width;
    }
    return width;
}

QString padded(const QString &text, int width, bool alignRight)
{
    const QString padding(qMax(0, width - displayWidth(text)), QLatin1Char(' '));
    return alignRight ? padding + text : text + padding;
}

// Grouped digits whatever the user's locale, so that tables read the same in every shell: "GBP 7,552,800".
QString groupedAmount(const Money &money, bool withCurrency)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString text = money.toDisplayString(english);
    // toDisplayString() writes the code, a no-break space, then the number.
    return withCurrency ? money.currency + QLatin1Char(' ') + text.mid(money.currency.size() + 1)
                        : text.mid(money.currency.size() + 1);
}

QString optionalText(const std::optional<Money> &money)
{
    return money ? money->toDecimalString() : QString();
}

QString csvField(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QList<QCommandLineOption> ListCommand::options() const
{
    return { { FormatOption, tr("Output format: table, csv or json (default: table)."), tr("format"),
        QStringLiteral("table") } };
}

bool ListCommand::readOptions(const QCommandLineParser &parser, QString *error)
{
    const QString format = parser.value(FormatOption).trimmed();
    if (format == QLatin1String("table"))
        m_format = Format::Table;
    else if (format == QLatin1String("csv"))
        m_format = Format::Csv;
    else if (format == QLatin1String("json"))
        m_format = Format::Json;
    else {
        *error = tr("--format: unknown format '%1' (expected table, csv or json)").arg(format);
        return false;
    }
    return true;
}

int ListCommand::run(const CommandContext &context)
{
    switch (m_format) {
    case Format::Table:
        context.out << table(context.decisions, context.basis);
        break;
    case Format::Csv:
        context.out << csv(context.decisions);
        break;
    case Format::Json:
        context.out << QString::fromUtf8(DecisionJson::toDocument(context.decisions));
        break;
    }
    return Success;
}

QString ListCommand::shortAuthority(const QString &authority)
{
    return AuthorityName::elided(AuthorityName::shortName(authority), AuthorityWidth);
}

QString ListCommand::table(const QList<Decision> &decisions, DateBasis basis)
{
    const QString dateHeader = basis == DateBasis::Announced ? tr("Announced") : tr("Adopted");
    QList<QStringList> rows = { { dateHeader, tr("Country"), tr("Type"), tr("Authority"), tr("Amount"), tr("EUR") } };
    for (const Decision &d : decisions) {
        QString amount = d.amount ? groupedAmount(*d.amount, true) : QString();
        if (d.amount && d.amountIsMaximum)
            amount = QChar(0x2264) + QLatin1Char(' ') + amount;
        const QString eur = d.amountEur ? groupedAmount(*d.amountEur, false) : QString();
        // Imported text may hold terminal escape sequences: the table is for people, so show them, never send them.
        rows.append({ dateFor(d, basis).toString(Qt::ISODate), ImportValidator::printable(d.country),
            ImportValidator::printable(d.decisionType), ImportValidator::printable(shortAuthority(d.authority)), amount,
            eur });
    }
    constexpr int Columns = 6;
    QList<int> widths(Columns, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int column = 0; column < Columns; ++column)
            widths[column] = qMax(widths[column], displayWidth(row.at(column)));
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < Columns; ++column) {
            // Money columns are right-aligned so that digits line up.
            cells.append(padded(row.at(column), widths[column], column >= 4));
        }
        QString line = cells.join(QLatin1String("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

QString ListCommand::csv(const QList<Decision> &decisions)
{
    // The names of the JSON fields, so that a column means the same in both formats.
    QString text = csvLine({ QStringLiteral("id"), QStringLiteral("country"), QStringLiteral("authority"),
        QStringLiteral("target"), QStringLiteral("decision_type"), QStringLiteral("decision_date"),
        QStringLiteral("announce_date"), QStringLiteral("timeline_date"), QStringLiteral("amount"),
        QStringLiteral("currency"), QStringLiteral("amount_eur"), QStringLiteral("amount_is_maximum"),
        QStringLiteral("include_in_cumulative_fines"), QStringLiteral("status"), QStringLiteral("reference"),
        QStringLiteral("related_to") });
    for (const Decision &d : decisions) {
        text += csvLine({ d.id, d.country, d.authority, d.target, d.decisionType, d.decisionDate.toString(Qt::ISODate),
            d.announceDate.toString(Qt::ISODate), d.timelineDate().toString(Qt::ISODate), optionalText(d.amount),
            d.amount ? d.amount->currency : QString(), optionalText(d.amountEur), boolText(d.amountIsMaximum),
            boolText(d.includeInCumulativeFines), d.status, d.reference, d.relatedTo.join(QLatin1Char(' ')) });
    }
    return text;
}
