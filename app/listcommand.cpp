// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcommand.h"

#include "authorityname.h"
#include "importvalidator.h"

#include "commandcontext.h"
#include "decisioncsv.h"
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
    case Format::Table: {
        // Columns are aligned to their widest cell, so the table needs every row before it prints the first.
        QList<Decision> decisions;
        if (!context.matchingDecisions(&decisions))
            return Failure;
        context.out << table(decisions, context.basis);
        break;
    }
    // The bytes export-data writes, so that whatever list prints can be imported again unchanged; each decision
    // is written as it is read.
    case Format::Csv:
        context.out << QString::fromUtf8(DecisionCsv::headerRow());
        if (!context.forEachMatching([&context](const Decision &decision) {
                context.out << QString::fromUtf8(DecisionCsv::row(decision));
                return context.out.status() == QTextStream::Ok;
            }))
            return Failure;
        break;
    case Format::Json: {
        qsizetype count = 0;
        context.out << QString::fromUtf8(DecisionJson::documentStart());
        if (!context.forEachMatching([&context, &count](const Decision &decision) {
                context.out << QString::fromUtf8(DecisionJson::documentElement(decision, count++));
                return context.out.status() == QTextStream::Ok;
            }))
            return Failure;
        context.out << QString::fromUtf8(DecisionJson::documentEnd(count));
        break;
    }
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
