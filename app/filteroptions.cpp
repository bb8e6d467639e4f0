// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filteroptions.h"

#include "countryregistry.h"
#include "decisiontype.h"
#include "isodate.h"

#include <QCommandLineParser>

namespace {

const QLatin1String CountryOption("country");
const QLatin1String TypeOption("type");
const QLatin1String FromOption("from");
const QLatin1String ToOption("to");
const QLatin1String TargetOption("target");
const QLatin1String SearchOption("search");
const QLatin1String DateBasisOption("date-basis");

// Every occurrence of a list option, split at commas: "--country FR,IT --country DE" gives FR, IT, DE.
QStringList listValues(const QCommandLineParser &parser, const QString &name)
{
    QStringList items;
    for (const QString &value : parser.values(name)) {
        for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
    }
    items.removeDuplicates();
    return items;
}

bool readDay(const QCommandLineParser &parser, const QString &name, QDate *day, QString *error)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name).trimmed();
    *day = IsoDate::parse(text);
    if (day->isValid())
        return true;
    *error = FilterOptions::tr("--%1: '%2' is not a valid date (expected YYYY-MM-DD)").arg(name, text);
    return false;
}

} // namespace

QList<QCommandLineOption> FilterOptions::options()
{
    return {
        { CountryOption, tr("Only decisions of these countries: ISO 3166-1 codes, comma-separated (e.g. FR,IT)."),
            tr("codes") },
        { TypeOption,
            tr("Only decisions of these types, comma-separated: %1.")
                .arg(DecisionType::all().join(QLatin1String(", "))),
            tr("types") },
        { FromOption, tr("Only decisions dated on or after this day (YYYY-MM-DD)."), tr("date") },
        { ToOption, tr("Only decisions dated on or before this day (YYYY-MM-DD)."), tr("date") },
        { TargetOption, tr("Only decisions whose target contains these words (case and accents ignored)."),
            tr("text") },
        { SearchOption, tr("Only decisions mentioning these words in any field (case and accents ignored)."),
            tr("text") },
        { DateBasisOption, tr("The date that --from, --to and sorting use: adopted or announced (default: adopted)."),
            tr("basis"), dateBasisName(DateBasis::Adopted) },
    };
}

bool FilterOptions::read(const QCommandLineParser &parser, DecisionFilter *filter, DateBasis *basis, QString *error)
{
    DecisionFilter result;
    DateBasis resultBasis = DateBasis::Adopted;

    result.countries = listValues(parser, CountryOption);
    for (QString &code : result.countries) {
        code = code.toUpper();
        if (!CountryRegistry::isKnown(code)) {
            *error = tr("--country: unknown country code '%1' (expected ISO 3166-1 alpha-2 codes such as FR or IT)")
                         .arg(code);
            return false;
        }
    }
    result.types = listValues(parser, TypeOption);
    for (QString &type : result.types) {
        type = type.toLower();
        if (!DecisionType::isKnown(type)) {
            *error = tr("--type: unknown decision type '%1' (expected one of: %2)")
                         .arg(type, DecisionType::all().join(QLatin1String(", ")));
            return false;
        }
    }
    if (parser.isSet(CountryOption) && result.countries.isEmpty()) {
        *error = tr("--country: expected at least one country code");
        return false;
    }
    if (parser.isSet(TypeOption) && result.types.isEmpty()) {
        *error = tr("--type: expected at least one decision type");
        return false;
    }
    if (!readDay(parser, FromOption, &result.from, error) || !readDay(parser, ToOption, &result.to, error))
        return false;
    if (result.from.isValid() && result.to.isValid() && result.from > result.to) {
        *error
            = tr("--from %1 is after --to %2").arg(result.from.toString(Qt::ISODate), result.to.toString(Qt::ISODate));
        return false;
    }
    result.target = parser.value(TargetOption);
    result.search = parser.value(SearchOption);
    const QString basisName = parser.value(DateBasisOption).trimmed();
    if (!parseDateBasis(basisName, &resultBasis)) {
        *error = tr("--date-basis: unknown date basis '%1' (expected adopted or announced)").arg(basisName);
        return false;
    }
    *filter = result;
    *basis = resultBasis;
    return true;
}
