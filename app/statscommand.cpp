// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statscommand.h"

#include "commandcontext.h"
#include "countryregistry.h"
#include "cumulativeseries.h"
#include "decisionoutput.h"

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

// A JSON value as QJsonDocument writes it, alone: for the values of the steps, written without building a document.
QByteArray qtJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// A string as QJsonDocument writes it: printable ASCII other than quotes and backslashes as it is, anything else
// escaped by Qt itself.
QByteArray jsonString(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            return qtJson(text);
    }
    return '"' + text.toLatin1() + '"';
}

// Euro cents as euroCents() gives them to QJsonDocument: whole euros are an integer, which it writes in digits.
QByteArray jsonCents(qint64 minor)
{
    return minor % 100 == 0 ? QByteArray::number(minor / 100) : qtJson(euroCents(minor));
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
// `cell(row, column)` gives the text of each cell, the header in row 0; a view it returns is used before the next
// call. Each line is written straight into the text, trimmed there as a whole as it always was: the cumulative
// table has a row per step, hundreds of thousands at 1,000,000 decisions, and a string per cell, padded cell or
// line cost more than the rest of the command.
template<typename Cell>
QString alignedRows(qsizetype rows, int columns, int leftColumns, const Cell &cell)
{
    QList<qsizetype> widths(columns, 0);
    for (qsizetype row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column)
            widths[column] = std::max(widths[column], QStringView(cell(row, column)).size());
    }
    // A line before trimming: a space, then each cell with a space either side.
    qsizetype lineWidth = 1;
    for (const qsizetype width : std::as_const(widths))
        lineWidth += width + 2;
    // Each line trimmed, after two spaces and before a newline, is never longer than its untrimmed form plus two.
    QString text(rows * (lineWidth + 3), Qt::Uninitialized);
    QChar *const out = text.data();
    qsizetype size = 0;
    for (qsizetype row = 0; row < rows; ++row) {
        QChar *const line = out + size;
        QChar *end = line;
        *end++ = QLatin1Char(' ');
        for (int column = 0; column < columns; ++column) {
            const QStringView value = cell(row, column);
            const qsizetype padding = widths.at(column) - value.size();
            *end++ = QLatin1Char(' ');
            if (column >= leftColumns)
                end = std::fill_n(end, padding, QLatin1Char(' '));
            end = std::copy(value.cbegin(), value.cend(), end);
            if (column < leftColumns)
                end = std::fill_n(end, padding, QLatin1Char(' '));
            *end++ = QLatin1Char(' ');
        }
        // The line starts with two spaces, so what trimming keeps starts after them: move it to just after the
        // two spaces the line is printed with.
        const QChar *first = line;
        const QChar *last = end;
        while (first < last && first->isSpace())
            ++first;
        while (last > first && (last - 1)->isSpace())
            --last;
        std::copy(first, last, line + 2);
        line[0] = line[1] = QLatin1Char(' ');
        size += 2 + (last - first);
        out[size++] = QLatin1Char('\n');
    }
    text.truncate(size);
    return text;
}

// Euro cents as Money::toDecimalString() writes them ("7552800", "12.05", "-0.50"), into `buffer`, for the
// hundreds of thousands of totals of the cumulative table: no string of its own for each.
class EuroText
{
public:
    EuroText()
        : m_digits(std::max(0, Money::minorDigits(QStringLiteral("EUR"))))
    {
        for (int i = 0; i < m_digits; ++i)
            m_scale *= 10;
    }

