// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcommand.h"

#include "authorityname.h"
#include "displayformat.h"
#include "importvalidator.h"

#include "commandcontext.h"
#include "decisionoutput.h"

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

// The code, then the number grouped in the interface language's way: "GBP 7,552,800", "GBP 7 552 800". A French
// reader would take "7,552,800" for a decimal; the code keeps the column's currencies apart in a terminal.
QString groupedAmount(const Money &money, bool withCurrency)
{
    const QString number = DisplayFormat::amountNumber(money, QLocale());
    return withCurrency ? money.currency + QLatin1Char(' ') + number : number;
}

QStringList tableHeader(DateBasis basis)
{
    const QString dateHeader
        = basis == DateBasis::Announced ? ListCommand::tr("Announced") : ListCommand::tr("Adopted");
    return { dateHeader, ListCommand::tr("Country"), ListCommand::tr("Type"), ListCommand::tr("Authority"),
        ListCommand::tr("Amount"), ListCommand::tr("EUR") };
}

QStringList tableRow(const Decision &d, DateBasis basis)
{
    QString amount = d.amount ? groupedAmount(*d.amount, true) : QString();
    if (d.amount && d.amountIsMaximum)
        amount = QChar(0x2264) + QLatin1Char(' ') + amount;
    const QString eur = d.amountEur ? groupedAmount(*d.amountEur, false) : QString();
    // Imported text may hold terminal escape sequences: the table is for people, so show them, never send them.
    return { dateFor(d, basis).toString(Qt::ISODate), ImportValidator::printable(d.country),
        ImportValidator::printable(d.decisionType),
        ImportValidator::printable(ListCommand::shortAuthority(d.authority)), amount, eur };
}

// The rows, the header first, in columns aligned to their widest cell.
QString alignedTable(const QList<QStringList> &rows)
{
    constexpr int Columns = 6;
    QList<int> widths(Columns, 0);
    for (const QStringList &row : rows) {
        for (int column = 0; column < Columns; ++column)
            widths[column] = qMax(widths[column], displayWidth(row.at(column)));
    }
    QString text;
    for (const QStringList &row : rows) {
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
    QString readError;
    if (m_format == Format::Table) {
        // Columns are aligned to their widest cell, so the table needs every row before it prints the first: only
        // the row's cells are kept of each decision, not the decision.
        QList<QStringList> rows = { tableHeader(context.basis) };
        const bool read = context.readMatching(
            [&](const Decision &decision) {
                rows.append(tableRow(decision, context.basis));
                return true;
            },
            CommandContext::Scope::Everything, true, &readError);
        if (!read) {
            context.err << context.prefix << readError << '\n';
            return Failure;
        }
        context.out << alignedTable(rows);
        return Success;
    }
    // The bytes export-data writes, so that whatever list prints can be imported again unchanged; each decision
    // is written as it is read.
    const DecisionOutput::Result result = DecisionOutput::write(context,
        m_format == Format::Json ? DecisionOutput::Format::Json : DecisionOutput::Format::Csv,
        [&context](const QByteArray &chunk) { return DecisionOutput::writeTo(context.out, chunk); }, &readError);
    if (result == DecisionOutput::Result::ReadFailed) {
        context.err << context.prefix << readError << '\n';
        return Failure;
    }
    // A write that failed has set the stream's status: CommandLine then reports that the output could not be
    // written, and fails.
    return Success;
}

QString ListCommand::shortAuthority(const QString &authority)
{
    return AuthorityName::elided(AuthorityName::shortName(authority), AuthorityWidth);
}

QString ListCommand::table(const QList<Decision> &decisions, DateBasis basis)
{
    QList<QStringList> rows = { tableHeader(basis) };
    rows.reserve(decisions.size() + 1);
    for (const Decision &d : decisions)
        rows.append(tableRow(d, basis));
    return alignedTable(rows);
}
