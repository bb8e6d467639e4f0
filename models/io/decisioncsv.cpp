// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisioncsv.h"

#include "countryregistry.h"
#include "csvreader.h"
#include "decisionfields.h"
#include "exactamount.h"
#include "isodate.h"

#include <QHash>
#include <algorithm>

namespace {

const QLatin1String IdColumn("id");
const QLatin1String CountryColumn("country");
const QLatin1String AuthorityColumn("authority");
const QLatin1String TargetColumn("target");
const QLatin1String TypeColumn("decision_type");
const QLatin1String DecisionDateColumn("decision_date");
const QLatin1String AnnounceDateColumn("announce_date");
const QLatin1String AmountColumn("amount");
const QLatin1String CurrencyColumn("currency");
const QLatin1String AmountEurColumn("amount_eur");
const QLatin1String MaximumColumn("amount_is_maximum");
const QLatin1String CumulativeColumn("include_in_cumulative_fines");
const QLatin1String StatusColumn("status");
const QLatin1String ReferenceColumn("reference");
const QLatin1String RelatedColumn("related_to");
const QLatin1String SourcesColumn("source_urls");
const QLatin1String SummaryColumn("summary");
const QLatin1String SummaryFrColumn("summary_fr");

constexpr QLatin1Char ListSeparator = DecisionFields::CsvListSeparator;

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// True for texts matching ^'*[=+\-@\t\r]: those a spreadsheet could run, once any guarding quotes are removed.
bool looksLikeFormula(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return i < text.size() && isFormulaStart(text.at(i));
}

// Export adds one quote to such texts and import removes one, so that every text comes back unchanged.
QString guardFormula(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString unguardFormula(const QString &text)
{
    return text.startsWith(QLatin1Char('\'')) && looksLikeFormula(text) ? text.mid(1) : text;
}

bool needsQuotes(const QString &text)
{
    if (text.isEmpty())
        return false;
    if (text.front().isSpace() || text.back().isSpace())
        return true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return true;
    }
    return false;
}

// Appends the field as UTF-8: guarded against formulas, and quoted (its quotes doubled) when it needs quotes. Written
// straight into the row's bytes: a QString per quoted field and a QStringList per row cost more than the rest.
void appendField(QByteArray &out, const QString &value)
{
    const QString text = guardFormula(value);
    const bool quoted = needsQuotes(text);
    if (quoted)
        out += '"';
    const char16_t *const begin = QStringView(text).utf16();
    const char16_t *const end = begin + text.size();
    if (std::all_of(begin, end, [](char16_t u) { return u < 0x80; })) {
        const qsizetype start = out.size();
        out.resize(start + 2 * text.size());
        char *cursor = out.data() + start;
        for (const char16_t *u = begin; u != end; ++u) {
            if (quoted && *u == u'"')
                *cursor++ = '"';
            *cursor++ = char(*u);
        }
        out.truncate(cursor - out.constData());
    } else if (quoted) {
        out += QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")).toUtf8();
    } else {
        out += text.toUtf8();
    }
    if (quoted)
        out += '"';
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QStringList splitList(const QString &cell)
{
    QStringList out;
    for (const QString &part : cell.split(ListSeparator)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

// A url as the source_urls cell holds it: the one character a url can hold that would split the list is written
// %3B, the same address.
QString csvUrl(const QString &url)
{
    return QString(url).replace(ListSeparator, QLatin1String("%3B"));
}

// Keeps what CSV cannot hold (the "confirms" notes, titles, sources without an address) when the urls match, as
// CSV writes them: a url written with %3B for its ';' comes back as it was.
QList<Source> mergeSources(const QList<Source> &existing, const QList<Source> &imported)
{
    QStringList existingUrls;
    for (const Source &s : existing) {
        if (!s.url.isEmpty())
            existingUrls.append(csvUrl(s.url));
    }
    QStringList importedUrls;
    for (const Source &s : imported)
        importedUrls.append(s.url);
    if (existingUrls == importedUrls)
        return existing;
    QList<Source> out;
    QList<bool> used(existing.size(), false);
    for (const QString &url : std::as_const(importedUrls)) {
        Source source { url, {}, {}, {}, {} };
        for (qsizetype i = 0; i < existing.size(); ++i) {
            if (!used.at(i) && !existing.at(i).url.isEmpty() && csvUrl(existing.at(i).url) == url) {
                source = existing.at(i);
                used[i] = true;
                break;
            }
        }
        out.append(source);
    }
    for (const Source &s : existing) {
        if (s.url.isEmpty())
            out.append(s);
    }
    return out;
}

QString amountText(const std::optional<Money> &money)
{
    return money ? money->toDecimalString() : QString();
}

QString flagText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// The cell of each column of columns() for a decision, before quoting, in the columns' order. Found by the column's
// name once, rather than for every cell of every row.
using CellOf = QString (*)(const Decision &);

const QList<CellOf> &cellsInColumnOrder()
{
    static const QList<CellOf> cells = [] {
        using D = const Decision &;
        const std::pair<QLatin1String, CellOf> byName[] = {
            { IdColumn, [](D d) { return d.id; } },
            { CountryColumn, [](D d) { return d.country; } },
            { AuthorityColumn, [](D d) { return d.authority; } },
            { TargetColumn, [](D d) { return d.target; } },
            { TypeColumn, [](D d) { return d.decisionType; } },
            { DecisionDateColumn, [](D d) { return dateText(d.decisionDate); } },
            { AnnounceDateColumn, [](D d) { return dateText(d.announceDate); } },
            { AmountColumn, [](D d) { return amountText(d.amount); } },
            { CurrencyColumn, [](D d) { return d.amount ? d.amount->currency : QString(); } },
            { AmountEurColumn, [](D d) { return amountText(d.amountEur); } },
            { MaximumColumn, [](D d) { return flagText(d.amountIsMaximum); } },
            { CumulativeColumn, [](D d) { return flagText(d.includeInCumulativeFines); } },
            { StatusColumn, [](D d) { return d.status; } },
            { ReferenceColumn, [](D d) { return d.reference; } },
            { RelatedColumn, [](D d) { return d.relatedTo.join(ListSeparator); } },
            { SourcesColumn,
                [](D d) {
                    QStringList urls;
                    for (const Source &s : d.sources) {
                        if (!s.url.isEmpty())
                            urls.append(csvUrl(s.url));
                    }
                    return urls.join(ListSeparator);
                } },
            { SummaryColumn, [](D d) { return d.summary; } },
            { SummaryFrColumn, [](D d) { return d.summaryFr; } },
        };
        QList<CellOf> out;
        for (const QString &column : DecisionCsv::columns()) {
            const auto found = std::find_if(
                std::begin(byName), std::end(byName), [&column](const auto &cell) { return column == cell.first; });
            if (found == std::end(byName))
                qFatal("DecisionCsv: no cell for the column \"%s\" of DecisionFields", qPrintable(column));
            out.append(found->second);
        }
        return out;
    }();
    return cells;
}

class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(DecisionCsv)

public:
    RowReader(const QHash<QString, int> &index, const CsvRecord &record, QList<ImportError> *errors)
        : m_index(index)
        , m_record(record)
        , m_errors(errors)
    {
    }

    void error(const QString &field, const QString &message) { m_errors->append({ m_record.line, field, message }); }

    QString cell(const QString &column) const
    {
        const int i = m_index.value(column, -1);
        return i < 0 ? QString() : unguardFormula(m_record.fields.at(i));
    }

    QString required(const QString &column, bool trim)
    {
        const QString raw = cell(column);
        if (raw.trimmed().isEmpty())
            error(column, tr("missing required field"));
        return trim ? raw.trimmed() : raw;
    }

    QDate date(const QString &column)
    {
        const QString text = cell(column).trimmed();
        if (text.isEmpty())
            return {};
        IsoDate::Problem problem = IsoDate::Problem::None;
        const QDate date = IsoDate::parse(text, &problem);
        if (problem == IsoDate::Problem::NotADay)
            error(column, tr("'%1' is not a date (write YYYY-MM-DD)").arg(text));
        else if (problem == IsoDate::Problem::NoSuchDay)
            error(column, tr("'%1' is not a date that exists").arg(text));
        return date;
    }

    std::optional<Money> amount(const QString &column, const QString &currency, const QString &currencyColumn)
    {
        const QString text = cell(column).trimmed();
        if (text.isEmpty())
            return std::nullopt;
        if (currency.isEmpty()) {
            error(currencyColumn, tr("an amount needs a currency"));
            return std::nullopt;
        }
        if (!Money::isKnownCurrency(currency))
            return std::nullopt; // reported once, on the currency column
        QString problem;
        const std::optional<Money> money = ExactAmount::parse(text, currency, &problem);
        if (!money)
            error(column, problem);
        return money;
    }

    bool boolean(const QString &column)
    {
        const QString text = cell(column).trimmed().toLower();
        if (text.isEmpty() || text == QLatin1String("false") || text == QLatin1String("0")
            || text == QLatin1String("no"))
            return false;
        if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes"))
            return true;
        error(column, tr("'%1' is not true or false").arg(cell(column)));
        return false;
    }

    Decision decision()
    {
        Decision d;
        d.id = required(IdColumn, true);
        d.country = required(CountryColumn, true);
        d.authority = required(AuthorityColumn, false);
        d.target = cell(TargetColumn);
        d.decisionType = required(TypeColumn, true);
        d.decisionDate = date(DecisionDateColumn);
        d.announceDate = date(AnnounceDateColumn);
        if (cell(DecisionDateColumn).trimmed().isEmpty() && cell(AnnounceDateColumn).trimmed().isEmpty())
            error(DecisionDateColumn, tr("a decision needs a decision_date or an announce_date"));
        const QString currency = cell(CurrencyColumn).trimmed();
        if (!currency.isEmpty() && !Money::isKnownCurrency(currency)) {
            error(CurrencyColumn,
                Money::isKnownCurrency(currency.toUpper())
                    ? tr("unknown currency '%1' (codes are upper case: '%2')").arg(currency, currency.toUpper())
                    : tr("unknown currency '%1'").arg(currency));
        }
        d.amount = amount(AmountColumn, currency, CurrencyColumn);
        d.amountEur = amount(AmountEurColumn, QStringLiteral("EUR"), AmountEurColumn);
        d.amountIsMaximum = boolean(MaximumColumn);
        d.includeInCumulativeFines = boolean(CumulativeColumn);
        d.status = cell(StatusColumn);
        d.reference = cell(ReferenceColumn);
        d.relatedTo = splitList(cell(RelatedColumn));
        for (const QString &url : splitList(cell(SourcesColumn)))
            d.sources.append(Source { url, {}, {}, {}, {} });
        d.summary = cell(SummaryColumn);
        d.summaryFr = cell(SummaryFrColumn);
        return d;
    }

private:
    const QHash<QString, int> &m_index;
    const CsvRecord &m_record;
    QList<ImportError> *m_errors;
};

bool isBlank(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

const QStringList &DecisionCsv::columns()
{
    return DecisionFields::csvColumns();
}

const QStringList &DecisionCsv::requiredColumns()
{
    return DecisionFields::requiredCsvColumns();
}

QByteArray DecisionCsv::toCsv(const QList<Decision> &decisions)
{
    QByteArray out = headerRow();
    for (const Decision &d : decisions)
        out += row(d);
    return out;
}

QByteArray DecisionCsv::headerRow()
{
    return (columns().join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
}

QByteArray DecisionCsv::row(const Decision &decision)
{
    QByteArray out;
    out.reserve(512);
    bool first = true;
    for (const CellOf cell : cellsInColumnOrder()) {
        if (!first)
            out += ',';
        first = false;
        appendField(out, cell(decision));
    }
    out += "\r\n";
    return out;
}

QList<ImportedDecision> DecisionCsv::fromCsv(QStringView text, QList<ImportError> *errors)
{
    QList<CsvError> syntax;
    const QList<CsvRecord> records = CsvReader::read(text, &syntax);
    for (const CsvError &e : std::as_const(syntax))
        errors->append({ e.line, QStringLiteral("row"), e.message });
    Records reader(errors);
    QList<ImportedDecision> out;
    for (const CsvRecord &record : records) {
        if (std::optional<ImportedDecision> decision = reader.read(record))
            out.append(std::move(*decision));
    }
    reader.finish();
    return out;
}

DecisionCsv::Records::Records(QList<ImportError> *errors)
    : m_errors(errors)
{
}

std::optional<ImportedDecision> DecisionCsv::Records::read(const CsvRecord &record)
{
    if (isBlank(record))
        return std::nullopt;
    if (m_headerRead) {
        if (!m_usable)
            return std::nullopt;
        if (record.fields.size() != m_headerFields) {
            m_errors->append({ record.line, QStringLiteral("row"),
                tr("%1 fields, but the header has %2 (a text with a comma must be in double quotes)")
                    .arg(record.fields.size())
                    .arg(m_headerFields) });
            return std::nullopt;
        }
        RowReader reader(m_index, record, m_errors);
        return ImportedDecision { record.line, reader.decision(), m_present };
    }
    m_headerRead = true;
    const CsvRecord &header = record;
    m_headerFields = int(header.fields.size());
    bool usable = true;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (name.isEmpty()) {
            m_errors->append({ header.line, QStringLiteral("header"), tr("column %1 has no name").arg(i + 1) });
        } else if (!columns().contains(name)) {
            m_errors->append({ header.line, QStringLiteral("header"),
                tr("unknown column '%1' (the columns are %2)").arg(name, columns().join(QLatin1String(", "))) });
        } else if (m_index.contains(name)) {
            m_errors->append({ header.line, QStringLiteral("header"), tr("column '%1' appears twice").arg(name) });
        } else {
            m_index.insert(name, int(i));
        }
    }
    for (const QString &column : requiredColumns()) {
        if (!m_index.contains(column)) {
            m_errors->append(
                { header.line, QStringLiteral("header"), tr("missing required column '%1'").arg(column) });
            usable = false;
        }
    }
    if (!m_index.contains(DecisionDateColumn) && !m_index.contains(AnnounceDateColumn)) {
        m_errors->append(
            { header.line, QStringLiteral("header"), tr("missing a date column: decision_date or announce_date") });
        usable = false;
    }
    m_usable = usable;
    for (const QString &column : columns()) {
        if (m_index.contains(column))
            m_present.append(column);
    }
    return std::nullopt;
}

void DecisionCsv::Records::finish()
{
    if (!m_headerRead) {
        m_errors->append({ 1, QStringLiteral("header"),
            tr("no header row: the first line must name the columns, e.g. %1").arg(columns().join(QLatin1Char(','))) });
    }
}

Decision DecisionCsv::merge(const Decision &base, const ImportedDecision &row)
{
    Decision d = base;
    const Decision &r = row.decision;
    d.id = r.id;
    for (const QString &column : row.columns) {
        if (column == CountryColumn) {
            // A decision already in the database keeps its jurisdiction name (even none) while its country stays.
            if (d.country != r.country || (base.id.isEmpty() && d.jurisdictionName.isEmpty()))
                d.jurisdictionName = CountryRegistry::nameEn(r.country);
            d.country = r.country;
        } else if (column == AuthorityColumn) {
            d.authority = r.authority;
        } else if (column == TargetColumn) {
            d.target = r.target;
        } else if (column == TypeColumn) {
            d.decisionType = r.decisionType;
        } else if (column == DecisionDateColumn) {
            d.decisionDate = r.decisionDate;
        } else if (column == AnnounceDateColumn) {
            d.announceDate = r.announceDate;
        } else if (column == AmountColumn) {
            d.amount = r.amount;
        } else if (column == AmountEurColumn) {
            d.amountEur = r.amountEur;
        } else if (column == MaximumColumn) {
            d.amountIsMaximum = r.amountIsMaximum;
        } else if (column == CumulativeColumn) {
            d.includeInCumulativeFines = r.includeInCumulativeFines;
        } else if (column == StatusColumn) {
            d.status = r.status;
        } else if (column == ReferenceColumn) {
            d.reference = r.reference;
        } else if (column == RelatedColumn) {
            d.relatedTo = r.relatedTo;
        } else if (column == SourcesColumn) {
            d.sources = mergeSources(base.sources, r.sources);
        } else if (column == SummaryColumn) {
            d.summary = r.summary;
        } else if (column == SummaryFrColumn) {
            d.summaryFr = r.summaryFr;
        }
    }
    return d;
}