    QStringView operator()(qint64 minor)
    {
        if (m_valid && minor == m_minor)
            return QStringView(m_buffer + m_start, m_end - m_start);
        const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
        quint64 whole = magnitude / m_scale;
        quint64 fraction = magnitude % m_scale;
        // Written from the end backwards.
        m_end = Size;
        qsizetype at = Size;
        if (fraction != 0) {
            for (int i = 0; i < m_digits; ++i, fraction /= 10)
                m_buffer[--at] = QLatin1Char(char('0' + fraction % 10));
            m_buffer[--at] = QLatin1Char('.');
        }
        do {
            m_buffer[--at] = QLatin1Char(char('0' + whole % 10));
            whole /= 10;
        } while (whole != 0);
        if (minor < 0)
            m_buffer[--at] = QLatin1Char('-');
        m_start = at;
        m_minor = minor;
        m_valid = true;
        return QStringView(m_buffer + m_start, m_end - m_start);
    }

private:
    static constexpr qsizetype Size = 48;
    int m_digits;
    quint64 m_scale = 1;
    QChar m_buffer[Size];
    qsizetype m_start = 0;
    qsizetype m_end = 0;
    qint64 m_minor = 0;
    bool m_valid = false;
};

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
    // Each matching decision goes through the builders as it is read, and only what the figures need of it is kept:
    // memory stays flat and no text is read. The order is the database's own, the fastest to read, and a large file
    // is read as two parts at once, each into builders of its own, joined in the order of the parts: the series
    // sorts what it computes and the rest are sums and counts, so the figures are those of one pass.
    // Only the parts the output has: no amounts not imposed, decision counts or authorities.
    struct Part
    {
        CumulativeSeries::Builder builder;
        DecisionStats::Counter counter;
    };
    Part parts[2] = { { CumulativeSeries::Builder(context.basis, asOf, {}), {} },
        { CumulativeSeries::Builder(context.basis, asOf, {}), {} } };
    const CaseRepository repository(context.database.connection());
    // The free-text search looks at every field.
    const CaseRepository::ReadScope scope = context.filter.search.trimmed().isEmpty()
        ? CaseRepository::ReadScope::Figures
        : CaseRepository::ReadScope::Everything;
    // The filter's words folded once, not for each decision (DecisionFilter::matches()); it only reads them.
    const DecisionMatcher matcher(context.filter, context.basis);
    const bool read = repository.forEachDecisionInParts(scope, [&](int part, const Decision &decision) {
        if (matcher.matches(decision, [&decision] { return DecisionFilter::searchKeyFor(decision); })) {
            parts[part].builder.add(decision);
            parts[part].counter.add(decision);
        }
        return true;
    });
    if (!read) {
        context.err << context.prefix << repository.lastError() << '\n';
        return Failure;
    }
    CumulativeSeries::Builder &builder = parts[0].builder;
    DecisionStats::Counter &counter = parts[0].counter;
    builder.append(std::move(parts[1].builder));
    counter.append(parts[1].counter);
    const CumulativeSeries series = builder.finish();
    const DecisionStats stats = counter.finish(series);
    if (stats.overflowed) {
        context.err << tr("caseline stats: the money totals are too large to be computed exactly") << '\n';
        return Failure;
    }
    // Straight to the output as UTF-8, the bytes the stream would write: at 1,000,000 decisions the text is 26 MB
    // (67 MB as the string is made), and the stream copied it whole into its buffer before encoding it, the
    // largest use of memory of the command. The text is let go as soon as it is encoded.
    if (m_format == Format::Json)
        DecisionOutput::writeTo(context.out, json(stats, series, context.basis, asOf));
    else
        DecisionOutput::writeTo(context.out, text(stats, series, context.basis, asOf).toUtf8());
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
    const QJsonObject object {
        { QStringLiteral("decisions"), stats.decisions },
        { QStringLiteral("imposed_eur"), euroValue(stats.imposedEur) },
        { QStringLiteral("standing_eur"), euroValue(stats.standingEur) },
        { QStringLiteral("collected_eur"), euroValue(stats.collectedEur) },
        { QStringLiteral("by_type"), byType },
        { QStringLiteral("cumulative"), QJsonArray() },
        { QStringLiteral("by_country"), byCountry },
        { QStringLiteral("date_basis"), dateBasisName(basis) },
        { QStringLiteral("as_of"), asOf.isValid() ? QJsonValue(dayOrNone(asOf)) : QJsonValue(QJsonValue::Null) },
    };
    // The steps are written into the document's empty array: tens of thousands of small objects cost QJsonDocument
    // far more than the text they make. They are written as it writes them (keys sorted, four spaces a level).
    QByteArray document = QJsonDocument(object).toJson(QJsonDocument::Indented);
    const QByteArray empty = "\n    \"cumulative\": [\n    ]";
    const qsizetype at = document.indexOf(empty);
    if (series.steps().isEmpty() || at < 0)
        return document;
    QByteArray steps = "\n    \"cumulative\": [\n";
    steps.reserve(series.steps().size() * 220);
    const auto member = [&steps](const char *key, const QByteArray &value, bool last = false) {
        steps += "            \"";
        steps += key;
        steps += "\": ";
        steps += value;
        steps += last ? "\n" : ",\n";
    };
    for (const CumulativeSeries::Step &step : series.steps()) {
        if (&step != &series.steps().constFirst())
            steps += ",\n";
        steps += "        {\n";
        if (!step.causeId.isEmpty())
            member("caused_by", jsonString(step.causeId));
        member("change", jsonString(stepKindName(step.kind)));
        member("collected_eur", jsonCents(step.after.collectedMinor));
        member("date", jsonString(step.date.toString(Qt::ISODate)));
        member("decision_id", jsonString(step.decisionId));
        member("imposed_eur", jsonCents(step.after.imposedMinor));
        member("standing_eur", jsonCents(step.after.standingMinor), true);
        steps += "        }";
    }
    steps += "\n    ]";
    return document.replace(at, empty.size(), steps);
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
        QStringList cells = { tr("Code"), tr("Country"), tr("Decisions"), tr("Imposed (EUR)"), tr("Standing (EUR)") };
        for (auto it = stats.byCountry.cbegin(); it != stats.byCountry.cend(); ++it) {
            cells << it.key() << CountryRegistry::name(it.key(), locale) << QString::number(it->decisions)
                  << it->imposedEur.toDecimalString() << it->standingEur.toDecimalString();
        }
        text += tr("By country:") + newline
            + alignedRows(cells.size() / 5, 5, 2, [&cells](qsizetype row, int column) -> const QString & {
                  return cells.at(row * 5 + column);
              });
    }
    if (!series.steps().isEmpty()) {
        const QString header[] = { tr("Date"), tr("Decision"), tr("Change"), tr("Imposed (EUR)"),
            tr("Standing (EUR)"), tr("Collected (EUR)") };
        const QList<CumulativeSeries::Step> &steps = series.steps();
        // Steps are in date order and a total often repeats from one row to the next: each column keeps the text
        // of its last value, and a day's text is made once.
        EuroText euros[3];
        QDate day;
        QString dayText;
        QString kindText;
        const auto cell = [&](qsizetype row, int column) -> QStringView {
            if (row == 0)
                return header[column];
            const CumulativeSeries::Step &step = steps.at(row - 1);
            switch (column) {
            case 0:
                if (step.date != day || dayText.isNull()) {
                    day = step.date;
                    dayText = day.toString(Qt::ISODate);
                }
                return dayText;
            case 1:
                return step.decisionId;
            case 2:
                kindText = stepKindName(step.kind);
                return kindText;
            case 3:
                return euros[0](step.after.imposedMinor);
            case 4:
                return euros[1](step.after.standingMinor);
            default:
                return euros[2](step.after.collectedMinor);
            }
        };
        text += tr("Cumulative:") + newline + alignedRows(steps.size() + 1, 6, 3, cell);
    }
    return text;
}
